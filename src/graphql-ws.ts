import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import type { Authenticator } from './auth/authenticator.ts';
import type { Principal } from './auth/principal.ts';
import { ErrorCode, tooManyRequestsMessage } from './errors.ts';
import type { RateLimits } from './limits/rate-limits.ts';
import { type Logger, requestLogger } from './logger.ts';
import type { GatewayMetrics } from './observability/metrics.ts';
import { stampedErrors } from './observability/observation-plugin.ts';
import { RequestRecord, requestIdFrom, requestLogScope } from './observability/request-record.ts';
import type { createGatewayYoga } from './yoga.ts';

/**
 * graphql-ws on the yoga instance, so WebSocket operations get the same schema, context, limits,
 * cost estimate and error masking. The connection authenticates once, with the same Bearer token
 * as HTTP: `connectionParams.authorization` (browsers cannot set headers on a WebSocket) or the
 * upgrade request's `Authorization` header; without a valid one it is closed (4403 Forbidden).
 * Once a JWT it connected with has expired, its operations are refused (UNAUTHENTICATED) and its
 * subscriptions end (LiveSubscriptions).
 * Each operation is observed as an HTTP request is: a request id on its log lines and in its
 * errors' extensions, its upstream calls in its record, one access line and the request metrics
 * when it ends (`transport: "websocket"`, `status: null`).
 */
export function serveGraphqlOverWebSocket(
  yoga: ReturnType<typeof createGatewayYoga>,
  webSockets: WebSocketServer,
  authenticator: Authenticator,
  rateLimits: RateLimits,
  observe: { logger: Logger; accessLog: Logger; metrics: GatewayMetrics; operationStarted?: () => void },
) {
  type Enveloped = ReturnType<typeof yoga.getEnveloped>;
  interface Root {
    execute: Enveloped['execute'];
    subscribe: Enveloped['subscribe'];
    record: RequestRecord;
  }
  const principals = new WeakMap<object, Principal>();
  // The record of each operation under way, by connection and operation id.
  const records = new WeakMap<object, Map<string, RequestRecord>>();
  const recordOf = (context: object, id: string) => records.get(context)?.get(id);
  const finish = (context: object, id: string) => {
    const record = recordOf(context, id);
    if (!record) return;
    records.get(context)!.delete(id);
    observe.metrics.recordRequest(record);
    observe.accessLog.info({ ...record.accessLine(null), transport: 'websocket' }, 'graphql request');
  };
  return useServer<Record<string, unknown>>(
    {
      onConnect: async (context) => {
        const fromParams = context.connectionParams?.authorization;
        const authorization = typeof fromParams === 'string' ? fromParams : (context.extra.request.headers.authorization ?? null);
        const principal = await authenticator.authenticate(authorization);
        if (!principal) return false;
        principals.set(context.extra.socket, principal);
        return true;
      },
      execute: (args) => {
        const root = args.rootValue as Root;
        return requestLogScope.run(root.record, () => root.execute(args));
      },
      subscribe: (args) => {
        const root = args.rootValue as Root;
        return requestLogScope.run(root.record, () => root.subscribe(args));
      },
      onSubscribe: (context, id, params) => {
        observe.operationStarted?.();
        const record = new RequestRecord(requestIdFrom(undefined));
        record.graphql = true;
        const underWay = records.get(context) ?? new Map<string, RequestRecord>();
        records.set(context, underWay);
        underWay.set(id, record);
        const principal = principals.get(context.extra.socket);
        record.principal = principal?.name;
        return requestLogScope.run(record, async () => {
          if (!principal) return [new GraphQLError('Missing or invalid credentials.', { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
          // The socket authenticated once: a JWT that has expired since lets no further operation run on it.
          if (principal.expiresAt !== undefined && principal.expiresAt <= Date.now()) {
            return [
              new GraphQLError('The credential of this connection has expired: connect again with a valid one.', {
                extensions: { code: ErrorCode.UNAUTHENTICATED },
              }),
            ];
          }
          // Each operation on the socket counts against the principal's requests per minute, as an HTTP request does.
          const decision = await rateLimits.request(principal.name).catch((error: Error) => {
            requestLogger(observe.logger, record).warn({ err: { message: error.message } }, 'rate limits unavailable; operation let through');
            return { allowed: true } as const;
          });
          if (!decision.allowed) {
            return [
              new GraphQLError(tooManyRequestsMessage(decision.retryAfterSeconds), {
                extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: decision.retryAfterSeconds },
              }),
            ];
          }
          const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
            ...context,
            req: context.extra.request,
            socket: context.extra.socket,
            params,
            principal,
            record,
          });
          let document: ReturnType<typeof parse>;
          try {
            document = parse(params.query);
          } catch (error) {
            // A syntax error or the token limit: an error message for this operation, as over HTTP (graphql-ws would close the socket).
            if (error instanceof GraphQLError) return [error];
            throw error;
          }
          const errors = validate(schema, document);
          if (errors.length > 0) return errors;
          const root: Root = { execute, subscribe, record };
          return {
            schema,
            operationName: params.operationName,
            document,
            variableValues: params.variables,
            contextValue: await contextFactory(),
            rootValue: root,
          };
        });
      },
      onNext: (context, id, _payload, _args, result) => {
        const record = recordOf(context, id);
        if (!record) return;
        if (result.data) record.hasData = true;
        if (!result.errors?.length) return;
        return { ...result, errors: stampedErrors(record, result.errors) };
      },
      onError: (context, id, _payload, errors) => {
        const record = recordOf(context, id);
        if (!record) return;
        const sent = stampedErrors(record, errors);
        finish(context, id);
        return sent;
      },
      onComplete: (context, id) => finish(context, id),
    },
    webSockets,
  );
}
