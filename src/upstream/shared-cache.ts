import { LRUCache } from 'lru-cache';

/**
 * Answers of immutable reads (see `immutable` in the service table), shared by every request
 * and bounded in memory: the least recently used answers leave first. Keys are the loader's
 * (service, data) keys.
 */
export class SharedResponseCache {
  readonly #answers: LRUCache<string, object>;

  constructor(options: { maxBytes: number }) {
    this.#answers = new LRUCache<string, object>({
      maxSize: Math.max(1, options.maxBytes),
      // A parsed answer takes roughly three times its JSON text in V8; estimated once, on insert.
      sizeCalculation: (answer) => 3 * JSON.stringify(answer).length + 64,
    });
  }

  get(key: string): object | undefined {
    return this.#answers.get(key);
  }

  set(key: string, answer: object): void {
    this.#answers.set(key, answer);
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
