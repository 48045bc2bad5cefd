import { UpstreamCallLimitError } from './errors.ts';
import type { SharedAnswers } from './shared-cache.ts';
import { countBadParts } from './wire.ts';

/** What a shared read gave one request: the answer, and whether this request paid a call for it. */
export interface SharedRead {
  answer: object;
  /** True when the answer came without a call of this request: kept, or joined while in flight. */
  shared: boolean;
}

/**
 * Immutable reads shared by every request of this process. An answer kept in `answers` (this
 * process's memory or Redis) is served without a call, and a read already on its way for another
 * request is joined instead of sent again: a dashboard opened by several people at once pays each
 * track and evaluation once, not once per person. A read that a write invalidates while in flight
 * is not joined afterwards, and its answer is not kept; nor is an answer holding a part that broke
 * the contract.
 */
export class SharedReads {
  readonly #answers: SharedAnswers;
  readonly #inFlight = new Map<string, Promise<object>>();
  readonly #onJoined: () => void;

  /** `onJoined` is told of each read that joins a call in flight (a metric). */
  constructor(answers: SharedAnswers, options: { onJoined?: () => void } = {}) {
    this.#answers = answers;
    this.#onJoined = options.onJoined ?? (() => {});
  }

  /** The answer of `key`: kept, joined, or else from `send` (this request's own, counted call). */
  async read(key: string, send: () => Promise<object>): Promise<SharedRead> {
    const pending = this.#inFlight.get(key);
    if (pending) return this.#join(pending, key, send);
    const kept = await this.#answers.get(key);
    if (kept !== undefined) return { answer: kept, shared: true };
    // Another request may have sent it while this one looked it up.
    const sentMeanwhile = this.#inFlight.get(key);
    if (sentMeanwhile) return this.#join(sentMeanwhile, key, send);
    return { answer: await this.#send(key, send), shared: false };
  }

  /** Forgets `key` after a write changed it: kept or in flight, later reads send anew. */
  async invalidate(key: string): Promise<void> {
    this.#inFlight.delete(key);
    await this.#answers.delete(key);
  }

  async #join(pending: Promise<object>, key: string, send: () => Promise<object>): Promise<SharedRead> {
    this.#onJoined();
    try {
      return { answer: await pending, shared: true };
    } catch (error) {
      // The sender ran out of its own request's calls: that limit is not this request's.
      if (error instanceof UpstreamCallLimitError) return { answer: await this.#send(key, send), shared: false };
      throw error;
    }
  }

  #send(key: string, send: () => Promise<object>): Promise<object> {
    const call: Promise<object> = send().then(async (answer) => {
      // An answer with a part that broke the contract (a garbled figure) is not kept: the next
      // request reads it again, and may get it whole.
      if (this.#inFlight.get(key) === call && countBadParts(answer) === 0) await this.#answers.set(key, answer);
      return answer;
    });
    this.#inFlight.set(key, call);
    const forget = () => {
      if (this.#inFlight.get(key) === call) this.#inFlight.delete(key);
    };
    call.then(forget, forget);
    return call;
  }
}
