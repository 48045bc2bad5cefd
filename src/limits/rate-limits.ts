import type { Redis } from 'ioredis';
import { createRedis } from '../redis-client.ts';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { SecurityConfig } from '../config.ts';
import { type Logger, warnOncePerMinute } from '../logger.ts';

/** The answer to "may this principal go on?": yes, or no and how long to wait. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Per-principal budgets over a rolling minute: requests, and upstream calls (the bill). In memory
 * by default; shared by every gateway instance through Redis when REDIS_URL is set, with an
 * in-memory fallback while Redis is unreachable (a Redis outage must not open the gates nor stop
 * the service).
 */
export class RateLimits {
  readonly #requests: RateLimiterAbstract;
  readonly #upstreamCalls: RateLimiterAbstract;
  readonly #redis: Redis | undefined;

  constructor(config: SecurityConfig['rateLimits'], logger: Logger) {
    const perMinute = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: 60 });
      if (!this.#redis) return memory;
      // Not connected: count in memory at once, instead of each request waiting for a reconnection attempt.
      return new RateLimiterRedis({
        storeClient: this.#redis,
        keyPrefix: `${config.redisKeyPrefix}:${keyPrefix}`,
        points,
        duration: 60,
        insuranceLimiter: memory,
        rejectIfRedisNotReady: true,
      });
    };
    if (config.redisUrl) {
      this.#redis = createRedis(config.redisUrl, { maxRetriesPerRequest: 1 }, warnOncePerMinute(logger, 'rate limits: Redis unreachable, counting in memory'));
    }
    this.#requests = perMinute('requests', config.requestsPerMinute);
    this.#upstreamCalls = perMinute('upstream-calls', config.upstreamCallsPerMinute);
  }

  /** Counts one request of the principal. */
  request(principal: string): Promise<RateDecision> {
    return decide(this.#requests.consume(principal, 1));
  }

  /** Reserves `calls` upstream calls of the principal's minute (the estimate, before execution). */
  async reserveUpstreamCalls(principal: string, calls: number): Promise<RateDecision> {
    if (calls <= 0) return { allowed: true };
    const decision = await decide(this.#upstreamCalls.consume(principal, calls));
    // A refused reservation sends nothing, so it must not eat into the budget.
    if (!decision.allowed) await this.releaseUpstreamCalls(principal, calls);
    return decision;
  }

  /** Gives back reserved calls that were not made. */
  async releaseUpstreamCalls(principal: string, calls: number): Promise<void> {
    if (calls > 0) await this.#upstreamCalls.reward(principal, calls).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.#redis?.disconnect();
  }
}

async function decide(consumption: Promise<RateLimiterRes>): Promise<RateDecision> {
  try {
    await consumption;
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}
