import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QuietCollection } from '../src/quiet-collection.ts';
import { postGraphQL } from './helpers/stack.ts';
import { subscribe } from './helpers/subscriptions.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * QuietCollection: full collections (three, a quiet period apart) once the gateway has started no
 * request for a while after start-up or after some did (npm start passes --expose-gc's gc), never while requests
 * keep coming, and only when V8's heap holds enough more than its live data to be worth giving back.
 */

describe('QuietCollection', () => {
  it('collects `rounds` times per burst, quietMs apart, only once no request has started for quietMs', () => {
    let now = 0;
    let collections = 0;
    const quiet = new QuietCollection({ collect: () => collections++, quietMs: 5_000, rounds: 2, now: () => now });
    // Nothing served yet: nothing to hand back.
    now = 60_000;
    expect(quiet.check()).toBe(false);
    quiet.requestStarted();
    now += 4_999;
    expect(quiet.check()).toBe(false);
    now += 1;
    expect(quiet.check()).toBe(true);
    expect(collections).toBe(1);
    // The second round waits quietMs after the first.
    now += 4_999;
    expect(quiet.check()).toBe(false);
    now += 1;
    expect(quiet.check()).toBe(true);
    expect(collections).toBe(2);
    // Then nothing until another burst.
    now += 60_000;
    expect(quiet.check()).toBe(false);
    // Requests every second for a minute: never collected while they come...
    for (let second = 0; second < 60; second++) {
      quiet.requestStarted();
      now += 1_000;
      expect(quiet.check()).toBe(false);
    }
    // ...twice after.
    now += 4_000;
    expect(quiet.check()).toBe(true);
    now += 5_000;
    expect(quiet.check()).toBe(true);
    now += 5_000;
    expect(quiet.check()).toBe(false);
    expect(collections).toBe(4);
  });

  it('starts the rounds again when a request comes between them', () => {
    let now = 0;
    let collections = 0;
    const quiet = new QuietCollection({ collect: () => collections++, quietMs: 5_000, rounds: 2, now: () => now });
    quiet.requestStarted();
    now += 5_000;
    expect(quiet.check()).toBe(true);
    now += 2_000;
    quiet.requestStarted();
    // Not 5 s after the first collection: 5 s after the request.
    now += 3_000;
    expect(quiet.check()).toBe(false);
    now += 2_000;
    expect(quiet.check()).toBe(true);
    now += 5_000;
    expect(quiet.check()).toBe(true);
    now += 5_000;
    expect(quiet.check()).toBe(false);
    expect(collections).toBe(3);
  });
  it('leaves a burst to V8 when the heap holds less than minSpare more than the live data the last collection found', () => {
    const MiB = 2 ** 20;
    let now = 0;
    // What V8 has committed, and what is in use (all live right after a collection).
    let committed = 60 * MiB;
    let used = 50 * MiB;
    let live = 30 * MiB;
    let collections = 0;
    const collect = () => {
      collections++;
      used = live;
    };
    const quiet = new QuietCollection({ collect, quietMs: 5_000, rounds: 2, now: () => now, heap: () => ({ committed, used }), minSpare: 32 * MiB });
    const burst = (grownBy: number) => {
      committed += grownBy * MiB;
      used += grownBy * MiB;
      quiet.requestStarted();
      const before = collections;
      for (let second = 0; second < 30; second++) {
        now += 1_000;
        quiet.check();
      }
      return collections - before;
    };
    // Start-up: no collection has found the live data yet, so all 60 MiB count.
    expect(burst(0)).toBe(2);
    // 60 committed, 30 live: a collection could give back 30 MiB at most. Left to V8.
    expect(burst(0)).toBe(0);
    // The young generation grown by 40 MiB: 70 MiB to give back. Both rounds run.
    expect(burst(40)).toBe(2);
    // They gave it back; a light burst is left again.
    committed = 45 * MiB;
    expect(burst(10)).toBe(0);
    // Live data that grew (a cache filled) is not counted as something to give back: once a
    // collection has found 60 MiB live, 80 committed is 20 to give back.
    live = 60 * MiB;
    expect(burst(30)).toBe(2);
    committed = 80 * MiB;
    expect(burst(0)).toBe(0);
    expect(collections).toBe(6);
  });
});

describe('the gateway with a collector', () => {
  let collections = 0;
  // Every burst collected, however little it grew the heap (the default needs 32 MiB).
  const stack = useStack({ collectGarbage: () => collections++, quietCollectionMs: 800, quietCollectionMinSpare: 0 });
  const settled = () => new Promise((resolve) => setTimeout(resolve, 2_000));

  it('collects three times once quiet after start-up, after a request over HTTP and after an operation over WebSocket, and not while requests keep coming', async () => {
    // Start-up is a burst of its own (module loading, schema building).
    await expect.poll(() => collections, { timeout: 6_000, interval: 50 }).toBe(3);
    await settled();
    const before = collections;
    expect(before).toBe(3);
    await postGraphQL(stack.url, '{ __typename }');
    await expect.poll(() => collections, { timeout: 6_000, interval: 50 }).toBe(before + 3);
    // Probes (an orchestrator's /health and /ready, a scrape) are no traffic to collect after.
    const base = stack.url.replace(/\/graphql$/, '');
    for (const path of ['/health', '/ready', '/metrics']) expect((await fetch(base + path)).status, path).toBe(200);
    await settled();
    expect(collections).toBe(before + 3);

    // A request every 100 ms for 2.5 s: the collector (checking every second) never finds it quiet.
    for (let started = performance.now(); performance.now() - started < 2_500; ) {
      await postGraphQL(stack.url, '{ __typename }');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(collections).toBe(before + 3);
    await expect.poll(() => collections, { timeout: 6_000, interval: 50 }).toBe(before + 6);

    const operation = subscribe('websocket', stack.url, parse('{ __typename }'), {});
    await operation.waitFor(1);
    await operation.close();
    await expect.poll(() => collections, { timeout: 6_000, interval: 50 }).toBe(before + 9);
  });
});

describe('the gateway with a collector and less spare heap than its threshold', () => {
  let collections = 0;
  // More spare heap than V8 will ever hold in this process: no burst is collected, not even start-up.
  const stack = useStack({ collectGarbage: () => collections++, quietCollectionMs: 300, quietCollectionMinSpare: 2 ** 40 });

  it('collects after no burst, and keeps serving', async () => {
    const { result } = await postGraphQL(stack.url, '{ __typename }');
    expect(result.data).toEqual({ __typename: 'Query' });
    // Three quiet periods and their checks (every second) go by.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(collections).toBe(0);
  });
});
