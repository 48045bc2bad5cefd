import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { useStack } from './helpers/use-stack.ts';

/*
 * What a WebSocket client can make the gateway hold or run, on a gateway running open (the
 * embedded simulator without authentication): one message is bounded like one HTTP request body
 * (MAX_REQUEST_BYTES), and a browser page of an origin not in CORS_ORIGINS cannot connect.
 */

const ALLOWED_ORIGIN = 'https://fleet.example';
const stack = useStack(() => ({ env: { MAX_REQUEST_BYTES: '4096', CORS_ORIGINS: ALLOWED_ORIGIN } }));

/** Opens a graphql-ws socket to the gateway; resolves with it once open, or with the refusal of the upgrade. */
function connect(headers: Record<string, string> = {}): Promise<{ socket: WebSocket } | { refused: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(stack.url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers });
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({ refused: response.statusCode ?? 0 });
      response.resume();
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
}

describe('WebSocket messages', () => {
  it('closes a socket whose message is larger than MAX_REQUEST_BYTES (1009), before authenticating, and serves one within it', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const opened = await connect();
    if (!('socket' in opened)) throw new Error(`refused ${opened.refused}`);
    const end = closed(opened.socket);
    opened.socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(5000) } }));
    expect((await end).code).toBe(1009);
    // Logged once, through the gateway's logger, without a stack.
    await expect.poll(() => stack.logRecords().filter((record) => record.msg === 'websocket: closed a connection that broke the protocol')).toHaveLength(1);
    expect(stack.logLines.join('\n')).not.toMatch(/\bat [^ ]+ \(/);
    // Anyone can do it again and again: the line is written once a minute at most.
    for (let again = 0; again < 3; again++) {
      const another = await connect();
      if (!('socket' in another)) throw new Error(`refused ${another.refused}`);
      const ended = closed(another.socket);
      another.socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(5000) } }));
      expect((await ended).code).toBe(1009);
    }
    expect(stack.logRecords().filter((record) => record.msg === 'websocket: closed a connection that broke the protocol')).toHaveLength(1);

    const small = await connect();
    if (!('socket' in small)) throw new Error(`refused ${small.refused}`);
    const acknowledged = new Promise<string>((resolve) => small.socket.once('message', (data) => resolve(String(data))));
    small.socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(3000) } }));
    expect(JSON.parse(await acknowledged)).toEqual({ type: 'connection_ack' });
    small.socket.close();
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('WebSocket origins', () => {
  it('refuses the upgrade from a browser page of another origin (403), so a hostile page runs nothing on an open gateway', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1']) {
      expect(await connect({ origin })).toEqual({ refused: 403 });
    }
    expect(stack.logRecords().filter((record) => record.transport === 'websocket')).toEqual([]);
  });

  it('serves a page of a CORS_ORIGINS origin, and a client that sends no Origin (not a browser)', async () => {
    for (const headers of [{ origin: ALLOWED_ORIGIN }, {}] as Array<Record<string, string>>) {
      const opened = await connect(headers);
      if (!('socket' in opened)) throw new Error(`refused ${opened.refused}`);
      const answers: Array<Record<string, unknown>> = [];
      const completed = new Promise<void>((resolve) =>
        opened.socket.on('message', (data) => {
          const message = JSON.parse(String(data)) as Record<string, unknown>;
          answers.push(message);
          if (message.type === 'connection_ack') opened.socket.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query: '{ myAccess { name } }' } }));
          if (message.type === 'complete') resolve();
        }),
      );
      opened.socket.send(JSON.stringify({ type: 'connection_init' }));
      await completed;
      expect(answers[1]).toMatchObject({ type: 'next', id: '1', payload: { data: { myAccess: { name: 'anonymous' } } } });
      opened.socket.close();
    }
  });
});
