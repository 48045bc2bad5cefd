import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { type YogaLogger, createLogger, createYoga } from 'graphql-yoga';
import { type Gateway, createContext } from './context.ts';
import { createErrorMasker } from './errors.ts';
import { UpstreamError } from './upstream/errors.ts';
import { schema } from './schema/index.ts';

export interface YogaOptions extends Gateway {
  /** Secrets that must never appear in an error message (the secure code). */
  secrets: readonly string[];
  /** The query GraphiQL opens with. */
  exampleQuery?: string;
}

/** The GraphQL server: schema, per-request context, error masking, GraphiQL and /health. */
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
    logging: createGatewayLogger(),
  });
}

/** Yoga's logger, with an upstream fault logged as one warning line instead of an error with its stack. */
function createGatewayLogger(): YogaLogger {
  const logger = createLogger('warn');
  return {
    ...logger,
    error(...args: unknown[]) {
      const [first] = args;
      const cause = first instanceof GraphQLError ? first.originalError : first;
      if (cause instanceof UpstreamError) {
        const path = first instanceof GraphQLError && first.path ? ` at ${first.path.join('.')}` : '';
        logger.warn(`${cause.message}${path}`);
      } else {
        logger.error(...args);
      }
    },
  };
}
