import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AttemptEvent } from '../upstream/client.ts';
import type { RequestRecord } from './request-record.ts';

/** Seconds; an answer without upstream calls takes about a millisecond, a fleet dashboard seconds. */
const requestBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds; upstream answers take tens of milliseconds to seconds. */
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface UpstreamPoolStats {
  /** Calls not yet sent: waiting for a free connection. */
  pending: number;
  running: number;
  connected: number;
  free: number;
}

/**
 * Distinct operation names the request metrics keep as label values; the requests of any further
 * name are counted under `(other)`. Names are the client's choice: unbounded, a client sending a
 * new name with each request would grow the metrics (and every scrape) without limit.
 */
export const MAX_OPERATION_NAME_LABELS = 200;
export const OTHER_OPERATION_NAME = '(other)';

/** A request for `/metrics` (any method: serve answers 405 to all but GET and HEAD). */
export function isMetricsRequest(request: IncomingMessage): boolean {
  return request.url === '/metrics' || request.url?.startsWith('/metrics?') === true;
}

/**
 * The gateway's Prometheus metrics, in a registry of its own (several gateways can live in one
 * process, as in the tests): GraphQL requests and phases, upstream attempts and latency, the
 * upstream connection pool, the shared answer cache, requests in flight, and the process.
 */
/**
 * How often the event-loop lag behind `nodejs_eventloop_lag_*` is sampled. prom-client's default
 * (10 ms) wakes the process 100 times a second even when it serves nothing: an idle gateway spent
 * 8.6-9.9 ms of CPU a second with it, 2.8-3.4 ms with 100 ms (measured side by side, two runs).
 * Ten samples a second still give a scrape every 15 s 150 of them, and a stall longer than 100 ms
 * is always seen.
 */
const EVENT_LOOP_SAMPLE_MS = 100;

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly #operationNames = new Set<string>();

  readonly graphqlRequests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name, type and outcome (ok, partial: data with errors, error: no data)',
    labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to the end of its answer, by operation name, type and outcome',
    labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
    buckets: requestBuckets,
    registers: [this.registry],
  });
  readonly upstreamAttempts = new Counter({
    name: 'iauto_upstream_attempts_total',
    help: 'Upstream attempts (each billed) by service, outcome (ok or the fault kind) and attempt number (1 = first try)',
    labelNames: ['service', 'outcome', 'attempt'] as const,
    registers: [this.registry],
  });
  readonly upstreamUnsent = new Counter({
    name: 'iauto_upstream_calls_refused_total',
    help: 'Upstream calls not sent because the request reached MAX_UPSTREAM_CALLS_PER_REQUEST, by service',
    labelNames: ['service'] as const,
    registers: [this.registry],
  });
  readonly upstreamBadParts = new Counter({
    name: 'iauto_upstream_bad_parts_total',
    help: 'Parts of upstream answers (a record of a list, a tyre) that broke the contract, by service; each failed alone',
    labelNames: ['service'] as const,
    registers: [this.registry],
  });
  readonly upstreamDuration = new Histogram({
    name: 'iauto_upstream_attempt_duration_seconds',
    help: 'Duration of one upstream attempt, from sending to the last byte of the answer, by service and outcome',
    labelNames: ['service', 'outcome'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });
  readonly sharedCacheLookups = new Counter({
    name: 'iauto_shared_cache_lookups_total',
    help: 'Lookups of shared answers (immutable reads, catalog) by result: hit or miss',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly sharedReadsJoined = new Counter({
    name: 'iauto_shared_reads_joined_total',
    help: "Immutable reads answered by another request's call already in flight instead of a call of their own",
    registers: [this.registry],
  });
  readonly connectionsRefused = new Counter({
    name: 'http_connections_refused_total',
    help: 'Connections closed as soon as accepted because HTTP_MAX_CONNECTIONS were already open',
    registers: [this.registry],
  });
  readonly sharedCacheEvictions = new Counter({
    name: 'iauto_shared_cache_evictions_total',
    help: 'Shared answers dropped from memory by reason: evict (memory bound) or expire (SHARED_CACHE_TTL_SECONDS)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  /**
   * `poolStats`: the upstream connection pool now; `requestsInFlight`: the HTTP requests being
   * served now; `openConnections`: the connections open on the main port now; `readinessChecks`:
   * the checks of `/ready`, run. They are read at each scrape, so serving a request updates no gauge.
   */
  constructor(
    poolStats: () => UpstreamPoolStats,
    requestsInFlight: () => number,
    openConnections: () => Promise<number>,
    readinessChecks: () => Promise<ReadonlyArray<{ name: string; state: string; shared: boolean }>>,
  ) {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
    new Gauge({
      name: 'http_connections_open',
      help: 'Connections open on the main port (HTTP keep-alive, SSE streams, WebSockets); at most HTTP_MAX_CONNECTIONS',
      registers: [this.registry],
      async collect() {
        this.set(await openConnections());
      },
    });
    new Gauge({
      name: 'http_requests_in_flight',
      help: 'HTTP requests being served now',
      registers: [this.registry],
      collect() {
        this.set(requestsInFlight());
      },
    });
    new Gauge({
      name: 'iauto_upstream_requests_waiting',
      help: 'Upstream calls waiting for a free connection to the service (IAUTO_MAX_CONNECTIONS all busy)',
      registers: [this.registry],
      collect() {
        this.set(poolStats().pending);
      },
    });
    new Gauge({
      name: 'iauto_upstream_requests_running',
      help: 'Upstream calls sent and waiting for their answer',
      registers: [this.registry],
      collect() {
        this.set(poolStats().running);
      },
    });
    // What to alert on for an iauto360 or Redis outage: shared dependencies do not fail /ready.
    new Gauge({
      name: 'iauto_readiness_check_ok',
      help: 'Each /ready check, run at the scrape: 1 when it passes; shared="true" for a dependency every instance shares (iauto360, Redis)',
      labelNames: ['check', 'shared'] as const,
      registers: [this.registry],
      async collect() {
        for (const { name, state, shared } of await readinessChecks()) this.set({ check: name, shared: String(shared) }, state === 'ok' ? 1 : 0);
      },
    });
    new Gauge({
      name: 'iauto_upstream_connections',
      help: 'Open connections to the upstream service by state: busy or free',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const stats = poolStats();
        this.set({ state: 'free' }, stats.free);
        this.set({ state: 'busy' }, stats.connected - stats.free);
      },
    });
  }

  recordAttempt(event: AttemptEvent): void {
    const service = String(event.service);
    const outcome = event.error?.kind ?? 'ok';
    this.upstreamAttempts.inc({ service, outcome, attempt: String(event.attempt) });
    this.upstreamDuration.observe({ service, outcome }, event.durationMs / 1000);
    if (event.badParts) this.upstreamBadParts.inc({ service }, event.badParts);
  }

  recordRequest(record: RequestRecord): void {
    const labels = { operation_name: this.#operationNameLabel(record.operationName), operation_type: record.operationType ?? '', outcome: record.outcome };
    this.graphqlRequests.inc(labels);
    this.graphqlDuration.observe(labels, record.elapsedMs / 1000);
    for (const [service, outcomes] of record.upstream) {
      const refused = outcomes.get('call-limit');
      if (refused) this.upstreamUnsent.inc({ service: String(service) }, refused);
    }
  }

  #operationNameLabel(name: string | undefined): string {
    if (!name || this.#operationNames.has(name)) return name ?? '';
    if (this.#operationNames.size >= MAX_OPERATION_NAME_LABELS) return OTHER_OPERATION_NAME;
    this.#operationNames.add(name);
    return name;
  }

  /**
   * Answers `GET /metrics` in the Prometheus text format and returns true; returns false, having
   * answered nothing, for any other path. The gateway calls it before GraphQL, so a scrape needs
   * no credentials and is no GraphQL request.
   */
  serve(request: IncomingMessage, response: ServerResponse): boolean {
    if (!isMetricsRequest(request)) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    this.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(request.method === 'HEAD' ? undefined : text),
      () => response.writeHead(503).end(),
    );
    return true;
  }
}
