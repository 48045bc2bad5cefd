import type { SpanExporter } from '@opentelemetry/sdk-trace';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import compression from 'compression';
import type { AddressInfo } from 'node:net';
import { getHeapStatistics } from 'node:v8';
import { WebSocketServer } from 'ws';
import { type Authenticator, createAuthenticator } from './auth/authenticator.ts';
import { CatalogIndex } from './catalog-index.ts';
import { type Config, ConfigError, type Upstream } from './config.ts';
import { ErrorCode } from './errors.ts';
import { cursorKey } from './domain/sealed-cursor.ts';
import { createFleetPage } from './fleet-page.ts';
import { serveGraphqlOverWebSocket } from './graphql-ws.ts';
import { DoorCommands } from './events/door-commands.ts';
import { openEventStore } from './events/open-store.ts';
import type { EventStore } from './events/store.ts';
import { RateLimits } from './limits/rate-limits.ts';
import { requestIdExtension } from './limits/responses.ts';
import { LiveSubscriptions } from './live-subscriptions.ts';
import { type Logger, createRootLogger, warnAtMostOncePerMinute } from './logger.ts';
import { GatewayMetrics, isMetricsRequest } from './observability/metrics.ts';
import { useRequestObservation } from './observability/observation-plugin.ts';
import { Readiness, UpstreamReachability } from './observability/readiness.ts';
import { RequestRecord, requestIdFrom, requestLogScope } from './observability/request-record.ts';
import type { GatewayTracing } from './observability/tracing.ts';
import { QuietCollection } from './quiet-collection.ts';
import { type AttemptEvent, IautoClient, type IautoClientOptions } from './upstream/client.ts';
import { RedisSharedAnswers } from './upstream/redis-shared-answers.ts';
import { type SharedAnswers, type SharedAnswersObserver, SharedResponseCache } from './upstream/shared-cache.ts';
import { SqliteSharedAnswers } from './upstream/sqlite-shared-answers.ts';
import { SharedReads } from './upstream/shared-reads.ts';
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
  /**
   * A full garbage collection (`gc` of `--expose-gc`, which main passes), run once the gateway goes
   * quiet after requests so V8 hands back the memory the load grew (QuietCollection).
   */
  collectGarbage?: () => void;
  /** How long the gateway must have started no request before that collection; default 5000 ms (tests: shorter). */
  quietCollectionMs?: number;
  /** How much more than its live data V8's heap must hold for a burst to be collected; default 32 MiB (tests: 0). */
  quietCollectionMinSpare?: number;
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
  readonly authenticator: Authenticator;
  readonly rateLimits: RateLimits;
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
  // Yoga's own lines (debug) carry the request id only through an async context, which costs CPU
  // on every promise: on only when they are written (see requestLogScope).
  if (logger.isLevelEnabled('debug')) requestLogScope.enable();
  const authenticator = await createStartupAuthenticator(config);
  const reachability = new UpstreamReachability();
  const tracing = await startTracing(config, options.spanExporter, logger);
  let metrics: GatewayMetrics | undefined;
  const observeAttempt = (event: AttemptEvent) => {
    metrics?.recordAttempt(event);
    tracing?.recordAttempt(event);
    reachability.observe(event);
    event.record?.recordUpstream(event.service, event.error?.kind ?? 'ok');
    if (event.badParts) event.record?.recordBadParts(event.service, event.badParts);
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
  const running = new Map<ServerResponse, RequestRecord>();
  metrics = new GatewayMetrics(
    () => client.poolStats,
    () => running.size,
    () => new Promise<number>((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count))),
    () => readiness.run(),
  );
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
  // Once Redis is known to answer: a start that stops on REDIS_URL leaves no client reconnecting behind.
  const rateLimits = new RateLimits(config.security.rateLimits, logger);
  const sharedCache =
    !redis && config.sharedCacheBytes > 0
      ? new SharedResponseCache({ maxBytes: config.sharedCacheBytes, ttlMs: config.sharedCacheTtlMs, observer: cacheObserver })
      : undefined;
  const sharedAnswers: SharedAnswers | undefined = redis ?? sharedCache;
  const events = await openEventStore(config.events, logger).catch(async (error: unknown) => {
    await client.close();
    await redis?.close();
    await rateLimits.close();
    throw error;
  });
  // Without Redis, the catalog outlives a restart in the event store's SQLite file (its own table).
  const localAnswers = redis ? undefined : openLocalAnswers(config, upstream.openId, cacheObserver, logger);
  const catalog = new CatalogIndex(client, { ttlMs: config.catalogTtlMs, shared: redis ?? localAnswers });
  const doorCommands = new DoorCommands({ store: events, timeoutMs: config.events.doorCommandTimeoutMs, sendTimeoutMs: config.timeoutMs, logger });

  let draining = false;
  const liveSubscriptions = new LiveSubscriptions({ maxPerPrincipal: config.security.maxSubscriptionsPerPrincipal });
  const readiness = new Readiness();
  readiness.add('shutdown', () => !draining || 'shutting down');
  readiness.add('upstream', reachability.check, { shared: true });
  if (redis) readiness.add('redis', redis.check, { shared: true });

  const yoga = createGatewayYoga({
    client,
    catalog,
    sharedReads: sharedAnswers && new SharedReads(sharedAnswers, { onJoined: () => metrics.sharedReadsJoined.inc() }),
    events,
    doorCommands,
    webhookSecret: upstream.secureCode,
    maxUpstreamCallsPerRequest: config.maxUpstreamCallsPerRequest,
    secrets: [upstream.secureCode],
    cursorKey: cursorKey(upstream.secureCode),
    security: config.security,
    authenticator,
    rateLimits,
    exampleQuery: options.exampleQuery,
    logger,
    fleetEsns: config.fleetEsns,
    reservedStreamOpenMs: config.httpRequestTimeoutMs,
    plugins: [
      useRequestObservation(),
      readiness.yogaPlugin(),
      ...(tracing ? [tracing.yogaPlugin()] : []),
      liveSubscriptions.yogaPlugin(),
    ],
  });
  const fleetPage = createFleetPage({ directory: options.fleetPageDirectory, tileUrl: config.fleetMapTileUrl });

  const compress = compressAnswers();
  // An access line holds only what RequestRecord.accessLine builds (ids, names, codes, counts),
  // none of them a field the logger censors: it skips the censoring pass, most of a line's cost.
  const accessLog = logger.child({}, { redact: [] });
  const serveMetricsHere = config.metricsPort === undefined;
  /**
   * /metrics on the main port, which faces the clients: with authentication on, only for a caller
   * presenting valid credentials (the metrics name operations, principals' traffic and upstream
   * use). On METRICS_PORT, meant for an internal network, it needs none.
   */
  const serveMetricsOnMainPort = (request: IncomingMessage, response: ServerResponse, record: RequestRecord) => {
    if (authenticator.open) return void metrics.serve(request, response);
    authenticator.authenticate(request.headers.authorization ?? null).then(
      (principal) => {
        if (principal) return void metrics.serve(request, response);
        const message =
          'Missing or invalid credentials: /metrics on the main port needs `Authorization: Bearer <API key or JWT>` while authentication is on (or set METRICS_PORT to serve it on an internal port without).';
        response
          .writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer realm="iauto-graph"' })
          .end(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED, ...requestIdExtension(record) } }] }));
      },
      () => response.writeHead(503).end(),
    );
  };
  const quietCollection =
    options.collectGarbage &&
    new QuietCollection({
      collect: options.collectGarbage,
      quietMs: options.quietCollectionMs ?? QUIET_COLLECTION_MS,
      heap: () => {
        const { total_heap_size, used_heap_size } = getHeapStatistics();
        return { committed: total_heap_size, used: used_heap_size };
      },
      minSpare: options.quietCollectionMinSpare ?? QUIET_COLLECTION_MIN_SPARE,
      checkEveryMs: 1_000,
    });
  // Start-up is a burst too: the young generation module loading and schema building grew is handed
  // back the same way once the gateway has had no request for a while.
  quietCollection?.requestStarted();
  const server = createServer(httpTimeouts(config), (request: IncomingMessage, response: ServerResponse) => {
    // Probes (/health, /ready, a metrics scrape) allocate next to nothing: every few seconds from an
    // orchestrator, they would otherwise make an idle gateway collect after each.
    if (quietCollection && !isProbe(request.url)) quietCollection.requestStarted();
    const record = new RequestRecord(requestIdFrom(request.headers['x-request-id']));
    response.setHeader('x-request-id', record.id);
    if (draining) response.setHeader('connection', 'close');
    running.set(response, record);
    response.once('close', () => {
      running.delete(response);
      if (!record.graphql) return;
      metrics.recordRequest(record);
      // No status when the gateway sent none: cut off before answering (shutdown, a client gone, or
      // one that did not send its request within HTTP_REQUEST_TIMEOUT_MS, which Node answers 408).
      const line = record.accessLine(response.headersSent ? response.statusCode : null);
      accessLog.info(response.writableFinished ? line : { ...line, cutOff: true }, 'graphql request');
    });
    // The record travels in yoga's server context (and so in the GraphQL context): see recordOf.
    requestLogScope.run(record, () =>
      compress(request, response, () => {
        if (serveMetricsHere && isMetricsRequest(request)) return serveMetricsOnMainPort(request, response, record);
        if (!fleetPage(request, response)) void yoga(request, response, { record });
      }),
    );
  });
  // Each connection holds memory and a descriptor, and a WebSocket or an SSE stream holds it for
  // hours: past HTTP_MAX_CONNECTIONS, Node closes a new connection as soon as it is accepted (the
  // client sees it reset or closed; a load balancer tries another instance), counted and warned.
  server.maxConnections = config.httpMaxConnections;
  const warnConnectionsRefused = warnAtMostOncePerMinute(logger, 'HTTP_MAX_CONNECTIONS reached: new connections closed');
  server.on('drop', () => {
    metrics.connectionsRefused.inc();
    warnConnectionsRefused({ maxConnections: config.httpMaxConnections });
  });
  const metricsServer = config.metricsPort === undefined ? undefined : createServer((request, response) => {
        if (!metrics.serve(request, response)) response.writeHead(404).end();
      });

  try {
    await listen(server, config.port, config.host);
    if (metricsServer) await listen(metricsServer, config.metricsPort!, config.host);
  } catch (error) {
    server.close();
    await client.close();
    await redis?.close();
    await rateLimits.close();
    await events.close();
    localAnswers?.close();
    await tracing?.shutdown(1_000);
    throw error;
  }
  announceProtection(authenticator, config, logger);
  // Attached once listening: graphql-ws would otherwise report the server's listen error itself.
  // One message may be as large as one HTTP request body: ws would otherwise read and hold up to
  // 100 MiB per message, before the connection has even authenticated.
  const allowedOrigins = new Set(config.security.corsOrigins);
  const webSockets = new WebSocketServer({
    server,
    path: yoga.graphqlEndpoint,
    maxPayload: config.security.limits.maxRequestBytes,
    // A browser opens a WebSocket to any site without a preflight, and always says which page asks
    // (Origin): a hostile page must not run operations on a gateway running open, as CSRF
    // prevention refuses over HTTP. Only the CORS_ORIGINS may; clients outside a browser send no Origin.
    verifyClient: ({ origin }: { origin?: string }, accept: (allowed: boolean, status?: number, message?: string) => void) =>
      origin === undefined || allowedOrigins.has(origin) ? accept(true) : accept(false, 403, 'Origin not allowed (CORS_ORIGINS)'),
  });
  // Anyone may connect and break the protocol, before authenticating: a line a minute at most.
  const warnProtocolBroken = warnAtMostOncePerMinute(logger, 'websocket: closed a connection that broke the protocol');
  webSockets.on('connection', (socket) => {
    // A client that breaks the protocol (a message past maxPayload, a bad frame) makes ws close the
    // socket with the fitting code (1009, 1002...) and emit an error, which graphql-ws writes to
    // stderr with its stack. Replaced once graphql-ws has attached its listener: one log line, no stack.
    queueMicrotask(() => {
      socket.removeAllListeners('error');
      socket.on('error', (error: Error) => warnProtocolBroken({ err: { message: error.message } }));
    });
  });
  const webSocketGraphql = serveGraphqlOverWebSocket(yoga, webSockets, authenticator, rateLimits, {
    logger,
    accessLog,
    metrics,
    operationStarted: quietCollection && (() => quietCollection.requestStarted()),
  });
  /**
   * Ends every subscription, whatever its transport: the streams complete (SSE `complete`, graphql-ws
   * `Complete`), SSE responses end, WebSockets close with 1001 (going away). Each step waits at most
   * `graceMs`; what is left then is closed hard. Subscriptions have no end of their own to wait for.
   */
  const closeSubscriptions = async (graceMs: number) => {
    await liveSubscriptions.end(graceMs);
    // Let the transports write the completions the ended streams just triggered.
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const socket of webSockets.clients) socket.close(1001, 'Going away');
    await until(() => webSockets.clients.size === 0 && ![...running].some(isLiveStream), graceMs);
    for (const socket of webSockets.clients) socket.terminate();
    // A graphql-sse stream reserved for several operations stays open when they end.
    for (const entry of running) if (isLiveStream(entry) && !entry[0].writableEnded) entry[0].end();
    await webSocketGraphql.dispose();
  };
  const pruneEvents = () =>
    events.prune(Date.now() - config.events.retentionMs).catch((error: unknown) => logger.warn({ err: { message: (error as Error).message } }, 'events: pruning failed'));
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
    tracing,
    logger,
    authenticator,
    rateLimits,
    events,
    doorCommands,
    get inFlight() {
      return running.size;
    },
    async shutdown(timeoutMs) {
      draining = true;
      clearInterval(pruning);
      quietCollection?.stop();
      const deadline = Date.now() + timeoutMs;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closeSubscriptions(Math.min(1_000, timeoutMs));
      await until(() => running.size === 0, deadline - Date.now());
      const cutOff = [...running].filter((entry) => !isLiveStream(entry)).length;
      server.closeAllConnections();
      // Let the cut-off responses emit 'close', so their access lines are written before the exit.
      await until(() => running.size === 0, 1_000);
      metricsServer?.closeAllConnections();
      metricsServer?.close();
      await closed;
      await (cutOff > 0 ? client.destroy() : client.close());
      await redis?.close();
      await rateLimits.close();
      await events.close();
      localAnswers?.close();
      // The spans get what is left of the timeout (at least a second).
      await tracing?.shutdown(Math.max(1_000, deadline - Date.now()));
      return { cutOff };
    },
    async close() {
      clearInterval(pruning);
      quietCollection?.stop();
      await closeSubscriptions(0);
      await closeServers();
      await client.close();
      await redis?.close();
      await rateLimits.close();
      await events.close();
      localAnswers?.close();
      await tracing?.shutdown(1_000);
    },
  };
}

/**
 * The answers kept in the event store's SQLite file (when events are not in Redis). They only save
 * calls: a file whose table cannot be made is a warning, and the gateway runs without them.
 */
function openLocalAnswers(config: Config, openId: string, observer: SharedAnswersObserver, logger: Logger): SqliteSharedAnswers | undefined {
  try {
    return SqliteSharedAnswers.open({ path: config.events.sqlitePath, openId, ttlMs: config.catalogTtlMs, observer, logger });
  } catch (error) {
    logger.warn({ err: { message: (error as Error).message } }, 'EVENTS_DB: cannot keep the catalog there; it is fetched again after each restart');
    return undefined;
  }
}

/**
 * Tracing when an exporter is configured. The OpenTelemetry SDK is loaded only then: a gateway
 * without tracing (the default) does not keep it in memory.
 */
async function startTracing(config: Config, exporter: SpanExporter | undefined, logger: Logger): Promise<GatewayTracing | undefined> {
  if (!exporter && !config.tracing) return undefined;
  const { GatewayTracing } = await import('./observability/tracing.ts');
  if (exporter) return new GatewayTracing({ serviceName: config.tracing?.serviceName ?? 'iauto-graph', exporter, logger });
  return GatewayTracing.otlp(config.tracing!, logger);
}

/** Liveness, readiness and metrics requests: what orchestrators and scrapers send every few seconds. */
function isProbe(url: string | undefined): boolean {
  const path = url?.split('?', 1)[0];
  return path === '/health' || path === '/ready' || path === '/metrics';
}

/** How long the gateway must have started no request (or collection) before it runs a collection (QuietCollection). */
const QUIET_COLLECTION_MS = 5_000;
/**
 * How much more than its live data V8's heap must hold for a burst to be collected: light traffic
 * (about 20 MiB here) keeps its optimized code; the 1.5 × idle RSS the bench allows after a load is
 * about 45 MiB more than idle.
 */
const QUIET_COLLECTION_MIN_SPARE = 32 * 2 ** 20;

/**
 * Node's HTTP server timeouts from the configuration. A client gets HTTP_REQUEST_TIMEOUT_MS to send
 * a whole request, headers and body (Node's default is 5 minutes: a body trickled in a byte at a
 * time held a connection, and the webhook's is read before its signature can be checked), its
 * headers within the same bound (at most a minute), checked often enough to hold to it; answers
 * and streams (SSE, WebSocket) are not bounded by it. An idle keep-alive connection is closed after
 * HTTP_KEEP_ALIVE_TIMEOUT_MS: behind a load balancer, set it above the balancer's idle timeout, or
 * the gateway may close a connection the balancer is sending a request on (a 502).
 */
function httpTimeouts(config: Config) {
  const requestTimeout = config.httpRequestTimeoutMs;
  return {
    requestTimeout,
    headersTimeout: Math.min(60_000, requestTimeout),
    connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(requestTimeout / 4))),
    keepAliveTimeout: config.httpKeepAliveTimeoutMs,
  };
}

/** Resolves once `done()` holds (checked every 10 ms) or `timeoutMs` has passed. */
async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(10, deadline - Date.now()))));
}

/**
 * A Server-Sent Events response with no end of its own: a subscription's, or a graphql-sse stream
 * reserved for operations sent separately. A query or mutation answered over SSE is not one: it
 * ends with its operation, and is waited for (and counted when cut off) like any request.
 */
function isLiveStream([response, record]: [ServerResponse, RequestRecord]): boolean {
  const eventStream = /^text\/event-stream/i.test(String(response.getHeader('content-type') ?? ''));
  return eventStream && record.operationType !== 'query' && record.operationType !== 'mutation';
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

/**
 * The authenticator of the configuration; refuses to run open on real credentials unless
 * AUTH_DISABLED=true says so on purpose.
 */
async function createStartupAuthenticator(config: Config): Promise<Authenticator> {
  let authenticator: Authenticator;
  try {
    authenticator = await createAuthenticator(config.security.auth);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${(error as Error).message}`);
  }
  if (authenticator.open && config.upstream && !config.security.auth.disabled) {
    throw new ConfigError(
      'Invalid configuration:\n  AUTH_API_KEYS_FILE: with real credentials (IAUTO_OPEN_ID) the gateway needs authentication: set AUTH_API_KEYS_FILE, AUTH_JWT_JWKS_URL or AUTH_JWT_PUBLIC_KEY_FILE, or AUTH_DISABLED=true to run open on purpose',
    );
  }
  return authenticator;
}

/** Says at every start how the gateway is protected; open means every caller has every scope on every terminal. */
function announceProtection(authenticator: Authenticator, config: Config, logger: Logger): void {
  if (!authenticator.open) logger.info('authentication required: Authorization: Bearer <API key or JWT>');
  else if (config.upstream) logger.warn('AUTH_DISABLED=true: the gateway runs OPEN on real credentials; every caller may read and command every vehicle');
  else logger.info('running open on the embedded simulator: every caller has every scope on every terminal (configure AUTH_API_KEYS_FILE or AUTH_JWT_* to require credentials)');
}

/**
 * gzip or brotli for answers of 1 KB or more when the client asks (Accept-Encoding), with
 * `Vary: Accept-Encoding`. Streams (server-sent events, incremental delivery) are left alone:
 * compressing them would hold events back. Files already compressed (GraphiQL's) are passed through.
 */
function compressAnswers(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const middleware = compressionMiddleware();
  // A client that accepts no encoding gets none: skip the middleware's wrapping of the response.
  return (request, response, next) => (request.headers['accept-encoding'] ? middleware(request, response, next) : next());
}

function compressionMiddleware(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const middleware = compression({
    threshold: 1024,
    filter: (request, response) =>
      !/^(text\/event-stream|multipart\/mixed)/i.test(String(response.getHeader('content-type') ?? '')) && compression.filter(request, response),
  });
  return middleware as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}
