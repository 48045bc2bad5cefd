/*
 * npm run bench:events: the event path on loopback, in this process.
 *
 * 1. Webhook ingest: POSTs of 10 signed records, 8 at a time, to a gateway with the embedded SQLite
 *    store and with Redis (a redis-server started here on a free port, or REDIS_URL): events per
 *    second from the first POST until a live subscriber of the store has received every one
 *    (stored durably and published), and the median POST time.
 * 2. Fan-out: 100 WebSocket subscribers of `vehicleEvents` on one gateway (SQLite); one event at a
 *    time, the delay from the POST to each subscriber's receipt: p50, p95 and max.
 * The machine is shared: compare the SQLite and Redis lines with each other, run side by side.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.ts';
import { type RunningGateway, startGateway } from '../../src/gateway.ts';
import { createRootLogger } from '../../src/logger.ts';
import { startSimulator } from '../../src/simulator/server.ts';
import { signEvent } from '../../src/upstream/signature.ts';
import { formatMs, median, quantile, table } from './measure.ts';

const INGEST = { events: 4_000, perPost: 10, concurrency: 8 };
const FANOUT = { subscribers: 100, events: 40 };

let nextId = 1_000_000;
function body(count: number): string {
  const records = Array.from({ length: count }, () => ({ id: nextId++, esn: '861276678889726', uid: '1', type: '定位', time: 1_700_000_000 }));
  return JSON.stringify({ records });
}

async function post(webhook: string, text: string): Promise<number> {
  const started = performance.now();
  const url = `${webhook}?versign=${signEvent(text, 'demo-secure-code')}`;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
  await response.arrayBuffer();
  return performance.now() - started;
}

async function gatewayWith(env: Record<string, string>, simulatorUrl: string): Promise<RunningGateway> {
  return startGateway({
    config: loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...env }),
    upstream: { baseUrl: simulatorUrl, openId: 'demo-open-id', secureCode: 'demo-secure-code' },
    logger: createRootLogger({ level: 'error', format: 'json' }),
  });
}

const webhookOf = (gateway: RunningGateway) => gateway.url.replace(/\/graphql$/, '/webhooks/iauto360');

async function ingest(gateway: RunningGateway): Promise<{ eventsPerSecond: number; postMs: number }> {
  let received = 0;
  let resolveAll: () => void;
  const all = new Promise<void>((resolve) => (resolveAll = resolve));
  const unsubscribe = gateway.events.subscribe(() => {
    if (++received === INGEST.events) resolveAll();
  });
  const bodies = Array.from({ length: INGEST.events / INGEST.perPost }, () => body(INGEST.perPost));
  const postTimes: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: INGEST.concurrency }, async () => {
      for (let text = bodies.shift(); text !== undefined; text = bodies.shift()) postTimes.push(await post(webhookOf(gateway), text));
    }),
  );
  await all;
  const seconds = (performance.now() - started) / 1000;
  unsubscribe();
  return { eventsPerSecond: INGEST.events / seconds, postMs: median(postTimes) };
}

async function fanOut(gateway: RunningGateway): Promise<number[]> {
  const delays: number[] = [];
  const postedAt = new Map<string, number>();
  const clients = Array.from({ length: FANOUT.subscribers }, () =>
    createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 }),
  );
  let pending = 0;
  let wake: () => void = () => undefined;
  const subscriptions = clients.map((client) =>
    (async () => {
      for await (const result of client.iterate<{ vehicleEvents: { id: string } }>({ query: 'subscription { vehicleEvents { id } }' })) {
        const at = postedAt.get(result.data!.vehicleEvents.id);
        if (at !== undefined) delays.push(performance.now() - at);
        if (--pending === 0) wake();
      }
    })().catch(() => undefined),
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  for (let index = 0; index < FANOUT.events; index++) {
    const text = body(1);
    pending = FANOUT.subscribers;
    const done = new Promise<void>((resolve) => (wake = resolve));
    postedAt.set(String(nextId - 1), performance.now());
    await post(webhookOf(gateway), text);
    await done;
  }
  for (const client of clients) await client.dispose();
  await Promise.all(subscriptions);
  return delays;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function redisServer(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => undefined };
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

async function main(): Promise<void> {
  const simulator = await startSimulator({ port: 0 });
  const directory = mkdtempSync(join(tmpdir(), 'iauto-graph-bench-'));
  const redis = await redisServer();
  try {
    const sqlite = await gatewayWith({ EVENTS_DB: join(directory, 'events.db') }, simulator.baseUrl);
    const shared = await gatewayWith({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: `bench-${Date.now()}` }, simulator.baseUrl);
    const rows: string[][] = [['store', 'events/s stored and published', 'median POST (10 records)']];
    for (const [name, gateway] of [['SQLite (WAL, synchronous=FULL)', sqlite], ['Redis stream (appendonly no)', shared]] as const) {
      const result = await ingest(gateway);
      rows.push([name, String(Math.round(result.eventsPerSecond)), formatMs(result.postMs)]);
    }
    console.log(`Webhook ingest: ${INGEST.events} events, ${INGEST.perPost} per POST, ${INGEST.concurrency} POSTs at a time`);
    console.log(table(rows));
    await shared.close();

    const delays = await fanOut(sqlite);
    console.log(`\nFan-out: ${FANOUT.events} events to ${FANOUT.subscribers} WebSocket subscribers (${delays.length} deliveries), POST → receipt`);
    console.log(table([
      ['p50', 'p95', 'max'],
      [formatMs(quantile(delays, 0.5)), formatMs(quantile(delays, 0.95)), formatMs(Math.max(...delays))],
    ]));
    await sqlite.close();
  } finally {
    await simulator.close();
    await redis.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
