import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { Reading } from './domain/reading.ts';
import { UpstreamBadResponseError, UpstreamError } from './upstream/errors.ts';

/** The `extensions.code` values a client can meet. */
export const ErrorCode = {
  /** An argument or input field is invalid; nothing was sent upstream. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The caller lacks the scope, or the terminal is not one of its own; this part made no upstream call. */
  FORBIDDEN: 'FORBIDDEN',
  /** The thing asked for does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** iauto360 answered flag 0 (it refused the request; its reason is in the message). */
  UPSTREAM_REJECTED: 'UPSTREAM_REJECTED',
  /** iauto360 did not answer in time. */
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  /** iauto360 could not be reached or answered with an HTTP error. */
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  /** iauto360 answered something that breaks its contract (not JSON, wrong shape). */
  UPSTREAM_BAD_RESPONSE: 'UPSTREAM_BAD_RESPONSE',
  /** The request needs more upstream calls than one request may make; this part was not fetched. */
  UPSTREAM_CALL_LIMIT: 'UPSTREAM_CALL_LIMIT',
  /** No credentials, or credentials that are not valid (HTTP 401); nothing was run. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller's requests or upstream calls per minute are used up (HTTP 429, Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The operation could make more upstream calls than MAX_UPSTREAM_COST; refused before any call. */
  UPSTREAM_COST_LIMIT: 'UPSTREAM_COST_LIMIT',
  /** The document breaks a limit on tokens, depth, aliases or directives; refused before validation. */
  OPERATION_LIMIT: 'OPERATION_LIMIT',
  /** The request body is larger than MAX_REQUEST_BYTES (HTTP 413); it was not read. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The HTTP request itself is unusable (e.g. a Content-Length that is not a number, HTTP 400). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The store of events and door commands (Redis, or the SQLite file) failed; this part was not read or written. */
  EVENT_STORE_UNAVAILABLE: 'EVENT_STORE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

interface InputIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** The message of a request refused by the per-caller request rate (HTTP 429 or a WebSocket operation's error). */
export function tooManyRequestsMessage(retryAfterSeconds: number): string {
  return `Too many requests; retry in ${retryAfterSeconds} s.`;
}

/** A BAD_USER_INPUT error naming the offending argument or input field. */
export function badUserInput(issues: ReadonlyArray<InputIssue>): GraphQLError {
  const described = issues.map((issue) => ({ field: issuePath(issue), message: issue.message }));
  const first = described[0];
  const message = described.map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message)).join('; ');
  return createGraphQLError(`Invalid input. ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field ?? null, issues: described },
  });
}

function issuePath(issue: InputIssue): string {
  return (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.');
}

/** FORBIDDEN at the path of the part the caller may not see or do. */
export function forbidden(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/**
 * The store of events and door commands failed (Redis unreachable or hanging, the SQLite file
 * unwritable). Coded, so it is not masked and logged as a bug; `reason` is the store's own
 * message, for the logs only.
 */
export class EventStoreUnavailableError extends GraphQLError {
  constructor(readonly reason: string) {
    super(
      'Events and door commands cannot be read or written now: their store is unavailable. Try again later; a door command sent again with the same idempotencyKey is never sent twice.',
      { extensions: { code: ErrorCode.EVENT_STORE_UNAVAILABLE } },
    );
  }
}

/**
 * The items of a list field, a failed one an Error in its place. Execution completes an Error item
 * as that item's error (null at its index, with its code) and the rest of the list stands, so the
 * field's items must be nullable. The Errors are typed as the nulls they become.
 */
export function itemsFailingAlone<Item>(items: readonly Item[]): Array<Exclude<Item, Error> | null> {
  return items as Array<Exclude<Item, Error> | null>;
}

/**
 * A reading of a field checked on its own (see src/domain/reading.ts), or its error thrown:
 * execution gives the field null with UPSTREAM_BAD_RESPONSE at its own path, its siblings kept.
 */
export function readingOrThrow<T>(value: Reading<T>): T {
  if (value instanceof UpstreamBadResponseError) throw value;
  return value;
}

export function notFound(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

const upstreamCodes: Record<UpstreamError['kind'], ErrorCode> = {
  rejected: ErrorCode.UPSTREAM_REJECTED,
  http: ErrorCode.UPSTREAM_UNAVAILABLE,
  unavailable: ErrorCode.UPSTREAM_UNAVAILABLE,
  timeout: ErrorCode.UPSTREAM_TIMEOUT,
  'bad-response': ErrorCode.UPSTREAM_BAD_RESPONSE,
  'invalid-request': ErrorCode.BAD_USER_INPUT,
  'call-limit': ErrorCode.UPSTREAM_CALL_LIMIT,
};

/**
 * The one place that turns a failure into what a client sees. Upstream failures keep their
 * service number and a safe message; coded GraphQL errors pass through; everything else is
 * masked. Secrets are scrubbed from every message that leaves.
 */
export function createErrorMasker(secrets: readonly string[]) {
  const scrub = (text: string) => secrets.reduce((result, secret) => (secret ? result.split(secret).join('***') : result), text);

  return (error: unknown, maskedMessage: string): Error => {
    const graphQLError = error instanceof GraphQLError ? error : undefined;
    const cause = graphQLError?.originalError ?? error;
    const location = {
      nodes: graphQLError?.nodes,
      source: graphQLError?.source,
      positions: graphQLError?.positions,
      path: graphQLError?.path,
    };
    // The request id a subscription event's error was given before masking (useRequestObservation) is kept.
    const requestId = graphQLError?.extensions.requestId;
    const carried = typeof requestId === 'string' ? { requestId } : {};
    if (cause instanceof UpstreamError) {
      return createGraphQLError(scrub(cause.message), {
        ...location,
        extensions: { code: upstreamCodes[cause.kind], service: cause.service, ...carried },
      });
    }
    if (cause instanceof GraphQLError && typeof cause.extensions.code === 'string') {
      // Yoga describes the exception behind some of its refusals (the JSON parser's, for a body that
      // is not JSON) in `extensions.originalError`: an internal message, never sent. Removed in
      // place, so the error is still the one yoga made and is not logged as a failure. Yoga reads
      // that description to answer HTTP 400 rather than 200 to an `application/json` client; the
      // error's `http.spec` flag, which asks for the 200, goes with it, so the 400 stays.
      const extensions = cause.extensions as { originalError?: unknown; http?: { spec?: boolean } };
      if (extensions.originalError !== undefined) {
        delete extensions.originalError;
        if (extensions.http?.spec) extensions.http = { ...extensions.http, spec: false };
      }
      // An expected, coded error: returned as it is (Yoga then does not log it as a failure).
      if (graphQLError && graphQLError.extensions.code === cause.extensions.code && scrub(graphQLError.message) === graphQLError.message) {
        return graphQLError;
      }
      return createGraphQLError(scrub(cause.message), { ...location, extensions: { ...cause.extensions, ...carried } });
    }
    if (graphQLError && !graphQLError.originalError) return graphQLError;
    return createGraphQLError(maskedMessage, { ...location, extensions: { code: 'INTERNAL_SERVER_ERROR', ...carried } });
  };
}

/** The same error with other extensions (a GraphQLError's are fixed once it is made): its message, locations, path and cause kept. */
export function withExtensions(error: GraphQLError, extensions: GraphQLError['extensions']): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions });
}
