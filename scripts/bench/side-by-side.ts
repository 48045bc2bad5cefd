/*
 * The side-by-side part of `npm run bench`: iauto-graph, the Apollo peer (scripts/bench/peers/apollo.ts)
 * and the bare floor (scripts/bench/peers/bare.ts), each in its own process, against one simulator in
 * another, loaded from a fifth. Every round starts the three afresh (in a rotated order) and runs every
 * workload on each in turn, so the noise of a shared machine falls on all alike; figures are medians
 * over rounds, and ratios are taken within a round, then summarised as min and median.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { print } from 'graphql';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { loadConfig } from '../../src/config.ts';
import { DashboardDocument } from '../../test/gql/graphql.ts';
import type { LoadResult } from './load.ts';
import { median, quantile } from './measure.ts';
import { type ServerProcess, gatewayEntry, startLoadGenerator, startServer } from './processes.ts';

export const CONTENDERS = ['iauto-graph', 'apollo', 'bare'] as const;
export type ContenderName = (typeof CONTENDERS)[number];

export interface SideBySideOptions {
  rounds: number;
  /** How long each contender is loaded per workload and round. */
  loadMs: number;
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
  idleRss: number;
  loadedRss: number;
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
  maxConnections: number;
  dashboardVehicles: number;
  /** Upstream calls on the longest chain of dependent calls of the fleet request (catalog warm). */
  fleetCriticalPathCalls: number;
  /** Whether the warm dashboard answers of the three were the same JSON. */
  sameAnswers: Record<ContenderName, boolean>;
  rounds: Array<Record<ContenderName, RoundFigures>>;
}

const DAY_MS = 86_400_000;
const OPEN_ID = 'bench-open-id';
const SECURE_CODE = 'bench-secure-code';
// The fleet request reads a vehicle's trip list (1012), then each trip's track and evaluation
// (1013, 1016) at once; condition, profile and (warm) catalog run alongside: two calls deep.
const FLEET_CRITICAL_PATH_CALLS = 2;
/** A fleet overview: 7 calls a vehicle, so 100 vehicles stay under the default cap of 1000 calls a request. */
const FLEET_QUERY = `query Fleet($esns: [String!]!, $from: DateTime!, $to: DateTime!) {
  terminals(esns: $esns) {
    esn
    vehicle {
      condition { odometerKm driveStatus }
      profile { model { name } }
      trips(first: 2, from: $from, to: $to) { totalCount edges { node { id: tripId track { pointCount } evaluation { verdict } } } }
    }
  }
}`;

const body = (operationName: string, query: string, variables?: object) => JSON.stringify({ operationName, query, variables });

interface Simulator {
  process: ServerProcess;
  boundEsns: string[];
  setLatency(ms: number): Promise<void>;
  resetStats(): Promise<void>;
  totalCalls(): Promise<number>;
}

async function startSimulatorProcess(terminals: number): Promise<Simulator> {
  const process = await startServer('simulator', ['--import', 'tsx', 'src/simulator/main.ts', '--port', '0', '--terminals', String(terminals)], {
    IAUTO_OPEN_ID: OPEN_ID,
    IAUTO_SECURE_CODE: SECURE_CODE,
  });
  const admin = async (path: string, payload?: object) => {
    const response = await fetch(`${process.url}/__sim/${path}`, {
      method: payload ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      body: payload ? JSON.stringify(payload) : undefined,
    });
    if (!response.ok) throw new Error(`simulator /__sim/${path}: HTTP ${response.status}`);
    return response.json() as Promise<any>;
  };
  const fleet = (await admin('fleet')) as Array<{ esn: string; bound: boolean }>;
  return {
    process,
    boundEsns: fleet.filter((terminal) => terminal.bound).map((terminal) => terminal.esn),
    setLatency: (ms) => admin('faults', { latencyMs: ms, jitterMs: 0 }),
    resetStats: () => admin('reset', {}),
    totalCalls: async () => (await admin('stats')).total as number,
  };
}

export async function sideBySide(options: SideBySideOptions, log: (line: string) => void): Promise<SideBySideResult> {
  const dashboardVehicles = 10;
  const simulator = await startSimulatorProcess(Math.ceil((dashboardVehicles + options.fleetSize) * 1.5));
  const load = startLoadGenerator();
  const maxConnections = loadConfig({}).maxConnections;
  const entry = gatewayEntry();
  // iauto-graph runs as in production: with real credentials it requires authentication, here one API key
  // reaching every terminal. The peers have no authentication; every contender is sent the same header.
  const keyDirectory = mkdtempSync(join(tmpdir(), 'iauto-graph-bench-'));
  const apiKey = createApiKey('bench', ['read'], '*');
  writeFileSync(join(keyDirectory, 'api-keys.json'), JSON.stringify([apiKey.entry]));
  const headers = { authorization: `Bearer ${apiKey.key}` };
  const upstreamEnv = { IAUTO_BASE_URL: simulator.process.url, IAUTO_OPEN_ID: OPEN_ID, IAUTO_SECURE_CODE: SECURE_CODE, PORT: '0', HOST: '127.0.0.1' };
  const starters: Record<ContenderName, () => Promise<ServerProcess>> = {
    // The per-caller rate limits stay on (their cost is measured) at ceilings a load test does not reach.
    'iauto-graph': () =>
      startServer('iauto-graph', entry.args, {
        ...upstreamEnv,
        AUTH_API_KEYS_FILE: join(keyDirectory, 'api-keys.json'),
        RATE_LIMIT_REQUESTS_PER_MINUTE: '10000000',
        RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '100000000',
      }),
    apollo: () => startServer('apollo', ['--import', 'tsx', 'scripts/bench/peers/apollo.ts'], upstreamEnv),
    bare: () => startServer('bare', ['--import', 'tsx', 'scripts/bench/peers/bare.ts'], { ...upstreamEnv, IAUTO_MAX_CONNECTIONS: String(maxConnections) }),
  };

  const { boundEsns } = simulator;
  if (boundEsns.length < dashboardVehicles + options.fleetSize) throw new Error(`the simulator has only ${boundEsns.length} bound terminals`);
  const to = new Date();
  const range = { from: new Date(to.getTime() - 30 * DAY_MS).toISOString(), to: to.toISOString() };
  const dashboardEsns = boundEsns.slice(0, dashboardVehicles);
  const dashboardQuery = print(DashboardDocument);
  const documents = {
    dashboard: body('Dashboard', dashboardQuery, { esns: dashboardEsns, pinned: dashboardEsns[3], ...range }),
    // The fleet's vehicles are not the dashboard's, so their trips are not yet shared when it runs.
    fleet: body('Fleet', FLEET_QUERY, { esns: boundEsns.slice(dashboardVehicles, dashboardVehicles + options.fleetSize), ...range }),
    cheap: body('Cheap', `query Cheap { terminal(esn: "${dashboardEsns[0]}") { esn } }`),
    catalogWarmup: body('CatalogWarmup', 'query CatalogWarmup($esn: String!) { terminal(esn: $esn) { vehicle { profile { model { name } } } } }', {
      esn: boundEsns.at(-1),
    }),
  };

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
  const answers: Partial<Record<ContenderName, unknown>> = {};
  try {
    for (let round = 0; round < options.rounds; round++) {
      const order = CONTENDERS.map((_, index) => CONTENDERS[(index + round) % CONTENDERS.length]!);
      const figures: Partial<Record<ContenderName, Partial<RoundFigures>>> = {};
      const servers: Partial<Record<ContenderName, ServerProcess>> = {};
      const each = async (step: (name: ContenderName, server: ServerProcess, into: Partial<RoundFigures>) => Promise<void>) => {
        for (const name of order) await step(name, servers[name]!, figures[name]!);
      };
      try {
        await simulator.setLatency(0);
        for (const name of order) {
          servers[name] = await starters[name]();
          figures[name] = {};
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await each(async (_, server, into) => {
          into.idleRss = (await server.probe()).rss;
        });
        await each(async (name, server, into) => {
          into.coldCalls = (await once(server, documents.dashboard, `${name} dashboard, first`)).calls;
          const warm = await once(server, documents.dashboard, `${name} dashboard, again`);
          into.warmCalls = warm.calls;
          if (round === 0) answers[name] = JSON.parse(warm.answer);
        });
        await simulator.setLatency(options.fleetLatencyMs);
        await each(async (name, server, into) => {
          await once(server, documents.catalogWarmup, `${name} catalog warm-up`);
          const cold = await once(server, documents.fleet, `${name} fleet, first`);
          into.fleetColdMs = cold.ms;
          into.fleetColdCalls = cold.calls;
          into.fleetWarmMs = (await once(server, documents.fleet, `${name} fleet, again`)).ms;
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
          into.cheap = await loaded(server, documents.cheap, `${name} cheap query`);
        });
        await each(async (_, server, into) => {
          into.loadedRss = (await server.probe()).rss;
        });
      } finally {
        await Promise.all(Object.values(servers).map((server) => server.stop()));
      }
      rounds.push(figures as Record<ContenderName, RoundFigures>);
      log(`   round ${round + 1}/${options.rounds} done (order ${order.join(', ')})`);
    }
  } finally {
    load.stop();
    await simulator.process.stop();
    rmSync(keyDirectory, { recursive: true, force: true });
  }

  const reference = answers['iauto-graph'];
  return {
    options,
    gatewayEntry: entry.compiled ? `node ${entry.args.join(' ')} (npm start's command)` : 'tsx src/main.ts (no dist/: run `npm run build` for compiled figures)',
    maxConnections,
    dashboardVehicles,
    fleetCriticalPathCalls: FLEET_CRITICAL_PATH_CALLS,
    sameAnswers: Object.fromEntries(CONTENDERS.map((name) => [name, isDeepStrictEqual(answers[name], reference)])) as Record<ContenderName, boolean>,
    rounds,
  };
}
