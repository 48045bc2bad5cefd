import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { CatalogIndex } from '../../src/catalog-index.ts';
import { IautoClient, type IautoClientOptions } from '../../src/upstream/client.ts';
import { SharedResponseCache } from '../../src/upstream/shared-cache.ts';
import { createGatewayYoga } from '../../src/yoga.ts';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../../src/simulator/server.ts';

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface StackOptions {
  simulator?: SimulatorOptions;
  client?: Partial<IautoClientOptions>;
  catalogTtlMs?: number;
  maxUpstreamCallsPerRequest?: number;
  /** Memory for the cache of immutable answers shared across requests; 0 = none. Default 16 MiB. */
  sharedCacheBytes?: number;
}

/**
 * The whole product on loopback: the simulator on a free port, the signed client pointed at
 * it, and the GraphQL gateway on another free port, spoken to over real HTTP.
 */
export async function startStack(options: StackOptions = {}) {
  const simulator: RunningSimulator = await startSimulator({ port: 0, ...options.simulator });
  const client = new IautoClient({
    baseUrl: simulator.baseUrl,
    openId: simulator.openId,
    secureCode: simulator.secureCode,
    retryDelayMs: 5,
    ...options.client,
  });
  const catalog = new CatalogIndex(client, { ttlMs: options.catalogTtlMs ?? 600_000 });
  const sharedCacheBytes = options.sharedCacheBytes ?? 16 * 1024 * 1024;
  const sharedCache = sharedCacheBytes > 0 ? new SharedResponseCache({ maxBytes: sharedCacheBytes }) : undefined;
  const yoga = createGatewayYoga({
    client,
    catalog,
    sharedCache,
    maxUpstreamCallsPerRequest: options.maxUpstreamCallsPerRequest,
    secrets: [simulator.secureCode],
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  async function graphql<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TData>> {
    const query = typeof document === 'string' ? document : print(document);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<TData>;
  }

  async function admin<T = unknown>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${simulator.baseUrl}/__sim/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as T;
  }

  return {
    simulator,
    client,
    catalog,
    sharedCache,
    yoga,
    url,
    graphql,
    /** Upstream calls per service since the last reset, from the simulator's admin surface. */
    stats: () => admin<{ calls: Record<string, number>; total: number }>('stats'),
    resetStats: () => admin('reset', {}),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await client.close();
      await simulator.close();
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

