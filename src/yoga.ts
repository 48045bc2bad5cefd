import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { GraphQLError } from 'graphql';
import { type Plugin, type YogaLogger, createYoga } from 'graphql-yoga';
import { type Gateway, createContext } from './context.ts';
import { createErrorMasker } from './errors.ts';
import { useEventWebhook } from './events/webhook.ts';
import { graphiqlServing } from './graphiql.ts';
import type { Logger } from './logger.ts';
import { useRequestBodyLimit } from './request-body-limit.ts';
import { UpstreamError } from './upstream/errors.ts';
import { schema } from './schema/index.ts';

export interface YogaOptions extends Gateway {
  /** Secrets that must never appear in an error message (the secure code). */
  secrets: readonly string[];
  /** The query GraphiQL opens with. */
  exampleQuery?: string;
  /** The secret of iauto360's event push (the secure code). */
  webhookSecret: string;
  /** Metrics, readiness, tracing, request observation: assembled by the gateway. */
  plugins?: Plugin[];
}

/**
 * The GraphQL server: schema, per-request context, error masking, GraphiQL, /health, the gateway's
 * plugins, subscriptions over SSE (yoga's own and the graphql-sse protocol at /graphql/stream) and
 * the event webhook.
 */
export function createGatewayYoga(options: YogaOptions) {
  const graphiql = graphiqlServing({ enabled: true, title: 'iauto-graph', defaultQuery: options.exampleQuery });
  return createYoga({
    schema,
    context: () => createContext(options),
    maskedErrors: { maskError: createErrorMasker(options.secrets) },
    graphiql: graphiql.graphiql,
    renderGraphiQL: graphiql.renderGraphiQL,
    healthCheckEndpoint: '/health',
    landingPage: false,
    // Replaced by useRequestBodyLimit: the same limit without a stream per request.
    maxRequestBodySize: false,
    logging: createGatewayLogger(options.logger),
    plugins: [
      ...graphiql.plugins,
      ...(options.plugins ?? []),
      useEventWebhook({ store: options.events, doorCommands: options.doorCommands, secureCode: options.webhookSecret, logger: options.logger }),
      useRequestBodyLimit(),
      useGraphQLSSE(),
      useSubscriptionErrorsWithData(),
    ],
  });
}

/**
 * A subscription refused before its stream starts (bad input, forbidden) answers `{ errors }`;
 * graphql-sse recognises an execution result only by its `data` key, so it gets `data: null`.
 */
function useSubscriptionErrorsWithData(): Plugin {
  return {
    onSubscribe: () => ({
      onSubscribeResult: ({ result, setResult }) => {
        if (!(Symbol.asyncIterator in result) && !('data' in result)) setResult({ ...result, data: null });
      },
    }),
  };
}

/**
 * Yoga's logger on top of pino. An upstream fault is not logged where it happens: it is counted
 * in the request's access line (by service and kind), so one failing request writes one line.
 */
function createGatewayLogger(logger: Logger): YogaLogger {
  const log = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    // Yoga logs three debug lines per request: build no text for a level that is off.
    if (!logger.isLevelEnabled(level)) return;
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
