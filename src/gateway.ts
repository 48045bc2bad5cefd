import type { SpanExporter } from '@opentelemetry/sdk-trace';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import compression from 'compression';
import type { AddressInfo } from 'node:net';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { CatalogIndex } from './catalog-index.ts';
import { createFleetPage } from './fleet-page.ts';
import { DoorCommands } from './events/door-commands.ts';
import { openEventStore } from './events/open-store.ts';
import type { EventStore } from './events/store.ts';
import type { Config, Upstream } from './config.ts';
import { type Logger, createRootLogger } from './logger.ts';
import { GatewayMetrics } from './observability/metrics.ts';
import { useRequestObservation } from './observability/observation-plugin.ts';
import { Readiness, UpstreamReachability } from './observability/readiness.ts';
import { RequestRecord, requestIdFrom, requestScope } from './observability/request-record.ts';
import { GatewayTracing } from './observability/tracing.ts';
import { type AttemptEvent, IautoClient, type IautoClientOptions } from './upstream/client.ts';
import { RedisSharedAnswers } from './upstream/redis-shared-answers.ts';
import { type SharedAnswers, SharedResponseCache } from './upstream/shared-cache.ts';
import { createGatewayYoga } from './yoga.ts';

export interface GatewayOptions {
  config: Config;
  /** The iauto360 service to call: `config.upstream`, or the embedded simulator main started. */
  upstream: Upstream;
  /** The query GraphiQL opens with. */
  exampleQuery?: string;
  /** Client settings that have no environment variable (tests: short retry delays, a fake clock). */
  client?: Partial<IautoClientOptions>;
  /** Defaults to a logger at LOG_LEVEL in LOG_FORMAT. */
  logger?: Logger;
  /** Where trace spans go instead of OTEL_EXPORTER_OTLP_ENDPOINT (tests: an in-memory exporter). */
  spanExporter?: SpanExporter;
  /** Where the built fleet page is; default web/dist. */
  fleetPageDirectory?: string;
}

export interface ShutdownResult {
  /** Requests still running at the deadline, cut off. */
  cutOff: number;
}

export interface RunningGateway {
  /** `http://HOST:PORT/graphql` as actually bound (port 0 picks a free one). */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** The port /metrics is served on when METRICS_PORT is set. */
  readonly metricsPort?: number;
  readonly yoga: ReturnType<typeof createGatewayYoga>;
  readonly client: IautoClient;
  readonly catalog: CatalogIndex;
  /** The in-memory shared answers (none with REDIS_URL or SHARED_CACHE_MB=0). */
  readonly sharedCache?: SharedResponseCache;
  /** What requests share: the Redis store with REDIS_URL, else the in-memory cache. */
  readonly sharedAnswers?: SharedAnswers;
  readonly metrics: GatewayMetrics;
  /** What /ready checks; components add their own checks here. */
  readonly readiness: Readiness;
  /** Tracing, when an exporter is configured. */
  readonly tracing?: GatewayTracing;
  readonly logger: Logger;
  readonly events: EventStore;
  readonly doorCommands: DoorCommands;
  /** Requests being served now. */
  readonly inFlight: number;
  /**
   * Stops accepting, lets the requests under way finish for up to `timeoutMs`, then cuts off
   * what is left and closes the upstream pool.
   */
  shutdown(timeoutMs: number): Promise<ShutdownResult>;
  /** Stops at once: closes connections and the upstream pool. */
  close(): Promise<void>;
}

/**
 * The one place the gateway is assembled from a configuration: the signed client, the shared
 * catalog index and answer cache, observation (access log, metrics, readiness), the event store
 * and door-command log, the yoga instance, the fleet page and their HTTP server with GraphQL over
 * WebSocket on the same path. main, the tests and the benchmarks all build it here.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config, upstream } = options;
  const logger = options.logger ?? createRootLogger({ level: config.logLevel, format: config.logFormat });
  const reachability = new UpstreamReachability();
  const tracing = options.spanExporter
    ? new GatewayTracing({ serviceName: config.tracing?.serviceName ?? 'iauto-graph', exporter: options.spanExporter })
    : config.tracing && GatewayTracing.otlp(config.tracing);
  let metrics: GatewayMetrics | undefined;
  const observeAttempt = (event: AttemptEvent) => {
    metrics?.recordAttempt(event);
    tracing?.recordAttempt(event);
    reachability.observe(event);
    requestScope.getStore()?.recordUpstream(event.service, event.error?.kind ?? 'ok');
    options.client?.onAttempt?.(event);
  };
  const client = new IautoClient({
    ...upstream,
    connectTimeoutMs: Math.min(config.timeoutMs, 5_000),
    timeoutMs: config.timeoutMs,
    readDeadlineMs: config.readDeadlineMs,
    maxConnections: config.maxConnections,
    readRetries: config.readRetries,
    serviceNumberOverrides: config.batteryService === 1017 ? undefined : { 1017: config.batteryService },
    ...options.client,
    onAttempt: observeAttempt,
  });
  metrics = new GatewayMetrics(() => client.poolStats);
  const cacheObserver = {
    lookup: (result: 'hit' | 'miss') => metrics.sharedCacheLookups.inc({ result }),
    evicted: (reason: 'evict' | 'expire') => metrics.sharedCacheEvictions.inc({ reason }),
  };
  const redis = config.redisUrl
    ? await RedisSharedAnswers.connect({ url: config.redisUrl, openId: upstream.openId, ttlMs: config.sharedCacheTtlMs, observer: cacheObserver, logger }).catch(
        async (error: unknown) => {
          await client.close();
          throw error;
        },
      )
    : undefined;
  const sharedCache =
    !redis && config.sharedCacheBytes > 0
      ? new SharedResponseCache({ maxBytes: config.sharedCacheBytes, ttlMs: config.sharedCacheTtlMs, observer: cacheObserver })
      : undefined;
  const sharedAnswers: SharedAnswers | undefined = redis ?? sharedCache;
  const catalog = new CatalogIndex(client, { ttlMs: config.catalogTtlMs, shared: redis });
  const events = await openEventStore(config.events, logger).catch(async (error: unknown) => {
    await client.close();
    await redis?.close();
    throw error;
  });
  const doorCommands = new DoorCommands({ store: events, timeoutMs: config.events.doorCommandTimeoutMs, logger });

  let draining = false;
  const readiness = new Readiness();
  readiness.add('shutdown', () => !draining || 'shutting down');
  readiness.add('upstream', reachability.check);
  if (redis) readiness.add('redis', redis.check);

  const yoga = createGatewayYoga({
    client,
    catalog,
    sharedCache: sharedAnswers,
    events,
    doorCommands,
    webhookSecret: upstream.secureCode,
    maxUpstreamCallsPerRequest: config.maxUpstreamCallsPerRequest,
    secrets: [upstream.secureCode],
    exampleQuery: options.exampleQuery,
    logger,
    fleetEsns: config.fleetEsns,
    plugins: [
      useRequestObservation(),
      metrics.yogaPlugin({ serveOnMainPort: config.metricsPort === undefined }),
      readiness.yogaPlugin(),
      ...(tracing ? [tracing.yogaPlugin()] : []),
    ],
  });
  const fleetPage = createFleetPage({ directory: options.fleetPageDirectory, tileUrl: config.fleetMapTileUrl });

  const compress = compressAnswers();
  const running = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const record = new RequestRecord(requestIdFrom(request.headers['x-request-id']));
    response.setHeader('x-request-id', record.id);
    if (draining) response.setHeader('connection', 'close');
    running.add(response);
    metrics.inFlight.inc();
    response.once('close', () => {
      running.delete(response);
      metrics.inFlight.dec();
      if (!record.graphql) return;
      metrics.recordRequest(record);
      const line = record.accessLine(response.statusCode);
      logger.info(response.writableFinished ? line : { ...line, cutOff: true }, 'graphql request');
    });
    requestScope.run(record, () =>
      compress(request, response, () => {
        if (!fleetPage(request, response)) void yoga(request, response);
      }),
    );
  });
  const metricsServer = config.metricsPort === undefined ? undefined : createServer((request, response) => void serveMetrics(metrics, request, response));

  try {
    await listen(server, config.port, config.host);
    if (metricsServer) await listen(metricsServer, config.metricsPort!, config.host);
  } catch (error) {
    server.close();
    await client.close();
    await redis?.close();
    await events.close();
    await tracing?.shutdown();
    throw error;
  }
  // Attached once listening: graphql-ws would otherwise report the server's listen error itself.
  const webSockets = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const webSocketGraphql = serveGraphqlOverWebSocket(yoga, webSockets);
  const closeSubscriptions = async () => {
    await webSocketGraphql.dispose();
    for (const socket of webSockets.clients) socket.terminate();
    await new Promise<void>((resolve) => webSockets.close(() => resolve()));
  };
  const pruneEvents = () =>
    events.prune(Date.now() - config.events.retentionMs).catch((error: unknown) => logger.warn({ err: error }, 'events: pruning failed'));
  void pruneEvents();
  const pruning = setInterval(pruneEvents, 3600_000).unref();
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  const closeServers = async () => {
    server.closeIdleConnections();
    await Promise.all(
      [server, metricsServer].map(
        (each) =>
          each &&
          new Promise<void>((resolve) => {
            each.close(() => resolve());
            each.closeAllConnections();
          }),
      ),
    );
  };

  return {
    url: `http://${host}:${port}/graphql`,
    port,
    server,
    metricsPort: metricsServer ? (metricsServer.address() as AddressInfo).port : undefined,
    yoga,
    client,
    catalog,
    sharedCache,
    sharedAnswers,
    metrics,
    readiness,
    tracing: tracing || undefined,
    logger,
    events,
    doorCommands,
    get inFlight() {
      return running.size;
    },
    async shutdown(timeoutMs) {
      draining = true;
      clearInterval(pruning);
      await closeSubscriptions();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + timeoutMs;
      while (running.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, Math.min(25, deadline - Date.now())));
      const cutOff = running.size;
      server.closeAllConnections();
      // Let the cut-off responses emit 'close', so their access lines are written before the exit.
      for (let waited = 0; running.size > 0 && waited < 1_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      metricsServer?.closeAllConnections();
      metricsServer?.close();
      await closed;
      await (cutOff > 0 ? client.destroy() : client.close());
      await redis?.close();
      await events.close();
      await tracing?.shutdown();
      return { cutOff };
    },
    async close() {
      clearInterval(pruning);
      await closeSubscriptions();
      await closeServers();
      await client.close();
      await redis?.close();
      await events.close();
      await tracing?.shutdown();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function serveMetrics(metrics: GatewayMetrics, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.url?.split('?')[0] !== '/metrics') {
    response.writeHead(404).end();
    return;
  }
  const text = await metrics.registry.metrics();
  response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text);
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

/**
 * gzip or brotli for answers of 1 KB or more when the client asks (Accept-Encoding), with
 * `Vary: Accept-Encoding`. Streams (server-sent events, incremental delivery) are left alone:
 * compressing them would hold events back. Files already compressed (GraphiQL's) are passed through.
 */
function compressAnswers(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const middleware = compression({
    threshold: 1024,
    filter: (request, response) =>
      !/^(text\/event-stream|multipart\/mixed)/i.test(String(response.getHeader('content-type') ?? '')) && compression.filter(request, response),
  });
  return middleware as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}
