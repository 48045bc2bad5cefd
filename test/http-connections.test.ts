import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useStack } from './helpers/use-stack.ts';

/*
 * HTTP_MAX_CONNECTIONS over raw sockets: connections past the cap are closed as soon as they are
 * accepted, counted in /metrics and warned about once; the open ones keep working, and a place
 * freed is usable again.
 */

const stack = useStack({ env: { HTTP_MAX_CONNECTIONS: '3', HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000', METRICS_PORT: '0' } });

const query = JSON.stringify({ query: '{ myAccess { name } }' });
const request = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${query.length}\r\n\r\n${query}`;

/** A socket to the gateway that sends one request (kept alive); `closed` resolves with what it received. */
function openAndAsk() {
  const socket = connect(Number(new URL(stack.url).port), '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  // A refused connection may be reset under the request it writes.
  socket.on('error', () => undefined);
  socket.write(request);
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  return { socket, closed, received: () => received };
}

async function gauges() {
  const text = await (await fetch(`http://127.0.0.1:${stack.gateway.metricsPort}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
  return { open: read('http_connections_open'), refused: read('http_connections_refused_total') };
}

describe('HTTP_MAX_CONNECTIONS', () => {
  it('closes connections past the cap as soon as they are accepted, counts them, warns once, and serves the open ones', async () => {
    // Whatever start-up left open (keep-alive) has closed.
    await expect.poll(async () => (await gauges()).open, { timeout: 5_000 }).toBe(0);

    const open = [openAndAsk(), openAndAsk(), openAndAsk()];
    for (const connection of open) await expect.poll(() => connection.received(), { timeout: 5_000 }).toContain('"anonymous"');
    expect(await gauges()).toEqual({ open: 3, refused: 0 });

    // Two more: closed without an answer, the request never run.
    const refused = [openAndAsk(), openAndAsk()];
    expect(await Promise.all(refused.map((connection) => connection.closed))).toEqual(['', '']);
    expect(await gauges()).toEqual({ open: 3, refused: 2 });
    expect(stack.logRecords().filter((record) => record.msg === 'HTTP_MAX_CONNECTIONS reached: new connections closed')).toEqual([
      expect.objectContaining({ level: 40, maxConnections: 3 }),
    ]);
    expect(stack.logRecords().filter((record) => record.msg === 'graphql request')).toHaveLength(3);

    // The open ones still answer...
    open[0]!.socket.write(request);
    await expect.poll(() => open[0]!.received().split('"anonymous"').length - 1, { timeout: 5_000 }).toBe(2);
    // ...and a place freed takes a new connection.
    open[1]!.socket.destroy();
    await expect.poll(async () => (await gauges()).open, { timeout: 5_000 }).toBe(2);
    const next = openAndAsk();
    await expect.poll(() => next.received(), { timeout: 5_000 }).toContain('"anonymous"');
    expect((await gauges()).refused).toBe(2);
    for (const connection of [open[0]!, open[2]!, next]) connection.socket.destroy();
  });
});
