/*
 * Measurement helpers: variants run interleaved, round after round, so that the noise of a
 * shared machine falls on every variant alike; figures are medians and ratios between them.
 */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)]!;
  const above = sorted[Math.ceil(position)]!;
  return below + (above - below) * (position - Math.floor(position));
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export interface InterleaveOptions {
  /** Rounds to run at most; each round runs every variant once. */
  rounds: number;
  /** No new round starts after this many ms, once `minRounds` are done. */
  budgetMs: number;
  minRounds?: number;
}

/**
 * Runs each variant once per round, reversing the order every other round so neither variant
 * always runs first (warm caches, GC debt). Returns every sample per variant.
 */
export async function interleave<K extends string, T>(
  variants: Record<K, () => Promise<T>>,
  options: InterleaveOptions,
): Promise<{ samples: Record<K, T[]>; rounds: number }> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>;
  const started = performance.now();
  let rounds = 0;
  while (rounds < options.rounds && (rounds < (options.minRounds ?? 3) || performance.now() - started < options.budgetMs)) {
    const order = rounds % 2 === 0 ? names : [...names].reverse();
    for (const name of order) samples[name].push(await variants[name]());
    rounds++;
  }
  return { samples, rounds };
}

/** Holds the last result of `opsPerSecond`, so that no call can be optimised away. */
export let sink: unknown;

/** Calls `operation` in a loop for about `sliceMs` and returns the rate in operations per second. */
export function opsPerSecond(operation: () => unknown, sliceMs: number): number {
  const started = performance.now();
  let elapsed = 0;
  let operations = 0;
  do {
    for (let i = 0; i < 16; i++) sink = operation();
    operations += 16;
    elapsed = performance.now() - started;
  } while (elapsed < sliceMs);
  return operations / (elapsed / 1000);
}

export async function timed(operation: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await operation();
  return performance.now() - started;
}

export const formatCount = (value: number): string => Math.round(value).toLocaleString('en-US');
export const formatMs = (value: number): string => `${value.toFixed(1)} ms`;
/** A ratio as `1.23×`; `–` when there is none (0 ÷ 0: neither side made an upstream call). */
export const formatRatio = (value: number): string => (Number.isFinite(value) ? `${value >= 10 ? value.toFixed(1) : value.toFixed(2)}×` : '–');
export const formatKiB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const formatMiB = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(2)} MiB`;
export const formatPercent = (fraction: number): string => `${(fraction * 100).toFixed(2)} %`;
export const formatSpread = (values: readonly number[], format: (value: number) => string): string =>
  `${format(quantile(values, 0.25))}–${format(quantile(values, 0.75))}`;

/** Aligns rows into columns: the first column to the left, the others to the right. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) => indent + row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   '))
    .join('\n');
}
