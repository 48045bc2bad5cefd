import { afterEach, expect } from 'vitest';
import type { Stack } from './stack.ts';

/** The graphql-sse protocol's token header, and the headers its requests use. */
export const TOKEN_HEADER = 'x-graphql-event-stream-token';
export const json = { 'content-type': 'application/json' };
export const eventStream = { accept: 'text/event-stream' };

/**
 * Helpers for /graphql/stream of a test file's stack: its URL, reserving a stream, and the
 * connections a test leaves open (a stream it opened), aborted after each test.
 */
export function useStreamEndpoint(stack: Stack) {
  const opened: AbortController[] = [];
  afterEach(() => {
    for (const controller of opened.splice(0)) controller.abort();
  });
  const streamUrl = () => stack.url.replace(/\/graphql$/, '/graphql/stream');
  return {
    streamUrl,
    /** A controller aborted when the test ends. */
    keptOpen(): AbortController {
      const controller = new AbortController();
      opened.push(controller);
      return controller;
    },
    /** Reserves a stream (single connection mode) and gives its token. */
    async reserve(): Promise<string> {
      const response = await fetch(streamUrl(), { method: 'PUT' });
      expect(response.status).toBe(201);
      return response.text();
    },
  };
}
