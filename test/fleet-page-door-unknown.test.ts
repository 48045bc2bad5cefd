import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { openWatchedPage, useFleetPageBrowser } from './helpers/browser.ts';
import { useStack } from './helpers/use-stack.ts';

/** DOOR_COMMAND_TIMEOUT_SECONDS of this file's gateway, ms. */
const WINDOW_MS = 3_000;

const fleetPage = useFleetPageBrowser();
// The gateway gives up on 5001 after 1 s; the car's 关锁 event comes well after the window.
const stack = useStack(() => ({
  fleetPageDirectory: fleetPage.directory,
  timeoutMs: 1_000,
  simulator: { eventDelayMs: WINDOW_MS + 3_000 },
  events: { doorCommandTimeoutMs: WINDOW_MS },
}));
let browser: Browser;
let base: string;

beforeAll(() => {
  browser = fleetPage.browser;
  base = stack.url.replace(/\/graphql$/, '');
});

const DoorCommandAsServed = graphql(`
  query DoorCommandAsServed($id: ID!) {
    doorCommand(id: $id) { state message completedAt }
  }
`);

/** What the door controls show at one moment, with the page's clock. */
interface DoorSnapshot {
  at: number;
  states: string;
  status: string;
  lockDisabled: boolean;
  unlockDisabled: boolean;
}

/** Records every change of the door controls from now on, in the page, into `window.doorSnapshots`. */
async function recordDoorControls(page: Page): Promise<void> {
  await page.evaluate(() => {
    const doors = document.querySelector('.doors')!;
    const snapshots: DoorSnapshot[] = [];
    const button = (name: string) => [...doors.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name)!;
    const take = () => {
      const snapshot = {
        at: Date.now(),
        states: doors.querySelector('[data-testid="door-states"]')?.textContent ?? '',
        status: doors.querySelector('[role="status"]')?.textContent ?? '',
        lockDisabled: button('Lock').disabled,
        unlockDisabled: button('Unlock').disabled,
      };
      const last = snapshots.at(-1);
      if (!last || JSON.stringify({ ...last, at: 0 }) !== JSON.stringify({ ...snapshot, at: 0 })) snapshots.push(snapshot);
    };
    take();
    new MutationObserver(take).observe(doors, { subtree: true, childList: true, characterData: true, attributes: true });
    (window as unknown as { doorSnapshots: DoorSnapshot[] }).doorSnapshots = snapshots;
  });
}

const parkedTerminals = () => stack.simulator.world.terminals.filter((candidate) => candidate.binding !== null && candidate.inserted && !candidate.vehicle.condition.ignitionOn);

const doorSnapshots = (page: Page) => page.evaluate(() => (window as unknown as { doorSnapshots: DoorSnapshot[] }).doorSnapshots);

describe('the fleet page: a door command iauto360 does not answer in time', () => {
  it('keeps Lock/Unlock disabled while the UNKNOWN command may still settle, saying so, then enables them and shows it final; one 5001 call', async () => {
    const terminal = parkedTerminals()[0]!;
    stack.simulator.setFaults({ latencyMs: 1_500, services: [5001] });
    const { page, errors } = await openWatchedPage(browser);
    await page.goto(`${base}/fleet/`);
    await page.locator(`tr[data-esn="${terminal.esn}"] button.plate`).click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Lock', exact: true }).waitFor();
    await recordDoorControls(page);

    const answered = page.waitForResponse((response) => response.request().postData()?.includes('FleetLockDoors') ?? false);
    const clickedAt = Date.now();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    const sent = (await (await answered).json()) as { data: { lockDoors: { id: string; state: string; message: string } } };
    const command = sent.data.lockDoors;
    expect(command.state).toBe('UNKNOWN');
    expect(command.message).toMatch(/may or may not have been applied/);

    const lock = page.getByRole('button', { name: 'Lock', exact: true });
    await expect.poll(() => lock.isEnabled(), { timeout: WINDOW_MS + 5_000 }).toBe(true);
    const enabledAt = Date.now();
    const final = (await stack.graphql(DoorCommandAsServed, { id: command.id })).data!.doorCommand!;
    expect(final.state).toBe('UNKNOWN');
    expect(final.completedAt).not.toBeNull();
    const windowClosedAt = Date.parse(final.completedAt!);
    expect(windowClosedAt).toBeGreaterThanOrEqual(clickedAt + WINDOW_MS);
    // Enabled as the window closes, not earlier and not a long while later.
    expect(enabledAt - windowClosedAt).toBeLessThan(2_000);

    const snapshots = (await doorSnapshots(page)).filter((snapshot) => snapshot.states !== '');
    // States in order, each with the server's message of the moment.
    expect(snapshots.map((snapshot) => [snapshot.states, snapshot.lockDisabled, snapshot.unlockDisabled])).toEqual([
      ['SENT', true, true],
      ['SENT → UNKNOWN', true, true],
      ['SENT → UNKNOWN', false, false],
    ]);
    expect(snapshots[0]!.status).toBe('Locking: SENT');
    expect(snapshots[1]!.status).toBe(`Locking: SENT → UNKNOWN — ${command.message}`);
    expect(snapshots[2]!.status).toBe(`Locking: SENT → UNKNOWN — ${final.message}`);
    expect(final.message).toMatch(/no DOOR_LOCKED \(关锁\) event arrived within 3 s of sending it.*This is final/);
    // Disabled for the whole window: UNKNOWN was shown within it, and the one change to enabled came after it closed.
    expect(snapshots[1]!.at).toBeLessThan(windowClosedAt);
    expect(snapshots[2]!.at).toBeGreaterThan(windowClosedAt);

    expect(await page.locator('.doors [role="alert"]').count()).toBe(0);
    expect((await stack.stats()).calls['5001']).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('after a broken stream shows the problem with Retry, which sends the same key (no second 5001), then follows the command to its end', async () => {
    const terminal = parkedTerminals()[1]!;
    stack.simulator.setFaults({ latencyMs: 1_500, services: [5001] });
    const { page, errors } = await openWatchedPage(browser);
    const mutations: Array<{ idempotencyKey: string }> = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('FleetLockDoors')) mutations.push((request.postDataJSON() as { variables: { idempotencyKey: string } }).variables);
    });
    // The first stream of the command's states is cut (the connection reset); the next goes through.
    let cut = 0;
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('FleetDoorCommand') && cut++ === 0 ? route.abort('connectionreset') : route.fallback(),
    );
    await page.goto(`${base}/fleet/`);
    await page.locator(`tr[data-esn="${terminal.esn}"] button.plate`).click({ timeout: 20_000 });
    const lock = page.getByRole('button', { name: 'Lock', exact: true });
    const clickedAt = Date.now();
    await lock.click();

    const alert = page.locator('.doors [role="alert"]');
    await alert.waitFor({ timeout: 5_000 });
    expect(await alert.textContent()).toMatch(/^The gateway could not be reached/);
    expect(await page.locator('[data-testid="door-states"]').textContent()).toBe('SENT → UNKNOWN');
    await alert.getByRole('button', { name: 'Retry' }).click();

    // Following the command again: disabled while its window is open, then final and enabled.
    await expect.poll(() => alert.count()).toBe(0);
    expect(Date.now()).toBeLessThan(clickedAt + WINDOW_MS);
    expect(await lock.isDisabled()).toBe(true);
    await expect.poll(() => lock.isEnabled(), { timeout: WINDOW_MS + 5_000 }).toBe(true);
    expect(Date.now()).toBeGreaterThan(clickedAt + WINDOW_MS);
    expect(await page.locator('.doors [role="status"]').textContent()).toMatch(/^Locking: SENT → UNKNOWN — .*This is final/);

    expect(cut).toBe(2);
    expect(mutations).toHaveLength(2);
    expect(mutations[1]!.idempotencyKey).toBe(mutations[0]!.idempotencyKey);
    expect((await stack.stats()).calls['5001']).toBe(1);
    // The one console error is the browser's report of the reset connection.
    expect(errors).toEqual([expect.stringMatching(/ERR_CONNECTION_RESET/)]);
    await page.context().close();
  });
});
