/*
 * Simulator and gateway in the bench's own process, for the parts that look inside one process
 * (answer parsing, heap per request). Built with the gateway's one assembly, startGateway.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadConfig } from '../../src/config.ts';
import { startGateway } from '../../src/gateway.ts';
import { startSimulator } from '../../src/simulator/server.ts';

export async function startLocalStack() {
  const simulator = await startSimulator({ port: 0 });
  const gateway = await startGateway({
    // Rate limits on, at ceilings the memory part's hundreds of dashboards do not reach.
    config: {
      ...loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_REQUESTS_PER_MINUTE: '10000000',
        RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '100000000',
      }),
    },
    upstream: { baseUrl: simulator.baseUrl, openId: simulator.openId, secureCode: simulator.secureCode },
    client: { retryDelayMs: 5 },
  });
  return {
    simulator,
    client: gateway.client,
    async graphql<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return (await response.json()) as { data?: TData | null; errors?: unknown[] };
    },
    async close() {
      await gateway.close();
      await simulator.close();
    },
  };
}

export type LocalStack = Awaited<ReturnType<typeof startLocalStack>>;
