import { setMaxListeners } from 'node:events';
import type { Plugin } from 'graphql-yoga';

/**
 * Every subscription the gateway is streaming, over any transport (SSE, graphql-sse, graphql-ws),
 * so that shutdown can end them: `end()` completes each stream as if its source had finished, so
 * SSE clients get `complete` and their responses end, and WebSocket clients get `Complete`,
 * instead of being held open until the shutdown deadline and then cut.
 */
export class LiveSubscriptions {
  readonly #ending = new AbortController();
  #open = 0;
  readonly #idle = new Set<() => void>();

  constructor() {
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
      onSubscribe: () => ({
        onSubscribeResult: ({ result, setResult }) => {
          if (Symbol.asyncIterator in result) setResult(this.#endWhenAsked(result));
        },
      }),
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

  #endWhenAsked<T>(source: AsyncIterable<T>): AsyncIterableIterator<T> {
    const iterator = source[Symbol.asyncIterator]();
    const signal = this.#ending.signal;
    const over: IteratorResult<T> = { done: true, value: undefined };
    let stop: (() => void) | undefined;
    const ended = new Promise<IteratorResult<T>>((resolve) => (stop = () => resolve(over)));
    if (signal.aborted) stop!();
    else signal.addEventListener('abort', stop!, { once: true });
    this.#open += 1;
    let finished = false;
    const finish = (): IteratorResult<T> => {
      if (finished) return over;
      finished = true;
      signal.removeEventListener('abort', stop!);
      // The source's cleanup (unsubscribing from the event store) runs once its pending step settles.
      void Promise.resolve(iterator.return?.()).catch(() => undefined);
      this.#open -= 1;
      if (this.#open === 0) for (const idle of [...this.#idle]) idle();
      return over;
    };
    return {
      next: async () => {
        if (finished) return over;
        try {
          const step = await Promise.race([iterator.next(), ended]);
          return step.done ? finish() : step;
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
