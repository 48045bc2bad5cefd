import type { z } from 'zod';

/**
 * Everything that can go wrong in one upstream call. Each error names the service; none
 * carries the secure code, the signature or the request body.
 */
export abstract class UpstreamError extends Error {
  abstract readonly kind: 'rejected' | 'http' | 'timeout' | 'unavailable' | 'bad-response' | 'invalid-request' | 'call-limit';

  constructor(
    readonly service: number,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`iauto360 service ${service}: ${message}`, options);
    this.name = new.target.name;
  }
}

/** The service answered flag 0; `upstreamMessage` is its `err`, normalized to text. */
export class UpstreamRejectedError extends UpstreamError {
  readonly kind = 'rejected';

  constructor(
    service: number,
    readonly upstreamMessage: string,
  ) {
    super(service, `rejected: ${upstreamMessage || '(no reason given)'}`);
  }
}

/** The service answered with a non-2xx HTTP status. */
export class UpstreamHttpError extends UpstreamError {
  readonly kind = 'http';

  constructor(
    service: number,
    readonly status: number,
  ) {
    super(service, `HTTP ${status}`);
  }
}

/** Connecting, or waiting for the headers or the body, took longer than allowed ('deadline': the read's total time ran out). */
export class UpstreamTimeoutError extends UpstreamError {
  readonly kind = 'timeout';

  constructor(
    service: number,
    readonly phase: 'connect' | 'headers' | 'body' | 'deadline',
    options?: ErrorOptions,
  ) {
    super(service, phase === 'deadline' ? 'timed out: the read ran out of time across its attempts' : `timed out waiting for the ${phase}`, options);
  }
}

/** The service could not be reached (refused, reset, DNS, TLS). */
export class UpstreamUnavailableError extends UpstreamError {
  readonly kind = 'unavailable';

  constructor(service: number, reason: string, options?: ErrorOptions) {
    super(service, `unreachable: ${reason}`, options);
  }
}

/** The answer was not JSON, not an envelope, or its `data` did not match the contract. */
export class UpstreamBadResponseError extends UpstreamError {
  readonly kind = 'bad-response';

  constructor(
    service: number,
    /** What was wrong, without the service and kind the message adds. */
    readonly reason: string,
    readonly issues: readonly z.core.$ZodIssue[] = [],
  ) {
    super(service, `bad response: ${reason}`);
  }
}

/** The request `data` we were asked to send breaks the contract; nothing was sent. */
export class UpstreamInvalidRequestError extends UpstreamError {
  readonly kind = 'invalid-request';

  constructor(
    service: number,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(service, `invalid request: ${describeIssues(issues)}`);
  }
}

/** One GraphQL request asked for more upstream calls than allowed; this one was not sent. */
export class UpstreamCallLimitError extends UpstreamError {
  readonly kind = 'call-limit';

  constructor(
    service: number,
    readonly limit: number,
  ) {
    super(service, `not called: the request reached its limit of ${limit} upstream calls`);
  }
}

/** Zod issues as `path.to.field: message; …`, each path under `prefix` (a record's place in a list, say). */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string {
  return issues
    .map((issue) => {
      const path = [...prefix, ...issue.path];
      return `${path.length > 0 ? path.map(String).join('.') : '(root)'}: ${issue.message}`;
    })
    .join('; ');
}

/** Faults where asking again may succeed: reads are retried on these, writes never. */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof UpstreamTimeoutError ||
    error instanceof UpstreamUnavailableError ||
    (error instanceof UpstreamHttpError && error.status >= 500)
  );
}
