import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { CallStats, handleAdmin } from './admin.ts';
import { SimulatorError, fail } from './errors.ts';
import { FaultInjector, type FaultSettings } from './faults.ts';
import { RequestFields } from './fields.ts';
import { stringifyJson } from './json.ts';
import { resolveOptions, type ResolvedOptions, type SimulatorOptions } from './options.ts';
import { failureBody, parseServicePath, successBody, verifyRequest, type ServicePath } from './protocol.ts';
import { serviceTable } from './services/table.ts';
import type { ServiceContext, ServiceHandler, ServiceReply } from './services/types.ts';
import { applyToWorld, nextSpontaneousType, spontaneousEvent, terminalFor } from './event-feed.ts';
import { Random } from './random.ts';
import { EventPusher, type PushedEvent, type WebhookSettings } from './webhook.ts';
import { World } from './world.ts';

export type { SimulatorOptions } from './options.ts';
export type { FaultSettings } from './faults.ts';

export interface RunningSimulator {
  /** `http://127.0.0.1:PORT` (`https://` with the `tls` option), no trailing slash. */
  readonly baseUrl: string;
  readonly port: number;
  readonly openId: string;
  readonly secureCode: string;
  /** The live state; the services read and change it. */
  readonly world: World;
  /** Merges into the fault settings (validated like POST /__sim/faults). */
  setFaults(faults: Partial<FaultSettings>): FaultSettings;
  faults(): FaultSettings;
  /** Calls per service since start or the last reset (GET /__sim/stats). */
  stats(): { calls: Record<string, number>; total: number };
  resetStats(): void;
  /** Every event produced so far, oldest first (GET /__sim/events). */
  events(): readonly PushedEvent[];
  /** Resolves when every scheduled event has been produced and delivered (or failed to be). */
  settleEvents(): Promise<void>;
  /** Where events are pushed from now on (the gateway's webhook); undefined = only logged. */
  setWebhookUrl(url: string | undefined): void;
  /** Merges into the push knobs (validated like POST /__sim/webhook). */
  configureWebhook(patch: Partial<WebhookSettings>): WebhookSettings;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const MALFORMED_BODY = '{"flag":1,"data":{"rec';
const UNAVAILABLE_BODY = '<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>503 Service Temporarily Unavailable</h1></body></html>';

/** Starts the iauto360 simulator on `host:port` and resolves once it listens. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const settings = resolveOptions(options);
  const world = new World({ seed: settings.seed, terminalCount: settings.terminalCount, now: settings.now() });
  const services = serviceTable(settings.quirks.batteryService);
  const faults = new FaultInjector(settings.faults, settings.seed);
  const stats = new CallStats();
  const events = new EventPusher({
    secureCode: settings.secureCode,
    webhookUrl: settings.webhookUrl,
    settings: settings.webhook,
    now: settings.now,
    firstEventId: settings.firstEventId,
    seed: settings.seed,
  });
  const spontaneous = startSpontaneousEvents(events, world, settings.seed);
  const state: SimulatorState = { settings, world, services, faults, stats, events };

  const listener: RequestListener = (request, response) => {
    handleRequest(request, response, state).catch((error: unknown) => {
      console.error('iauto360 simulator: unexpected failure', error);
      if (!response.headersSent) send(response, 500, 'application/json; charset=utf-8', failureBody(fail.internalError(), settings.quirks.errAsNumber));
      else response.destroy();
    });
  };
  const server = settings.tls ? createTlsServer(settings.tls, listener) : createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `${settings.tls ? 'https' : 'http'}://${urlHost(settings.host)}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    baseUrl,
    port,
    openId: settings.openId,
    secureCode: settings.secureCode,
    world,
    setFaults: (patch) => faults.update(patch),
    faults: () => faults.settings,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    events: () => events.events(),
    settleEvents: () => events.settled(),
    setWebhookUrl: (url) => events.setWebhookUrl(url),
    configureWebhook: (patch) => events.configure(patch),
    close: () => {
      closing ??= (async () => {
        spontaneous.stop();
        await events.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}

interface SimulatorState {
  readonly settings: ResolvedOptions;
  readonly world: World;
  readonly services: ReadonlyMap<number, ServiceHandler>;
  readonly faults: FaultInjector;
  readonly stats: CallStats;
  readonly events: EventPusher;
}

async function handleRequest(request: IncomingMessage, response: ServerResponse, state: SimulatorState): Promise<void> {
  const { pathname } = new URL(request.url ?? '/', 'http://simulator');
  const method = request.method ?? 'GET';
  if (pathname.startsWith('/__sim/')) {
    const reply = handleAdmin(method, pathname, (await readBody(request)) ?? '', state);
    send(response, reply.status, 'application/json; charset=utf-8', stringifyJson(reply.body));
    return;
  }
  const path = parseServicePath(pathname);
  if (!path) {
    sendFailure(response, fail.routeNotFound(pathname), state, 404);
    return;
  }
  state.stats.record(path.service);
  if (method !== 'POST') {
    response.setHeader('allow', 'POST');
    sendFailure(response, fail.methodNotAllowed(method), state, 405);
    return;
  }
  const rawBody = await readBody(request);
  if (rawBody === undefined) {
    sendFailure(response, fail.bodyTooLarge(MAX_BODY_BYTES), state, 413);
    return;
  }
  try {
    const text = await serve(path, rawBody, state);
    if (text === 'http5xx') send(response, 503, 'text/html; charset=utf-8', UNAVAILABLE_BODY);
    else if (text === 'malformed') send(response, 200, 'application/json; charset=utf-8', MALFORMED_BODY);
    else send(response, 200, 'application/json; charset=utf-8', text);
  } catch (error) {
    if (!(error instanceof SimulatorError)) throw error;
    sendFailure(response, error, state, 200);
  }
}

/** Verifies, applies faults, runs the service; the reply text, or the transport fault to produce. */
async function serve(path: ServicePath, rawBody: string, state: SimulatorState): Promise<string> {
  const { settings, world, events } = state;
  const envelope = verifyRequest(path, rawBody, settings, settings.now());
  const serviceNumber = /^\d{4}$/.test(path.service) ? Number(path.service) : Number.NaN;
  const handler = state.services.get(serviceNumber);
  if (!handler) throw fail.unknownService(path.service);
  const esn = (envelope.data as { esn?: unknown } | null | undefined)?.esn;
  const decision = state.faults.decide(serviceNumber, typeof esn === 'string' ? esn : undefined);
  if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
  if (decision.outcome === 'http5xx' || decision.outcome === 'malformed') return decision.outcome;
  if (decision.outcome === 'error') throw fail.simulatedError();
  const context: ServiceContext = {
    world,
    fields: new RequestFields(envelope.data),
    quirks: settings.quirks,
    nowMs: settings.now(),
    scheduleEvent: (build) => events.schedule(build, events.settings.doorOutcomeDelayMs),
    doorCommandSucceeds: () => events.chance(events.settings.doorSuccessRate),
  };
  return successBody(withBadRecords(handler(context), decision.badRecord), settings.quirks.pagingAtTopLevel);
}

/**
 * The reply with each part `badRecord` picks broken: a record of its list with its numbers sent as
 * "?" (a trip's long id, held as ExactInteger rather than a number, is kept), or one of the
 * separate fields it sends (1019's tyre texts, 1011's, 1018's and 3001–3004's readings, 1001's,
 * 1016's and 1021's numbers) sent as "?". Without the fault, the reply as it is.
 */
function withBadRecords(reply: ServiceReply, badRecord: (() => boolean) | undefined): ServiceReply {
  const { records } = reply.data;
  if (!badRecord || (!Array.isArray(records) && !reply.separateFields)) return reply;
  const data = { ...reply.data };
  if (Array.isArray(records)) {
    data.records = records.map((record: unknown) =>
      badRecord() && typeof record === 'object' && record !== null
        ? Object.fromEntries(Object.entries(record).map(([field, value]) => [field, typeof value === 'number' ? '?' : value]))
        : record,
    );
  }
  for (const field of reply.separateFields ?? []) if (data[field] !== undefined && badRecord()) data[field] = '?';
  return { ...reply, data };
}

/** Spontaneous events at `eventsPerMinute` (rechecked every second while 0), each from a fitting bound terminal. */
function startSpontaneousEvents(events: EventPusher, world: World, seed: number): { stop(): void } {
  const random = Random.derive(seed, 'spontaneous-events');
  let counter = 0;
  let timer: NodeJS.Timeout;
  const next = () => {
    const rate = events.settings.eventsPerMinute;
    timer = setTimeout(() => {
      if (events.settings.eventsPerMinute > 0) {
        const type = nextSpontaneousType(counter++);
        events.schedule((id, nowMs) => {
          const terminal = terminalFor(type, world, random);
          if (!terminal) return undefined;
          applyToWorld(type, terminal, world, nowMs);
          return spontaneousEvent(type, terminal, id, nowMs, random);
        }, 0);
      }
      next();
    }, rate > 0 ? 60_000 / rate : 1000);
    timer.unref();
  };
  next();
  return { stop: () => clearTimeout(timer) };
}

function sendFailure(response: ServerResponse, error: SimulatorError, state: SimulatorState, status: number): void {
  send(response, status, 'application/json; charset=utf-8', failureBody(error, state.settings.quirks.errAsNumber));
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** The body as UTF-8 text; undefined when it exceeds the size limit (the rest is drained unread). */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
