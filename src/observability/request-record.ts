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
      errors: Object.fromEntries(this.errorCodes),
    };
  }
}

/** The record of the HTTP request being served, for code that runs on its behalf (client hooks, loaders). */
export const requestScope = new AsyncLocalStorage<RequestRecord>();

const acceptableRequestId = /^[\w.:@-]{1,128}$/;

/** The caller's `x-request-id` when it is a sane token, otherwise a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && acceptableRequestId.test(given) ? given : randomUUID();
}
