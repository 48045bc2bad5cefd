import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/simulator/server.ts';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { type GatewayProcess, onSimulatorAsRealService, startGatewayProcess } from './helpers/gateway-process.ts';
import { graphql } from './gql/index.ts';
import { subscribe } from './helpers/subscriptions.ts';

const ReplayedIds = graphql(`
  subscription ReplayedIds($since: String) {
    vehicleEvents(since: $since) { id }
  }
`);

let simulator: RunningSimulator;
let directory: string;
const gateways: GatewayProcess[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  directory = mkdtempSync(join(tmpdir(), 'iauto-graph-durability-'));
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.kill('SIGTERM');
  await simulator.close();
  rmSync(directory, { recursive: true, force: true });
});

async function gateway(): Promise<GatewayProcess> {
  const started = await startGatewayProcess({
    // Real credentials need authentication or an explicit open gateway; this test is about the store.
    ...onSimulatorAsRealService(simulator, directory),
    GRAPHIQL: 'true',
  });
  gateways.push(started);
  return started;
}

/** Every stored event id, read back through a replaying subscription from the given time. */
async function replayAll(url: string, since: string, expected: number): Promise<string[]> {
  const subscription = subscribe('websocket', url, ReplayedIds, { since });
  try {
    await subscription.waitFor(expected, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return subscription.results.map((result) => result.data!.vehicleEvents.id);
  } finally {
    await subscription.close();
  }
}

describe('EVENTS_DB', () => {
  it('a file that cannot be opened as the store stops the start naming EVENTS_DB, without a stack trace', async () => {
    const notADatabase = join(directory, 'not-a-database.db');
    writeFileSync(notADatabase, 'these are not the bytes of a SQLite file, whatever their length may be'.repeat(20));
    for (const [path, reason] of [
      [notADatabase, 'file is not a database'],
      [join(notADatabase, 'events.db'), 'EEXIST'],
    ] as const) {
      const refusal = await startGatewayProcess({ ...onSimulatorAsRealService(simulator, directory), EVENTS_DB: path }).then(
        () => undefined,
        (error: Error) => error.message,
      );
      expect(refusal).toContain(`Invalid configuration:\n  EVENTS_DB: cannot open ${path} as the event store (`);
      expect(refusal).toContain(reason);
      expect(refusal).not.toMatch(/\n\s+at /);
    }
  });
});

describe('durability of the event store', () => {
  it('keeps an event answered 200 through a SIGKILL, and loses none of 1,000+ posts with redeliveries', { timeout: 180_000 }, async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const first = await gateway();

    // One event, answered 200, then the process is killed at once.
    const killedId = freshEventId();
    const reply = await postPush(first.webhookUrl, pushBody([{ id: killedId, esn: '861276678889726', type: '碰撞', time: 1_700_000_000, attrs: { level: 1 } }]));
    expect(reply.status).toBe(200);
    await first.kill('SIGKILL');

    const second = await gateway();
    expect(await replayAll(second.url, since, 1)).toEqual([String(killedId)]);

    // 1,000 POSTs of 1-3 records, 8 at a time, a third of them delivered twice.
    const posted: string[] = [];
    let redeliveries = 0;
    const bodies = Array.from({ length: 1_000 }, (_, index) => {
      const records = Array.from({ length: 1 + (index % 3) }, () => ({ id: freshEventId(), esn: `86127667888${String(index % 7).padStart(4, '0')}`, type: '定位', time: 1_700_000_000 }));
      posted.push(...records.map((record) => String(record.id)));
      return pushBody(records);
    });
    const queue = [...bodies];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let body = queue.shift(); body !== undefined; body = queue.shift()) {
          expect((await postPush(second.webhookUrl, body)).status).toBe(200);
          if (body.length % 3 === 0) {
            redeliveries++;
            expect((await postPush(second.webhookUrl, body)).json.stored).toBe(0);
          }
        }
      }),
    );
    expect(redeliveries).toBeGreaterThan(100);
    await second.kill('SIGKILL');

    const third = await gateway();
    const replayed = await replayAll(third.url, since, 1 + posted.length);
    expect(replayed).toHaveLength(1 + posted.length);
    expect(new Set(replayed).size).toBe(replayed.length);
    expect(new Set(replayed)).toEqual(new Set([String(killedId), ...posted]));
  });
});
