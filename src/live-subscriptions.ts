import { setMaxListeners } from 'node:events';
import { type ExecutionResult } from 'graphql';
import { type Plugin, createGraphQLError } from 'graphql-yoga';
import type { Context } from './context.ts';
import { ErrorCode } from './errors.ts';

/** The longest delay a Node timer takes (about 24.8 days); a credential valid longer is not timed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The last result of a subscription whose credential expired while it streamed. */
function credentialExpired(): ExecutionResult {
  return {
    errors: [
      createGraphQLError('The credential of this subscription has expired: subscribe again with a valid one.', {
        extensions: { code: ErrorCode.UNAUTHENTICATED },
      }),
    ],
  };
}

/** The refusal of a subscription past MAX_SUBSCRIPTIONS_PER_PRINCIPAL, before it runs. */
function tooManySubscriptions(principal: string, max: number): ExecutionResult {
  return {
    errors: [
      createGraphQLError(`${principal} already has ${max} subscriptions open (MAX_SUBSCRIPTIONS_PER_PRINCIPAL): end one before starting another.`, {
        extensions: { code: ErrorCode.RATE_LIMITED, limit: 'MAX_SUBSCRIPTIONS_PER_PRINCIPAL', max },
      }),
    ],
  };
}

/**
 * Every subscription the gateway is streaming, over any transport (SSE, graphql-sse, graphql-ws),
 * so that shutdown can end them: `end()` completes each stream as if its source had finished, so
 * SSE clients get `complete` and their responses end, and WebSocket clients get `Complete`,
 * instead of being held open until the shutdown deadline and then cut. A subscription whose
 * credential expires (a JWT's `exp`) ends then too, its last result an UNAUTHENTICATED error: a
 * stream is authenticated once, when it starts, and must not outlive what let it start.
 * Each principal may hold `maxPerPrincipal` subscriptions at once (each holds memory and a share
 * of every event's fan-out, and a minute's request budget would otherwise open hundreds more every
 * minute); one more is refused before it runs (RATE_LIMITED).
 */
export class LiveSubscriptions {
  readonly #ending = new AbortController();
  #open = 0;
  readonly #idle = new Set<() => void>();
  readonly #maxPerPrincipal: number;
  /** Open subscriptions (and those being started) by principal name. */
  readonly #byPrincipal = new Map<string, number>();

  constructor(options: { maxPerPrincipal?: number } = {}) {
    this.#maxPerPrincipal = options.maxPerPrincipal ?? Number.POSITIVE_INFINITY;
    // One listener per open subscription, removed when it ends: many at once is normal, not a leak
    // (Node warns past 10 otherwise).
    setMaxListeners(0, this.#ending.signal);
  }

  /** Subscriptions streaming now. */
  get open(): number {
    return this.#open;
  }

  yogaPlugin(): Plugin {
    return {
      onSubscribe: ({ args, subscribeFn, setSubscribeFn }) => {
        const principal = (args.contextValue as Partial<Context>).principal;
        let held = false;
        const release = () => {
          if (!held || !principal) return;
          held = false;
          const count = (this.#byPrincipal.get(principal.name) ?? 1) - 1;
          if (count > 0) this.#byPrincipal.set(principal.name, count);
          else this.#byPrincipal.delete(principal.name);
        };
        // Counted when the subscription actually starts (after every plugin let it), from then until it ends.
        setSubscribeFn(async (subscribeArgs) => {
          if (principal) {
            const count = this.#byPrincipal.get(principal.name) ?? 0;
            if (count >= this.#maxPerPrincipal) return tooManySubscriptions(principal.name, this.#maxPerPrincipal);
            this.#byPrincipal.set(principal.name, count + 1);
            held = true;
          }
          try {
            return await subscribeFn(subscribeArgs);
          } catch (error) {
            release();
            throw error;
          }
        });
        return {
          onSubscribeResult: ({ result, setResult }) => {
            if (Symbol.asyncIterator in result) setResult(this.#endWhenAsked(result, principal?.expiresAt, release) as typeof result);
            else release();
          },
        };
      },
    };
  }

  /** Ends every subscription (and any started from now on); resolves once all have finished or `timeoutMs` passed. */
  async end(timeoutMs: number): Promise<void> {
    this.#ending.abort();
    if (this.#open === 0) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#idle.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.#idle.add(done);
    });
  }

  #endWhenAsked<T>(source: AsyncIterable<T>, expiresAt: number | undefined, onEnd: () => void): AsyncIterableIterator<T | ExecutionResult> {
    const iterator = source[Symbol.asyncIterator]();
    const signal = this.#ending.signal;
    const over: IteratorResult<T> = { done: true, value: undefined };
    let stop: (() => void) | undefined;
    const ended = new Promise<IteratorResult<T>>((resolve) => (stop = () => resolve(over)));
    if (signal.aborted) stop!();
    else signal.addEventListener('abort', stop!, { once: true });
    let expired = false;
    const untilExpiry = expiresAt === undefined ? undefined : expiresAt - Date.now();
    const expiry =
      untilExpiry === undefined || untilExpiry > MAX_TIMER_MS
        ? undefined
        : setTimeout(() => {
            expired = true;
            stop!();
          }, Math.max(0, untilExpiry));
    this.#open += 1;
    let finished = false;
    const finish = (): IteratorResult<T> => {
      if (finished) return over;
      finished = true;
      signal.removeEventListener('abort', stop!);
      clearTimeout(expiry);
      // The source's cleanup (unsubscribing from the event store) runs once its pending step settles.
      void Promise.resolve(iterator.return?.()).catch(() => undefined);
      this.#open -= 1;
      onEnd();
      if (this.#open === 0) for (const idle of [...this.#idle]) idle();
      return over;
    };
    return {
      next: async () => {
        if (finished) return over;
        try {
          const step = await Promise.race([iterator.next(), ended]);
          if (!step.done) return step;
          finish();
          return expired ? { done: false, value: credentialExpired() } : over;
        } catch (error) {
          finish();
          throw error;
        }
      },
      return: async () => finish(),
      throw: async (error?: unknown) => {
        finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
