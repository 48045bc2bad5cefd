import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/simulator/server.ts';
import { graphql } from './gql/index.ts';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { type GatewayProcess, onSimulatorAsRealService, startGatewayProcess } from './helpers/gateway-process.ts';
import { type RunningRedis, startRedis } from './helpers/redis.ts';
import { type GraphQLResponse, postGraphQL } from './helpers/stack.ts';
import { subscribe } from './helpers/subscriptions.ts';

const OutageOdometer = graphql(`
  query OutageOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }
`);
const OutageEvents = graphql(`
  subscription OutageEvents { vehicleEvents { id } }
`);
const OutageLatestEvents = graphql(`
  query OutageLatestEvents($esn: String!) { terminal(esn: $esn) { bound vehicle { events(first: 3) { edges { node { id } } } } } }
`);
const OutageLock = graphql(`
  mutation OutageLock($esn: String!, $idempotencyKey: String!) { lockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { id state } }
`);

let simulator: RunningSimulator;
let redis: RunningRedis;
let gateway: GatewayProcess;
let directory: string;
let esn: string;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  redis = await startRedis();
  directory = mkdtempSync(join(tmpdir(), 'iauto-graph-redis-outage-'));
  esn = simulator.world.boundTerminals()[0]!.esn;
  gateway = await startGatewayProcess({ ...onSimulatorAsRealService(simulator, directory), REDIS_URL: redis.url, SHUTDOWN_TIMEOUT_MS: '3000' });
});
afterAll(async () => {
  await gateway?.kill('SIGKILL');
  await redis?.close();
  await simulator?.close();
  rmSync(directory, { recursive: true, force: true });
});

/** The odometer query, answered within `withinMs` or failed. */
async function odometer(withinMs: number) {
  const signal = AbortSignal.timeout(withinMs);
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(OutageOdometer), variables: { esn } }),
    signal,
  });
  return (await response.json()) as GraphQLResponse<ResultOf<typeof OutageOdometer>>;
}

async function ready(): Promise<{ status: number; body: { ready: boolean; checks: Record<string, string>; degraded: string[] } }> {
  const response = await fetch(gateway.url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: (await response.json()) as { ready: boolean; checks: Record<string, string>; degraded: string[] } };
}

/** Until /ready reports Redis answering again (it stays 200 meanwhile: Redis is shared by every instance). */
async function untilRedisBack(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await ready()).body.checks.redis !== 'ok') {
    if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms: ${JSON.stringify((await ready()).body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Door commands (5001) the simulator has received. */
async function doorCalls(): Promise<number> {
  const stats = (await (await fetch(`${simulator.baseUrl}/__sim/stats`)).json()) as { calls: Record<string, number> };
  return stats.calls['5001'] ?? 0;
}

const push = (id: number) =>
  postPush(gateway.webhookUrl, pushBody([{ id, esn, type: '碰撞', time: 1_700_000_000, attrs: { level: 1 } }]), { secret: simulator.secureCode });

describe('Redis failing and coming back (REDIS_URL)', () => {
  it('a Redis that stops answering holds no request: queries get their data, /ready stays 200 naming Redis as degraded, a push is refused 503; all is well again once it answers', { timeout: 60_000 }, async () => {
    const expected = (await postGraphQL(gateway.url, OutageOdometer, { esn })).result.data!.terminal!.vehicle!.condition!.odometerKm;
    redis.pause();
    try {
      // Each Redis command gives up after a second (rate limits count in memory, shared answers go upstream).
      for (let attempt = 0; attempt < 3; attempt++) expect((await odometer(5_000)).data?.terminal?.vehicle?.condition?.odometerKm).toBe(expected);
      const paused = await ready();
      expect(paused.status).toBe(200);
      expect(paused.body.degraded).toEqual(['redis']);
      expect(paused.body.checks.redis).not.toBe('ok');
      expect((await push(freshEventId())).status).toBe(503);
    } finally {
      redis.resume();
    }
    await untilRedisBack(15_000);
    expect((await push(freshEventId())).status).toBe(200);
  });

  it('a Redis that is down costs a request no wait; once it is back, rate limits and live events use it again without a restart', { timeout: 60_000 }, async () => {
    const subscription = subscribe('sse', gateway.url, OutageEvents, {});
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await redis.close();
      // Let ioredis's reconnection back-off grow, as in any outage longer than a moment.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const started = performance.now();
      for (let attempt = 0; attempt < 5; attempt++) expect((await odometer(5_000)).data?.terminal?.vehicle?.condition?.odometerKm).toBeGreaterThan(0);
      // Five answers from the simulator take a few milliseconds each; waiting on reconnection attempts took seconds each.
      expect(performance.now() - started).toBeLessThan(1_500);
      expect((await ready()).body.checks.redis).toBe('redis reconnecting');

      // What needs the store fails at its own path with a code a client can act on; the rest is answered.
      const calledBefore = await doorCalls();
      const events = (await postGraphQL(gateway.url, OutageLatestEvents, { esn })).result;
      expect(events.data).toEqual({ terminal: { bound: true, vehicle: { events: null } } });
      expect(events.errors).toMatchObject([{ path: ['terminal', 'vehicle', 'events'], extensions: { code: 'EVENT_STORE_UNAVAILABLE' } }]);
      const lock = (await postGraphQL(gateway.url, OutageLock, { esn, idempotencyKey: 'redis-outage-lock' })).result;
      expect(lock.data).toEqual({ lockDoors: null });
      expect(lock.errors).toMatchObject([{ path: ['lockDoors'], extensions: { code: 'EVENT_STORE_UNAVAILABLE' } }]);
      expect(lock.errors![0]!.message).toContain('idempotencyKey');
      // Not logged before it was sent, so not sent.
      expect(await doorCalls()).toBe(calledBefore);

      await redis.restart();
      await untilRedisBack(15_000);
      await odometer(5_000);
      const client = new Redis(redis.url);
      try {
        expect(await client.keys('iauto-graph:requests:*')).not.toEqual([]);
      } finally {
        client.disconnect();
      }
      const id = freshEventId();
      expect((await push(id)).status).toBe(200);
      await subscription.waitFor(1, 10_000);
      expect(subscription.results.map((result) => result.data?.vehicleEvents.id)).toContain(String(id));
    } finally {
      await subscription.close();
    }
  });

  it('says so in a line per component a minute at most, its message only: no stack trace, nothing unhandled', () => {
    const output = gateway.output();
    expect(output).not.toContain('Unhandled error event');
    expect(output).not.toMatch(/\n\s+at |\\n\s+at /);
    expect(output.match(/rate limits: Redis unreachable/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(output.match(/events: Redis unreachable/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });

  it('SIGTERM while Redis hangs and a request is under way: the request gets its answer and the process exits 0 in bounded time', { timeout: 60_000 }, async () => {
    redis.pause();
    try {
      const answer = odometer(10_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stopped = performance.now();
      const exited = gateway.kill('SIGTERM');
      expect((await answer).data?.terminal?.vehicle?.condition?.odometerKm).toBeGreaterThan(0);
      expect(await exited).toBe(0);
      // SHUTDOWN_TIMEOUT_MS (3 s) for the request, then a second or two to give up on each Redis connection.
      expect(performance.now() - stopped).toBeLessThan(10_000);
    } finally {
      redis.resume();
    }
  });
});
