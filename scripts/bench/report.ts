/*
 * Tables, targets and the JSON record of the side-by-side part of `npm run bench`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { formatMiB, formatMs, formatRatio, median, table } from './measure.ts';
import { COMPARED_DOCUMENTS, CONTENDERS, type ContenderName, PEERS, type Peer } from './contenders.ts';
import { IDLE_SETTLE_MS, type LoadFigures, type RoundFigures, type SideBySideResult } from './side-by-side.ts';

type Workload = 'dashboard' | 'dashboardSlow' | 'cheap';

interface Spread {
  min: number;
  median: number;
}

export interface Summary {
  medians: Record<ContenderName, Record<string, number>>;
  /** iauto-graph's figure divided by the peer's, per round; min and median over rounds. */
  ratios: Record<Peer, Record<string, Spread>>;
  targets: Array<{ target: string; measured: string; met: boolean }>;
  /** Peers whose answers differed from iauto-graph's (see failedComparisons). */
  failedPeers: Peer[];
}

/** Where a peer's answers differ from iauto-graph's: its comparison has failed, its ratios are not like for like. */
export function failedComparisons(result: SideBySideResult): Array<{ peer: Peer; document: string; difference: string }> {
  return PEERS.flatMap((peer) =>
    COMPARED_DOCUMENTS.flatMap((document) => {
      const difference = result.answerDifferences[peer][document];
      return difference === null ? [] : [{ peer, document, difference }];
    }),
  );
}

const perRound = (result: SideBySideResult, name: ContenderName, pick: (round: RoundFigures) => number) => result.rounds.map((round) => pick(round[name]));
const spread = (values: number[]): Spread => ({ min: Math.min(...values), median: median(values) });
const ratioLabel = (summary: Summary, peer: Peer) =>
  `iauto-graph ÷ ${peer} (min / median)${summary.failedPeers.includes(peer) ? ', ANSWERS DIFFER' : ''}`;
const formatSpreadRatio = (value: Spread) => `${formatRatio(value.min)} / ${formatRatio(value.median)}`;

const metrics: Record<string, (round: RoundFigures) => number> = {
  startRss: (round) => round.startRss,
  idleRss: (round) => round.idleRss,
  loadedRss: (round) => round.loadedRss,
  loadedOverIdle: (round) => round.loadedRss / round.idleRss,
  settledRss: (round) => round.settledRss,
  settledOverIdle: (round) => round.settledRss / round.idleRss,
  coldCalls: (round) => round.coldCalls,
  warmCalls: (round) => round.warmCalls,
  fleetColdMs: (round) => round.fleetColdMs,
  fleetWarmMs: (round) => round.fleetWarmMs,
  fleetColdCalls: (round) => round.fleetColdCalls,
};
for (const workload of ['dashboard', 'dashboardSlow', 'cheap'] as const) {
  for (const figure of ['requestsPerSecond', 'medianMs', 'p99Ms', 'cpuMsPerRequest', 'upstreamCallsPerRequest'] as const) {
    metrics[`${workload}.${figure}`] = (round) => round[workload][figure];
  }
}

export function summarise(result: SideBySideResult): Summary {
  const medians = Object.fromEntries(
    CONTENDERS.map((name) => [name, Object.fromEntries(Object.entries(metrics).map(([key, pick]) => [key, median(perRound(result, name, pick))]))]),
  ) as Summary['medians'];
  const ratios = Object.fromEntries(
    PEERS.map((peer) => [
      peer,
      Object.fromEntries(
        Object.entries(metrics).map(([key, pick]) => [key, spread(result.rounds.map((round) => pick(round['iauto-graph']) / pick(round[peer])))]),
      ),
    ]),
  ) as Summary['ratios'];

  const ours = medians['iauto-graph'];
  const failed = new Set(failedComparisons(result).map((failure) => failure.peer));
  const against = (peer: Peer, measured: string, met: boolean) =>
    failed.has(peer) ? { measured: `${measured} (${peer}'s answers differ)`, met: false } : { measured, met };
  const criticalPathMs = result.fleetCriticalPathCalls * result.options.fleetLatencyMs;
  const targets = [
    {
      target: `dashboard at ${result.options.slowLatencyMs} ms: req/s ≥ 0.9× bare (same pool of ${result.maxConnections})`,
      ...against('bare', formatSpreadRatio(ratios.bare['dashboardSlow.requestsPerSecond']!), ratios.bare['dashboardSlow.requestsPerSecond']!.median >= 0.9),
    },
    {
      target: `dashboard at ${result.options.slowLatencyMs} ms: req/s ≥ 2× Apollo`,
      ...against('apollo', formatSpreadRatio(ratios.apollo['dashboardSlow.requestsPerSecond']!), ratios.apollo['dashboardSlow.requestsPerSecond']!.median >= 2),
    },
    {
      target: 'cheap query: req/s ≥ 1.2× Apollo',
      ...against('apollo', formatSpreadRatio(ratios.apollo['cheap.requestsPerSecond']!), ratios.apollo['cheap.requestsPerSecond']!.median >= 1.2),
    },
    {
      target: 'cheap query: CPU per request ≤ Apollo',
      ...against('apollo', formatSpreadRatio(ratios.apollo['cheap.cpuMsPerRequest']!), ratios.apollo['cheap.cpuMsPerRequest']!.median <= 1),
    },
    { target: 'idle RSS ≤ 100 MiB', measured: formatMiB(ours.idleRss!), met: ours.idleRss! <= 100 * 1024 ** 2 },
    {
      // Idle is read after IDLE_SETTLE_MS without a request; so is the RSS after the load it is compared with.
      target: `RSS after the load ≤ 1.5× idle (both after ${IDLE_SETTLE_MS / 1000} s without a request)`,
      measured: `${formatRatio(ours.settledOverIdle!)} (right after the last request ${formatRatio(ours.loadedOverIdle!)})`,
      met: ours.settledOverIdle! <= 1.5,
    },
    {
      target: `${result.options.fleetSize}-vehicle fleet at ${result.options.fleetLatencyMs} ms ≤ 1.2× critical path (${formatMs(criticalPathMs)})`,
      measured: `${formatMs(ours.fleetColdMs!)} = ${formatRatio(ours.fleetColdMs! / criticalPathMs)}`,
      met: ours.fleetColdMs! <= 1.2 * criticalPathMs,
    },
  ];
  return { medians, ratios, targets, failedPeers: [...failed] };
}

function workloadTable(summary: Summary, workload: Workload, withColdWarm: boolean): string {
  const figure = (name: ContenderName, key: keyof LoadFigures) => summary.medians[name][`${workload}.${key}`]!;
  const ratio = (peer: Peer, key: keyof LoadFigures) => formatSpreadRatio(summary.ratios[peer][`${workload}.${key}`]!);
  const header = ['', 'req/s', 'median', 'p99', 'CPU ms/req', 'upstream calls/req', ...(withColdWarm ? ['calls first / again'] : [])];
  const rows = CONTENDERS.map((name) => [
    name,
    figure(name, 'requestsPerSecond').toFixed(0),
    formatMs(figure(name, 'medianMs')),
    formatMs(figure(name, 'p99Ms')),
    figure(name, 'cpuMsPerRequest').toFixed(2),
    figure(name, 'upstreamCallsPerRequest').toFixed(1),
    ...(withColdWarm ? [`${summary.medians[name].coldCalls} / ${summary.medians[name].warmCalls}`] : []),
  ]);
  const ratioRows = PEERS.map((peer) => [
    ratioLabel(summary, peer),
    ratio(peer, 'requestsPerSecond'),
    ratio(peer, 'medianMs'),
    ratio(peer, 'p99Ms'),
    ratio(peer, 'cpuMsPerRequest'),
    ratio(peer, 'upstreamCallsPerRequest'),
    ...(withColdWarm ? [''] : []),
  ]);
  return table([header, ...rows, ...ratioRows]);
}

export function printSideBySide(result: SideBySideResult, summary: Summary, log: (line: string) => void): void {
  const { options } = result;
  log(
    `   iauto-graph runs ${result.gatewayEntry}; the simulator ${result.simulatorEntry}; IAUTO_MAX_CONNECTIONS default ${result.maxConnections} (bare uses the same pool size); ` +
      `${options.rounds} rounds, ${options.connections} requests in flight, ${options.loadMs / 1000} s per contender and workload ` +
        `after ${options.warmupMs / 1000} s of the same load unmeasured`,
  );
  const failures = failedComparisons(result);
  log(
    `   same answers as iauto-graph (${COMPARED_DOCUMENTS.join(', ')}; data and error paths, every round): ` +
      PEERS.map((peer) => `${peer} ${failures.some((failure) => failure.peer === peer) ? 'NO' : 'YES'}`).join(', '),
  );
  for (const { peer, document, difference } of failures) {
    log(`   COMPARISON FAILED: ${peer}'s ${document} answer differs at ${difference}; its ratios are not like for like`);
  }
  log(`\n   a. ${result.dashboardVehicles}-vehicle dashboard, upstream at 0 ms (calls first / again: one request on a fresh process, then the same again)`);
  log(workloadTable(summary, 'dashboard', true));
  log(`\n   b. the same dashboard, upstream at ${options.slowLatencyMs} ms`);
  log(workloadTable(summary, 'dashboardSlow', false));
  log('\n   c. cheap query { terminal(esn: X) { esn } }: no upstream call, the engine alone');
  log(workloadTable(summary, 'cheap', false));
  log('\n   d. memory (RSS of the server process) and the fleet');
  const criticalPathMs = result.fleetCriticalPathCalls * options.fleetLatencyMs;
  log(
    table([
      ['', 'RSS at start', 'idle RSS', 'right after load', 'after load, idle', 'after / idle', `fleet first (${options.fleetSize} vehicles)`, 'fleet again', 'fleet calls', 'first ÷ critical path'],
      ...CONTENDERS.map((name) => {
        const m = summary.medians[name];
        return [
          name,
          formatMiB(m.startRss!),
          formatMiB(m.idleRss!),
          formatMiB(m.loadedRss!),
          formatMiB(m.settledRss!),
          `${formatRatio(m.loadedOverIdle!)} / ${formatRatio(m.settledOverIdle!)}`,
          formatMs(m.fleetColdMs!),
          formatMs(m.fleetWarmMs!),
          String(m.fleetColdCalls),
          formatRatio(m.fleetColdMs! / criticalPathMs),
        ];
      }),
      ...PEERS.map((peer) => {
        const r = summary.ratios[peer];
        return [
          ratioLabel(summary, peer),
          formatSpreadRatio(r.startRss!),
          formatSpreadRatio(r.idleRss!),
          formatSpreadRatio(r.loadedRss!),
          formatSpreadRatio(r.settledRss!),
          '',
          formatSpreadRatio(r.fleetColdMs!),
          formatSpreadRatio(r.fleetWarmMs!),
          '',
          '',
        ];
      }),
    ]),
  );
  log(
    `   RSS at start: 1 s after listening; idle: after ${IDLE_SETTLE_MS / 1000} s without a request (V8 has returned the young generation ` +
      'start-up grew by then); right after load: right after the last workload; after load, idle: after the last ' +
      `workload and ${IDLE_SETTLE_MS / 1000} s without a request, read as idle is; after / idle: both of them ÷ idle`,
  );
  log(
    `   fleet at ${options.fleetLatencyMs} ms upstream, catalog warm, trips not yet seen: critical path ${result.fleetCriticalPathCalls} dependent calls ` +
      `(trip list, then track and evaluation) = ${formatMs(criticalPathMs)}`,
  );
  log('\n   targets (issue 10), on the median of the per-round ratios:');
  log(table([['target', 'measured (min / median)', ''], ...summary.targets.map((t) => [t.target, t.measured, t.met ? 'met' : 'NOT MET'])]));
}

/** Writes bench-results/latest.json (the previous run becomes previous.json) and returns the previous run's summary. */
export function recordRun(record: { summary: Summary } & Record<string, unknown>, directory: string): Summary | undefined {
  mkdirSync(directory, { recursive: true });
  const latest = `${directory}/latest.json`;
  let previous: Summary | undefined;
  if (existsSync(latest)) {
    try {
      previous = (JSON.parse(readFileSync(latest, 'utf8')) as { summary: Summary }).summary;
    } catch {
      previous = undefined;
    }
    renameSync(latest, `${directory}/previous.json`);
  }
  writeFileSync(latest, `${JSON.stringify(record, null, 2)}\n`);
  return previous;
}

/** iauto-graph's medians now against the previous run's (now ÷ then). */
export function printComparison(summary: Summary, previous: Summary, log: (line: string) => void): void {
  const rows = Object.entries(summary.medians['iauto-graph'])
    .filter(([key]) => previous.medians?.['iauto-graph']?.[key] !== undefined)
    .map(([key, now]) => {
      const then = previous.medians['iauto-graph'][key]!;
      const format = (value: number) => (/Rss$/.test(key) ? formatMiB(value) : value.toFixed(2));
      return [key, format(then), format(now), then === 0 ? '' : formatRatio(now / then)];
    });
  log(table([['iauto-graph median', 'previous run', 'this run', 'this ÷ previous'], ...rows]));
}
