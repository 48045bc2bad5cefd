/**
 * Hands memory back to the system once the gateway goes quiet. Under load V8 grows the young
 * generation to its maximum (2 × `--max-semi-space-size`) and leaves the old generation room to
 * grow; it gives those pages back only when its memory reducer finds the process idle, which took
 * 45 to 55 s after the bench's load here: an instance that served a burst held about 300 MiB for a
 * minute. A full collection once no request has started for `quietMs` (and one did since the last
 * collection) has V8 hand them back within seconds.
 *
 * Never during traffic: each request starting puts the collection off, so a loaded gateway never
 * pays for it, and a quiet one pays one collection (tens of milliseconds) per burst. Needs a
 * `collect` function: `gc` when node was started with `--expose-gc`, as `npm start` does.
 */
export class QuietCollection {
  readonly #collect: () => void;
  readonly #quietMs: number;
  readonly #now: () => number;
  readonly #timer: NodeJS.Timeout | undefined;
  #lastRequestAt = Number.NEGATIVE_INFINITY;
  #requestsSinceCollection = false;

  constructor(options: { collect: () => void; quietMs: number; now?: () => number; checkEveryMs?: number }) {
    this.#collect = options.collect;
    this.#quietMs = options.quietMs;
    this.#now = options.now ?? Date.now;
    if (options.checkEveryMs !== undefined) {
      this.#timer = setInterval(() => this.check(), options.checkEveryMs);
      this.#timer.unref();
    }
  }

  requestStarted(): void {
    this.#lastRequestAt = this.#now();
    this.#requestsSinceCollection = true;
  }

  /** Collects if requests came since the last collection and none for `quietMs`; true if it did. */
  check(): boolean {
    if (!this.#requestsSinceCollection || this.#now() - this.#lastRequestAt < this.#quietMs) return false;
    this.#requestsSinceCollection = false;
    this.#collect();
    return true;
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
