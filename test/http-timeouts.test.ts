import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useStack } from './helpers/use-stack.ts';

/*
 * The HTTP server's own timeouts (HTTP_REQUEST_TIMEOUT_MS, HTTP_KEEP_ALIVE_TIMEOUT_MS), over raw
 * sockets: a client that sends its request too slowly is answered 408 and cut off, and an idle
 * keep-alive connection is closed after its timeout, not before.
 */

const stack = useStack(() => ({ env: { HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '1500' } }));

const query = JSON.stringify({ query: '{ myAccess { name } }' });

/** Opens a socket to the gateway; `closed` resolves with what it received and when the gateway closed it (ms after opening). */
function open() {
  const { port } = new URL(stack.url);
  const socket = connect(Number(port), '127.0.0.1');
  const openedAt = performance.now();
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  const closed = new Promise<{ received: string; afterMs: number }>((resolve) => socket.once('close', () => resolve({ received, afterMs: performance.now() - openedAt })));
  return { socket, closed, received: () => received };
}

describe('HTTP timeouts', () => {
  it('answers 408 and closes a request whose body trickles in past HTTP_REQUEST_TIMEOUT_MS, without running it', async () => {
    const { socket, closed } = open();
    socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${query.length}\r\n\r\n`);
    // A byte every 200 ms: the whole body would take seconds.
    let sent = 0;
    const trickle = setInterval(() => {
      if (sent < query.length && !socket.destroyed) socket.write(query[sent++]!);
    }, 200);
    const { received, afterMs } = await closed;
    clearInterval(trickle);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(sent).toBeLessThan(query.length);
    // Checked every 250 ms: cut within about a second of the deadline, long before the body could finish.
    expect(afterMs).toBeGreaterThanOrEqual(900);
    expect(afterMs).toBeLessThan(3_000);
    expect((await stack.stats()).total).toBe(0);
    // Its access line says it was cut off, with no status from the gateway (Node sent the 408) and nothing run.
    expect(stack.logRecords().filter((record) => record.msg === 'graphql request')).toEqual([
      expect.objectContaining({ status: null, cutOff: true, operationName: null, upstreamAttempts: 0, errors: {} }),
    ]);
  });

  it('keeps an idle keep-alive connection open for HTTP_KEEP_ALIVE_TIMEOUT_MS, then closes it', async () => {
    const { socket, closed, received } = open();
    socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${query.length}\r\n\r\n${query}`);
    await expect.poll(() => received(), { timeout: 5_000 }).toContain('"anonymous"');
    const answeredAt = performance.now();
    // Still open and usable a second later (Node's default of 5 s would also allow this one)...
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(socket.destroyed).toBe(false);
    const { afterMs } = await closed;
    // ...and closed by the gateway about 1.5 s after the answer.
    const idleMs = performance.now() - answeredAt;
    expect(idleMs).toBeGreaterThanOrEqual(1_400);
    expect(idleMs).toBeLessThan(3_500);
    expect(afterMs).toBeGreaterThan(idleMs);
  });
});
