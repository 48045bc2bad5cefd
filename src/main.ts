import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, fetch } from 'undici';
import { CatalogIndex } from './catalog-index.ts';
import { ConfigError, type Upstream, loadConfig } from './config.ts';
import { exampleQuery } from './example-query.ts';
import { startSimulator } from './simulator/server.ts';
import { IautoClient } from './upstream/client.ts';
import { SharedResponseCache } from './upstream/shared-cache.ts';
import { createGatewayYoga } from './yoga.ts';

async function main(): Promise<void> {
  const config = loadConfig();

  const simulator = config.upstream ? undefined : await startSimulator({ port: 0, ...definedOnly(config.simulator) });
  const upstream: Upstream = config.upstream ?? {
    baseUrl: simulator!.baseUrl,
    openId: simulator!.openId,
    secureCode: simulator!.secureCode,
  };

  const client = new IautoClient({
    ...upstream,
    connectTimeoutMs: Math.min(config.timeoutMs, 5_000),
    headersTimeoutMs: config.timeoutMs,
    bodyTimeoutMs: config.timeoutMs,
    maxConnections: config.maxConnections,
    readRetries: config.readRetries,
    serviceNumberOverrides: config.batteryService === 1017 ? undefined : { 1017: config.batteryService },
  });
  const catalog = new CatalogIndex(client, { ttlMs: config.catalogTtlMs });
  const sampleEsns = await fetchSampleEsns(upstream);
  const yoga = createGatewayYoga({
    client,
    catalog,
    maxUpstreamCallsPerRequest: config.maxUpstreamCallsPerRequest,
    sharedCache: config.sharedCacheBytes > 0 ? new SharedResponseCache({ maxBytes: config.sharedCacheBytes }) : undefined,
    secrets: [upstream.secureCode],
    exampleQuery: exampleQuery(sampleEsns),
  });

  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;

  console.log(`iauto-graph: GraphiQL at http://${host}:${port}/graphql`);
  console.log(
    simulator
      ? `upstream: the embedded iauto360 simulator at ${simulator.baseUrl} (set IAUTO_OPEN_ID, IAUTO_SECURE_CODE and IAUTO_BASE_URL to use a real service)`
      : `upstream: ${upstream.baseUrl} as ${upstream.openId}`,
  );
  if (sampleEsns.length > 0) console.log(`ESNs to try: ${sampleEsns.slice(0, 5).join(', ')}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await client.close();
    await simulator?.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

/** Bound ESNs from a simulator's fleet listing; the real service has no such route, so none. */
async function fetchSampleEsns({ baseUrl, ca }: Upstream): Promise<string[]> {
  const dispatcher = new Agent({ connect: ca ? { ca } : {} });
  try {
    const response = await fetch(new URL('/__sim/fleet', baseUrl), { signal: AbortSignal.timeout(2_000), dispatcher });
    if (!response.ok) return [];
    const fleet = (await response.json()) as Array<{ esn: string; bound: boolean }>;
    return fleet.filter((terminal) => terminal.bound).map((terminal) => terminal.esn);
  } catch {
    return [];
  } finally {
    await dispatcher.close();
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
