/*
 * Memory: heap used after a full GC, before and after N dashboard requests. Every request gets
 * its own loaders; if any outlived its request, the heap would grow by its cached upstream
 * answers (well over the size of the GraphQL answer) per request.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './measure.ts';

export interface GarbageCollector {
  collect: (() => void) | null;
  /** How the collector was obtained, or why there is none. */
  source: string;
}

/** `gc` from --expose-gc when node was started with it, else enabled at run time through V8 flags. */
export function garbageCollector(): GarbageCollector {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') {
    const flag = process.execArgv.includes('--expose-gc') ? '--expose-gc in process.execArgv' : 'global gc present';
    return { collect: exposed, source: flag };
  }
  try {
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as unknown;
    if (typeof collect === 'function') {
      return { collect: collect as () => void, source: '--expose-gc not in process.execArgv; enabled with v8.setFlagsFromString' };
    }
  } catch {
    // falls through: no collector
  }
  return { collect: null, source: 'UNAVAILABLE: heap figures include uncollected garbage' };
}

async function heapUsed(gc: GarbageCollector): Promise<number> {
  await sleep(20);
  if (gc.collect) {
    gc.collect();
    gc.collect();
  }
  return process.memoryUsage().heapUsed;
}

export interface MemoryResult {
  requests: number;
  before: number;
  after: number;
  /** Growth per request of each segment between checkpoints, bytes. */
  segmentGrowth: number[];
  responseBytes: number;
}

/** Runs `request` N times in segments, reading the heap after a GC at each checkpoint. */
export async function memoryBench(
  request: () => Promise<number>,
  gc: GarbageCollector,
  options: { requests: number; segments: number; warmup: number; budgetMs: number },
): Promise<MemoryResult> {
  let responseBytes = 0;
  for (let i = 0; i < options.warmup; i++) responseBytes = await request();
  const perSegment = Math.ceil(options.requests / options.segments);
  const started = performance.now();
  const before = await heapUsed(gc);
  let previous = before;
  let requests = 0;
  const segmentGrowth: number[] = [];
  while (requests < options.requests && performance.now() - started < options.budgetMs) {
    const count = Math.min(perSegment, options.requests - requests);
    for (let i = 0; i < count; i++) await request();
    requests += count;
    const now = await heapUsed(gc);
    segmentGrowth.push((now - previous) / count);
    previous = now;
  }
  return { requests, before, after: previous, segmentGrowth, responseBytes };
}

/**
 * The heap one request's answers occupy while they are kept: `keep()` fetches one request's
 * answers and returns what holds them; `copies` of them are kept alive together and measured.
 */
export async function retainedPerRequest(keep: () => Promise<unknown>, gc: GarbageCollector, copies: number): Promise<number> {
  const kept: unknown[] = [];
  const before = await heapUsed(gc);
  for (let i = 0; i < copies; i++) kept.push(await keep());
  const after = await heapUsed(gc);
  kept.length = 0;
  return (after - before) / copies;
}

export const growthPerRequest = (result: MemoryResult): number => (result.after - result.before) / result.requests;
export const medianSegmentGrowth = (result: MemoryResult): number => median(result.segmentGrowth);
