import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../src/simulator/server.ts';
import { signRequest } from '../../src/upstream/signature.ts';

/** 2023-11-15 06:13:20 China time: the fixed clock of the simulator tests. */
export const FIXED_NOW = 1_700_000_000_000;

/** Starts a simulator on a free loopback port with the fixed clock unless told otherwise. */
export function startTestSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulator({ port: 0, now: () => FIXED_NOW, eventDelayMs: 20, ...options });
}

// The wire payloads are checked field by field in the tests; `any` keeps those reads short.
export type Wire = any;

export interface WireReply {
  readonly status: number;
  readonly contentType: string | null;
  /** The exact body text, for lossless reads of Long ids. */
  readonly text: string;
  /** JSON.parse of the body, or undefined when it is not JSON. */
  readonly json: Wire;
}

export interface CallOptions {
  /** Envelope time, unix ms; default the simulator's fixed clock. */
  readonly time?: number;
  readonly openId?: string;
  readonly secureCode?: string;
  /** Replaces the computed signature. */
  readonly signature?: string;
  /** `plan` of the envelope; null leaves it out. Default 1001. */
  readonly plan?: number | null;
  /** Sends this exact text instead of the serialized envelope (signed as is). */
  readonly rawBody?: string;
}

/** A signed protocol call over real HTTP: serialize once, sign that text, send that text. */
export async function callService(simulator: RunningSimulator, service: number | string, data: unknown, options: CallOptions = {}): Promise<WireReply> {
  const time = options.time ?? FIXED_NOW;
  const plan = options.plan === undefined ? 1001 : options.plan;
  const body = options.rawBody ?? JSON.stringify(plan === null ? { time, data } : { time, data, plan });
  const openId = options.openId ?? simulator.openId;
  const signature = options.signature ?? signRequest(openId, body, options.secureCode ?? simulator.secureCode, time);
  const response = await fetch(`${simulator.baseUrl}/srv/${service}/${encodeURIComponent(openId)}/${signature}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body,
  });
  return readReply(response);
}

/** A call that must succeed; returns its `data`. */
export async function serviceData(simulator: RunningSimulator, service: number, data: unknown): Promise<Wire> {
  const reply = await callService(simulator, service, data);
  if (reply.json?.flag !== 1) throw new Error(`service ${service} failed: ${reply.text}`);
  return reply.json.data;
}

export async function admin(simulator: RunningSimulator, path: string, body?: unknown): Promise<WireReply> {
  const response = await fetch(`${simulator.baseUrl}/__sim/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return readReply(response);
}

/** The trip ids of a 1012 reply, read from the raw text so that ids above 2^53 stay exact. */
export function tripIdsFromText(text: string): string[] {
  return [...text.matchAll(/"id":(\d+)/g)].map((match) => match[1] ?? '');
}

export interface ReceivedPost {
  readonly url: string;
  readonly body: string;
}

/** A local partner endpoint that records every POST it receives. */
export async function startWebhookReceiver(): Promise<{ url: string; received: ReceivedPost[]; close(): Promise<void> }> {
  const received: ReceivedPost[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ url: request.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/iauto/events`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readReply(response: Response): Promise<WireReply> {
  const text = await response.text();
  let json: Wire;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, json };
}
