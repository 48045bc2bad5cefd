/*
 * The side-by-side part of `npm run bench`: iauto-graph, the Apollo peer (scripts/bench/peers/apollo.ts)
 * and the bare floor (scripts/bench/peers/bare.ts), each in its own process, against one simulator in
 * another, loaded from a fifth. Every round starts the three afresh (in a rotated order) and runs every
 * workload on each in turn, so the noise of a shared machine falls on all alike; figures are medians
 * over rounds, and ratios are taken within a round, then summarised as min and median. Every round
 * compares the peers' answers to the dashboard, fleet and cheap documents with iauto-graph's.
 */
import { loadConfig } from '../../src/config.ts';
import {
  COMPARED_DOCUMENTS,
  CONTENDERS,
  type ComparedDocument,
  type ContenderName,
  PEERS,
  type Peer,
  benchDocuments,
  comparable,
  contenders,
  firstDifference,
  startSimulatorProcess,
} from './contenders.ts';
import type { LoadResult } from './load.ts';
import { median, quantile } from './measure.ts';
import { type ServerProcess, gatewayEntry, simulatorEntry, startLoadGenerator } from './processes.ts';

export interface SideBySideOptions {
  rounds: number;
  /** How long each contender is loaded per workload and round. */
  loadMs: number;
  /** Load before each measured load, not measured: a process that has served a while is what users run. */
  warmupMs: number;
  /** Requests kept in flight by the load generator. */
  connections: number;
  slowLatencyMs: number;
  fleetSize: number;
  fleetLatencyMs: number;
}

/** One contender's figures for one workload in one round. */
export interface LoadFigures {
  requestsPerSecond: number;
  medianMs: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  upstreamCallsPerRequest: number;
  requests: number;
  failures: number;
}

export interface RoundFigures {
  /** RSS one second after the server listens. */
  startRss: number;
  /** RSS after IDLE_SETTLE_MS without a request: what an idle server holds. */
  idleRss: number;
  /** RSS right after the last workload. */
  loadedRss: number;
  /** RSS after the last workload and then IDLE_SETTLE_MS without a request: read as idleRss is. */
  settledRss: number;
  coldCalls: number;
  warmCalls: number;
  fleetColdMs: number;
  fleetWarmMs: number;
  fleetColdCalls: number;
  dashboard: LoadFigures;
  dashboardSlow: LoadFigures;
  cheap: LoadFigures;
}

export interface SideBySideResult {
  options: SideBySideOptions;
  gatewayEntry: string;
  /** How the simulator ran: `npm run simulator`'s command, or its source through tsx. */
  simulatorEntry: string;
  maxConnections: number;
  dashboardVehicles: number;
  /** Upstream calls on the longest chain of dependent calls of the fleet request (catalog warm). */
  fleetCriticalPathCalls: number;
  /**
   * Per peer and compared document, where its answer first departed from iauto-graph's in any round
   * (a short path and both values), null when it was the same JSON every round. A peer with a
   * difference is not compared like for like: its comparison has failed.
   */
  answerDifferences: Record<Peer, Record<ComparedDocument, string | null>>;
  rounds: Array<Record<ContenderName, RoundFigures>>;
}

// The fleet request reads a vehicle's trip list (1012), then each trip's track and evaluation
// (1013, 1016) at once; condition, profile and (warm) catalog run alongside: two calls deep.
const FLEET_CRITICAL_PATH_CALLS = 2;

// How long the servers are left without a request before their idle RSS is read, at start and again
// after the load. Start-up and load grow V8's young generation to its maximum (and the load the old
// generation's headroom); the pages stay resident until the heap's memory reducer finds the process
// idle (about 8 s after the last collection, then a few collections: 17 to 26 s measured here).
export const IDLE_SETTLE_MS = 35_000;

export async function sideBySide(options: SideBySideOptions, log: (line: string) => void): Promise<SideBySideResult> {
  const dashboardVehicles = 10;
  const simulatorRun = simulatorEntry();
  const simulator = await startSimulatorProcess(Math.ceil((dashboardVehicles + options.fleetSize) * 1.5), simulatorRun.args);
  let documents: ReturnType<typeof benchDocuments>;
  try {
    documents = benchDocuments(simulator.boundEsns, { dashboardVehicles, fleetSize: options.fleetSize });
  } catch (error) {
    await simulator.process.stop();
    throw error;
  }
  const load = startLoadGenerator();
  const maxConnections = loadConfig({}).maxConnections;
  const entry = gatewayEntry();
  const started = contenders(simulator.process.url, { maxConnections, entry: entry.args });
  const { headers } = started;

  const checked = (result: LoadResult, what: string) => {
    if (result.failures > 0) throw new Error(`${what}: ${result.failures} of ${result.requests} answers failed; first: ${result.firstFailure}`);
    return result;
  };
  const once = async (server: ServerProcess, document: string, what: string) => {
    await simulator.resetStats();
    const result = checked(await load.run({ url: server.url, body: document, headers, connections: 1, durationMs: 60_000, requests: 1, keepFirstAnswer: true }), what);
    return { ms: result.latenciesMs[0]!, calls: await simulator.totalCalls(), answer: result.firstAnswer! };
  };
  const loaded = async (server: ServerProcess, document: string, what: string): Promise<LoadFigures> => {
    checked(await load.run({ url: server.url, body: document, headers, connections: options.connections, durationMs: options.warmupMs }), `${what}, warm-up`);
    await simulator.resetStats();
    const before = await server.probe();
    const result = checked(await load.run({ url: server.url, body: document, headers, connections: options.connections, durationMs: options.loadMs }), what);
    const after = await server.probe();
    const calls = await simulator.totalCalls();
    return {
      requestsPerSecond: result.requests / (result.elapsedMs / 1000),
      medianMs: median(result.latenciesMs),
      p99Ms: quantile(result.latenciesMs, 0.99),
      cpuMsPerRequest: (after.cpuMicros - before.cpuMicros) / 1000 / result.requests,
      upstreamCallsPerRequest: calls / result.requests,
      requests: result.requests,
      failures: result.failures,
    };
  };

  const rounds: SideBySideResult['rounds'] = [];
  const answerDifferences = Object.fromEntries(
    PEERS.map((peer) => [peer, Object.fromEntries(COMPARED_DOCUMENTS.map((document) => [document, null]))]),
  ) as SideBySideResult['answerDifferences'];
  try {
    for (let round = 0; round < options.rounds; round++) {
      const order = CONTENDERS.map((_, index) => CONTENDERS[(index + round) % CONTENDERS.length]!);
      const figures: Partial<Record<ContenderName, Partial<RoundFigures>>> = {};
      const servers: Partial<Record<ContenderName, ServerProcess>> = {};
      const answers: Record<ComparedDocument, Partial<Record<ContenderName, string>>> = { dashboard: {}, fleet: {}, cheap: {} };
      const each = async (step: (name: ContenderName, server: ServerProcess, into: Partial<RoundFigures>) => Promise<void>) => {
        for (const name of order) await step(name, servers[name]!, figures[name]!);
      };
      try {
        await simulator.setLatency(0);
        for (const name of order) {
          servers[name] = await started.start[name]();
          figures[name] = {};
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await each(async (_, server, into) => {
          into.startRss = (await server.probe()).rss;
        });
        await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS - 1_000));
        await each(async (_, server, into) => {
          into.idleRss = (await server.probe()).rss;
        });
        await each(async (name, server, into) => {
          into.coldCalls = (await once(server, documents.dashboard, `${name} dashboard, first`)).calls;
          const warm = await once(server, documents.dashboard, `${name} dashboard, again`);
          into.warmCalls = warm.calls;
          answers.dashboard[name] = warm.answer;
        });
        await simulator.setLatency(options.fleetLatencyMs);
        await each(async (name, server, into) => {
          await once(server, documents.catalogWarmup, `${name} catalog warm-up`);
          const cold = await once(server, documents.fleet, `${name} fleet, first`);
          into.fleetColdMs = cold.ms;
          into.fleetColdCalls = cold.calls;
          const warm = await once(server, documents.fleet, `${name} fleet, again`);
          into.fleetWarmMs = warm.ms;
          answers.fleet[name] = warm.answer;
        });
        await simulator.setLatency(0);
        await each(async (name, server, into) => {
          into.dashboard = await loaded(server, documents.dashboard, `${name} dashboard`);
        });
        await simulator.setLatency(options.slowLatencyMs);
        await each(async (name, server, into) => {
          into.dashboardSlow = await loaded(server, documents.dashboard, `${name} dashboard at ${options.slowLatencyMs} ms`);
        });
        await simulator.setLatency(0);
        await each(async (name, server, into) => {
          answers.cheap[name] = (await once(server, documents.cheap, `${name} cheap query, once`)).answer;
          into.cheap = await loaded(server, documents.cheap, `${name} cheap query`);
        });
        await each(async (_, server, into) => {
          into.loadedRss = (await server.probe()).rss;
        });
        await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
        await each(async (_, server, into) => {
          into.settledRss = (await server.probe()).rss;
        });
      } finally {
        await Promise.all(Object.values(servers).map((server) => server.stop()));
      }
      for (const document of COMPARED_DOCUMENTS) {
        const reference = comparable(JSON.parse(answers[document]['iauto-graph']!));
        for (const peer of PEERS) {
          answerDifferences[peer][document] ??= firstDifference(comparable(JSON.parse(answers[document][peer]!)), reference) ?? null;
        }
      }
      rounds.push(figures as Record<ContenderName, RoundFigures>);
      log(`   round ${round + 1}/${options.rounds} done (order ${order.join(', ')})`);
    }
  } finally {
    load.stop();
    await simulator.process.stop();
    started.close();
  }

  return {
    options,
    gatewayEntry: entry.compiled ? `node ${entry.args.join(' ')} (npm start's command)` : 'tsx src/main.ts (no dist/: run `npm run build` for compiled figures)',
    simulatorEntry: simulatorRun.compiled ? `node ${simulatorRun.args.join(' ')} (npm run simulator's command)` : 'tsx src/simulator/main.ts',
    maxConnections,
    dashboardVehicles,
    fleetCriticalPathCalls: FLEET_CRITICAL_PATH_CALLS,
    answerDifferences,
    rounds,
  };
}
