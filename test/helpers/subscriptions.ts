import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';

export type Transport = 'sse' | 'websocket';

export interface Subscription<TData> {
  /** Every result received so far. */
  readonly results: Array<{ data?: TData | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> }>;
  /** Resolves once `count` results have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves when the server ends the subscription. */
  readonly ended: Promise<void>;
  close(): Promise<void>;
}

/**
 * Subscribes over Server-Sent Events (graphql-sse protocol, /graphql/stream) or WebSocket
 * (graphql-ws, /graphql) to a gateway at `graphqlUrl`, collecting every result.
 */
export function subscribe<TData, TVariables>(
  transport: Transport,
  graphqlUrl: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Subscription<TData> {
  const request = { query: print(document), variables: variables as Record<string, unknown> };
  const results: Subscription<TData>['results'] = [];
  const client =
    transport === 'sse'
      ? createSseClient({ url: graphqlUrl.replace(/\/graphql$/, '/graphql/stream'), retryAttempts: 0 })
      : createWsClient({ url: graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  const iterator = client.iterate(request) as AsyncIterableIterator<Subscription<TData>['results'][number]>;
  const waiters = new Set<() => void>();
  let done = false;
  const ended = (async () => {
    try {
      for await (const result of iterator) {
        results.push(result);
        for (const waiter of waiters) waiter();
      }
    } catch (error) {
      // graphql-sse reports errors found before streaming as the HTTP answer; graphql-ws as an error message.
      const response = (error as { response?: Response }).response;
      if (response) results.push((await response.json()) as Subscription<TData>['results'][number]);
      else if (Array.isArray(error)) results.push({ errors: error });
      else throw error;
    } finally {
      done = true;
      for (const waiter of waiters) waiter();
    }
  })();
  return {
    results,
    ended,
    waitFor(count, timeoutMs = 20_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (results.length >= count) finish(resolve);
          else if (done) finish(() => reject(new Error(`the subscription ended after ${results.length} of ${count} results`)));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`only ${results.length} of ${count} results after ${timeoutMs} ms`))), timeoutMs);
        const finish = (then: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          then();
        };
        waiters.add(check);
        check();
      });
    },
    async close() {
      await iterator.return?.();
      client.dispose();
      await ended.catch(() => undefined);
    },
  };
}
