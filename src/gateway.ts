import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { CatalogIndex } from './catalog-index.ts';
import { DoorCommands } from './events/door-commands.ts';
import { openEventStore } from './events/open-store.ts';
import type { EventStore } from './events/store.ts';
import type { Config, Upstream } from './config.ts';
import { IautoClient, type IautoClientOptions } from './upstream/client.ts';
import { SharedResponseCache } from './upstream/shared-cache.ts';
import { type Logger, createRootLogger } from './logger.ts';
import { createGatewayYoga } from './yoga.ts';

export interface GatewayOptions {
  config: Config;
  /** The iauto360 service to call: `config.upstream`, or the embedded simulator main started. */
  upstream: Upstream;
  /** The query GraphiQL opens with. */
  exampleQuery?: string;
  /** Client settings that have no environment variable (tests: short retry delays, a fake clock). */
  client?: Partial<IautoClientOptions>;
  /** Defaults to a JSON-lines logger at LOG_LEVEL. */
  logger?: Logger;
}

export interface RunningGateway {
  /** `http://HOST:PORT/graphql` as actually bound (port 0 picks a free one). */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  readonly yoga: ReturnType<typeof createGatewayYoga>;
  readonly client: IautoClient;
  readonly catalog: CatalogIndex;
  readonly sharedCache?: SharedResponseCache;
  readonly logger: Logger;
  readonly events: EventStore;
  readonly doorCommands: DoorCommands;
  /** Stops accepting, closes connections and the upstream pool. */
  close(): Promise<void>;
}

/**
 * The one place the gateway is assembled from a configuration: the signed client, the shared
 * catalog index and answer cache, the event store and door-command log, the yoga instance and its
 * HTTP server with GraphQL over WebSocket on the same path. main, the tests and the benchmarks
 * all build it here.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config, upstream } = options;
  const logger = options.logger ?? createRootLogger({ level: config.logLevel });
  const client = new IautoClient({
    ...upstream,
    connectTimeoutMs: Math.min(config.timeoutMs, 5_000),
    headersTimeoutMs: config.timeoutMs,
    bodyTimeoutMs: config.timeoutMs,
    maxConnections: config.maxConnections,
    readRetries: config.readRetries,
    serviceNumberOverrides: config.batteryService === 1017 ? undefined : { 1017: config.batteryService },
    ...options.client,
  });
  const catalog = new CatalogIndex(client, { ttlMs: config.catalogTtlMs });
  const sharedCache = config.sharedCacheBytes > 0 ? new SharedResponseCache({ maxBytes: config.sharedCacheBytes }) : undefined;
  const events = await openEventStore(config.events, logger).catch(async (error: unknown) => {
    await client.close();
    throw error;
  });
  const doorCommands = new DoorCommands({ store: events, timeoutMs: config.events.doorCommandTimeoutMs, logger });
  const yoga = createGatewayYoga({
    client,
    events,
    doorCommands,
    webhookSecret: upstream.secureCode,
    catalog,
    sharedCache,
    maxUpstreamCallsPerRequest: config.maxUpstreamCallsPerRequest,
    secrets: [upstream.secureCode],
    exampleQuery: options.exampleQuery,
    logger,
  });

  const server = createServer(yoga);
  const webSockets = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const webSocketGraphql = serveGraphqlOverWebSocket(yoga, webSockets);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
  } catch (error) {
    await client.close();
    await events.close();
    throw error;
  }
  const pruneEvents = () =>
    events.prune(Date.now() - config.events.retentionMs).catch((error: unknown) => logger.warn({ err: error }, 'events: pruning failed'));
  void pruneEvents();
  const pruning = setInterval(pruneEvents, 3600_000).unref();
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  return {
    url: `http://${host}:${port}/graphql`,
    port,
    server,
    yoga,
    client,
    catalog,
    sharedCache,
    logger,
    events,
    doorCommands,
    async close() {
      clearInterval(pruning);
      await webSocketGraphql.dispose();
      for (const socket of webSockets.clients) socket.terminate();
      await new Promise<void>((resolve) => webSockets.close(() => resolve()));
      server.closeIdleConnections();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await client.close();
      await events.close();
    },
  };
}

/** graphql-ws on the yoga instance, so WebSocket operations get the same schema, context and error masking. */
function serveGraphqlOverWebSocket(yoga: ReturnType<typeof createGatewayYoga>, webSockets: WebSocketServer) {
  type Enveloped = ReturnType<typeof yoga.getEnveloped>;
  return useServer<Record<string, unknown>>(
    {
      execute: (args) => (args.rootValue as { execute: Enveloped['execute'] }).execute(args),
      subscribe: (args) => (args.rootValue as { subscribe: Enveloped['subscribe'] }).subscribe(args),
      onSubscribe: async (context, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...context,
          req: context.extra.request,
          socket: context.extra.socket,
          params,
        });
        const document = parse(params.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
    },
    webSockets,
  );
}
