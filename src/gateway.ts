import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import compression from 'compression';
import type { AddressInfo } from 'node:net';
import { CatalogIndex } from './catalog-index.ts';
import { createFleetPage } from './fleet-page.ts';
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
  /** Where the built fleet page is; default web/dist. */
  fleetPageDirectory?: string;
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
  /** Stops accepting, closes connections and the upstream pool. */
  close(): Promise<void>;
}

/**
 * The one place the gateway is assembled from a configuration: the signed client, the shared
 * catalog index and answer cache, the yoga instance, the fleet page and their HTTP server. main, the tests and the
 * benchmarks all build it here.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config, upstream } = options;
  const logger = options.logger ?? createRootLogger({ level: config.logLevel });
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
    exampleQuery: options.exampleQuery,
    logger,
    fleetEsns: config.fleetEsns,
  });
  const fleetPage = createFleetPage({ directory: options.fleetPageDirectory, tileUrl: config.fleetMapTileUrl });

  const compress = compressAnswers();
  const server = createServer((request, response) =>
    compress(request, response, () => {
      if (!fleetPage(request, response)) void yoga(request, response);
    }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
  } catch (error) {
    await client.close();
    throw error;
  }
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
    async close() {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await client.close();
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
