import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import { TOKEN_HEADER_KEY, TOKEN_QUERY_KEY } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/fetch';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode, withExtensions } from './errors.ts';
import { refusal, requestIdExtension } from './limits/responses.ts';
import { type Logger, requestLogger } from './logger.ts';
import { stampedErrors } from './observability/observation-plugin.ts';
import { type RequestRecord, recordOf } from './observability/request-record.ts';
import { declaredLength, readCounted } from './request-body-limit.ts';
import { CROSS_SITE_REFUSAL, CSRF_HEADER, contentTypeRefusal, quoted } from './request-refusals.ts';

/** Where the graphql-sse protocol is served. */
export const STREAM_PATH = '/graphql/stream';

type Refusal = { status: number; code: ErrorCode; message: string; headers?: Record<string, string> };

const reserve = `reserve one with PUT ${STREAM_PATH} (the answer is its token)`;
const ownStream = 'send the operation with `Accept: text/event-stream` to run it on a stream of its own';
const methods = `PUT reserves a stream, GET with \`Accept: text/event-stream\` opens it (or runs an operation on a stream of its own), POST sends an operation, DELETE stops one`;

/**
 * The graphql-sse protocol at /graphql/stream (graphql-sse's own handler: "distinct connections"
 * and "single connection" mode with a reserved stream), run through yoga's envelop like every
 * request, and refusing like every other request: a JSON error with a code, the request id and a
 * message saying what to send, where graphql-sse answers `Stream not found` or an empty 404, 405,
 * 406 or 415. A document that does not parse or validate, or whose operation cannot be chosen, is
 * answered with its coded errors (graphql-sse's yoga plugin answered "Unable to detect operation
 * AST" for every invalid document, and HTTP 500 with a stack trace for one that did not parse).
 * An error of ours while serving is masked and logged, as yoga does; nothing a client sends is.
 */
export function useCodedGraphQLSSE(options: {
  logger: Logger;
  maskError: (error: unknown, message: string) => Error;
  maxRequestBytes: number;
  /** Who sends the request (the gate's principal; `anonymous` when the gateway runs open). */
  principalOf: (request: Request) => string;
  /** How long a reserved stream waits to be opened before it is closed (HTTP_REQUEST_TIMEOUT_MS). */
  reservedStreamOpenMs: number;
}): Plugin {
  const { logger } = options;
  const streamTokens = new StreamTokens();
  const maskError = (error: unknown, record: RequestRecord | undefined) => {
    const masked = options.maskError(error, 'Unexpected error.');
    if (masked instanceof GraphQLError && masked.extensions.code === 'INTERNAL_SERVER_ERROR') requestLogger(logger, record).error({ err: error }, 'graphql-sse: an operation failed');
    return masked;
  };
  // What graphql-sse is handed (the request, or a copy with its counted body) → the request as the
  // gateway received it, its server context, and the token graphql-sse goes on with.
  const received = new WeakMap<Request, { request: Request; serverContext: object; token?: string }>();
  let handler: ((request: Request) => Promise<Response>) | undefined;
  /**
   * graphql-sse keeps a reserved stream, and the results of the operations sent to it, until its
   * connection closes: one never opened was kept until the process ended, its subscriptions
   * running. Unless it was opened in time, the stream is opened here on a connection already gone,
   * which makes graphql-sse end its operations and forget it (opened, it answers 409: nothing done).
   */
  const closeUnlessOpened = (token: string, reserving: Request, serverContext: object) => {
    const timer = setTimeout(() => {
      const probe = new Request(reserving.url, { headers: { accept: 'text/event-stream', [TOKEN_HEADER_KEY]: token }, signal: AbortSignal.abort() });
      received.set(probe, { request: reserving, serverContext });
      handler?.(probe)
        .then((response) => response.body?.cancel())
        .catch((error: unknown) => logger.error({ err: error }, 'graphql-sse: closing a reserved stream never opened failed'));
    }, options.reservedStreamOpenMs);
    timer.unref();
  };
  return {
    onYogaInit({ yoga }) {
      handler = createHandler(
        {
          authenticate(request) {
            const entry = received.get(request.raw as Request)!;
            entry.token = streamTokens.authenticate(request.raw as Request, new URL(entry.request.url), options.principalOf(entry.request));
            return entry.token;
          },
          async onSubscribe(request, params) {
            const { request: original, serverContext } = received.get(request.raw as Request)!;
            const record = recordOf(serverContext);
            const enveloped = yoga.getEnveloped({ ...serverContext, request: original, params });
            try {
              // Parse hooks code a syntax error, refuse a mutation over GET and an operation that cannot be chosen; validation codes its errors.
              const document = enveloped.parse(params.query);
              const errors = enveloped.validate(enveloped.schema, document);
              if (errors.length > 0) return errorResponse(record, errors.map((error: unknown) => maskError(error, record)));
              const contextValue = await enveloped.contextFactory();
              const args = { schema: enveloped.schema, document, contextValue, variableValues: params.variables, operationName: params.operationName };
              const run = getOperationAST(document, params.operationName)?.operation === 'subscription' ? enveloped.subscribe : enveloped.execute;
              const result = await run(args);
              return Symbol.asyncIterator in result ? result : answered(record, result);
            } catch (error) {
              return errorResponse(record, [maskError(error, record)]);
            }
          },
        },
        yoga.fetchAPI,
      );
    },
    onRequest({ request, url, endResponse, serverContext, fetchAPI }) {
      const serve = handler;
      if (url.pathname !== STREAM_PATH || !serve) return;
      const record = recordOf(serverContext);
      // A GET carrying an operation needs the CSRF header, as at /graphql: without it a hostile
      // page's EventSource (which sends no preflight) could run queries, billed, on an open gateway.
      if (request.method === 'GET' && url.searchParams.has('query') && !request.headers.has(CSRF_HEADER)) {
        endResponse(refusal(record, 403, ErrorCode.BAD_REQUEST, CROSS_SITE_REFUSAL));
        return;
      }
      return withLimitedBody(request, options.maxRequestBytes, fetchAPI.Request)
        .then(async (sent) => {
          const entry: { request: Request; serverContext: object; token?: string } = { request, serverContext };
          received.set(sent, entry);
          const response = await serve(sent);
          if (request.method === 'PUT' && response.status === 201) closeUnlessOpened(entry.token!, request, serverContext);
          return response.status < 400 ? response : coded(record, request, url, response);
        })
        .catch((error: unknown) => {
          if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
            const [body, init] = errorResponse(record, [error]);
            return new Response(body, init);
          }
          requestLogger(logger, record).error({ err: error }, 'graphql-sse: serving a request failed');
          return refusal(record, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
        })
        .then(endResponse);
    },
  };
}

/**
 * The tokens of reserved streams (graphql-sse's "single connection" mode). graphql-sse makes them
 * with Math.random (predictable from a few of them) and lets whoever presents one open the stream
 * and receive the results of the operations sent to it. Here a token is a random id sealed with
 * the name of the principal that reserved it: a request presenting it on behalf of anyone else
 * is answered as for an unknown token (no such stream, NOT_FOUND), so one caller can neither open nor feed nor stop
 * another's stream. The key lives as long as the process, as the streams do.
 */
class StreamTokens {
  readonly #key = randomBytes(32);

  /** The token graphql-sse goes on with: the one presented when this caller reserved it, else one naming no stream. */
  authenticate(request: Request, url: URL, principal: string): string {
    const presented = request.headers.get(TOKEN_HEADER_KEY) ?? url.searchParams.get(TOKEN_QUERY_KEY);
    if (presented && this.#owns(presented, principal)) return presented;
    // A reservation gets a new token (one presented and not this caller's is not taken).
    if (request.method === 'PUT' || !presented) return this.#issue(principal);
    // Unsealed: never a reserved stream's, so the request is answered as for an unknown token.
    return randomUUID();
  }

  #issue(principal: string): string {
    const id = randomUUID();
    return `${id}.${this.#seal(id, principal)}`;
  }

  #owns(token: string, principal: string): boolean {
    const [id, seal] = token.split('.');
    if (!id || !seal || token.split('.').length !== 2) return false;
    const expected = Buffer.from(this.#seal(id, principal));
    const given = Buffer.from(seal);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  #seal(id: string, principal: string): string {
    return createHmac('sha256', this.#key).update(`${principal}\n${id}`).digest('base64url');
  }
}

/**
 * The request with a body of at most `limit` bytes (MAX_REQUEST_BYTES, as at /graphql, where
 * useRequestBodyLimit checks it; graphql-sse reads any body whole): one that declares its length
 * is judged by it, one that does not is read and counted here, and handed on as text.
 */
async function withLimitedBody(request: Request, limit: number, RequestClass: typeof Request): Promise<Request> {
  if (declaredLength(request, limit) !== undefined || request.body === null) return request;
  const body = await readCounted(request, limit);
  return new RequestClass(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
}

/**
 * A single result as sent in the stream: its errors carry the request id (and are counted for the
 * access line) as yoga's result processing does at /graphql, without yoga's internal `http`
 * extension. graphql-sse takes an answer for an execution result only by its `data` key, which
 * one refused before it ran (a variable of the wrong type) lacks.
 */
function answered(record: RequestRecord | undefined, result: ExecutionResult): ExecutionResult {
  const errors = result.errors?.map((error) => withoutHttp(error));
  return { ...result, data: result.data ?? null, ...(errors ? { errors: record ? stampedErrors(record, errors) : errors } : {}) };
}

/** GraphQL errors (already masked) as graphql-sse's answer: the first HTTP status they carry (400, or 500 for a masked one) and headers. */
function errorResponse(record: RequestRecord | undefined, errors: readonly unknown[]): readonly [string, { status: number; statusText: string; headers: Record<string, string> }] {
  const graphQLErrors = errors.map((error) => (error instanceof GraphQLError ? error : new GraphQLError(String(error))));
  const http = (graphQLErrors.find((error) => error.extensions.http)?.extensions.http ?? {}) as { status?: number; headers?: Record<string, string> };
  const masked = graphQLErrors.some((error) => error.extensions.code === 'INTERNAL_SERVER_ERROR');
  const body = JSON.stringify({ errors: graphQLErrors.map((error) => withoutHttp(error, requestIdExtension(record)).toJSON()) });
  const headers = { ...http.headers, 'content-type': 'application/json; charset=utf-8' };
  const status = http.status ?? (masked ? 500 : 400);
  return [body, { status, statusText: STATUS_CODES[status] ?? '', headers }];
}

/** The error without yoga's `extensions.http` (the status and headers it asks for), which is not sent; with `added` extensions. */
function withoutHttp(error: GraphQLError, added: Record<string, unknown> = {}): GraphQLError {
  if (error.extensions.http === undefined && Object.keys(added).length === 0) return error;
  const { http: _http, ...extensions } = error.extensions;
  return withExtensions(error, { ...extensions, ...added });
}

/** graphql-sse's own refusal (an uncoded JSON error or an empty body) as a coded one; a coded one passes. */
async function coded(record: RequestRecord | undefined, request: Request, url: URL, response: Response): Promise<Response> {
  const text = await response.text();
  let message: string | undefined;
  try {
    const answer = JSON.parse(text) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
    const [first] = answer.errors ?? [];
    if (typeof first?.extensions?.code === 'string') return new Response(text, response);
    if (typeof first?.message === 'string') message = first.message;
  } catch {
    // An empty body: graphql-sse says only the status.
  }
  const { status, code, message: said, headers } = explain(request, url, response.status, message);
  return refusal(record, status, code, said, headers);
}

/** What graphql-sse refused, and what to send instead. The messages matched are graphql-sse 2.6's. */
function explain(request: Request, url: URL, status: number, message: string | undefined): Refusal {
  const method = request.method;
  const token = request.headers.get(TOKEN_HEADER_KEY) ?? url.searchParams.get(TOKEN_QUERY_KEY);
  const accept = request.headers.get('accept');
  const badRequest = (said: string): Refusal => ({ status, code: ErrorCode.BAD_REQUEST, message: said });
  const wrongMethod: Refusal = {
    status: 405,
    code: ErrorCode.BAD_REQUEST,
    message: `Method ${quoted(method)} is not served at ${STREAM_PATH}: ${methods}.`,
    headers: { allow: 'GET, POST, PUT, DELETE' },
  };
  switch (status) {
    case 404: {
      if (token) {
        return {
          status,
          code: ErrorCode.NOT_FOUND,
          message: `No stream is reserved under the token ${quoted(token)} (it was never reserved, it was not opened in time, or its connection has closed): ${reserve}, or ${ownStream}.`,
        };
      }
      const almost = accept && /text\/event-stream/i.test(accept) ? ` (\`Accept\` must be exactly \`text/event-stream\`, not ${quoted(accept)})` : '';
      return {
        status,
        code: ErrorCode.NOT_FOUND,
        message: `This request names no reserved stream: ${ownStream}${almost}, or ${reserve} and name it in the \`X-GraphQL-Event-Stream-Token\` header or the \`${TOKEN_QUERY_KEY}\` parameter.`,
      };
    }
    case 405:
      return wrongMethod;
    case 406:
      return badRequest(
        method === 'PUT'
          ? `Reserving a stream answers its token as text: send \`Accept: text/plain\` (or none), not ${quoted(accept ?? '')}.`
          : `An operation sent to a reserved stream is answered 202 with no body (its events go to the stream): send \`Accept: application/json\` (or none), not ${quoted(accept ?? '')}; or ${ownStream}.`,
      );
    case 409:
      if (message === 'Stream already open') {
        return badRequest(`The stream reserved under the token ${quoted(token ?? '')} is already open on another connection, and a reserved stream has one: send operations to it with POST, or ${reserve}.`);
      }
      if (message === 'Stream already registered') {
        return badRequest(`A stream is already reserved under the token ${quoted(token ?? '')}: open it with GET and \`Accept: text/event-stream\`, or send PUT without a token to reserve another.`);
      }
      return badRequest('An operation with this `extensions.operationId` is already running on this stream: give each operation an id of its own (or stop that one first with DELETE).');
    case 415:
      if (method !== 'GET' && method !== 'POST') return wrongMethod;
      return badRequest(contentTypeRefusal(request.headers.get('content-type'), 'or a GET with the operation in the URL'));
    default:
      return badRequest(paramsProblem(method, message) ?? `The request was refused (HTTP ${status}): see the graphql-sse protocol; ${methods}.`);
  }
}

/** What is wrong with the operation's parameters, for graphql-sse's HTTP 400 refusals. */
function paramsProblem(method: string, message: string | undefined): string | undefined {
  switch (message) {
    case 'Operation ID is missing':
      return method === 'DELETE'
        ? `Name the operation to stop: DELETE ${STREAM_PATH}?operationId=<its id>, with the stream's token.`
        : 'An operation sent to a reserved stream needs an id in `extensions.operationId` (its events on the stream carry it).';
    case 'Missing query':
      return 'The request has no `query`: send the operation\'s document in it.';
    case 'Invalid query':
      return '`query` must be a string: the operation\'s document.';
    case 'Invalid variables':
      return '`variables` must be an object of variable values by name.';
    case 'Invalid extensions':
      return '`extensions` must be an object.';
    case 'Unparsable URL':
      return 'The `variables` or `extensions` URL parameter is not JSON: send each as a URL-encoded JSON object.';
    case 'Missing body':
    case 'JSON body must be an object':
      return 'The body must be a JSON object with the operation\'s `query`.';
    default:
      // graphql-sse answers a body that is not JSON with the JSON parser's own message: not sent.
      return method === 'POST' && message !== undefined ? 'The body is not JSON: send a JSON object with the operation\'s `query`.' : undefined;
  }
}
