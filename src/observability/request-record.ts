import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Span } from '@opentelemetry/api';

/** The outcome of one upstream attempt: `ok`, an UpstreamError kind (`timeout`, `rejected`...), or `call-limit` (not sent). */
export type UpstreamOutcome = string;

/**
 * What one HTTP request did, gathered while it runs and written as its single access line:
 * the GraphQL operation, who asked, upstream attempts by service and outcome, error codes.
 * Upstream faults are counted here instead of being logged one line per failed field.
 */
export class RequestRecord {
  readonly startedAt = performance.now();
  /** Set once the request turned out to carry a GraphQL operation (GraphiQL's page, /health... are not logged). */
  graphql = false;
  operationName: string | undefined;
  operationType: string | undefined;
  principal: string | undefined;
  /** Whether the answer carried data (a partial answer does). */
  hasData = false;
  /** service → outcome → attempts */
  readonly upstream = new Map<number, Map<UpstreamOutcome, number>>();
  /** service → parts of its answers that broke the contract (see BadPart) */
  readonly badParts = new Map<number, number>();
  /** extensions.code → errors */
  readonly errorCodes = new Map<string, number>();
  /** The operation's trace span, when tracing is on: the parent of its upstream spans. */
  span: Span | undefined;

  constructor(readonly id: string) {}

  recordUpstream(service: number, outcome: UpstreamOutcome): void {
    const outcomes = this.upstream.get(service) ?? new Map<UpstreamOutcome, number>();
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    this.upstream.set(service, outcomes);
  }

  recordBadParts(service: number, count: number): void {
    this.badParts.set(service, (this.badParts.get(service) ?? 0) + count);
  }

  recordErrorCode(code: string): void {
    this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
  }

  /** Milliseconds since the request arrived. */
  get elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** `ok`, `partial` (data and errors) or `error` (no data). */
  get outcome(): 'ok' | 'partial' | 'error' {
    if (this.errorCodes.size === 0 && this.hasData) return 'ok';
    return this.hasData ? 'partial' : 'error';
  }

  /** The fields of the access line; `status` is the HTTP status, null for an operation over WebSocket. */
  accessLine(status: number | null): Record<string, unknown> {
    let upstreamAttempts = 0;
    const upstream: Record<string, Record<string, number>> = {};
    for (const [service, outcomes] of this.upstream) {
      upstream[service] = Object.fromEntries(outcomes);
      for (const [outcome, count] of outcomes) if (outcome !== 'call-limit') upstreamAttempts += count;
    }
    return {
      requestId: this.id,
      operationName: this.operationName ?? null,
      operationType: this.operationType ?? null,
      principal: this.principal ?? null,
      status,
      outcome: this.outcome,
      durationMs: Math.round(this.elapsedMs * 10) / 10,
      upstreamAttempts,
      upstream,
      ...(this.badParts.size > 0 ? { upstreamBadParts: Object.fromEntries(this.badParts) } : {}),
      errors: Object.fromEntries(this.errorCodes),
    };
  }
}

/**
 * The record a transport attached to a request's context: the server context of an HTTP request
 * (`yoga(request, response, { record })`, which yoga copies into the GraphQL context) or the
 * context of a WebSocket operation. Code running on a request's behalf is handed it this way,
 * explicitly: see `requestLogScope` for why not through an async context.
 */
export function recordOf(context: object | undefined): RequestRecord | undefined {
  return (context as { record?: RequestRecord } | undefined)?.record;
}

/**
 * The request being served, for log lines written by code that is not handed its record (yoga's
 * own lines), so that at debug level every line a request writes carries its id. It is off
 * unless `enable()`d, which the gateway does only when debug lines are written: on Node 20 and 22
 * an AsyncLocalStorage, once used, runs a hook on every promise the process creates (4–5 % of the
 * gateway's CPU samples on the bench's dashboard, with `--cpu-prof`, and more garbage to collect).
 * At info and above the gateway's own lines carry the id through `requestLogger` instead.
 */
class RequestLogScope {
  #storage: AsyncLocalStorage<RequestRecord> | undefined;

  /** Whether lines find their request through the async context (debug level). */
  get enabled(): boolean {
    return this.#storage !== undefined;
  }

  enable(): void {
    this.#storage ??= new AsyncLocalStorage<RequestRecord>();
  }

  /** Runs `work` with `record` as the request being served, when enabled; otherwise just runs it. */
  run<T>(record: RequestRecord, work: () => T): T {
    return this.#storage ? this.#storage.run(record, work) : work();
  }

  /** Runs `work` outside any request (a line of the process, not of the request it happens during). */
  exit<T>(work: () => T): T {
    return this.#storage ? this.#storage.exit(work) : work();
  }

  /** The request being served, when enabled and inside one. */
  current(): RequestRecord | undefined {
    return this.#storage?.getStore();
  }
}

export const requestLogScope = new RequestLogScope();

const acceptableRequestId = /^[\w.:@-]{1,128}$/;

/** The caller's `x-request-id` when it is a sane token, otherwise a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && acceptableRequestId.test(given) ? given : randomUUID();
}
