import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import { type Plugin, type YogaLogger, createYoga } from 'graphql-yoga';
import type { Authenticator } from './auth/authenticator.ts';
import { useRequestGate } from './auth/plugin.ts';
import type { SecurityConfig } from './config.ts';
import { type Gateway, createContext } from './context.ts';
import { useUpstreamCost } from './cost/plugin.ts';
import { createErrorMasker } from './errors.ts';
import { graphiqlServing } from './graphiql.ts';
import { useOperationLimits } from './limits/operation-limits.ts';
import type { RateLimits } from './limits/rate-limits.ts';
import type { Logger } from './logger.ts';
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
  /** Metrics, readiness, tracing, request observation: assembled by the gateway. */
  plugins?: Plugin[];
}

const GRAPHQL_ENDPOINT = '/graphql';

/**
 * The GraphQL server: schema, per-request context, error masking, GraphiQL and /health, and the
 * security layers in the order a request meets them: body size, credentials and request rate
 * (before the body is read), CSRF prevention (before it is parsed), token limit (while parsing),
 * depth/alias/directive limits (before validation), then variables, upstream cost estimate and
 * upstream call budget (before the first resolver). CORS answers only the allowed origins.
 */
export function createGatewayYoga(options: YogaOptions) {
  const { security } = options;
  const gate = useRequestGate({
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    authenticator: options.authenticator,
    maxRequestBytes: security.limits.maxRequestBytes,
    rateLimits: options.rateLimits,
    logger: options.logger,
  });
  const allowedOrigins = new Set(security.corsOrigins);
  const graphiql = graphiqlServing({ enabled: security.graphiql, title: 'iauto-graph', defaultQuery: options.exampleQuery });
  return createYoga({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    context: ({ request }) => createContext(options, gate.principalOf(request)),
    plugins: [
      ...graphiql.plugins,
      ...(options.plugins ?? []),
      gate.plugin,
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      useOperationLimits(security.limits),
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
        allowedHeaders: ['authorization', 'content-type', 'x-graphql-yoga-csrf'],
        maxAge: 600,
      };
    },
    maskedErrors: { maskError: createErrorMasker(options.secrets) },
    graphiql: graphiql.graphiql,
    renderGraphiQL: graphiql.renderGraphiQL,
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: createGatewayLogger(options.logger),
  });
}

/**
 * Yoga's logger on top of pino. An upstream fault is not logged where it happens: it is counted
 * in the request's access line (by service and kind), so one failing request writes one line.
 */
function createGatewayLogger(logger: Logger): YogaLogger {
  const log = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const [first, ...rest] = args;
    if (first instanceof Error) logger[level]({ err: first }, String(rest[0] ?? first.message));
    else logger[level](args.map(String).join(' '));
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error(...args: unknown[]) {
      const [first] = args;
      const cause = first instanceof GraphQLError ? first.originalError : first;
      if (!(cause instanceof UpstreamError)) {
        log('error')(...args);
      }
    },
  };
}
