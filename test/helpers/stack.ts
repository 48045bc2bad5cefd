import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpanExporter } from '@opentelemetry/sdk-trace';
import { print } from 'graphql';
import { type Config, type EventsConfig, loadConfig } from '../../src/config.ts';
import { exampleQuery } from '../../src/example-query.ts';
import { startGateway } from '../../src/gateway.ts';
import { createRootLogger } from '../../src/logger.ts';
import type { IautoClientOptions } from '../../src/upstream/client.ts';
import type { UpstreamSpending } from '../../src/upstream/loader.ts';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../../src/simulator/server.ts';

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  /** What the request spent upstream and the estimate it was admitted on (UPSTREAM_COST_EXTENSION, on by default). */
  extensions?: { upstreamCost?: UpstreamSpending & { estimated: number } };
}

export interface StackOptions {
  simulator?: SimulatorOptions;
  client?: Partial<IautoClientOptions>;
  catalogTtlMs?: number;
  maxUpstreamCallsPerRequest?: number;
  /** Cap on concurrent connections to the simulator. */
  maxConnections?: number;
  /** Memory for the cache of immutable answers shared across requests; 0 = none. Default 16 MiB. */
  sharedCacheBytes?: number;
  /** Other gateway settings; `fleetEsns` defaults to every terminal of the simulator's world, as `npm start` does. */
  config?: Partial<Config>;
  /** Where the built fleet page is (test/helpers/browser.ts builds one); default web/dist. */
  fleetPageDirectory?: string;
  /** Upstream timeout of the gateway, ms (IAUTO_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Event store and door commands; default a fresh SQLite file in a temporary directory. */
  events?: Partial<EventsConfig>;
  /** Point the simulator's event push at the gateway's webhook. Default true. */
  wireWebhook?: boolean;
  /** Environment variables for the gateway's configuration (e.g. { REDIS_URL }, security settings), possibly built from the started simulator's world. */
  env?: Record<string, string> | ((simulator: RunningSimulator) => Record<string, string>);
  /** Turns tracing on, exporting here. */
  spanExporter?: SpanExporter;
  /** Run once the gateway goes quiet after requests (as `gc` is under `npm start`), after `quietCollectionMs`. */
  collectGarbage?: () => void;
  quietCollectionMs?: number;
  /** How much more than its live data the heap must hold for a burst to be collected (unset: the gateway's 32 MiB). */
  quietCollectionMinSpare?: number;
  /**
   * The gateway's log level; default `info`, as deployed: request ids reach lines through the
   * explicit path (requestLogger). `debug` also turns on the async context yoga's own lines need
   * (requestLogScope), for the rest of the test file's process.
   */
  logLevel?: string;
}

export interface RequestOptions {
  /** Extra HTTP headers, e.g. `authorization`. */
  headers?: Record<string, string>;
}

/**
 * POSTs an operation to a GraphQL endpoint as a plain client would (JSON body, no `accept`
 * unless given); gives the HTTP response, the raw text of the answer (for what it must not
 * contain) and the answer parsed, typed by the document.
 */
export async function postGraphQL<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: TVariables,
  headers: Record<string, string> = {},
) {
  const query = typeof document === 'string' ? document : print(document);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { response, text, result: JSON.parse(text) as GraphQLResponse<TData> };
}

/** A JSON-lines logger whose last lines are kept in memory, for tests to read. */
export function capturedLogger(level = 'debug') {
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > 5_000) lines.splice(0, 1_000);
  };
  const logger = createRootLogger({ level, format: 'json', destination: { write: keep } });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/**
 * The whole product on loopback: the simulator on a free port, the signed client pointed at
 * it, and the GraphQL gateway on another free port, spoken to over real HTTP.
 */
export async function startStack(options: StackOptions = {}) {
  const simulator: RunningSimulator = await startSimulator({ port: 0, ...options.simulator });
  const dataDirectory = mkdtempSync(join(tmpdir(), 'iauto-graph-events-'));
  const defaults = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...(typeof options.env === 'function' ? options.env(simulator) : options.env) });
  const config: Config = {
    ...defaults,
    ...definedOnly({
      catalogTtlMs: options.catalogTtlMs ?? 600_000,
      maxUpstreamCallsPerRequest: options.maxUpstreamCallsPerRequest,
      maxConnections: options.maxConnections,
      timeoutMs: options.timeoutMs,
    }),
    sharedCacheBytes: options.sharedCacheBytes ?? 16 * 1024 * 1024,
    events: { ...defaults.events, sqlitePath: join(dataDirectory, 'events.db'), ...options.events },
    fleetEsns: simulator.world.terminals.map((terminal) => terminal.esn),
    ...options.config,
  };
  const log = capturedLogger(options.logLevel ?? 'info');
  const gateway = await startGateway({
    config,
    logger: log.logger,
    spanExporter: options.spanExporter,
    upstream: { baseUrl: simulator.baseUrl, openId: simulator.openId, secureCode: simulator.secureCode },
    client: { retryDelayMs: 5, ...options.client },
    // GraphiQL opens with the dashboard of the simulated fleet, as under `npm start`.
    exampleQuery: exampleQuery(simulator.world.boundTerminals().map((terminal) => terminal.esn)),
    fleetPageDirectory: options.fleetPageDirectory,
    collectGarbage: options.collectGarbage,
    quietCollectionMs: options.quietCollectionMs,
    quietCollectionMinSpare: options.quietCollectionMinSpare,
  });
  const { client, catalog, sharedCache, yoga, url } = gateway;
  const webhookUrl = url.replace(/\/graphql$/, '/webhooks/iauto360');
  if (options.wireWebhook !== false) simulator.setWebhookUrl(webhookUrl);

  async function graphql<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    request: RequestOptions = {},
  ): Promise<GraphQLResponse<TData>> {
    const { result } = await postGraphQL(url, document, variables, { accept: 'application/graphql-response+json', ...request.headers });
    return result;
  }

  async function admin<T = unknown>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${simulator.baseUrl}/__sim/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as T;
  }

  return {
    simulator,
    webhookUrl,
    client,
    catalog,
    sharedCache,
    yoga,
    url,
    graphql,
    /** A simulator admin route: GET without a body, POST with one (e.g. `admin('world/reset', {})`). */
    admin,
    /** Upstream calls per service since the last reset, from the simulator's admin surface. */
    stats: () => admin<{ calls: Record<string, number>; total: number }>('stats'),
    resetStats: () => admin('reset', {}),
    gateway,
    /** Every line the gateway logged, raw (for greps) and parsed. */
    logLines: log.lines,
    logRecords: log.records,
    async close() {
      await simulator.close();
      await gateway.close();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

