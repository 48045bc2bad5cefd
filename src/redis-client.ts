import { createRequire } from 'node:module';
import type { Redis, RedisOptions } from 'ioredis';

const require = createRequire(import.meta.url);

/**
 * The most one Redis command may take. Redis answers in well under a millisecond; one that
 * stops answering (paused, overloaded, cut off by the network with no reset) fails the command
 * after this instead of holding the request that waits on it.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 1_000;

/**
 * A connection that received nothing for this long while a command waited is dropped and made
 * again (the client is then not `ready`: callers fall back at once instead of each waiting out
 * its command timeout). Above the event store's blocking read (1 s) and its timeout.
 */
const REDIS_SOCKET_TIMEOUT_MS = 3_000;

/**
 * A Redis client for REDIS_URL, with bounded commands. Connection failures are never left
 * unhandled (ioredis would print each with its stack trace to standard error): they go to
 * `onConnectionError` (e.g. logger.ts's `warnOncePerMinute`), or nowhere when the failing commands report
 * them. ioredis reconnects by itself. ioredis is loaded on the first call, so a gateway without
 * Redis (the default) does not keep its code in memory.
 */
export function createRedis(url: string, options: RedisOptions, onConnectionError: (error: Error) => void = () => undefined): Redis {
  const { Redis: RedisClient } = require('ioredis') as typeof import('ioredis');
  const client = new RedisClient(url, { commandTimeout: REDIS_COMMAND_TIMEOUT_MS, socketTimeout: REDIS_SOCKET_TIMEOUT_MS, ...options });
  client.on('error', onConnectionError);
  return client;
}

