import type { Plugin } from 'graphql-yoga';
import { ErrorCode, tooManyRequestsMessage } from '../errors.ts';
import { type Logger, requestLogger } from '../logger.ts';
import type { RateLimits } from '../limits/rate-limits.ts';
import { refusal } from '../limits/responses.ts';
import { recordOf } from '../observability/request-record.ts';
import type { Authenticator } from './authenticator.ts';
import type { Principal } from './principal.ts';

export interface RequestGateOptions {
  graphqlEndpoint: string;
  authenticator: Authenticator;
  rateLimits: RateLimits;
  logger: Logger;
}

/**
 * The first thing a GraphQL request (at the endpoint, or its SSE stream `/graphql/stream`) meets,
 * before its body is read or parsed: the caller's credentials (401 UNAUTHENTICATED) and request
 * rate (429 RATE_LIMITED). A refused request costs no parse and no upstream call. /health, /ready,
 * /metrics (whose credentials gateway.ts checks), the webhook (signed itself), the fleet page and
 * the GraphiQL page and assets are not GraphQL requests and pass; the body size is
 * useRequestBodyLimit's.
 */
export function useRequestGate(options: RequestGateOptions): { plugin: Plugin; principalOf(request: Request): Principal | undefined } {
  const principals = new WeakMap<Request, Principal>();
  const plugin: Plugin = {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (!isGraphqlPath(url.pathname, options.graphqlEndpoint) || request.method === 'OPTIONS' || isGraphiQLPage(request, url)) return;
      // A GraphQL request from here on, also when it is refused before it is parsed (401, 429, 413,
      // a body that is not JSON...): it writes its access line and counts in the request metrics.
      const record = recordOf(serverContext);
      if (record) record.graphql = true;

      const principal = await options.authenticator.authenticate(request.headers.get('authorization'));
      if (!principal) {
        return endResponse(
          refusal(record, 401, ErrorCode.UNAUTHENTICATED, 'Missing or invalid credentials: send `Authorization: Bearer <API key or JWT>`.', {
            'www-authenticate': 'Bearer realm="iauto-graph"',
          }),
        );
      }

      if (record) record.principal = principal.name;
      const decision = await options.rateLimits.request(principal.name).catch((error: Error) => {
        requestLogger(options.logger, record).warn({ err: { message: error.message } }, 'rate limits unavailable; request let through');
        return { allowed: true } as const;
      });
      if (!decision.allowed) {
        return endResponse(
          refusal(record, 429, ErrorCode.RATE_LIMITED, tooManyRequestsMessage(decision.retryAfterSeconds), {
            'retry-after': String(decision.retryAfterSeconds),
          }),
        );
      }
      principals.set(request, principal);
    },
  };
  return { plugin, principalOf: (request) => principals.get(request) };
}

/** GraphiQL's page is a GET for HTML without a query; its own requests are POSTs. */
function isGraphiQLPage(request: Request, url: URL): boolean {
  return request.method === 'GET' && !url.searchParams.has('query') && (request.headers.get('accept') ?? '').includes('text/html');
}

/** The endpoint and the paths under it (graphql-sse's `/graphql/stream`); the GraphiQL assets live elsewhere (/graphiql/). */
function isGraphqlPath(pathname: string, endpoint: string): boolean {
  return pathname === endpoint || pathname.startsWith(`${endpoint}/`);
}
