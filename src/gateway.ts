import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import compression from 'compression';
import type { AddressInfo } from 'node:net';
import { type Authenticator, createAuthenticator } from './auth/authenticator.ts';
import { CatalogIndex } from './catalog-index.ts';
import { type Config, ConfigError, type Upstream } from './config.ts';
import { tripCursorKey } from './domain/trip-paging.ts';
import { RateLimits } from './limits/rate-limits.ts';
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
  readonly authenticator: Authenticator;
  readonly rateLimits: RateLimits;
  /** Stops accepting, closes connections and the upstream pool. */
  close(): Promise<void>;
}

/**
 * The one place the gateway is assembled from a configuration: the signed client, the shared
 * catalog index and answer cache, the yoga instance and its HTTP server. main, the tests and the
 * benchmarks all build it here.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config, upstream } = options;
  const logger = options.logger ?? createRootLogger({ level: config.logLevel });
  const authenticator = createStartupAuthenticator(config);
  const rateLimits = new RateLimits(config.security.rateLimits, logger);
  const client = new IautoClient({
    ...upstream,
    connectTimeoutMs: Math.min(config.timeoutMs, 5_000),
    timeoutMs: config.timeoutMs,
    readDeadlineMs: config.readDeadlineMs,
    maxConnections: config.maxConnections,
    readRetries: config.readRetries,
    serviceNumberOverrides: config.batteryService === 1017 ? undefined : { 1017: config.batteryService },
    ...options.client,
  });
  const catalog = new CatalogIndex(client, { ttlMs: config.catalogTtlMs });
  const sharedCache = config.sharedCacheBytes > 0 ? new SharedResponseCache({ maxBytes: config.sharedCacheBytes }) : undefined;
  const yoga = createGatewayYoga({
    client,
    catalog,
    sharedCache,
    maxUpstreamCallsPerRequest: config.maxUpstreamCallsPerRequest,
    secrets: [upstream.secureCode],
    cursorKey: tripCursorKey(upstream.secureCode),
    exampleQuery: options.exampleQuery,
    logger,
    security: config.security,
    authenticator,
    rateLimits,
  });

  const compress = compressAnswers();
  const server = createServer((request, response) => compress(request, response, () => void yoga(request, response)));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
  } catch (error) {
    await client.close();
    await rateLimits.close();
    throw error;
  }
  announceProtection(authenticator, config, logger);
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
    authenticator,
    rateLimits,
    async close() {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await client.close();
      await rateLimits.close();
    },
  };
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

/**
 * The authenticator of the configuration; refuses to run open on real credentials unless
 * AUTH_DISABLED=true says so on purpose.
 */
function createStartupAuthenticator(config: Config): Authenticator {
  let authenticator: Authenticator;
  try {
    authenticator = createAuthenticator(config.security.auth);
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
