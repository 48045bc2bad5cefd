import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startSimulator } from '../src/simulator/server.ts';
import { freshEventId, postPush, pushBody } from './helpers/events.ts';
import { onSimulatorAsRealService, startGatewayProcess } from './helpers/gateway-process.ts';
import { startStack } from './helpers/stack.ts';
import { graphql } from './gql/index.ts';

const ShutdownFeed = graphql(`
  subscription ShutdownFeed($esns: [String!], $since: String) {
    vehicleEvents(esns: $esns, since: $since) { id }
  }
`);

const ShutdownPlain = graphql(`
  query ShutdownPlain($esn: String!) {
    terminal(esn: $esn) { bound }
  }
`);

let esnCounter = 500;
const freshEsn = () => `8612766799${String(esnCounter++).padStart(5, '0')}`;

/** Stores two events of a new terminal; a subscription `since` the first replays the second at once, which proves it is live. */
async function storedEvents(webhookUrl: string, secret: string) {
  const esn = freshEsn();
  const ids = [freshEventId(), freshEventId()];
  const reply = await postPush(webhookUrl, pushBody(ids.map((id) => ({ id, esn, type: '定位', time: 1_700_000_000 }))), { secret });
  expect(reply.status).toBe(200);
  return { variables: { esns: [esn], since: String(ids[0]) }, replayed: String(ids[1]) };
}

async function until(done: () => boolean, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Reads an event stream to its end, keeping what arrived so far in `stream.text`. */
function readEventStream(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const stream = { text: '' };
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  const whole = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return stream.text;
      stream.text += decoder.decode(value, { stream: true });
    }
  })();
  return { stream, whole };
}

/** An operation over Server-Sent Events by plain fetch: yoga's own at /graphql, or graphql-sse's at /graphql/stream. */
async function eventStream(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
  });
  return readEventStream(response);
}

/** graphql-sse's single-connection mode: a reserved stream (PUT, then GET), with the subscription POSTed separately. */
async function reservedEventStream(url: string, variables: Record<string, unknown>) {
  const token = await (await fetch(url, { method: 'PUT' })).text();
  const opened = readEventStream(await fetch(url, { headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token } }));
  const operation = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-event-stream-token': token },
    body: JSON.stringify({ query: print(ShutdownFeed), variables, extensions: { operationId: 'reserved-1' } }),
  });
  expect(operation.status).toBe(202);
  return opened;
}

/** A subscription over graphql-ws (the graphql-transport-ws protocol) on a raw WebSocket, keeping every message and the close code. */
async function webSocketSubscription(url: string, variables: Record<string, unknown>) {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const messages: Array<{ type: string; id?: string; payload?: unknown }> = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as (typeof messages)[number];
    messages.push(message);
    if (message.type === 'connection_ack') socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: print(ShutdownFeed), variables } }));
  });
  socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
  return { messages, closed };
}

/** Opens one subscription on each transport and waits until each has delivered the replayed event. */
async function openAllTransports(graphqlUrl: string, webhookUrl: string, secret: string) {
  const feeds = await Promise.all([0, 1, 2, 3].map(() => storedEvents(webhookUrl, secret)));
  const streamUrl = graphqlUrl.replace(/\/graphql$/, '/graphql/stream');
  const yogaSse = await eventStream(graphqlUrl, print(ShutdownFeed), feeds[0]!.variables);
  const graphqlSse = await eventStream(streamUrl, print(ShutdownFeed), feeds[1]!.variables);
  const reservedSse = await reservedEventStream(streamUrl, feeds[3]!.variables);
  const webSocket = await webSocketSubscription(graphqlUrl, feeds[2]!.variables);
  await until(() => yogaSse.stream.text.includes(feeds[0]!.replayed), 'the SSE subscription');
  await until(() => graphqlSse.stream.text.includes(feeds[1]!.replayed), 'the graphql-sse subscription');
  await until(() => reservedSse.stream.text.includes(feeds[3]!.replayed), 'the graphql-sse subscription on a reserved stream');
  await until(() => webSocket.messages.some((message) => message.type === 'next' && JSON.stringify(message.payload).includes(feeds[2]!.replayed)), 'the WebSocket subscription');
  return { yogaSse, graphqlSse, reservedSse, webSocket };
}

/** What each client saw when the gateway ended its subscription: a completion, then the end of the stream or a 1001 close. */
async function expectCompletedCleanly(open: Awaited<ReturnType<typeof openAllTransports>>) {
  expect(await open.yogaSse.whole).toMatch(/event: complete\n/);
  expect(await open.graphqlSse.whole).toMatch(/event: complete\n/);
  expect(await open.reservedSse.whole).toMatch(/event: complete\ndata: \{"id":"reserved-1"\}/);
  expect(await open.webSocket.closed).toEqual({ code: 1001, reason: 'Going away' });
  expect(open.webSocket.messages.map((message) => message.type)).toEqual(['connection_ack', 'next', 'complete']);
}

/** The same slow query twice: as a plain JSON request, and answered over SSE (which ends with its operation, so is waited for). */
function slowQueries(own: Awaited<ReturnType<typeof startStack>>, esn: string) {
  return [
    own.graphql(ShutdownPlain, { esn }).then(
      (answer) => answer.data,
      (error: unknown) => error,
    ),
    eventStream(own.url, print(ShutdownPlain), { esn }).then(
      ({ whole }) => whole,
      (error: unknown) => error,
    ),
  ];
}

describe('shutdown with subscriptions open', () => {
  it('completes the subscriptions on every transport at once, lets the requests under way finish, and cuts off nothing', async () => {
    const own = await startStack({ wireWebhook: false });
    try {
      const open = await openAllTransports(own.url, own.webhookUrl, own.simulator.secureCode);
      const esn = own.simulator.world.boundTerminals()[0]!.esn;
      await own.resetStats();
      // Longer than the second shutdown gives subscriptions to end.
      own.simulator.setFaults({ latencyMs: 1_500 });
      const [plain, overSse] = slowQueries(own, esn);
      while ((await own.stats()).total === 0) await new Promise((resolve) => setTimeout(resolve, 10));

      const started = performance.now();
      expect(await own.gateway.shutdown(30_000)).toEqual({ cutOff: 0 });
      // Far below the 30 s timeout: nothing waited for the subscriptions to end by themselves.
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(await plain).toEqual({ terminal: { bound: true } });
      expect(await overSse).toMatch(/event: next\ndata: \{"data":\{"terminal":\{"bound":true\}\}[^\n]*\n\n(:\n\n)*event: complete/);
      await expectCompletedCleanly(open);
      const accessLines = own.logRecords().filter((record) => record.msg === 'graphql request');
      // Each SSE subscription wrote its access line when it ended, as a request that ran its course; the one
      // POSTed for the reserved stream when it was accepted (202); the WebSocket one when it completed (no HTTP status).
      expect(
        accessLines
          .filter((record) => record.operationType === 'subscription')
          .map((record) => [record.operationName, record.status, record.outcome])
          .sort(),
      ).toEqual([
        ['ShutdownFeed', null, 'ok'],
        ['ShutdownFeed', 200, 'ok'],
        ['ShutdownFeed', 200, 'ok'],
        ['ShutdownFeed', 202, 'ok'],
      ]);
      expect(accessLines.some((record) => record.cutOff)).toBe(false);
    } finally {
      await own.simulator.close();
    }
  });

  it('still counts the requests it had to cut off, and only those', async () => {
    const own = await startStack({ wireWebhook: false });
    try {
      const open = await openAllTransports(own.url, own.webhookUrl, own.simulator.secureCode);
      const esn = own.simulator.world.boundTerminals()[0]!.esn;
      await own.resetStats();
      own.simulator.setFaults({ latencyMs: 5_000 });
      const [plain, overSse] = slowQueries(own, esn);
      while ((await own.stats()).total < 1) await new Promise((resolve) => setTimeout(resolve, 10));

      expect(await own.gateway.shutdown(1_500)).toEqual({ cutOff: 2 });
      expect(await plain).toBeInstanceOf(Error);
      expect(await overSse).toBeInstanceOf(Error);
      await expectCompletedCleanly(open);
      const accessLines = own.logRecords().filter((record) => record.msg === 'graphql request');
      expect(accessLines.filter((record) => record.cutOff === true).map((record) => record.operationName)).toEqual(['ShutdownPlain', 'ShutdownPlain']);
    } finally {
      await own.simulator.close();
    }
  });

  it('a second signal while stopping exits at once with 1, saying so, whichever signals they are', { timeout: 90_000 }, async () => {
    for (const [first, second] of [
      ['SIGTERM', 'SIGINT'],
      ['SIGINT', 'SIGINT'],
    ] as const) {
      const simulator = await startSimulator({ port: 0, terminalCount: 2 });
      const directory = mkdtempSync(join(tmpdir(), 'iauto-graph-shutdown-'));
      const gateway = await startGatewayProcess({ ...onSimulatorAsRealService(simulator, directory), SHUTDOWN_TIMEOUT_MS: '60000' });
      try {
        simulator.setFaults({ latencyMs: 30_000 });
        const esn = simulator.world.boundTerminals()[0]!.esn;
        const answer = fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: print(ShutdownPlain), variables: { esn } }),
        }).catch((error: unknown) => error);
        const called = async () => ((await (await fetch(`${simulator.baseUrl}/__sim/stats`)).json()) as { total: number }).total > 0;
        while (!(await called())) await new Promise((resolve) => setTimeout(resolve, 20));
        gateway.child.kill(first);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(gateway.child.exitCode, `${first} alone waits for the request under way`).toBeNull();
        const stopped = performance.now();
        expect(await gateway.kill(second)).toBe(1);
        expect(performance.now() - stopped).toBeLessThan(5_000);
        expect(gateway.output()).toMatch(/"signal":"SIGINT","inFlight":1,"msg":"stopped at once by a second signal/);
        await answer;
      } finally {
        await gateway.kill('SIGKILL');
        await simulator.close();
        rmSync(directory, { recursive: true, force: true });
      }
    }
  });

  it('SIGTERM with only subscriptions open exits 0 long before SHUTDOWN_TIMEOUT_MS', { timeout: 90_000 }, async () => {
    const secureCode = 'shutdown-streams-secure-code';
    const simulator = await startSimulator({ port: 0, secureCode, terminalCount: 4 });
    const directory = mkdtempSync(join(tmpdir(), 'iauto-graph-shutdown-'));
    const gateway = await startGatewayProcess({
      ...onSimulatorAsRealService(simulator, directory),
      SHUTDOWN_TIMEOUT_MS: '30000',
      LOG_LEVEL: 'info',
    });
    try {
      const open = await openAllTransports(gateway.url, gateway.webhookUrl, secureCode);
      const started = performance.now();
      expect(await gateway.kill('SIGTERM')).toBe(0);
      expect(performance.now() - started).toBeLessThan(10_000);
      await expectCompletedCleanly(open);
      expect(gateway.output()).toMatch(/"msg":"stopped"/);
      expect(gateway.output()).not.toMatch(/cut off/);
    } finally {
      await gateway.kill('SIGKILL');
      await simulator.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
