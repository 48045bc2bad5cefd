import { rm } from 'node:fs/promises';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeApiKeys } from './helpers/api-keys.ts';
import { buildFleetPage, launchChromium, openWatchedPage } from './helpers/browser.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * The fleet page in front of a gateway that requires authentication (an API keys file): what it
 * shows signed out, with a wrong key, with keys of different reach and scopes, and after signing
 * out; and where the key goes (the Authorization header only: no URL, body, storage or log line).
 */

let fleetPageDirectory: string;
beforeAll(async () => {
  fleetPageDirectory = await buildFleetPage();
}, 120_000);
afterAll(() => rm(fleetPageDirectory, { recursive: true, force: true }));

type KeyName = 'fleet' | 'tenant' | 'reader';
/** The tenant's terminals: two bound ones and an unbound one. */
let tenantEsns: string[] = [];

const stack = useStack(() => ({
  fleetPageDirectory,
  env: (simulator) => {
    const bound = simulator.world.boundTerminals();
    const unbound = simulator.world.terminals.find((terminal) => terminal.binding === null)!;
    tenantEsns = [bound[1]!.esn, bound[2]!.esn, unbound.esn];
    const written = writeApiKeys<KeyName>({
      fleet: { scopes: ['read', 'manage', 'control'], esns: '*' },
      tenant: { scopes: ['read', 'control'], esns: tenantEsns },
      reader: { scopes: ['read'], esns: '*' },
    });
    return { AUTH_API_KEYS_FILE: written.file };
  },
}));

let browser: Browser;
let base: string;
beforeAll(async () => {
  browser = await launchChromium();
  base = stack.url.replace(/\/graphql$/, '');
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** A watched page that also keeps every request (for its headers and body) and every uncaught exception. */
async function openPage() {
  const watched = await openWatchedPage(browser);
  const sent: Request[] = [];
  const pageErrors: string[] = [];
  watched.page.on('request', (request) => sent.push(request));
  watched.page.on('pageerror', (error) => pageErrors.push(String(error)));
  /** Console errors other than the browser's own line for a refused (401) request. */
  const consoleErrors = () => watched.errors.filter((text) => !/status of 401/.test(text));
  return { ...watched, sent, pageErrors, consoleErrors };
}

const isGraphQL = (request: Request) => new URL(request.url()).pathname.startsWith('/graphql');
const sends = (name: string) => (request: Request) => request.postData()?.includes(name) ?? false;

async function openSignedOut(page: Page) {
  await page.goto(`${base}/fleet/`);
  await page.locator('#credential').waitFor({ timeout: 10_000 });
}

async function signIn(page: Page, key: string) {
  await page.locator('#credential').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

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
  expect((await page.context().cookies()).map((cookie) => cookie.value).join()).not.toContain(key);
  expect(stack.logLines.join('\n')).not.toContain(key);
}

describe('the fleet page when the gateway requires authentication', () => {
  it('signed out, asks for a key and shows no fleet, makes no upstream call, and opens no event stream (the gateway would refuse it)', async () => {
    const { page, sent, pageErrors, consoleErrors } = await openPage();
    await openSignedOut(page);

    expect(await page.locator('.credentials [role="alert"]').textContent()).toBe('This gateway needs an API key or token.');
    expect(await page.locator('.status').textContent()).toBe('Sign in to see the fleet.');
    expect(await page.locator('.fleet-table, .fleet-map, .events, .panel').count()).toBe(0);
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
    expect(pageErrors).toEqual([]);
    expect(consoleErrors()).toEqual([]);
    await page.context().close();
  });

  it('with a wrong key, says the gateway refused it and still shows no fleet', async () => {
    const { page, pageErrors, consoleErrors, sent } = await openPage();
    await openSignedOut(page);
    const wrong = 'ik_not-a-key-of-this-gateway';
    await signIn(page, wrong);

    await expect.poll(() => page.locator('.credentials [role="alert"]').textContent()).toBe('The gateway refused this API key or token.');
    expect(await page.locator('.fleet-table tbody tr').count()).toBe(0);
    expect(await page.locator('#credential').inputValue()).toBe('');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/\bat \S+:\d+|TypeError|CombinedError|\[object Object\]/);
    expect((await stack.stats()).total).toBe(0);
    expect(sent.filter(isGraphQL).length).toBeGreaterThan(0);
    await expectKeyOnlyInAuthorization(page, sent.filter((request) => request.headers().authorization !== undefined), wrong);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors()).toEqual([]);
    await page.context().close();
  });
});
