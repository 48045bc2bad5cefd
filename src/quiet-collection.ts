/** V8's heap, in bytes: what it has committed (getHeapStatistics' total_heap_size) and what is in use. */
export interface HeapSize {
  committed: number;
  used: number;
}

/**
 * Hands memory back to the system once the gateway goes quiet. Under load V8 grows the young
 * generation to its maximum (2 × `--max-semi-space-size`) and leaves the old generation room to
 * grow; it gives those pages back only when its memory reducer finds the process idle, which took
 * 45 to 60 s after the bench's load here: an instance that served a burst held about 300 MiB for a
 * minute. Full collections once no request has started for `quietMs` (after some did) have V8 hand
 * them back within seconds.
 *
 * More than one: what a collection gives back varies with V8's heuristics. Measured after the
 * bench's sequence, the first collection 5 s after the load gave back most, part or little of it
 * (RSS 267 → 129, 312 → 155, 244 → 228, 328 → 251, 335 → 277 MiB in five runs); a second one 5 s
 * later compacted the old generation further (129 → 121, 228 → 180, 251 → 182). The young
 * generation (64 MiB with npm start's flags) is shrunk by a full collection only when V8 finds the
 * allocation rate of the last 5 s low, and its pages are released at the collection after that:
 * with two collections it was often kept until V8's own memory reducer, 45–60 s after the load
 * (in half the runs of the bench's sequence, 185 against 124 MiB). With three, every run measured
 * gave it back (four of four, 116–121 MiB 35 s after the load; a model of it in a bare script, six
 * of six). So each burst is followed by up to `rounds` collections, `quietMs` apart, while no
 * request starts; the gateway counts its start-up as a burst too.
 *
 * Never during traffic: each request starting puts the collections off, so a loaded gateway never
 * pays for them, and a quiet one pays a few (tens of milliseconds each) per burst. Needs a
 * `collect` function: `gc` when node was started with `--expose-gc`, as `npm start` does.
 *
 * Only when there is something to give back: a full collection also throws away optimized code
 * that holds objects which have died (V8 deoptimizes it, "weak objects" in `--trace-deopt`: 440
 * such deoptimizations in a run of four bursts with collections between them, none without), and
 * the traffic after it pays for compiling that code again: the cheap query cost 0.40–0.73 ms of CPU
 * per request in the 2 s after each collection, against 0.14–0.34 without any (bursts 7 s apart). So
 * when `heap` is given, a burst is collected only if V8's heap then holds at least `minSpare` bytes
 * more than the live data the last collection found (what a collection can give back): a light
 * burst that left the young generation small (about 20 MiB above the live data here) keeps its
 * code, while one that grew the young generation to its maximum (64 MiB) is collected as before.
 */
export class QuietCollection {
  readonly #collect: () => void;
  readonly #quietMs: number;
  readonly #now: () => number;
  readonly #rounds: number;
  readonly #heap: (() => HeapSize) | undefined;
  readonly #minSpare: number;
  readonly #timer: NodeJS.Timeout | undefined;
  /** The heap's live data as the last collection left it (none yet: 0, so start-up is collected). */
  #liveAfterCollection = 0;
  /** When the last request started or the last collection ran. */
  #lastAt = Number.NEGATIVE_INFINITY;
  /** Collections still to run after the last burst. */
  #roundsLeft = 0;

  constructor(options: {
    collect: () => void;
    quietMs: number;
    rounds?: number;
    now?: () => number;
    checkEveryMs?: number;
    /** V8's heap now; without it every burst is collected. */
    heap?: () => HeapSize;
    /** How much more than the live data the heap must hold for a burst to be collected, in bytes. */
    minSpare?: number;
  }) {
    this.#collect = options.collect;
    this.#quietMs = options.quietMs;
    this.#rounds = options.rounds ?? 3;
    this.#heap = options.heap;
    this.#minSpare = options.minSpare ?? 0;
    this.#now = options.now ?? Date.now;
    if (options.checkEveryMs !== undefined) {
      this.#timer = setInterval(() => this.check(), options.checkEveryMs);
      this.#timer.unref();
    }
  }

  requestStarted(): void {
    this.#lastAt = this.#now();
    this.#roundsLeft = this.#rounds;
  }

  /**
   * Collects if a burst's collections are not all done and neither a request nor a collection
   * came for `quietMs` (and, for the first of a burst's, when `heap` is given, there is at least
   * `minSpare` to give back); true if it did.
   */
  check(): boolean {
    if (this.#roundsLeft === 0 || this.#now() - this.#lastAt < this.#quietMs) return false;
    if (this.#roundsLeft === this.#rounds && this.#heap && this.#heap().committed - this.#liveAfterCollection < this.#minSpare) {
      // A light burst: left to V8, its optimized code kept.
      this.#roundsLeft = 0;
      return false;
    }
    this.#roundsLeft--;
    this.#lastAt = this.#now();
    this.#collect();
    if (this.#heap) this.#liveAfterCollection = this.#heap().used;
    return true;
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
