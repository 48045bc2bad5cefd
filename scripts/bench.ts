/*
 * npm run bench: what the gateway buys, measured side by side on loopback (simulator, client and
 * gateway in this process, as in the tests). The machine is shared and noisy, so the variants of
 * each part run interleaved, round after round; read the RATIO columns, not the absolute figures.
 *
 * 1. Fleet dashboard (the query of test/dedupe.test.ts: 10 vehicles plus a pinned one, with
 *    aliases and fragments repeating fields), simulator latency 15–25 ms, catalog warmed first:
 *    one GraphQL request (first time, with the shared cache of finished trips emptied, and the
 *    same request again) vs the same data fetched by hand, one client call per field occurrence,
 *    all at once with Promise.all. Upstream calls (simulator stats) and median wall time.
 * 2. Answer parsing: parseJsonLossless's fast path (JSON.parse) vs its lossless path on the same
 *    real 1012 page and a large 1013 track. Median ops/s and the fast/lossless ratio; JSON.parse
 *    alone runs alongside, its ratio to the fast path is the cost of the scan that picks the path.
 * 3. Memory: heap used after a full GC before and after N dashboard requests, per request, next to
 *    what one request's loader cache holds (measured by keeping a few); a growth ratio near zero
 *    means no request's loaders outlive it.
 */
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { IautoClient } from '../src/upstream/client.ts';
import { type Stack, startStack } from '../test/helpers/stack.ts';
import { byHand, dashboardOf, pagesWithLongIds, rememberingClient, viaGateway } from './bench/dashboard.ts';
import { formatCount, formatKiB, formatMiB, formatMs, formatPercent, formatRatio, formatSpread, interleave, median, quantile, table, timed } from './bench/measure.ts';
import { garbageCollector, growthPerRequest, medianSegmentGrowth, memoryBench, retainedPerRequest } from './bench/memory.ts';
import { parsingBench, ratioOf, scanCostOf } from './bench/parsing.ts';

const DASHBOARD = { rounds: 15, warmup: 2, budgetMs: 35_000, latencyMs: 15, jitterMs: 10 };
const PARSING = { rounds: 7, sliceMs: 150, budgetMs: 12_000 };
const MEMORY = { requests: 200, segments: 4, warmup: 30, budgetMs: 40_000, leakCopies: 5 };
const DEADLINE_MS = 150_000;

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${DEADLINE_MS / 1000} s; stopping`);
  process.exit(2);
}, DEADLINE_MS);
watchdog.unref();

const serviceList = (calls: Record<string, number>) =>
  Object.entries(calls)
    .map(([service, count]) => `${service}×${count}`)
    .join(' ');

async function dashboardPart(stack: Stack, handClient: IautoClient): Promise<void> {
  const { simulator } = stack;
  const dashboard = dashboardOf(simulator.world);

  simulator.resetStats();
  await viaGateway(stack, dashboard);
  const catalogWarmup = Object.entries(simulator.stats().calls).filter(([service]) => service.startsWith('4'));
  simulator.setFaults({ latencyMs: DASHBOARD.latencyMs, jitterMs: DASHBOARD.jitterMs });

  const measured = (run: () => Promise<unknown>) => async () => {
    simulator.resetStats();
    const wallMs = await timed(run);
    return { wallMs, ...simulator.stats() };
  };
  const variants = {
    // The shared cache of finished trips' tracks and evaluations emptied: a first request.
    gateway: measured(() => {
      stack.sharedCache?.clear();
      return viaGateway(stack, dashboard);
    }),
    byHand: measured(() => byHand(handClient, dashboard)),
    // Right after `gateway` in each round, so the finished trips are shared: a repeated request.
    gatewayRepeat: measured(() => viaGateway(stack, dashboard)),
  };
  await interleave(variants, { rounds: DASHBOARD.warmup, budgetMs: Number.POSITIVE_INFINITY });
  const { samples, rounds } = await interleave(variants, { rounds: DASHBOARD.rounds, budgetMs: DASHBOARD.budgetMs });
  simulator.setFaults({ latencyMs: 0, jitterMs: 0 });

  const wall = (name: keyof typeof samples) => samples[name].map((sample) => sample.wallMs);
  const calls = (name: keyof typeof samples) => median(samples[name].map((sample) => sample.total));
  const callsVary = (name: keyof typeof samples) => new Set(samples[name].map((sample) => sample.total)).size > 1;
  const pairedRatios = samples.gateway.map((sample, round) => samples.byHand[round]!.wallMs / sample.wallMs);

  console.log(
    `\n1. Fleet dashboard: ${dashboard.esns.length} vehicles + 1 pinned, trips of the last 30 days; simulator latency ` +
      `${DASHBOARD.latencyMs}–${DASHBOARD.latencyMs + DASHBOARD.jitterMs} ms per call; ${rounds} interleaved rounds after ${DASHBOARD.warmup} warm-up rounds`,
  );
  console.log(
    `   shared catalog warmed first by one dashboard request (${serviceList(Object.fromEntries(catalogWarmup)) || 'no catalog call'}); ` +
      'the by-hand side is granted a cached catalog too',
  );
  console.log(
    table([
      ['variant', 'upstream calls', 'wall time (median)', 'wall p25–p75'],
      ['gateway: one GraphQL request, first time', formatCount(calls('gateway')), formatMs(median(wall('gateway'))), formatSpread(wall('gateway'), formatMs)],
      ['gateway: the same request again', formatCount(calls('gatewayRepeat')), formatMs(median(wall('gatewayRepeat'))), formatSpread(wall('gatewayRepeat'), formatMs)],
      ['by hand: a call per field occurrence, Promise.all', formatCount(calls('byHand')), formatMs(median(wall('byHand'))), formatSpread(wall('byHand'), formatMs)],
      ['ratio by hand / gateway first time', formatRatio(calls('byHand') / calls('gateway')), formatRatio(median(wall('byHand')) / median(wall('gateway'))), ''],
      ['ratio by hand / gateway again', formatRatio(calls('byHand') / calls('gatewayRepeat')), formatRatio(median(wall('byHand')) / median(wall('gatewayRepeat'))), ''],
    ]),
  );
  console.log(
    `   per-round wall ratio: median ${formatRatio(median(pairedRatios))}, range ${formatRatio(Math.min(...pairedRatios))}–${formatRatio(Math.max(...pairedRatios))}` +
      (callsVary('gateway') || callsVary('byHand') || callsVary('gatewayRepeat') ? '; NOTE: call counts varied between rounds' : '; call counts identical in every round'),
  );
  console.log(`   gateway calls: ${serviceList(samples.gateway[0]!.calls)}`);
  console.log(`   gateway calls again: ${serviceList(samples.gatewayRepeat[0]!.calls)} (finished trips' tracks and evaluations are shared across requests)`);
  console.log(`   by hand calls: ${serviceList(samples.byHand[0]!.calls)}`);
  console.log(`   (${pagesWithLongIds(simulator.world, dashboard)} of the ${dashboard.esns.length} vehicles' first trip pages hold a ≥16-digit trip id and take the lossless parse path)`);
}

async function parsingPart(stack: Stack): Promise<void> {
  const results = await parsingBench(stack.simulator, dashboardOf(stack.simulator.world), PARSING);
  console.log(`\n2. Answer parsing with parseJsonLossless, real simulator bodies; ${results[0]?.rounds ?? 0} interleaved rounds of ${PARSING.sliceMs} ms slices per variant`);
  console.log('   lossless path forced by prepending one 17-digit id field to the same body; both paths checked to give the same value');
  console.log('   the client pays the scan only on 1012/1014 answers (the services with long ids); every other answer, tracks included, is plain JSON.parse');
  console.log(
    table([
      ['body', 'size', 'fast path ops/s', 'lossless path ops/s', 'fast / lossless', 'JSON.parse alone / fast path'],
      ...results.map((result) => [
        result.body,
        formatKiB(result.bytes),
        formatCount(median(result.fast)),
        formatCount(median(result.lossless)),
        formatRatio(ratioOf(result)),
        formatRatio(scanCostOf(result)),
      ]),
    ]),
  );
  const spread = (values: number[]) => `${formatCount(quantile(values, 0.25))}–${formatCount(quantile(values, 0.75))}`;
  for (const result of results) {
    console.log(`   ${result.body} p25–p75 ops/s: fast ${spread(result.fast)}, lossless ${spread(result.lossless)}, JSON.parse alone ${spread(result.plain)}`);
  }
}

async function memoryPart(stack: Stack): Promise<void> {
  const gc = garbageCollector();
  const dashboard = dashboardOf(stack.simulator.world);
  const result = await memoryBench(() => viaGateway(stack, dashboard), gc, MEMORY);
  let distinctAnswers = 0;
  const leaked = await retainedPerRequest(
    async () => {
      const remembering = rememberingClient(stack.client);
      await byHand(remembering.client, dashboard);
      await Promise.all(remembering.answers.values());
      distinctAnswers = remembering.answers.size;
      return remembering.answers;
    },
    gc,
    MEMORY.leakCopies,
  );
  const growth = growthPerRequest(result);
  console.log(`\n3. Memory over ${result.requests} dashboard requests after ${MEMORY.warmup} warm-up requests (simulator latency 0; gc: ${gc.source})`);
  console.log(
    table([
      ['heap used before', 'heap used after', 'growth / request', 'median of segments', 'a leaked request would hold', 'growth / leaked request'],
      [
        formatMiB(result.before),
        formatMiB(result.after),
        formatKiB(growth),
        formatKiB(medianSegmentGrowth(result)),
        formatKiB(leaked),
        formatPercent(growth / leaked),
      ],
    ]),
  );
  console.log(`   growth per request in each of ${result.segmentGrowth.length} segments: ${result.segmentGrowth.map((bytes) => formatKiB(bytes)).join(', ')}`);
  console.log(
    `   "a leaked request would hold": heap kept by the ${distinctAnswers} distinct upstream answers of one dashboard (what its loader caches), ` +
      `measured by keeping ${MEMORY.leakCopies} copies; GraphQL answer ${formatKiB(result.responseBytes)}`,
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `iauto-graph bench · node ${process.version} · ${cpus().length} CPUs · load ${loadavg()[0]!.toFixed(2)} · ` +
      'medians of interleaved rounds; compare the ratios, not the absolute figures',
  );
  const stack = await startStack();
  const handClient = new IautoClient({ baseUrl: stack.simulator.baseUrl, openId: stack.simulator.openId, secureCode: stack.simulator.secureCode, retryDelayMs: 5 });
  try {
    await dashboardPart(stack, handClient);
    await parsingPart(stack);
    // The parsing loops hold the event loop for seconds: let the keep-alive timers that expired
    // meanwhile close their idle sockets before the next request could pick one up (ECONNRESET).
    await sleep(250);
    await memoryPart(stack);
  } finally {
    await handClient.close();
    await stack.close();
  }
  console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(1)} s · load ${loadavg()[0]!.toFixed(2)}`);
}

await main();
