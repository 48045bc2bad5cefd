/*
 * npm run bench [-- PART ...]: what the gateway costs and buys, measured side by side on loopback.
 * The machine is shared and noisy: variants run interleaved, round after round; read the RATIOS,
 * not the absolute figures. Parts (all by default, in this order):
 *
 *   side-by-side  iauto-graph against the peer a user would write instead (Apollo Server 5 +
 *                 RESTDataSource + per-request DataLoader, scripts/bench/peers/apollo.ts) and a bare
 *                 floor (node:http + undici making only the needed calls, scripts/bench/peers/bare.ts),
 *                 each in its own process, against a simulator process, loaded from another process:
 *                 the 10-vehicle dashboard of test/dedupe.test.ts at 0 and 20 ms upstream latency,
 *                 the cheap query, idle and loaded RSS, the 100-vehicle fleet at 50 ms. Written to
 *                 bench-results/latest.json and compared with the previous run.
 *   parsing       parseJsonLossless's fast path (JSON.parse) against its lossless path on real bodies.
 *   memory        heap per dashboard request in one process: no request's loaders outlive it.
 *
 * Other benchmarks have their own npm scripts and may be listed in PARTS to run here too.
 * BENCH_ROUNDS, BENCH_LOAD_MS and BENCH_WARMUP_MS shorten or lengthen the side-by-side part.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { byHand, dashboardOf, rememberingClient, viaGateway } from './bench/dashboard.ts';
import { type LocalStack, startLocalStack } from './bench/local-stack.ts';
import { formatCount, formatKiB, formatMiB, formatPercent, formatRatio, median, quantile, table } from './bench/measure.ts';
import { garbageCollector, growthPerRequest, medianSegmentGrowth, memoryBench, retainedPerRequest } from './bench/memory.ts';
import { parsingBench, ratioOf, scanCostOf } from './bench/parsing.ts';
import { printComparison, printSideBySide, recordRun, summarise } from './bench/report.ts';
import { sideBySide } from './bench/side-by-side.ts';

const SIDE_BY_SIDE = {
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  loadMs: Number(process.env.BENCH_LOAD_MS ?? 3_000),
  warmupMs: Number(process.env.BENCH_WARMUP_MS ?? 3_000),
  connections: 8,
  slowLatencyMs: 20,
  fleetSize: 100,
  fleetLatencyMs: 50,
};
const PARSING = { rounds: 7, sliceMs: 150, budgetMs: 12_000 };
const MEMORY = { requests: 200, segments: 4, warmup: 30, budgetMs: 40_000, leakCopies: 5 };
const DEADLINE_MS = 600_000;
const RESULTS_DIRECTORY = fileURLToPath(new URL('../bench-results', import.meta.url));

const log = (line: string) => console.log(line);

async function sideBySidePart(): Promise<void> {
  log('\n1. Side by side: iauto-graph, Apollo Server 5 + RESTDataSource + DataLoader, bare node:http + undici; separate processes');
  const result = await sideBySide(SIDE_BY_SIDE, log);
  const summary = summarise(result);
  printSideBySide(result, summary, log);
  if (summary.failedPeers.length > 0) {
    console.error(`bench: side by side FAILED: ${summary.failedPeers.join(' and ')} did not answer as iauto-graph did (see above)`);
    process.exitCode = 1;
  }
  const previous = recordRun(
    { date: new Date().toISOString(), node: process.version, cpus: cpus().length, load: loadavg()[0], summary, result },
    RESULTS_DIRECTORY,
  );
  if (previous) {
    log('\n   against the previous run (bench-results/previous.json):');
    printComparison(summary, previous, log);
  }
}

async function parsingPart(stack: LocalStack): Promise<void> {
  const results = await parsingBench(stack.simulator, dashboardOf(stack.simulator.world), PARSING);
  log(`\n2. Answer parsing with parseJsonLossless, real simulator bodies; ${results[0]?.rounds ?? 0} interleaved rounds of ${PARSING.sliceMs} ms slices per variant`);
  log('   lossless path forced by prepending one 17-digit id field to the same body; both paths checked to give the same value');
  log('   the client pays the scan only on 1012/1014 answers (the services with long ids); every other answer, tracks included, is plain JSON.parse');
  log(
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
    log(`   ${result.body} p25–p75 ops/s: fast ${spread(result.fast)}, lossless ${spread(result.lossless)}, JSON.parse alone ${spread(result.plain)}`);
  }
}

async function memoryPart(stack: LocalStack): Promise<void> {
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
  log(`\n3. Memory over ${result.requests} dashboard requests after ${MEMORY.warmup} warm-up requests, gateway in this process (simulator latency 0; gc: ${gc.source})`);
  log(
    table([
      ['heap used before', 'heap used after', 'growth / request', 'median of segments', 'a leaked request would hold', 'growth / leaked request'],
      [formatMiB(result.before), formatMiB(result.after), formatKiB(growth), formatKiB(medianSegmentGrowth(result)), formatKiB(leaked), formatPercent(growth / leaked)],
    ]),
  );
  log(`   growth per request in each of ${result.segmentGrowth.length} segments: ${result.segmentGrowth.map((bytes) => formatKiB(bytes)).join(', ')}`);
  log(
    `   "a leaked request would hold": heap kept by the ${distinctAnswers} distinct upstream answers of one dashboard (what its loader caches), ` +
      `measured by keeping ${MEMORY.leakCopies} copies; GraphQL answer ${formatKiB(result.responseBytes)}`,
  );
}

/** In-process parts share one local stack. */
async function withLocalStack(run: (stack: LocalStack) => Promise<void>): Promise<void> {
  const stack = await startLocalStack();
  try {
    await run(stack);
  } finally {
    await stack.close();
  }
}

/** A benchmark with its own script (and npm entry), run in a process of its own so its servers and heap stay apart. */
async function ownScript(path: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(path, import.meta.url))], { stdio: 'inherit' });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${path} exited with ${code}`);
}

const PARTS: Record<string, () => Promise<void>> = {
  'side-by-side': sideBySidePart,
  parsing: () => withLocalStack(parsingPart),
  memory: () =>
    withLocalStack(async (stack) => {
      // A pause after the previous part, so that keep-alive sockets its busy loops left to expire are closed first.
      await sleep(250);
      await memoryPart(stack);
    }),
  // Webhook ingest (SQLite and Redis) and fan-out to 100 subscribers: npm run bench:events alone.
  events: async () => {
    log('\n## Vehicle events');
    await ownScript('./bench/events.ts');
  },
};

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !(name in PARTS));
  if (unknown.length > 0) throw new Error(`unknown bench part ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`);
  const watchdog = setTimeout(() => {
    console.error(`bench: still running after ${DEADLINE_MS / 1000} s; stopping`);
    process.exit(2);
  }, DEADLINE_MS);
  watchdog.unref();

  const started = performance.now();
  log(
    `iauto-graph bench · node ${process.version} · ${cpus().length} CPUs · load ${loadavg()[0]!.toFixed(2)} · ` +
      'medians of interleaved rounds; compare the ratios, not the absolute figures',
  );
  for (const name of requested.length > 0 ? requested : Object.keys(PARTS)) await PARTS[name]!();
  log(`\ndone in ${((performance.now() - started) / 1000).toFixed(1)} s · load ${loadavg()[0]!.toFixed(2)}`);
}

await main();
