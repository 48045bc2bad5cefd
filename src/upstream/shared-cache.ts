import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { wireLengthOf } from './client.ts';
import { countBadParts } from './wire.ts';

type MaybePromise<T> = T | Promise<T>;

/** Observes lookups and evictions of shared answers (metrics). */
export interface SharedAnswersObserver {
  lookup?(result: 'hit' | 'miss'): void;
  evicted?(reason: 'evict' | 'expire'): void;
}

/**
 * Answers shared by every request (and, with Redis, by every instance): immutable reads and the
 * catalog. Keys are the loader's (service, data) keys; entries live at most their TTL, so a
 * deletion made elsewhere (the vendor's app, another instance without Redis) shows after it.
 */
export interface SharedAnswers {
  get(key: string): MaybePromise<object | undefined>;
  /** `ttlMs` overrides the store's own TTL (the catalog's is CATALOG_TTL_SECONDS). */
  set(key: string, answer: object, ttlMs?: number): MaybePromise<void>;
  delete(key: string): MaybePromise<void>;
  clear(): MaybePromise<void>;
  /**
   * How long the answer under `key` stays fresh, in ms; undefined when none is kept. A reader that
   * keeps an answer it read (the catalog index) keeps it no longer than the store would have.
   */
  remainingTtl?(key: string): MaybePromise<number | undefined>;
}

/**
 * Whose answers a store outside this process keeps (Redis, the SQLite file): a short hash of the
 * iauto360 account (openId), so instances of different accounts never read each other's.
 */
export function accountOf(openId: string): string {
  return createHash('sha256').update(openId).digest('hex').slice(0, 12);
}

/**
 * An answer as the JSON text a store outside this process keeps, or undefined when it must not be
 * kept there: a part that broke the contract is held as a BadPart, which JSON would bring back as
 * a plain object, read later as a well-formed record. Such an answer is read (and that part
 * failed) again by whoever needs it.
 */
export function answerAsJson(answer: object): string | undefined {
  return countBadParts(answer) > 0 ? undefined : JSON.stringify(answer);
}

/** Shared answers in this process's memory, bounded: the least recently used leave first. */
export class SharedResponseCache implements SharedAnswers {
  readonly #answers: LRUCache<string, object>;
  readonly #observer: SharedAnswersObserver;

  constructor(options: { maxBytes: number; ttlMs: number; observer?: SharedAnswersObserver; now?: () => number }) {
    this.#observer = options.observer ?? {};
    this.#answers = new LRUCache<string, object>({
      maxSize: Math.max(1, options.maxBytes),
      // A parsed answer takes roughly three times its JSON text in V8; estimated once, on insert,
      // from the text it came in when the client kept its length.
      sizeCalculation: (answer) => 3 * (wireLengthOf(answer) ?? JSON.stringify(answer).length) + 64,
      ttl: options.ttlMs,
      ttlAutopurge: false,
      ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
      dispose: (_answer, _key, reason) => {
        if (reason === 'evict' || reason === 'expire') this.#observer.evicted?.(reason);
      },
    });
  }

  get(key: string): object | undefined {
    const answer = this.#answers.get(key);
    this.#observer.lookup?.(answer === undefined ? 'miss' : 'hit');
    return answer;
  }

  set(key: string, answer: object, ttlMs?: number): void {
    this.#answers.set(key, answer, ttlMs === undefined ? undefined : { ttl: ttlMs });
  }

  delete(key: string): void {
    this.#answers.delete(key);
  }

  clear(): void {
    this.#answers.clear();
  }

  /** Answers held now. */
  get size(): number {
    return this.#answers.size;
  }

  /** Approximate bytes held now. */
  get bytes(): number {
    return this.#answers.calculatedSize;
  }
}
