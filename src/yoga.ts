import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { type Plugin, type YogaLogger, createYoga } from 'graphql-yoga';
import { type Gateway, createContext } from './context.ts';
import { createErrorMasker } from './errors.ts';
import { useEventWebhook } from './events/webhook.ts';
import type { Logger } from './logger.ts';
import { UpstreamError } from './upstream/errors.ts';
import { schema } from './schema/index.ts';

export interface YogaOptions extends Gateway {
  /** Secrets that must never appear in an error message (the secure code). */
  secrets: readonly string[];
  /** The query GraphiQL opens with. */
  exampleQuery?: string;
  /** The secret of iauto360's event push (the secure code). */
  webhookSecret: string;
}

/**
 * The GraphQL server: schema, per-request context, error masking, GraphiQL, /health, subscriptions
 * over SSE (yoga's own and the graphql-sse protocol at /graphql/stream) and the event webhook.
 */
export function createGatewayYoga(options: YogaOptions) {
  return createYoga({
    schema,
    context: () => createContext(options),
    maskedErrors: { maskError: createErrorMasker(options.secrets) },
    graphiql: { title: 'iauto-graph', defaultQuery: options.exampleQuery },
    // GraphiQL's assets are served inline, so it works on machines without internet access.
    renderGraphiQL,
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: createGatewayLogger(options.logger),
    plugins: [
      useEventWebhook({ store: options.events, doorCommands: options.doorCommands, secureCode: options.webhookSecret, logger: options.logger }),
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

/** Yoga's logger on top of pino, with an upstream fault logged as one warning line instead of an error with its stack. */
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
      if (cause instanceof UpstreamError) {
        logger.warn({ service: cause.service, path: first instanceof GraphQLError ? first.path?.join('.') : undefined }, cause.message);
      } else {
        log('error')(...args);
      }
    },
  };
}
