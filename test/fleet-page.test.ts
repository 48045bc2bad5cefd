import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Terminal } from '../src/simulator/fleet.ts';
import { TIRE_POSITIONS } from '../src/simulator/vehicle.ts';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { artifacts, openWatchedPage, useFleetPageBrowser } from './helpers/browser.ts';
import { useStack } from './helpers/use-stack.ts';


const fleetPage = useFleetPageBrowser();
const stack = useStack(() => ({ fleetPageDirectory: fleetPage.directory }));
let browser: Browser;
let base: string;

beforeAll(() => {
  browser = fleetPage.browser;
  base = stack.url.replace(/\/graphql$/, '');
});

interface ShownRow {
  esn: string;
  plate: string;
  model: string | null;
  bound: string;
  plugged: string;
  battery: string;
  odometer: string;
  tires: string;
  faults: string | null;
  problem: string | null;
}

/** The fleet table as the page shows it, once every bound vehicle's data has arrived or failed. */
async function shownFleet(page: Page, count: number): Promise<ShownRow[]> {
  await page.waitForFunction(
    (expected) => {
      const rows = [...document.querySelectorAll('.fleet-table tbody tr')];
      const status = document.querySelector('.status')?.textContent ?? '';
      return rows.length === expected && !status.includes('Loading') && !status.includes('loading');
    },
    count,
    { timeout: 20_000 },
  );
  return page.$$eval('.fleet-table tbody tr', (rows) =>
    rows.map((row) => {
      const text = (field: string) => row.querySelector(`[data-field="${field}"]`)?.textContent?.trim() ?? null;
      return {
        esn: row.getAttribute('data-esn') ?? '',
        plate: text('plate') ?? '',
        model: text('model'),
        bound: text('bound') ?? '',
        plugged: text('plugged') ?? '',
        battery: text('battery') ?? '',
        odometer: text('odometer') ?? '',
        tires: text('tires') ?? '',
        faults: text('faults'),
        problem: text('problem'),
      };
    }),
  );
}

const numberIn = (text: string) => Number(text.replace(/[^\d.]/g, ''));
const words = (value: string) => value.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).trim();

/** What the page says of each fault code the simulator can report: the area, or the system, its form names. */
const FAULT_ABOUT: Record<string, string> = {
  P0003: 'fuel air and emission controls',
  P0010: 'fuel air and emission controls',
  P0101: 'fuel and air metering',
  P0128: 'fuel and air metering',
  P0171: 'fuel and air metering',
  P0300: 'ignition or misfire',
  P0420: 'auxiliary emission controls',
  P0442: 'auxiliary emission controls',
  P0505: 'speed and idle control',
  U0100: 'network',
};

function expectRowMatchesWorld(row: ShownRow, terminal: Terminal, brandName: (modelId: number) => string | undefined) {
  const { condition, profile, tires } = terminal.vehicle;
  const bound = terminal.binding !== null;
  expect(row.bound, terminal.esn).toBe(bound ? 'bound' : 'unbound');
  expect(row.plugged, terminal.esn).toBe(terminal.inserted ? 'plugged in' : 'unplugged');
  if (!bound) {
    expect([row.plate, row.battery, row.odometer, row.tires, row.faults, row.problem], terminal.esn).toEqual(['—', '—', '—', '—', null, null]);
    return;
  }
  expect(row.plate, terminal.esn).toBe(profile.plateNumber);
  expect(row.model, terminal.esn).toContain(brandName(profile.modelId!));
  expect(Math.abs(numberIn(row.battery) - condition.batteryVolts), `${terminal.esn} battery ${row.battery}`).toBeLessThanOrEqual(0.051);
  expect(row.battery).toMatch(/ V$/);
  expect(Math.abs(numberIn(row.odometer) - condition.odometerKm), `${terminal.esn} odometer ${row.odometer}`).toBeLessThanOrEqual(0.51);
  expect(row.odometer).toMatch(/ km$/);
  const alerting = TIRE_POSITIONS.filter((position) => tires[position].status > 0).map(words);
  if (alerting.length === 0) expect(row.tires, terminal.esn).toBe('no alert');
  else for (const position of alerting) expect(row.tires, terminal.esn).toContain(`${position}:`);
  const faults = condition.faultCodes.map((code) => `${code} (${FAULT_ABOUT[code]})`);
  expect(row.faults, terminal.esn).toBe(faults.length > 0 ? `Faults: ${faults.join('; ')}` : null);
  expect(row.problem, terminal.esn).toBeNull();
}

describe('the fleet page at /fleet', () => {
  it('lists the simulated fleet with the values the simulator holds, with no console error, no request off 127.0.0.1, and one status call per terminal', async () => {
    const { world } = stack.simulator;
    const brandName = (modelId: number) => world.catalog.brands.find((brand) => brand.id === world.model(modelId)?.brandId)?.name;
    const { page, errors, requests } = await openWatchedPage(browser);
    await page.goto(`${base}/fleet`);
    const rows = await shownFleet(page, world.terminals.length);

    expect(rows.map((row) => row.esn)).toEqual(world.terminals.map((terminal) => terminal.esn));
    for (const [index, terminal] of world.terminals.entries()) expectRowMatchesWorld(rows[index]!, terminal, brandName);
    expect(rows.filter((row) => row.bound === 'unbound').length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.tires !== 'no alert' && row.tires !== '—').length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.faults !== null).length).toBeGreaterThan(0);
    expect(await page.locator('.fleet-map .marker').count()).toBe(world.boundTerminals().length);

    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${base}/`))).toEqual([]);
    // Vehicle data is asked for bound terminals only; each service once per terminal.
    const bound = world.boundTerminals().length;
    const { calls } = await stack.stats();
    expect({ 1001: calls['1001'], 1011: calls['1011'], 1019: calls['1019'], 1021: calls['1021'] }).toEqual({
      1001: world.terminals.length,
      1011: bound,
      1019: bound,
      1021: bound,
    });

    await page.screenshot({ path: `${artifacts}fleet-1280x800.png`, fullPage: true });
    await page.context().close();
  });

  it('counts the tyres iauto360 sent malformed as unreadable, with the error badge, and keeps the rest of the fleet', async () => {
    const { world } = stack.simulator;
    const [victim] = world.boundTerminals();
    stack.simulator.setFaults({ badRecordRate: 1, services: [1019], esns: [victim!.esn] });
    const { page, errors } = await openWatchedPage(browser);
    await page.goto(`${base}/fleet/`);
    const rows = await shownFleet(page, world.terminals.length);

    const failed = rows.find((row) => row.esn === victim!.esn)!;
    expect(failed.tires).toBe('no alert from the others; 4 unreadable');
    expect(failed.problem).toMatch(/^failed: UPSTREAM_BAD_RESPONSE/);
    expect(failed.problem).toContain('vehicle.tires.all.0');
    expect(Math.abs(numberIn(failed.battery) - victim!.vehicle.condition.batteryVolts)).toBeLessThanOrEqual(0.051);
    expect(rows.filter((row) => row.problem !== null).map((row) => row.esn)).toEqual([victim!.esn]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows an error badge on the vehicle whose upstream data failed while the others show theirs', async () => {
    const { world } = stack.simulator;
    const [victim, other] = world.boundTerminals();
    stack.simulator.setFaults({ errorRate: 1, services: [1011], esns: [victim!.esn] });
    const { page, errors } = await openWatchedPage(browser);
    await page.goto(`${base}/fleet/`);
    const rows = await shownFleet(page, world.terminals.length);

    const failed = rows.find((row) => row.esn === victim!.esn)!;
    expect(failed.problem).toMatch(/^failed: UPSTREAM_/);
    expect(failed.problem).toContain('vehicle.condition');
    expect([failed.battery, failed.odometer]).toEqual(['—', '—']);
    expect(failed.plate).toBe(victim!.vehicle.profile.plateNumber);
    expect(failed.tires).not.toBe('—');
    const fine = rows.find((row) => row.esn === other!.esn)!;
    expect(fine.problem).toBeNull();
    expect(Math.abs(numberIn(fine.battery) - other!.vehicle.condition.batteryVolts)).toBeLessThanOrEqual(0.051);
    expect(rows.filter((row) => row.problem !== null).map((row) => row.esn)).toEqual([victim!.esn]);
    // A failed field is an answer, not a page error.
    expect(errors).toEqual([]);
    await page.context().close();
  });

  /**
   * The fleet page on a fresh browser context, with a vehicle of more than 10 trips selected while
   * every trip record iauto360 sends for it is malformed (which of them a fractional rate breaks
   * depends on the calls made before); its trips of the last 90 days, as the page lists them.
   */
  async function selectVehicleWithMalformedTrips() {
    const { world } = stack.simulator;
    const terminal = world.boundTerminals().find((candidate) => candidate.vehicle.trips.length > 10)!;
    const ninetyDaysAgo = world.createdAt / 1000 - 90 * 86_400;
    const inRange = world.tripsOf(terminal.esn).filter((trip) => trip.startTime >= ninetyDaysAgo);
    const { page, errors } = await openWatchedPage(browser);
    await page.goto(`${base}/fleet/`);
    await shownFleet(page, world.terminals.length);
    stack.simulator.setFaults({ badRecordRate: 1, services: [1012], esns: [terminal.esn] });
    await page.locator(`tr[data-esn="${terminal.esn}"] button.plate`).click({ timeout: 20_000 });
    return { inRange, page, errors };
  }

  it('leaves the trips iauto360 sent malformed out of the trip list, says why, and keeps saying it when the fleet reloads', async () => {
    const { world } = stack.simulator;
    const { inRange, page, errors } = await selectVehicleWithMalformedTrips();

    await expect.poll(() => page.locator('.trips h3').textContent(), { timeout: 10_000 }).toBe(`Latest trips (0 of ${inRange.length})`);
    expect(await page.locator('.trips tbody tr').count()).toBe(0);
    const banner = page.locator('.trips [role="alert"]');
    await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toContain('UPSTREAM_BAD_RESPONSE');
    // The vehicle has trips: the list is not said to be empty.
    expect(await page.locator('.trips').textContent()).not.toContain('No trips');

    // Reloading the fleet updates the same vehicle, and the page's cache re-reads the trip list:
    // the reason the trips are missing stays shown.
    const reloaded = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('FleetVehicles'));
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await shownFleet(page, world.terminals.length);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
    expect(await banner.textContent()).toContain('UPSTREAM_BAD_RESPONSE');
    expect(await page.locator('.trips h3').textContent()).toBe(`Latest trips (0 of ${inRange.length})`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps saying why an earlier page's trips are missing once 'Load more trips' brings a page without fault", async () => {
    const { inRange, page, errors } = await selectVehicleWithMalformedTrips();
    const banner = page.locator('.trips [role="alert"]');
    await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toContain('records.0.');

    // The second page is read from a well-formed answer: it has no error of its own.
    stack.simulator.setFaults({ badRecordRate: 0 });
    await page.getByRole('button', { name: 'Load more trips' }).click();
    await expect.poll(() => page.locator('.trips tbody tr').count(), { timeout: 10_000 }).toBe(5);
    expect(await page.locator('.trips tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-trip-id')))).toEqual(
      inRange.slice(5, 10).map((trip) => trip.id),
    );
    const shown = await banner.textContent({ timeout: 5_000 });
    expect(shown).toContain('UPSTREAM_BAD_RESPONSE');
    expect(shown).toContain('records.4.');
    expect(shown).not.toContain('records.5.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is usable from the keyboard: a vehicle, its trips page by page, a trip with its evaluation and track, fuel figures against the model', async () => {
    const { world } = stack.simulator;
    const terminal = world.boundTerminals().find((candidate) => candidate.vehicle.trips.length > 10 && candidate.vehicle.profile.modelId !== null)!;
    const { page, errors } = await openWatchedPage(browser);
    await page.goto(`${base}/fleet/`);
    await shownFleet(page, world.terminals.length);

    // The skip link is the first stop of the tab order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the fleet');
    await page.locator(`tr[data-esn="${terminal.esn}"] button.plate`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel-heading').textContent()).toBe(terminal.vehicle.profile.plateNumber);

    const ninetyDaysAgo = world.createdAt / 1000 - 90 * 86_400;
    const inRange = world.tripsOf(terminal.esn).filter((trip) => trip.startTime >= ninetyDaysAgo);
    await expect.poll(() => page.locator('.trips tbody tr').count()).toBe(Math.min(5, inRange.length));
    expect(await page.locator('.trips h3').textContent()).toBe(`Latest trips (5 of ${inRange.length})`);
    expect(await page.locator('.trips tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-trip-id')))).toEqual(
      inRange.slice(0, 5).map((trip) => trip.id),
    );
    await page.getByRole('button', { name: 'Load more trips' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.trips tbody tr').count()).toBe(Math.min(10, inRange.length));
    expect(await page.locator('.trips tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-trip-id')))).toEqual(
      inRange.slice(0, 10).map((trip) => trip.id),
    );

    const trip = inRange[6]!;
    await page.locator(`tr[data-trip-id="${trip.id}"] button`).focus();
    await page.keyboard.press('Space');
    const evaluation = world.evaluationOf(terminal.esn, trip.id)!;
    await expect.poll(() => page.locator('[data-testid="evaluation"]').count()).toBe(1);
    const shownEvaluation = await page.locator('[data-testid="evaluation"]').textContent();
    expect(shownEvaluation).toContain(`${world.trackOf(terminal.esn, trip.id)!.length} points`);
    expect(evaluation).toBeDefined();
    await expect.poll(() => page.locator('[data-testid="track"]').getAttribute('points').then((points) => points?.split(' ').length)).toBe(
      world.trackOf(terminal.esn, trip.id)!.length,
    );

    const model = world.modelStatistics(terminal.esn)!;
    await expect.poll(() => page.locator('[data-testid="fuel"] tbody tr').count()).toBe(5);
    const fuelRow = await page.locator('[data-testid="fuel"] tbody tr').first().locator('td').allTextContents();
    expect(Math.abs(numberIn(fuelRow[2]!) - model.averageFuelLitresPer100Km)).toBeLessThanOrEqual(0.051);

    expect(errors).toEqual([]);
    await page.screenshot({ path: `${artifacts}fleet-vehicle-1280x800.png`, fullPage: true });
    await page.context().close();
  });

  it('fits a phone-sized screen without scrolling sideways', async () => {
    const { page, errors } = await openWatchedPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}/fleet/`);
    await shownFleet(page, stack.simulator.world.terminals.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Every value of a vehicle is on screen, none hidden in a table scrolled sideways.
    const boxes = await page.locator('.fleet-table tbody tr').first().locator('td').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
    expect(Math.max(...boxes)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${artifacts}fleet-phone.png`, fullPage: true });
    await page.context().close();
  });

  it('serves hashed assets as immutable and the page itself as no-cache, under a policy that allows this origin only', async () => {
    const index = await fetch(`${base}/fleet/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const script = /src="(\/fleet\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/fleet/settings.json`).then((response) => response.json())) as unknown).toEqual({ tileUrl: null });
    expect((await fetch(`${base}/fleet/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/fleet/`, { method: 'POST' })).status).toBe(405);
  });
});

describe('the fleet page: door commands and the live event feed', () => {
  const calls5001 = async () => (await stack.stats()).calls['5001'] ?? 0;
  const feedIds = (page: Page) => page.locator('.event-feed li').evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')));
  /** Opens the page and waits until its event subscription stream is open. */
  async function openWithFeed() {
    const watched = await openWatchedPage(browser);
    const streamOpen = watched.page.waitForResponse((response) => response.request().postData()?.includes('FleetEvents') ?? false);
    await watched.page.goto(`${base}/fleet/`);
    await streamOpen;
    // The feed names a vehicle by the plate from the fleet's answer: wait for it, or a fast event shows the ESN.
    await shownFleet(watched.page, stack.simulator.world.terminals.length);
    return watched;
  }

  it('locks a car on a double click with one 5001 call and shows the states in order', async () => {
    const { world } = stack.simulator;
    const terminal = world.terminals.find((candidate) => candidate.binding !== null && candidate.inserted && !candidate.vehicle.condition.ignitionOn)!;
    const before = await calls5001();
    const { page, errors } = await openWatchedPage(browser);
    await page.goto(`${base}/fleet/`);
    await shownFleet(page, world.terminals.length);
    await page.locator(`tr[data-esn="${terminal.esn}"] button.plate`).click();
    await page.getByRole('button', { name: 'Lock', exact: true }).dblclick();
    await expect.poll(() => page.locator('[data-testid="door-states"]').textContent(), { timeout: 10_000 }).toBe('SENT → ACCEPTED → SUCCEEDED');
    expect(await page.getByRole('button', { name: 'Lock', exact: true }).isEnabled()).toBe(true);
    expect((await calls5001()) - before).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a pushed event within a second, and after a reload replays what it missed, without gaps', async () => {
    const terminal = stack.simulator.world.boundTerminals()[0]!;
    const plate = terminal.vehicle.profile.plateNumber!;
    const event = (text: string) => ({ id: freshEventId(), esn: terminal.esn, type: '震动', time: Math.floor(Date.now() / 1000), text });
    const { page, errors } = await openWithFeed();
    const first = event('fleet feed first');
    const pushedAt = Date.now();
    expect((await postPush(stack.webhookUrl, pushBody([first]))).status).toBe(200);
    await page.locator(`.event-feed li[data-event-id="${first.id}"]`).waitFor({ timeout: 1_000 });
    expect(Date.now() - pushedAt).toBeLessThan(1_000);
    const shown = await page.locator(`.event-feed li[data-event-id="${first.id}"]`).textContent();
    expect(shown).toContain(plate);
    expect(shown).toContain('fleet feed first');

    // Away from the page, two more events arrive; back on it, they are replayed after the first.
    await page.goto('about:blank');
    const missed = [event('fleet feed second'), event('fleet feed third')];
    expect((await postPush(stack.webhookUrl, pushBody(missed))).status).toBe(200);
    const streamOpen = page.waitForResponse((response) => response.request().postData()?.includes('FleetEvents') ?? false);
    await page.goto(`${base}/fleet/`);
    await streamOpen;
    const ours = new Set([first, ...missed].map((record) => String(record.id)));
    await expect.poll(async () => (await feedIds(page)).filter((id) => ours.has(id!)), { timeout: 5_000 }).toEqual([missed[1]!.id, missed[0]!.id, first.id].map(String));
    const ids = await feedIds(page);
    expect(new Set(ids).size).toBe(ids.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the fleet page with FLEET_MAP_TILE_URL', () => {
  /** A tile server on loopback that answers every tile with a 1×1 PNG and records the paths asked. */
  const tiles = { paths: [] as string[], url: '', server: undefined as Server | undefined };
  const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  beforeAll(async () => {
    tiles.server = createServer((request, response) => {
      tiles.paths.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': onePixelPng.length }).end(onePixelPng);
    });
    await new Promise<void>((resolve) => tiles.server!.listen(0, '127.0.0.1', resolve));
    tiles.url = `http://127.0.0.1:${(tiles.server.address() as AddressInfo).port}/{z}/{x}/{y}.png`;
  });
  afterAll(() => new Promise<void>((resolve) => (tiles.server ? tiles.server.close(() => resolve()) : resolve())));
  const tiled = useStack(() => ({ simulator: { terminalCount: 6 }, config: { fleetMapTileUrl: tiles.url }, fleetPageDirectory: fleetPage.directory }));

  it('draws the tiles under the map from that server only, as its content security policy allows', async () => {
    const { page, errors } = await openWatchedPage(browser);
    await page.goto(tiled.url.replace(/\/graphql$/, '/fleet/'));
    await expect.poll(() => page.locator('.fleet-map image').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => tiles.paths.length).toBeGreaterThan(0);
    for (const path of tiles.paths) expect(path).toMatch(/^\/\d+\/\d+\/\d+\.png$/);
    // Guangzhou at the zoom of a city: tile x/y as Web Mercator gives them.
    const [zoom, x, y] = tiles.paths[0]!.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(zoom).toBeGreaterThanOrEqual(8);
    expect(x / 2 ** zoom).toBeCloseTo((113.3 + 180) / 360, 1);
    expect(y / 2 ** zoom).toBeGreaterThan(0.3);
    expect(y / 2 ** zoom).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
