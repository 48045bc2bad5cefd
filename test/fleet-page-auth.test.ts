import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportSPKI, generateKeyPair } from 'jose';
import type { Browser, Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Terminal } from '../src/simulator/fleet.ts';
import { writeApiKeys } from './helpers/api-keys.ts';
import { artifacts, openWatchedPage, useFleetPageBrowser } from './helpers/browser.ts';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * The fleet page in front of a gateway that requires authentication (an API keys file): what it
 * shows signed out, with a wrong key, with keys of different reach and scopes, and after signing
 * out; and where the key goes (the Authorization header only: no URL, body, storage or log line).
 */


const fleetPage = useFleetPageBrowser();

type KeyName = 'fleet' | 'tenant' | 'reader' | 'installer';
let keys: Record<KeyName, string>;
/** The tenant's terminals: two bound ones and an unbound one. */
let tenantEsns: string[] = [];

/** The identity provider's key: the gateway verifies JWTs with its public half (AUTH_JWT_PUBLIC_KEY_FILE). */
const identityProvider = await generateKeyPair('ES256');
const jwtKeyFile = join(mkdtempSync(join(tmpdir(), 'iauto-graph-jwt-')), 'public.pem');
writeFileSync(jwtKeyFile, await exportSPKI(identityProvider.publicKey));

/** A JWT for `esns` with `scope`, expiring at `expiresAt` (seconds since the epoch). */
function jwt(scope: string, esns: string[], expiresAt: number) {
  return new SignJWT({ scope, esns }).setProtectedHeader({ alg: 'ES256' }).setSubject('alice').setIssuedAt().setExpirationTime(expiresAt).sign(identityProvider.privateKey);
}

const stack = useStack(() => ({
  fleetPageDirectory: fleetPage.directory,
  env: (simulator) => {
    const bound = simulator.world.boundTerminals();
    const unbound = simulator.world.terminals.find((terminal) => terminal.binding === null)!;
    tenantEsns = [bound[1]!.esn, bound[2]!.esn, unbound.esn];
    const written = writeApiKeys<KeyName>({
      fleet: { scopes: ['read', 'manage', 'control'], esns: '*' },
      tenant: { scopes: ['read', 'control'], esns: tenantEsns },
      reader: { scopes: ['read'], esns: '*' },
      // Binds and unbinds the tenant's terminals: signs in (myAccess needs no scope) but may not read events.
      installer: { scopes: ['manage'], esns: tenantEsns },
    });
    keys = written.keys;
    return { AUTH_API_KEYS_FILE: written.file, AUTH_JWT_PUBLIC_KEY_FILE: jwtKeyFile };
  },
}));

let browser: Browser;
let base: string;
beforeAll(() => {
  browser = fleetPage.browser;
  base = stack.url.replace(/\/graphql$/, '');
});

/**
 * A new tab on the fleet page, signed out, once it asks for a key; it keeps every request (for its
 * headers and body) and every uncaught exception.
 */
async function openPage() {
  const watched = await openWatchedPage(browser);
  const sent: Request[] = [];
  const pageErrors: string[] = [];
  watched.page.on('request', (request) => sent.push(request));
  watched.page.on('pageerror', (error) => pageErrors.push(String(error)));
  await watched.page.goto(`${base}/fleet/`);
  await watched.page.locator('#credential').waitFor({ timeout: 10_000 });
  return { ...watched, sent, pageErrors };
}

/** The browser's own console line for a response the test cut off (a dropped event stream). */
const CUT_STREAM = 'Failed to load resource: net::ERR_INCOMPLETE_CHUNKED_ENCODING';
/** The browser's own console line for a request the test stopped (page.route's abort). */
const STOPPED_REQUEST = 'Failed to load resource: net::ERR_FAILED';

/**
 * Closes the tab after checking it threw nothing and logged no error but the browser's own line
 * for a refused (401) request and, when the test caused them, `expected` (each at least once).
 */
async function closeCleanly({ page, errors, pageErrors }: Awaited<ReturnType<typeof openPage>>, expected: string[] = []) {
  expect(pageErrors).toEqual([]);
  for (const line of expected) expect(errors).toContain(line);
  expect(errors.filter((text) => !/status of 401/.test(text) && !expected.includes(text))).toEqual([]);
  await page.context().close();
}

/** What the sign-in form says once the gateway has refused the tab's credential (wrong, revoked or expired). */
const REFUSED = 'The gateway refused this API key or token, or it has expired: sign in again.';

const isGraphQL = (request: Request) => new URL(request.url()).pathname.startsWith('/graphql');
const sends = (name: string) => (request: Request) => request.postData()?.includes(name) ?? false;

async function signIn(page: Page, key: string) {
  await page.locator('#credential').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in with `credential` and gives the fleet table's ESNs once `count` rows have loaded and the event stream is open. */
async function signInAndList(page: Page, credential: string, count: number): Promise<string[]> {
  const streamOpen = feedOpen(page);
  await signIn(page, credential);
  const esns = await shownEsns(page, count);
  await streamOpen;
  return esns;
}

/** The ESNs of the fleet table's rows, once the status line says the fleet (and its vehicles) loaded. */
async function shownEsns(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    (expected) => {
      const status = document.querySelector('.status')?.textContent ?? '';
      return document.querySelectorAll('.fleet-table tbody tr').length === expected && !/loading/i.test(status);
    },
    count,
    { timeout: 20_000 },
  );
  return page.locator('.fleet-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-esn')!));
}

/** The tenant's ESNs in the order the page lists them (the world's). */
const tenantInOrder = () => stack.simulator.world.terminals.filter((terminal) => tenantEsns.includes(terminal.esn)).map((terminal) => terminal.esn);

const feedIds = (page: Page) => page.locator('.event-feed li').evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')!));

/** Pushes one event for a terminal through the gateway's webhook, as iauto360 would. */
async function pushEvent(terminal: Pick<Terminal, 'esn'>, text: string) {
  const record = { id: freshEventId(), esn: terminal.esn, type: '震动', time: Math.floor(Date.now() / 1000), text };
  expect((await postPush(stack.webhookUrl, pushBody([record]))).status).toBe(200);
  return String(record.id);
}

/** Waits until the page's event stream is open (its answer's headers arrived). */
const feedOpen = (page: Page) => page.waitForResponse((response) => sends('FleetEvents')(response.request()) && response.status() === 200, { timeout: 10_000 });

/**
 * Where a key may be: in the Authorization header of the page's GraphQL requests, nowhere else
 * (no URL, no request body, no other header, no storage or cookie, no gateway log line).
 */
async function expectKeyOnlyInAuthorization(page: Page, sent: Request[], key: string) {
  expect(page.url()).not.toContain(key);
  for (const request of sent) {
    expect(request.url(), request.url()).not.toContain(key);
    expect(request.postData() ?? '', request.url()).not.toContain(key);
    const headers = await request.allHeaders();
    for (const [name, value] of Object.entries(headers)) {
      if (name === 'authorization') expect(value).toBe(`Bearer ${key}`);
      else expect(value, `${name} of ${request.url()}`).not.toContain(key);
    }
  }
  const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
  expect(stored).not.toContain(key);
  expect(stored).not.toMatch(/bearer/i);
  expect((await page.context().cookies()).map((cookie) => cookie.value).join()).not.toContain(key);
  expect(stack.logLines.join('\n')).not.toContain(key);
}

/** What the tab keeps in its storage: the feed's principal and event ids, and how many other items there are. */
async function keptInTab(page: Page) {
  const kept = await page.evaluate(() => ({
    items: localStorage.length + sessionStorage.length,
    feed: JSON.parse(sessionStorage.getItem('iauto-graph.fleet.events') ?? 'null') as { principal: string; events: Array<{ id: string }> } | null,
  }));
  return { others: kept.items - (kept.feed ? 1 : 0), principal: kept.feed?.principal, ids: kept.feed?.events.map((event) => event.id) };
}

/** The variables of the event subscriptions the page asked for among `requests`, in order. */
const feedVariables = (requests: Request[]) => requests.filter(sends('FleetEvents')).map((request) => JSON.parse(request.postData()!).variables as unknown);

/** Reloads the tab (which forgets the key) and waits for the sign-in form. */
async function reloadSignedOut(page: Page) {
  await page.reload();
  await page.locator('#credential').waitFor({ timeout: 10_000 });
  expect(await page.locator('.events').count()).toBe(0);
}

describe('the fleet page when the gateway requires authentication', () => {
  it('signed out, asks for a key and shows no fleet, makes no upstream call, and opens no event stream (the gateway would refuse it)', async () => {
    const tab = await openPage();
    const { page, sent } = tab;

    expect(await page.locator('.credentials [role="alert"]').textContent()).toBe('This gateway needs an API key or token.');
    expect(await page.locator('.status').textContent()).toBe('Sign in to see the fleet.');
    expect(await page.locator('.fleet-table, .fleet-map, .events, .panel').count()).toBe(0);
    // No in-page link (the skip link) leads to a part that is not there.
    expect(await page.locator('a[href^="#"]').evaluateAll((links) => links.filter((link) => !document.getElementById(link.getAttribute('href')!.slice(1))).length)).toBe(0);
    // The form's message is the page's only alert: no error banner beside it.
    expect(await page.getByRole('alert').count()).toBe(1);
    expect((await stack.stats()).total).toBe(0);
    expect(sent.filter(sends('FleetEvents'))).toEqual([]);
    // The gateway refuses an anonymous subscription on both of its SSE paths.
    for (const path of ['/graphql', '/graphql/stream']) {
      const status = await page.evaluate(
        (url) =>
          fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
            body: JSON.stringify({ query: 'subscription { vehicleEvents { id } }' }),
          }).then((response) => response.status),
        path,
      );
      expect(status, path).toBe(401);
    }
    await page.screenshot({ path: `${artifacts}fleet-signed-out.png`, fullPage: true });
    await closeCleanly(tab);
  });

  it('asks for the key in a masked field marked as no password to keep: autocomplete one-time-code (as Chromium reads it), the password managers\' opt-outs, no name, and its label', async () => {
    const tab = await openPage();
    const { page } = tab;
    const field = page.getByLabel('API key or token');
    expect(await field.getAttribute('id')).toBe('credential');
    const seen = await field.evaluate((input: HTMLInputElement) => ({
      type: input.type,
      // The IDL attribute is what Chromium made of the content attribute: "" for a token it does not know.
      autocomplete: input.autocomplete,
      name: input.name,
      spellcheck: input.spellcheck,
      required: input.required,
      optOuts: ['data-1p-ignore', 'data-lpignore', 'data-bwignore', 'data-form-type'].map((name) => [name, input.getAttribute(name)]),
    }));
    expect(seen).toEqual({
      type: 'password',
      autocomplete: 'one-time-code',
      name: '',
      spellcheck: false,
      required: true,
      optOuts: [
        ['data-1p-ignore', ''],
        ['data-lpignore', 'true'],
        ['data-bwignore', ''],
        ['data-form-type', 'other'],
      ],
    });
    // The form's only field: nothing a password manager could take for the user name.
    expect(await page.locator('.credentials input').count()).toBe(1);
    await closeCleanly(tab);
  });

  it('with a wrong key, says the gateway refused it and still shows no fleet', async () => {
    const tab = await openPage();
    const { page, sent } = tab;
    const wrong = 'ik_not-a-key-of-this-gateway';
    await signIn(page, wrong);

    await expect.poll(() => page.locator('.credentials [role="alert"]').textContent()).toBe(REFUSED);
    expect(await page.locator('.fleet-table tbody tr').count()).toBe(0);
    expect(await page.locator('#credential').inputValue()).toBe('');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/\bat \S+:\d+|TypeError|CombinedError|\[object Object\]/);
    expect((await stack.stats()).total).toBe(0);
    expect(sent.filter(isGraphQL).length).toBeGreaterThan(0);
    await expectKeyOnlyInAuthorization(page, sent.filter((request) => request.headers().authorization !== undefined), wrong);
    await closeCleanly(tab);
  });

  it('with the right key, lists the fleet with the simulator’s values, follows live events and door commands, and sends the key in the Authorization header only', async () => {
    const { world } = stack.simulator;
    const tab = await openPage();
    const { page, sent } = tab;
    expect(await signInAndList(page, keys.fleet, world.terminals.length)).toEqual(world.terminals.map((terminal) => terminal.esn));
    for (const terminal of world.boundTerminals()) {
      const row = page.locator(`tr[data-esn="${terminal.esn}"]`);
      expect(await row.locator('[data-field="plate"]').textContent()).toBe(terminal.vehicle.profile.plateNumber);
      const battery = Number((await row.locator('[data-field="battery"]').textContent())!.replace(/[^\d.]/g, ''));
      expect(Math.abs(battery - terminal.vehicle.condition.batteryVolts), terminal.esn).toBeLessThanOrEqual(0.051);
    }
    expect(await page.locator('.credentials').count()).toBe(0);
    expect(await page.locator('.top .viewer').textContent()).toBe('Signed in as fleet');

    // The live feed is subscribed with the key.
    const eventId = await pushEvent(world.boundTerminals()[0]!, 'signed-in feed');
    await page.locator(`.event-feed li[data-event-id="${eventId}"]`).waitFor({ timeout: 5_000 });

    // A door command and its states' subscription, with the key.
    const terminal = world.terminals.find((candidate) => candidate.binding !== null && candidate.inserted && !candidate.vehicle.condition.ignitionOn)!;
    await page.locator(`tr[data-esn="${terminal.esn}"] button.plate`).click();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid="door-states"]').textContent(), { timeout: 10_000 }).toBe('SENT → ACCEPTED → SUCCEEDED');
    expect(sent.filter(sends('FleetDoorCommand')).length).toBeGreaterThan(0);

    const graphql = sent.filter(isGraphQL);
    const anonymous = graphql.filter((request) => !request.headers().authorization);
    // Only the first request, before the page knew it needed a key, went without one.
    expect(anonymous.map((request) => request.postData()?.match(/(query|subscription|mutation) (\w+)/)?.[2])).toEqual(['FleetTerminals']);
    for (const request of graphql.slice(1)) expect(request.headers().authorization).toBe(`Bearer ${keys.fleet}`);
    await expectKeyOnlyInAuthorization(page, sent, keys.fleet);
    await closeCleanly(tab);
  });

  it('with a key limited to some terminals, shows only those, in the table, on the map and in the event feed', async () => {
    const { world } = stack.simulator;
    const tab = await openPage();
    const { page } = tab;
    expect(await signInAndList(page, keys.tenant, tenantEsns.length)).toEqual(tenantInOrder());

    const foreign = world.boundTerminals().find((terminal) => !tenantEsns.includes(terminal.esn))!;
    const own = world.terminals.find((terminal) => terminal.esn === tenantEsns[0])!;
    const foreignId = await pushEvent(foreign, 'not the tenant’s');
    const ownId = await pushEvent(own, 'the tenant’s');
    await page.locator(`.event-feed li[data-event-id="${ownId}"]`).waitFor({ timeout: 5_000 });
    expect(await feedIds(page)).not.toContain(foreignId);
    const text = (await page.locator('body').textContent()) ?? '';
    for (const terminal of world.terminals.filter((candidate) => !tenantEsns.includes(candidate.esn))) {
      expect(text).not.toContain(terminal.esn);
      if (terminal.vehicle.profile.plateNumber) expect(text).not.toContain(terminal.vehicle.profile.plateNumber);
    }
    expect(await page.locator('.fleet-map .marker').count()).toBe(2);
    await closeCleanly(tab);
  });

  it('with a key without the control scope, shows who is signed in and offers no door command: both buttons disabled before any click, with the reason, and no mutation sent', async () => {
    const { world } = stack.simulator;
    const tab = await openPage();
    const { page, sent } = tab;
    await signInAndList(page, keys.reader, world.terminals.length);
    expect(await page.locator('.top .viewer').textContent()).toBe('Signed in as reader');
    const terminal = world.boundTerminals()[0]!;
    await page.locator(`tr[data-esn="${terminal.esn}"] button.plate`).click();
    await page.locator('.doors').waitFor({ timeout: 5_000 });

    const reason = page.locator('.doors .forbidden');
    expect(await reason.textContent()).toBe('Not allowed: door commands need the `control` scope, which reader does not have.');
    for (const name of ['Lock', 'Unlock']) {
      const button = page.getByRole('button', { name, exact: true });
      expect(await button.isDisabled(), name).toBe(true);
      expect(await button.getAttribute('aria-describedby'), name).toBe(await reason.getAttribute('id'));
      // The reason is what a screen reader announces with the button.
      expect(await button.evaluate((element) => document.getElementById(element.getAttribute('aria-describedby')!)?.textContent), name).toBe(await reason.textContent());
      // A click on a disabled button does nothing (force: past playwright's own check that it is enabled).
      await button.click({ force: true });
    }
    await page.waitForTimeout(300);
    expect(sent.filter((request) => request.postData()?.includes('mutation')).map((request) => request.postData())).toEqual([]);
    expect(await page.locator('[data-testid="door-states"]').count()).toBe(0);
    expect((await stack.stats()).calls['5001'] ?? 0).toBe(0);
    expect(stack.logLines.join('\n')).not.toContain(keys.reader);
    await page.screenshot({ path: `${artifacts}fleet-doors-not-allowed.png`, fullPage: true });
    await closeCleanly(tab);
  });

  it('signing out forgets the key, closes the event stream, clears what the page showed and kept, and the next key sees only its own', async () => {
    const { world } = stack.simulator;
    const tab = await openPage();
    const { page, sent } = tab;
    await signInAndList(page, keys.fleet, world.terminals.length);
    const foreign = world.boundTerminals().find((terminal) => !tenantEsns.includes(terminal.esn))!;
    const foreignId = await pushEvent(foreign, 'seen by the fleet key');
    await page.locator(`.event-feed li[data-event-id="${foreignId}"]`).waitFor({ timeout: 5_000 });
    const stream = sent.filter(sends('FleetEvents')).at(-1)!;
    await page.locator(`tr[data-esn="${foreign.esn}"] button.plate`).click();

    const before = sent.length;
    const streamClosed = new Promise((resolve) => {
      page.on('requestfailed', (request) => request === stream && resolve('failed'));
      page.on('requestfinished', (request) => request === stream && resolve('finished'));
    });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#credential').waitFor({ timeout: 10_000 });
    expect(await page.locator('.credentials [role="alert"]').textContent()).toBe('This gateway needs an API key or token.');
    expect(await page.locator('.fleet-table, .fleet-map, .events, .panel').count()).toBe(0);
    expect(await streamClosed).toBeDefined();
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    // Whatever the page asks now, it asks without the key.
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => sent.length).toBeGreaterThan(before);
    for (const request of sent.slice(before)) expect(request.headers().authorization, request.postData() ?? request.url()).toBeUndefined();

    // A narrower key in the same tab sees none of the first one's fleet, cached or stored.
    expect(await signInAndList(page, keys.tenant, tenantEsns.length)).toEqual(tenantInOrder());
    const ownId = await pushEvent(world.terminals.find((terminal) => terminal.esn === tenantEsns[0])!, 'seen by the tenant');
    await page.locator(`.event-feed li[data-event-id="${ownId}"]`).waitFor({ timeout: 5_000 });
    expect(await feedIds(page)).not.toContain(foreignId);
    expect((await page.locator('body').textContent()) ?? '').not.toContain(foreign.esn);
    await expectKeyOnlyInAuthorization(page, sent.filter((request) => request.headers().authorization === `Bearer ${keys.tenant}`), keys.tenant);
    await closeCleanly(tab);
  });

  it('signs in with a JWT as with a key, and when the token expires asks again and hides the fleet', async () => {
    const tab = await openPage();
    const { page, sent } = tab;
    const expiresAt = Math.floor(Date.now() / 1000) + 4;
    const token = await jwt('read', tenantEsns, expiresAt);
    expect(await signInAndList(page, token, tenantEsns.length)).toEqual(tenantInOrder());

    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 + 1_000 - Date.now()));
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => page.locator('.credentials [role="alert"]').textContent()).toBe(REFUSED);
    expect(await page.locator('.fleet-table, .fleet-map, .events, .panel').count()).toBe(0);
    expect(await page.locator('.status').textContent()).toBe('Sign in to see the fleet.');
    await expectKeyOnlyInAuthorization(page, sent, token);
    await closeCleanly(tab);
  });

  it('when the JWT expires while a vehicle is open, the next request of the vehicle panel is refused and brings the sign-in form back', async () => {
    const tab = await openPage();
    const { page, sent } = tab;
    // The event feed is kept from connecting, so the expiry is met by the panel's next request and
    // not by the event stream, which the gateway ends at the expiry (the test after this one).
    await page.route('**/graphql', (route) => (route.request().postData()?.includes('FleetEvents') ? route.abort() : route.continue()));
    // A vehicle with trips, so that the panel has a trip to open.
    const esn = stack.simulator.world.boundTerminals().find((terminal) => terminal.vehicle.trips.length > 0)!.esn;
    const expiresAt = Math.floor(Date.now() / 1000) + 8;
    const token = await jwt('read', [esn], expiresAt);
    await signIn(page, token);
    expect(await shownEsns(page, 1)).toEqual([esn]);
    expect(await page.locator('.top .viewer').textContent()).toBe('Signed in as jwt:alice');
    await page.locator(`tr[data-esn="${esn}"] button.plate`).click();
    const firstTrip = page.locator('.trips tbody tr button').first();
    await firstTrip.waitFor({ timeout: 10_000 });
    expect(Date.now(), 'the vehicle panel opened before the token expired').toBeLessThan(expiresAt * 1000);

    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 + 1_000 - Date.now()));
    const before = sent.length;
    await firstTrip.click();
    await expect.poll(() => page.locator('.credentials [role="alert"]').textContent(), { timeout: 10_000 }).toBe(REFUSED);
    // The panel's own request was refused: the page asked nothing else meanwhile.
    const asked = sent.slice(before).filter(isGraphQL);
    expect(asked.map((request) => request.postData()?.match(/(query|subscription|mutation) (\w+)/)?.[2])).toEqual(['TripDetail']);
    expect(await page.locator('.fleet-table, .fleet-map, .events, .panel, .top .viewer').count()).toBe(0);
    expect(await page.locator('.status').textContent()).toBe('Sign in to see the fleet.');
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    await expectKeyOnlyInAuthorization(page, sent, token);

    // A fresh token signs in again in the same tab.
    const fresh = await jwt('read', [esn], Math.floor(Date.now() / 1000) + 60);
    await signIn(page, fresh);
    expect(await shownEsns(page, 1)).toEqual([esn]);
    await closeCleanly(tab, [STOPPED_REQUEST]);
  });

  it('when the JWT expires with the page open, the gateway ends the event stream with UNAUTHENTICATED and the sign-in form comes back at once, with nothing asked; a fresh token resumes the feed', async () => {
    const tab = await openPage();
    const { page, sent } = tab;
    const esn = tenantEsns[0]!;
    const expiresAt = Math.floor(Date.now() / 1000) + 5;
    const token = await jwt('read', [esn], expiresAt);
    expect(await signInAndList(page, token, 1)).toEqual([esn]);
    const eventId = await pushEvent({ esn }, 'before the token expired');
    await page.locator(`.event-feed li[data-event-id="${eventId}"]`).waitFor({ timeout: 5_000 });
    const before = sent.length;
    expect(Date.now(), 'the feed was live before the token expired').toBeLessThan(expiresAt * 1000);

    await expect.poll(() => page.locator('.credentials [role="alert"]').textContent(), { timeout: 10_000 }).toBe(REFUSED);
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt * 1000);
    expect(Date.now() - expiresAt * 1000, 'signed out within two seconds of the expiry').toBeLessThan(2_000);
    // The stream's last result did it: the page asked nothing since, and nothing was refused 401.
    expect(sent.slice(before).filter(isGraphQL)).toEqual([]);
    expect(await page.locator('.fleet-table, .fleet-map, .events, .panel, .top .viewer').count()).toBe(0);
    // The tab keeps the feed for this principal's next sign-in (as after a reload): its events, nothing secret.
    expect(await keptInTab(page)).toEqual({ others: 0, principal: 'jwt:alice', ids: [eventId] });
    await expectKeyOnlyInAuthorization(page, sent, token);

    // A fresh token for the same subject resumes the feed after the last event shown.
    const meanwhile = await pushEvent({ esn }, 'after the token expired');
    const fresh = await jwt('read', [esn], Math.floor(Date.now() / 1000) + 60);
    const resumed = sent.length;
    expect(await signInAndList(page, fresh, 1)).toEqual([esn]);
    await page.locator(`.event-feed li[data-event-id="${meanwhile}"]`).waitFor({ timeout: 5_000 });
    expect(await feedIds(page)).toEqual([meanwhile, eventId]);
    expect(feedVariables(sent.slice(resumed))).toEqual([{ since: eventId }]);
    await closeCleanly(tab);
  });

  it('when the event stream drops, the feed asks again after the last event it showed: an event sent meanwhile arrives, once, and the session goes on', async () => {
    const tab = await openPage();
    const { page, sent } = tab;
    const answers: ServerResponse[] = [];
    const keep = (_request: IncomingMessage, response: ServerResponse) => answers.push(response);
    stack.gateway.server.on('request', keep);
    try {
      expect(await signInAndList(page, keys.tenant, tenantEsns.length)).toEqual(tenantInOrder());
      const own = { esn: tenantEsns[0]! };
      const first = await pushEvent(own, 'before the drop');
      await page.locator(`.event-feed li[data-event-id="${first}"]`).waitFor({ timeout: 5_000 });
      const stream = answers.find((answer) => !answer.writableEnded && /^text\/event-stream/.test(String(answer.getHeader('content-type'))))!;
      const before = sent.length;
      stream.socket!.destroy();
      const meanwhile = await pushEvent(own, 'while the stream was down');
      await page.locator(`.event-feed li[data-event-id="${meanwhile}"]`).waitFor({ timeout: 10_000 });
      expect(await feedIds(page)).toEqual([meanwhile, first]);
      const asked = sent.slice(before).filter(isGraphQL);
      expect(asked.map((request) => JSON.parse(request.postData()!).variables)).toEqual([{ since: first }]);
      expect(asked[0]!.headers().authorization).toBe(`Bearer ${keys.tenant}`);
      // Still signed in, and the new stream carries live events.
      expect(await page.locator('.credentials').count()).toBe(0);
      const live = await pushEvent(own, 'after the reconnection');
      await page.locator(`.event-feed li[data-event-id="${live}"]`).waitFor({ timeout: 5_000 });
      await closeCleanly(tab, [CUT_STREAM]);
    } finally {
      stack.gateway.server.off('request', keep);
    }
  });

  it('when the event stream drops just before the JWT expires, the stream reconnects, is refused, and brings the sign-in form back', async () => {
    const tab = await openPage();
    const { page, sent } = tab;
    const esn = tenantEsns[0]!;
    // The gateway's answers, to drop the page's event stream as a network or a proxy would.
    const answers: ServerResponse[] = [];
    const keep = (_request: IncomingMessage, response: ServerResponse) => answers.push(response);
    const openStreams = () => answers.filter((answer) => !answer.writableEnded && /^text\/event-stream/.test(String(answer.getHeader('content-type'))));
    stack.gateway.server.on('request', keep);
    try {
      const expiresAt = Math.floor(Date.now() / 1000) + 5;
      const token = await jwt('read', [esn], expiresAt);
      expect(await signInAndList(page, token, 1)).toEqual([esn]);
      const eventId = await pushEvent({ esn }, 'before the token expired');
      await page.locator(`.event-feed li[data-event-id="${eventId}"]`).waitFor({ timeout: 5_000 });
      expect(openStreams()).toHaveLength(1);

      // Dropped just before the expiry (the gateway would end the stream at the expiry itself): the
      // page asks again a second later, by when the token has expired.
      await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - 500 - Date.now()));
      const before = sent.length;
      expect(openStreams()).toHaveLength(1);
      openStreams()[0]!.socket!.destroy();
      await expect.poll(() => page.locator('.credentials [role="alert"]').textContent(), { timeout: 15_000 }).toBe(REFUSED);
      // The only request since the drop: the stream asked again, with the expired token, and refused.
      const asked = sent.slice(before).filter(isGraphQL);
      expect(asked.map((request) => request.postData()?.match(/(query|subscription|mutation) (\w+)/)?.[2])).toEqual(['FleetEvents']);
      const refused = await asked[0]!.response();
      expect(refused?.status()).toBe(401);
      expect(asked[0]!.headers().authorization).toBe(`Bearer ${token}`);
      // It resumed after the last event the page had, so nothing would have been missed.
      expect(JSON.parse(asked[0]!.postData()!).variables).toEqual({ since: eventId });
      expect(await page.locator('.fleet-table, .fleet-map, .events, .panel, .top .viewer').count()).toBe(0);
      expect(await page.locator('.status').textContent()).toBe('Sign in to see the fleet.');
      expect(await keptInTab(page)).toEqual({ others: 0, principal: 'jwt:alice', ids: [eventId] });
      // The key is forgotten: what the page asks now, it asks without it.
      const afterRefusal = sent.length;
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect.poll(() => sent.length).toBeGreaterThan(afterRefusal);
      for (const request of sent.slice(afterRefusal)) expect(request.headers().authorization, request.postData() ?? request.url()).toBeUndefined();
      await expectKeyOnlyInAuthorization(page, sent, token);
      await closeCleanly(tab, [CUT_STREAM]);
    } finally {
      stack.gateway.server.off('request', keep);
    }
  }, 40_000);
});

describe('the live feed across sign-ins in one tab', () => {
  /** One of the tenant's terminals; the reader reaches it too. */
  const own = () => ({ esn: tenantEsns[0]! });

  /** A new tab signed in with the tenant's key, once it shows an event pushed after sign-in. */
  async function tenantTabWithEvent(text: string) {
    const tab = await openPage();
    await signInAndList(tab.page, keys.tenant, tenantEsns.length);
    const first = await pushEvent(own(), text);
    await tab.page.locator(`.event-feed li[data-event-id="${first}"]`).waitFor({ timeout: 5_000 });
    expect(await keptInTab(tab.page)).toEqual({ others: 0, principal: 'tenant', ids: [first] });
    return { tab, first };
  }

  it('after a reload, signing in again as the same principal shows the events kept and replays what arrived while signed out, once, after the last one', async () => {
    const { tab, first } = await tenantTabWithEvent('before the reload');
    const { page, sent } = tab;

    await reloadSignedOut(page);
    const meanwhile = await pushEvent(own(), 'while signed out');
    const before = sent.length;
    await signInAndList(page, keys.tenant, tenantEsns.length);
    await page.locator(`.event-feed li[data-event-id="${meanwhile}"]`).waitFor({ timeout: 5_000 });
    // The stream resumed after the event kept: the gateway replayed the one sent meanwhile, and live ones follow.
    expect(feedVariables(sent.slice(before))).toEqual([{ since: first }]);
    const live = await pushEvent(own(), 'after signing in again');
    await page.locator(`.event-feed li[data-event-id="${live}"]`).waitFor({ timeout: 5_000 });
    expect(await feedIds(page)).toEqual([live, meanwhile, first]);
    expect(await keptInTab(page)).toEqual({ others: 0, principal: 'tenant', ids: [live, meanwhile, first] });
    expect(feedVariables(sent.slice(before))).toHaveLength(1);
    await expectKeyOnlyInAuthorization(page, sent.filter((request) => request.headers().authorization !== undefined), keys.tenant);
    await closeCleanly(tab);
  });

  it('after a reload, signing in as another principal shows none of the first one\'s events, starts its own feed, and the tab keeps nothing of the first', async () => {
    const { world } = stack.simulator;
    // Both keys reach this terminal: the reader would see its events if the tenant's were handed on.
    const { tab, first } = await tenantTabWithEvent('seen by the tenant');
    const { page, sent } = tab;
    const tenants = [first];

    await reloadSignedOut(page);
    tenants.push(await pushEvent(own(), 'while signed out'));
    const before = sent.length;
    await signInAndList(page, keys.reader, world.terminals.length);
    expect(await page.locator('.top .viewer').textContent()).toBe('Signed in as reader');
    // No `since`: only live events, none replayed from the tenant's.
    expect(feedVariables(sent.slice(before))).toEqual([{ since: null }]);
    expect(await keptInTab(page)).toEqual({ others: 0, principal: undefined, ids: undefined });
    const readers = await pushEvent(own(), 'seen by the reader');
    await page.locator(`.event-feed li[data-event-id="${readers}"]`).waitFor({ timeout: 5_000 });
    expect(await feedIds(page)).toEqual([readers]);
    expect(await keptInTab(page)).toEqual({ others: 0, principal: 'reader', ids: [readers] });
    const storage = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    for (const text of [...tenants, 'tenant', 'seen by the tenant', 'while signed out']) expect(storage).not.toContain(text);
    await expectKeyOnlyInAuthorization(page, sent.filter((request) => request.headers().authorization === `Bearer ${keys.reader}`), keys.reader);
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(keys.tenant);
    await closeCleanly(tab);
  });

  it('Sign out forgets the events kept: signing in again as the same principal starts a new feed', async () => {
    const { tab } = await tenantTabWithEvent('before signing out');
    const { page, sent } = tab;

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#credential').waitFor({ timeout: 10_000 });
    expect(await keptInTab(page)).toEqual({ others: 0, principal: undefined, ids: undefined });
    const meanwhile = await pushEvent(own(), 'while signed out');
    const before = sent.length;
    await signInAndList(page, keys.tenant, tenantEsns.length);
    expect(feedVariables(sent.slice(before))).toEqual([{ since: null }]);
    expect(await page.locator('.events').textContent()).toContain('No events yet.');
    const live = await pushEvent(own(), 'after signing in again');
    await page.locator(`.event-feed li[data-event-id="${live}"]`).waitFor({ timeout: 5_000 });
    expect(await feedIds(page)).toEqual([live]);
    expect(await feedIds(page)).not.toContain(meanwhile);
    await expectKeyOnlyInAuthorization(page, sent.filter((request) => request.headers().authorization !== undefined), keys.tenant);
    await closeCleanly(tab);
  });
});

describe('the live feed refused by the gateway', () => {
  it('with a key that may not read events (no `read` scope), shows the refusal in the feed and does not ask again', async () => {
    const tab = await openPage();
    const { page, sent } = tab;
    const callsBefore = (await stack.stats()).total;
    const refused = page.waitForResponse((response) => sends('FleetEvents')(response.request()), { timeout: 10_000 });
    await signIn(page, keys.installer);
    expect(await shownEsns(page, tenantEsns.length)).toEqual(tenantInOrder());
    expect(await page.locator('.top .viewer').textContent()).toBe('Signed in as installer');
    await refused;
    const alert = page.locator('.events [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 5_000 }).toBe('FORBIDDEN: This needs the `read` scope, which installer does not have.');

    // The feed would ask again 1 s after a stream that ended, then 2 s after that: a refusal is not asked again.
    await page.waitForTimeout(5_000);
    const streams = sent.filter(sends('FleetEvents'));
    expect(streams).toHaveLength(1);
    expect(streams[0]!.headers().authorization).toBe(`Bearer ${keys.installer}`);
    expect(await alert.textContent()).toBe('FORBIDDEN: This needs the `read` scope, which installer does not have.');
    // Still signed in (a refusal is not a 401), and every terminal's read fields refused without an upstream call.
    expect(await page.locator('.credentials').count()).toBe(0);
    expect(await page.locator('.fleet-table .badge.forbidden').evaluateAll((badges) => badges.map((badge) => badge.firstChild?.textContent))).toEqual(tenantEsns.map(() => 'forbidden'));
    expect((await stack.stats()).total).toBe(callsBefore);
    await expectKeyOnlyInAuthorization(page, sent.filter((request) => request.headers().authorization !== undefined), keys.installer);
    await page.screenshot({ path: `${artifacts}fleet-feed-refused.png`, fullPage: true });
    await closeCleanly(tab);
  });
});
