/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the world generator needs.
 * Every stream is a pure function of its seed, so a world built from the same seed is identical.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream derived from this generator's seed and a label, without consuming this one. */
  static derive(seed: number, ...labels: (string | number)[]): Random {
    return new Random(hashLabels(seed, labels));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return itemAt(items, Math.floor(this.next() * items.length));
  }

  /** Picks an item with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let remaining = this.next() * total;
    for (const [item, weight] of entries) {
      remaining -= weight;
      if (remaining < 0) return item;
    }
    return itemAt(entries, entries.length - 1)[0];
  }

  /** A new array with the items in random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = itemAt(copy, i);
      copy[i] = itemAt(copy, j);
      copy[j] = swap;
    }
    return copy;
  }

  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += String(Math.floor(this.next() * 10));
    return text;
  }

  /** A string of `count` characters drawn from `alphabet`. */
  chars(alphabet: string, count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += alphabet.charAt(Math.floor(this.next() * alphabet.length));
    return text;
  }
}

/** Indexes an array where the index is known to be in range; throws instead of yielding undefined. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} out of range 0..${items.length - 1}`);
  return item;
}

function hashLabels(seed: number, labels: readonly (string | number)[]): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (const label of labels) {
    const text = `${label}\u0000`;
    for (let i = 0; i < text.length; i++) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    }
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  }
  return hash;
}
