import type { Redis } from 'ioredis';
import { createRedis } from '../redis-client.ts';
import { ConfigError } from '../config.ts';
import { type Logger, warnOncePerMinute } from '../logger.ts';
import { type SharedAnswers, type SharedAnswersObserver, accountOf, answerAsJson } from './shared-cache.ts';

export interface RedisSharedAnswersOptions {
  url: string;
  /** Whose answers these are: instances of different iauto360 accounts never share. */
  openId: string;
  ttlMs: number;
  observer?: SharedAnswersObserver;
  logger: Logger;
}

/**
 * Shared answers kept in Redis (REDIS_URL), so every instance reads what one fetched and a
 * deletion on one instance (a trip deleted) is gone for all. Redis is an optimisation: when it
 * fails, a read is a miss and goes upstream, and the failure is logged at most once a minute.
 */
export class RedisSharedAnswers implements SharedAnswers {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #ttlMs: number;
  readonly #observer: SharedAnswersObserver;
  readonly #warn: (error: unknown) => void;

  private constructor(redis: Redis, options: RedisSharedAnswersOptions) {
    this.#redis = redis;
    this.#prefix = `iauto-graph:answers:${accountOf(options.openId)}:`;
    this.#ttlMs = options.ttlMs;
    this.#observer = options.observer ?? {};
    this.#warn = warnOncePerMinute(options.logger, 'shared answers in Redis unavailable: reading upstream');
  }

  /** Connects (the start stops, naming REDIS_URL, when Redis cannot be reached). */
  static async connect(options: RedisSharedAnswersOptions): Promise<RedisSharedAnswers> {
    // Connection failures are reported by the failing commands (and by /ready).
    const redis = createRedis(options.url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 5_000 });
    let connectionError: Error | undefined;
    const remember = (error: Error) => (connectionError = error);
    redis.on('error', remember);
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      // The connection's own error (e.g. ECONNREFUSED) says more than the rejection's "Connection is closed.".
      throw new ConfigError(`REDIS_URL: cannot connect to Redis (${(connectionError ?? (error as Error)).message})`);
    } finally {
      redis.off('error', remember);
    }
    return new RedisSharedAnswers(redis, options);
  }

  async get(key: string): Promise<object | undefined> {
    try {
      const text = await this.#redis.get(this.#prefix + key);
      this.#observer.lookup?.(text === null ? 'miss' : 'hit');
      return text === null ? undefined : (JSON.parse(text) as object);
    } catch (error) {
      this.#warn(error);
      return undefined;
    }
  }

  async remainingTtl(key: string): Promise<number | undefined> {
    try {
      // -2: no such key; -1: a key without expiry (never written so by the gateway).
      const remaining = await this.#redis.pttl(this.#prefix + key);
      return remaining >= 0 ? remaining : undefined;
    } catch (error) {
      this.#warn(error);
      return undefined;
    }
  }

  async set(key: string, answer: object, ttlMs?: number): Promise<void> {
    // Not shared when it holds a part that broke the contract: each instance reads it on its own.
    const text = answerAsJson(answer);
    if (text === undefined) return;
    try {
      await this.#redis.set(this.#prefix + key, text, 'PX', Math.max(1, Math.round(ttlMs ?? this.#ttlMs)));
    } catch (error) {
      this.#warn(error);
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.#redis.del(this.#prefix + key);
    } catch (error) {
      this.#warn(error);
    }
  }

  async clear(): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.#redis.scan(cursor, 'MATCH', `${this.#prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await this.#redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  /** For /ready: the connection is up and Redis answers (a connected Redis can still hang). */
  readonly check = async (): Promise<true | string> => {
    if (this.#redis.status !== 'ready') return `redis ${this.#redis.status}`;
    await this.#redis.ping();
    return true;
  };

  async close(): Promise<void> {
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}
