import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { type Gateway, createContext } from './context.ts';
import { createErrorMasker } from './errors.ts';
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
    logging: 'warn',
  });
}
