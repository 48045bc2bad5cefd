import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DoorCommands, EVENT_CLOCK_TOLERANCE_MS } from '../src/events/door-commands.ts';
import { DOOR_EVENT_WIRE_TYPE } from '../src/events/event.ts';
import { openEventStore } from '../src/events/open-store.ts';
import type { Terminal as WorldTerminal } from '../src/simulator/fleet.ts';
import { UpstreamTimeoutError } from '../src/upstream/errors.ts';
import { graphql } from './gql/index.ts';
import { type RunningRedis, startRedis } from './helpers/redis.ts';
import { subscribe } from './helpers/subscriptions.ts';
import { type Stack, capturedLogger, startStack } from './helpers/stack.ts';
import { freshTerminals } from './helpers/fresh-terminals.ts';
import { useStack } from './helpers/use-stack.ts';

const TIMEOUT_MS = 2_000;

const stack = useStack({
  simulator: { eventDelayMs: 50 },
  timeoutMs: 1_000,
  events: { doorCommandTimeoutMs: TIMEOUT_MS },
});

const LockDoors = graphql(`
  mutation LockDoors($esn: String!, $key: String!) {
    lockDoors(esn: $esn, idempotencyKey: $key) { id action esn idempotencyKey state requestedAt acceptedAt completedAt message }
  }
`);

const UnlockDoors = graphql(`
  mutation UnlockDoors($esn: String!, $key: String!) {
    unlockDoors(esn: $esn, idempotencyKey: $key) { id action state message }
  }
`);

const DoorCommandState = graphql(`
  query DoorCommandState($id: ID!) {
    doorCommand(id: $id) {
      id
      state
      acceptedAt
      completedAt
      message
      outcomeEvent { __typename id type ... on DoorEvent { action outcome } }
    }
  }
`);

const DoorCommandProgress = graphql(`
  subscription DoorCommandProgress($id: ID!) {
    doorCommand(id: $id) { id state outcomeEvent { id } }
  }
`);

const DoorCommandEnding = graphql(`
  subscription DoorCommandEnding($id: ID!) {
    doorCommand(id: $id) { id state requestedAt completedAt message outcomeEvent { id } }
  }
`);

/** A terminal no other test of this file has touched. */
const freshTerminal = freshTerminals(() => stack.simulator.world.terminals);
const parked = (terminal: WorldTerminal) => terminal.binding !== null && terminal.inserted && !terminal.vehicle.condition.ignitionOn;
let keyCounter = 0;
const freshKey = () => `key-${Date.now()}-${keyCounter++}`;

async function commandNow(id: string) {
  const result = await stack.graphql(DoorCommandState, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.doorCommand!;
}

async function calls5001() {
  return (await stack.stats()).calls['5001'] ?? 0;
}

describe('door commands', () => {
  it('follows a lock from ACCEPTED to SUCCEEDED with the 关锁 event that settled it, over a subscription', async () => {
    const terminal = freshTerminal(parked);
    const sent = await stack.graphql(LockDoors, { esn: terminal.esn, key: freshKey() });
    expect(sent.errors).toBeUndefined();
    const command = sent.data!.lockDoors!;
    expect(command).toMatchObject({ action: 'LOCK', esn: terminal.esn, state: 'ACCEPTED', completedAt: null });
    expect(command.acceptedAt).not.toBeNull();
    expect(command.message).toContain('关锁');

    const progress = subscribe('websocket', stack.url, DoorCommandProgress, { id: command.id });
    await progress.ended;
    const states = progress.results.map((result) => result.data!.doorCommand.state);
    expect(states.at(-1)).toBe('SUCCEEDED');
    const settled = await commandNow(command.id);
    expect(settled).toMatchObject({ state: 'SUCCEEDED', outcomeEvent: { __typename: 'DoorEvent', type: 'DOOR_LOCKED', action: 'LOCK', outcome: 'SUCCEEDED' } });
    const pushed = stack.simulator.events().filter((event) => event.record.esn === terminal.esn);
    expect(pushed.map((event) => String(event.record.id))).toEqual([settled.outcomeEvent!.id]);
    expect(Date.parse(settled.completedAt!)).toBeGreaterThanOrEqual(Date.parse(command.acceptedAt!));
    expect(await calls5001()).toBe(1);
    await progress.close();
  });

  it('reports FAILED when the car reports failure (开锁失败)', async () => {
    const terminal = freshTerminal(parked);
    stack.simulator.configureWebhook({ doorSuccessRate: 0 });
    try {
      const command = (await stack.graphql(UnlockDoors, { esn: terminal.esn, key: freshKey() })).data!.unlockDoors!;
      const progress = subscribe('sse', stack.url, DoorCommandProgress, { id: command.id });
      await progress.ended;
      expect(progress.results.at(-1)!.data!.doorCommand.state).toBe('FAILED');
      expect(await commandNow(command.id)).toMatchObject({ state: 'FAILED', outcomeEvent: { type: 'DOOR_UNLOCKED', outcome: 'FAILED' } });
    } finally {
      stack.simulator.configureWebhook({ doorSuccessRate: 1 });
    }
  });

  it('reports TIMED_OUT when no outcome arrives within DOOR_COMMAND_TIMEOUT_SECONDS, and a late event does not change it', async () => {
    const terminal = freshTerminal(parked);
    stack.simulator.configureWebhook({ doorOutcomeDelayMs: TIMEOUT_MS + 600 });
    try {
      const command = (await stack.graphql(LockDoors, { esn: terminal.esn, key: freshKey() })).data!.lockDoors!;
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 200));
      const timedOut = await commandNow(command.id);
      expect(timedOut).toMatchObject({ state: 'TIMED_OUT', outcomeEvent: null });
      expect(timedOut.message).toMatch(/No DOOR_LOCKED \(关锁\) event arrived within 2 s/);
      await stack.simulator.settleEvents();
      expect(await commandNow(command.id)).toMatchObject({ state: 'TIMED_OUT', outcomeEvent: null });
    } finally {
      stack.simulator.configureWebhook({ doorOutcomeDelayMs: 50 });
    }
  });

  it('reports UNKNOWN when 5001 itself times out, without resending, then settles it with the event that follows', async () => {
    const terminal = freshTerminal(parked);
    stack.simulator.setFaults({ latencyMs: 1_300, services: [5001] });
    const command = (await stack.graphql(LockDoors, { esn: terminal.esn, key: freshKey() })).data!.lockDoors!;
    expect(command.state).toBe('UNKNOWN');
    expect(command.message).toMatch(/may or may not have been applied\. Do not resend it blindly/);
    // A write has one attempt: it timed out waiting for the answer, not "the read" across attempts.
    expect(command.message).toContain('timed out waiting for the headers');
    const progress = subscribe('websocket', stack.url, DoorCommandProgress, { id: command.id });
    await progress.ended;
    expect(progress.results.map((result) => result.data!.doorCommand.state)).toEqual(['UNKNOWN', 'SUCCEEDED']);
    expect(await calls5001()).toBe(1);
    await progress.close();
  });

  it('reports REJECTED when iauto360 cannot reach the terminal (unplugged)', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding !== null && !candidate.inserted);
    const command = (await stack.graphql(LockDoors, { esn: terminal.esn, key: freshKey() })).data!.lockDoors!;
    expect(command).toMatchObject({ state: 'REJECTED', acceptedAt: null });
    expect(command.completedAt).not.toBeNull();
    expect(command.message).toMatch(/did not accept/);
    expect(await calls5001()).toBe(1);
    const progress = subscribe('sse', stack.url, DoorCommandProgress, { id: command.id });
    await progress.ended;
    expect(progress.results.map((result) => result.data!.doorCommand.state)).toEqual(['REJECTED']);
  });

  it('returns the same command for a repeated idempotency key and calls 5001 once; another key sends again', async () => {
    const terminal = freshTerminal(parked);
    const key = freshKey();
    const [first, second] = await Promise.all([
      stack.graphql(LockDoors, { esn: terminal.esn, key }),
      stack.graphql(LockDoors, { esn: terminal.esn, key }),
    ]);
    const third = await stack.graphql(LockDoors, { esn: terminal.esn, key });
    const ids = [first, second, third].map((result) => result.data!.lockDoors!.id);
    expect(new Set(ids).size).toBe(1);
    expect(await calls5001()).toBe(1);
    await stack.graphql(LockDoors, { esn: terminal.esn, key: freshKey() });
    expect(await calls5001()).toBe(2);
  });

  it('refuses a key already used for another terminal or action, naming that command, and sends nothing', async () => {
    const [terminal, other] = [freshTerminal(parked), freshTerminal(parked)];
    const key = freshKey();
    const sent = (await stack.graphql(LockDoors, { esn: terminal.esn, key })).data!.lockDoors!;
    expect(await calls5001()).toBe(1);
    const [otherAction, otherTerminal] = await Promise.all([
      stack.graphql(UnlockDoors, { esn: terminal.esn, key }),
      stack.graphql(LockDoors, { esn: other.esn, key }),
    ]);
    for (const refused of [otherAction, otherTerminal]) {
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
      expect(refused.errors?.[0]?.message).toContain(`lockDoors of terminal ${terminal.esn}, command ${sent.id}`);
    }
    expect(otherAction.data!.unlockDoors).toBeNull();
    expect(otherTerminal.data!.lockDoors).toBeNull();
    expect(await calls5001()).toBe(1);
    // The same command asked again is still answered with the command sent.
    expect((await stack.graphql(LockDoors, { esn: terminal.esn, key })).data!.lockDoors!.id).toBe(sent.id);
  });

  it('refuses a bad ESN or key before logging or sending anything', async () => {
    const badEsn = await stack.graphql(LockDoors, { esn: '12ab', key: freshKey() });
    expect(badEsn.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'esn' });
    const badKey = await stack.graphql(LockDoors, { esn: freshTerminal(parked).esn, key: '' });
    expect(badKey.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(await calls5001()).toBe(0);
    expect((await stack.graphql(DoorCommandState, { id: 'no-such-command' })).data!.doorCommand).toBeNull();
  });
});

describe('door commands across a restart', () => {
  it('a key used before the gateway restarted on the same SQLite file returns the same command and sends nothing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'iauto-graph-doors-'));
    const events = { sqlitePath: join(directory, 'events.db'), doorCommandTimeoutMs: TIMEOUT_MS };
    const key = freshKey();
    try {
      const before = await startStack({ events, simulator: { eventDelayMs: 50 } });
      const esn = before.simulator.world.terminals.find(parked)!.esn;
      let sent;
      try {
        sent = (await before.graphql(LockDoors, { esn, key })).data!.lockDoors!;
        expect((await before.stats()).calls['5001']).toBe(1);
      } finally {
        await before.close();
      }
      // A new process in effect: another gateway (and simulator), the same event store file.
      const after = await startStack({ events, simulator: { eventDelayMs: 50 } });
      try {
        const again = await after.graphql(LockDoors, { esn, key });
        expect(again.errors).toBeUndefined();
        expect(again.data!.lockDoors).toMatchObject({ id: sent.id, action: 'LOCK', esn, idempotencyKey: key, requestedAt: sent.requestedAt });
        expect((await after.stats()).calls['5001'] ?? 0).toBe(0);
      } finally {
        await after.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe.each(['sqlite', 'redis'] as const)('an UNKNOWN door command whose window closes without an event (%s store)', (kind) => {
  let redis: RunningRedis | undefined;
  let unknownStack: Stack;
  beforeAll(async () => {
    if (kind === 'redis') redis = await startRedis();
    unknownStack = await startStack({
      // 5001 answers after the gateway gave up (UNKNOWN); the car's 关锁 event comes after the window.
      simulator: { eventDelayMs: TIMEOUT_MS + 1_500, faults: { latencyMs: 1_300, services: [5001] } },
      timeoutMs: 1_000,
      events: { doorCommandTimeoutMs: TIMEOUT_MS, ...(redis ? { redis: { url: redis.url, prefix: `door-unknown-${Date.now()}` } } : {}) },
    });
  });
  afterAll(async () => {
    await unknownStack?.close();
    await redis?.close();
  });

  /** A store of this describe's kind of its own (SQLite in a temporary directory, or a Redis prefix), for DoorCommands driven with a test clock. */
  async function openStore(prefix: string) {
    const directory = mkdtempSync(join(tmpdir(), 'iauto-graph-doors-'));
    const { logger } = capturedLogger('warn');
    const store = await openEventStore(
      {
        sqlitePath: join(directory, 'events.db'),
        retentionMs: 86_400_000,
        doorCommandTimeoutMs: TIMEOUT_MS,
        redis: redis ? { url: redis.url, prefix: `${prefix}-${Date.now()}` } : undefined,
      },
      logger,
    );
    const close = async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    };
    return { store, logger, close };
  }

  it('is completed when its window closes, the same for the query and the last subscription result, and a later event does not change it', async () => {
    const terminal = unknownStack.simulator.world.terminals.find(parked)!;
    const sent = await unknownStack.graphql(LockDoors, { esn: terminal.esn, key: freshKey() });
    expect(sent.errors).toBeUndefined();
    const command = sent.data!.lockDoors!;
    expect(command).toMatchObject({ state: 'UNKNOWN', acceptedAt: null, completedAt: null });
    const deadline = Date.parse(command.requestedAt) + TIMEOUT_MS;

    const progress = subscribe('websocket', unknownStack.url, DoorCommandEnding, { id: command.id });
    const during = (await unknownStack.graphql(DoorCommandState, { id: command.id })).data!.doorCommand!;
    expect(Date.now()).toBeLessThan(deadline);
    expect(during).toMatchObject({ state: 'UNKNOWN', completedAt: null, outcomeEvent: null });
    expect(during.message).toMatch(/may or may not have been applied\. Do not resend it blindly/);

    await progress.ended;
    const endedAt = Date.now();
    const shown = progress.results.map((result) => result.data!.doorCommand);
    expect(shown.map((result) => [result.state, result.completedAt])).toEqual([
      ['UNKNOWN', null],
      ['UNKNOWN', new Date(deadline).toISOString()],
    ]);
    // The last result comes as the window closes, not a poll later; the subscription ends with it.
    expect(endedAt).toBeGreaterThan(deadline);
    expect(endedAt - deadline).toBeLessThan(400);
    expect(shown[1]!.message).toMatch(/no DOOR_LOCKED \(关锁\) event arrived within 2 s of sending it: it may or may not have been applied.*This is final/);

    const after = await unknownStack.graphql(DoorCommandState, { id: command.id });
    expect(after.errors).toBeUndefined();
    expect(after.data!.doorCommand).toMatchObject({ state: 'UNKNOWN', completedAt: new Date(deadline).toISOString(), message: shown[1]!.message, outcomeEvent: null });

    // The car's event, received after the window, settles nothing.
    await unknownStack.simulator.settleEvents();
    expect(unknownStack.simulator.events().filter((event) => event.record.esn === terminal.esn)).toHaveLength(1);
    expect((await unknownStack.graphql(DoorCommandState, { id: command.id })).data!.doorCommand).toEqual(after.data!.doorCommand);
    expect((await unknownStack.stats()).calls['5001']).toBe(1);

    // A subscription opened now delivers the final command once and ends.
    const late = subscribe('sse', unknownStack.url, DoorCommandEnding, { id: command.id });
    await late.ended;
    expect(late.results.map((result) => result.data!.doorCommand)).toEqual([shown[1]]);
  });

  it('stays final when an event received inside its window is correlated only after the window closed', async () => {
    const { store, logger, close } = await openStore('door-late');
    let clock = 1_790_000_000_000;
    const doors = new DoorCommands({ store, timeoutMs: TIMEOUT_MS, logger, now: () => clock });
    try {
      const esn = '861276678899001';
      const command = await doors.send({ principal: 'tester', idempotencyKey: freshKey(), esn, action: 'LOCK_DOOR' }, () =>
        Promise.reject(new UpstreamTimeoutError(5001, 'headers')),
      );
      expect(command).toMatchObject({ state: 'UNKNOWN', completedAt: null });
      // The car's 关锁 arrives inside the window, but is correlated only after the window closed and the command was read final.
      const [event] = await store.append([
        { id: '9100000000000000001', esn, uid: null, wireType: DOOR_EVENT_WIRE_TYPE.LOCK_DOOR, time: 1_790_000_001, location: null, text: '关锁成功', attrs: null, receivedAt: clock + 1_000 },
      ]);
      clock += TIMEOUT_MS + 1;
      const final = await doors.get(command.id);
      expect(final).toMatchObject({ state: 'UNKNOWN', completedAt: command.requestedAt + TIMEOUT_MS, outcomeEventId: null });
      await doors.onEventsStored([event!]);
      expect(await doors.get(command.id)).toEqual(final);
      expect(await store.commands.awaitingOutcome(esn, 'LOCK_DOOR')).toEqual([]);
      expect(await store.commands.transition(command.id, ['UNKNOWN'], { state: 'SUCCEEDED', completedAt: clock })).toBeNull();
      expect(await store.commands.get(command.id)).toEqual(final);
    } finally {
      await close();
    }
  });

  it('is not settled by a door event that happened before it was sent (pushed late, or replayed), only by one after', async () => {
    const { store, logger, close } = await openStore('door-stale');
    const clock = 1_790_000_000_000;
    const doors = new DoorCommands({ store, timeoutMs: TIMEOUT_MS, logger, now: () => clock });
    try {
      const esn = '861276678899002';
      const command = await doors.send({ principal: 'tester', idempotencyKey: freshKey(), esn, action: 'UNLOCK_DOOR' }, async () => ({ status: 1 }));
      expect(command).toMatchObject({ state: 'ACCEPTED' });
      const doorEvent = (id: string, time: number) => ({
        id, esn, uid: null, wireType: DOOR_EVENT_WIRE_TYPE.UNLOCK_DOOR, time, location: null, text: '开锁成功', attrs: null, receivedAt: clock + 500,
      });
      // Received inside the window, but it says it happened 10 minutes before the command was sent.
      const stale = await store.append([doorEvent('9100000000000000011', clock / 1000 - (EVENT_CLOCK_TOLERANCE_MS / 1000 + 1))]);
      await doors.onEventsStored(stale);
      expect(await doors.get(command.id)).toMatchObject({ state: 'ACCEPTED', outcomeEventId: null, completedAt: null });
      // One a few seconds off (the clocks differ) is its outcome.
      const fresh = await store.append([doorEvent('9100000000000000012', clock / 1000 - 5)]);
      await doors.onEventsStored(fresh);
      expect(await doors.get(command.id)).toMatchObject({ state: 'SUCCEEDED', outcomeEventId: '9100000000000000012' });
    } finally {
      await close();
    }
  });

  it('a command left SENT by a gateway that stopped before recording 5001\'s answer is completed as UNKNOWN once its call and window are surely over', async () => {
    const { store, logger, close } = await openStore('door-abandoned');
    let clock = 1_790_000_000_000;
    const sendTimeoutMs = 1_000;
    const stopped = new DoorCommands({ store, timeoutMs: TIMEOUT_MS, sendTimeoutMs, logger, now: () => clock });
    try {
      // The first gateway logs the command and dies while 5001 is under way: its answer is never recorded.
      const key = freshKey();
      const request = { principal: 'tester', idempotencyKey: key, esn: '861276678899002', action: 'UNLOCK_DOOR' as const };
      void stopped.send(request, () => new Promise<never>(() => {}));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const restarted = new DoorCommands({ store, timeoutMs: TIMEOUT_MS, sendTimeoutMs, logger, now: () => clock });
      const sent = (await restarted.send(request, () => Promise.reject(new Error('must not be sent again'))))!;
      expect(sent).toMatchObject({ state: 'SENT', completedAt: null });

      // Still SENT, and left alone, while the first gateway's call or the event's window could still be running.
      clock = sent.requestedAt + sendTimeoutMs + TIMEOUT_MS;
      expect(await restarted.get(sent.id)).toMatchObject({ state: 'SENT', completedAt: null });

      clock += 1;
      const abandoned = await restarted.get(sent.id);
      expect(abandoned).toMatchObject({ state: 'UNKNOWN', completedAt: sent.requestedAt + sendTimeoutMs + TIMEOUT_MS, outcomeEventId: null });
      expect(abandoned!.message).toMatch(/^The gateway stopped before it recorded iauto360's answer to this command, and no DOOR_UNLOCKED \(开锁\) event arrived: it may or may not have been applied.*This is final/);
      // Final: the watch delivers it and ends, an idempotent resend returns it without a call, and it waits for no event.
      const watched: unknown[] = [];
      for await (const command of restarted.watch(sent.id, new AbortController().signal)) watched.push(command);
      expect(watched).toEqual([abandoned]);
      expect(await restarted.send(request, () => Promise.reject(new Error('must not be sent again')))).toEqual(abandoned);
      expect(await store.commands.awaitingOutcome(request.esn, 'UNLOCK_DOOR')).toEqual([]);
    } finally {
      await close();
    }
  });
});
