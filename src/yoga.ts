import { type DocumentNode, GraphQLError } from 'graphql';
import { type Plugin, type YogaLogger, createGraphQLError, createYoga } from 'graphql-yoga';
import type { Authenticator } from './auth/authenticator.ts';
import { useRequestGate } from './auth/plugin.ts';
import { type Principal, openPrincipal } from './auth/principal.ts';
import type { SecurityConfig } from './config.ts';
import { type Gateway, createContext } from './context.ts';
import { useUpstreamCost } from './cost/plugin.ts';
import { ErrorCode, createErrorMasker } from './errors.ts';
import { useEventWebhook } from './events/webhook.ts';
import { useCodedGraphQLSSE } from './graphql-sse.ts';
import { graphiqlServing } from './graphiql.ts';
import { useOperationLimits } from './limits/operation-limits.ts';
import type { RateLimits } from './limits/rate-limits.ts';
import { type Logger, requestLogger } from './logger.ts';
import { type RequestRecord, requestLogScope } from './observability/request-record.ts';
import { holdErrorLine, noteMasked } from './observability/unexpected-errors.ts';
import { useRequestBodyLimit } from './request-body-limit.ts';
import { CSRF_HEADER, useAcceptableAnswer, useCodedCSRFPrevention, useOperationResolution, useUnsupportedMediaType } from './request-refusals.ts';
import { UpstreamError } from './upstream/errors.ts';
import { schema } from './schema/index.ts';

export interface YogaOptions extends Gateway {
  /** Secrets that must never appear in an error message (the secure code). */
  secrets: readonly string[];
  /** The query GraphiQL opens with. */
  exampleQuery?: string;
  security: SecurityConfig;
  authenticator: Authenticator;
  rateLimits: RateLimits;
  /** The secret of iauto360's event push (the secure code). */
  webhookSecret: string;
  /** How long a stream reserved with PUT /graphql/stream waits to be opened (HTTP_REQUEST_TIMEOUT_MS). */
  reservedStreamOpenMs: number;
  /** Metrics, readiness, tracing, request observation: assembled by the gateway. */
  plugins?: Plugin[];
}

const GRAPHQL_ENDPOINT = '/graphql';

/**
 * The GraphQL server: schema, per-request context, error masking, GraphiQL, /health, the gateway's
 * plugins, subscriptions over SSE (yoga's own and the graphql-sse protocol at /graphql/stream), the
 * event webhook (signed by iauto360, so outside Bearer authentication and CSRF), and the security
 * layers in the order a request meets them: credentials and request rate (before the body is
 * read), body size (by Content-Length before reading, counted when chunked), CSRF prevention
 * and the Content-Type (before it is parsed), token limit (while parsing), depth/alias/directive limits (before
 * validation), then variables, upstream cost estimate and upstream call budget (before the first
 * resolver). CORS answers only the allowed origins. WebSocket operations (graphql-ws.ts) authenticate
 * with the same authenticator and pass the principal in the initial context.
 */
export function createGatewayYoga(options: YogaOptions) {
  const { security } = options;
  const gate = useRequestGate({
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    authenticator: options.authenticator,
    rateLimits: options.rateLimits,
    logger: options.logger,
  });
  const allowedOrigins = new Set(security.corsOrigins);
  const masker = createErrorMasker(options.secrets);
  // Masked errors are remembered so that yoga's line about one can be written with its request's id.
  const maskError = (error: unknown, message: string) => noteMasked(error, masker(error, message));
  const graphiql = graphiqlServing({
    enabled: security.graphiql,
    title: 'iauto-graph',
    defaultQuery: options.exampleQuery,
    authenticationRequired: !options.authenticator.open,
  });
  // The server context each HTTP request comes with (gateway.ts): its record, for its access line.
  return createYoga<{ record?: RequestRecord }>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    context: (initial: { request: Request; principal?: Principal; record?: RequestRecord }) => {
      const principal = initial.principal ?? gate.principalOf(initial.request) ?? (options.authenticator.open ? openPrincipal : undefined);
      // Fail closed: a request that did not pass the gate never runs as anyone when authentication is on.
      if (principal === undefined) throw createGraphQLError('Missing or invalid credentials.', { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
      return createContext(options, { principal, authenticated: !options.authenticator.open, record: initial.record });
    },
    plugins: [
      ...graphiql.plugins,
      ...(options.plugins ?? []),
      useEventWebhook({ store: options.events, doorCommands: options.doorCommands, secureCode: options.webhookSecret, logger: options.logger }),
      gate.plugin,
      useRequestBodyLimit(security.limits.maxRequestBytes),
      useCodedCSRFPrevention(),
      useUnsupportedMediaType(),
      useCodedGraphQLSSE({
        logger: options.logger,
        maskError,
        maxRequestBytes: security.limits.maxRequestBytes,
        principalOf: (request) => gate.principalOf(request)?.name ?? openPrincipal.name,
        reservedStreamOpenMs: options.reservedStreamOpenMs,
      }),
      useValidationByDocument(),
      useOperationLimits(security.limits),
      useOperationResolution(),
      useAcceptableAnswer(GRAPHQL_ENDPOINT),
      useUpstreamCost({
        maxCost: security.maxUpstreamCost,
        extension: security.upstreamCostExtension,
        brandCount: () => options.catalog.knownBrandCount,
        rateLimits: options.rateLimits,
      }),
    ],
    // Only listed origins get CORS headers (never a reflected arbitrary origin); no cookies are used, so no credentials.
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (origin === null || !allowedOrigins.has(origin)) return false;
      return {
        origin: [origin],
        credentials: false,
        methods: ['GET', 'POST'],
        allowedHeaders: ['authorization', 'content-type', CSRF_HEADER],
        maxAge: 600,
      };
    },
    maskedErrors: { maskError },
    graphiql: graphiql.graphiql,
    renderGraphiQL: graphiql.renderGraphiQL,
    healthCheckEndpoint: '/health',
    landingPage: false,
    // Replaced by useRequestBodyLimit: the same limit without a stream per request.
    maxRequestBodySize: false,
    // Replaced by useValidationByDocument: the same cache without reading every rule's name per request.
    parserAndValidationCache: { validationCache: false },
    logging: createGatewayLogger(options.logger),
  });
}

/**
 * Validation results by document. Yoga's own validation cache keys them by the names of the rules
 * too, read from some thirty rules on every request. Here the rules are the same for every
 * request: graphql-js's specified rules, which yoga's engine adds, and no plugin adds its own
 * (the operation limits run theirs themselves). Yoga's parse cache hands the same DocumentNode
 * for the same text, so the document alone is the key, held weakly like the parse cache's.
 */
function useValidationByDocument(): Plugin {
  const results = new WeakMap<DocumentNode, readonly Error[]>();
  return {
    onValidate({ params, setResult }) {
      const known = results.get(params.documentAST);
      if (known !== undefined) {
        setResult(known);
        return;
      }
      return ({ result }) => {
        results.set(params.documentAST, result);
      };
    },
  };
}

/**
 * Yoga's logger on top of pino. An upstream fault is not logged where it happens: it is counted
 * in the request's access line (by service and kind), so one failing request writes one line.
 */
function createGatewayLogger(logger: Logger): YogaLogger {
  const write = (to: Logger, level: 'debug' | 'info' | 'warn' | 'error', args: unknown[]) => {
    // Yoga logs three debug lines per request: build no text for a level that is off.
    if (!to.isLevelEnabled(level)) return;
    const [first, ...rest] = args;
    if (first instanceof Error) to[level]({ err: first }, String(rest[0] ?? first.message));
    else to[level](args.map(String).join(' '));
  };
  const log = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => write(logger, level, args);
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error(...args: unknown[]) {
      const [first] = args;
      const cause = first instanceof GraphQLError ? first.originalError : first;
      if (cause instanceof UpstreamError) return;
      // Without requestLogScope, the line waits for its request to claim it (unexpected-errors.ts).
      if (requestLogScope.enabled || !(first instanceof Error)) write(logger, 'error', args);
      else holdErrorLine(first, (record) => write(requestLogger(logger, record), 'error', args));
    },
  };
}
