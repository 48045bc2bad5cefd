/*
 * What the side-by-side bench runs, shared with test/bench-peers.test.ts: the simulator process,
 * the three contenders (iauto-graph, the Apollo peer, the bare floor) each in its own process, the
 * documents they are all sent, and the check that they answer the same JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { print } from 'graphql';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { DashboardDocument } from '../../test/gql/graphql.ts';
import { type ServerProcess, gatewayEntry, simulatorEntry, startServer } from './processes.ts';

export const CONTENDERS = ['iauto-graph', 'apollo', 'bare'] as const;
export type ContenderName = (typeof CONTENDERS)[number];
export const PEERS = ['apollo', 'bare'] as const satisfies readonly ContenderName[];
export type Peer = (typeof PEERS)[number];

/** The documents whose answers every contender must give alike. */
export const COMPARED_DOCUMENTS = ['dashboard', 'fleet', 'cheap'] as const;
export type ComparedDocument = (typeof COMPARED_DOCUMENTS)[number];

const DAY_MS = 86_400_000;
const OPEN_ID = 'bench-open-id';
const SECURE_CODE = 'bench-secure-code';

/** A fleet overview: 7 calls a vehicle, so 100 vehicles stay under the default cap of 1000 calls a request. */
export const FLEET_QUERY = `query Fleet($esns: [String!]!, $from: DateTime!, $to: DateTime!) {
  terminals(esns: $esns) {
    esn
    vehicle {
      condition { odometerKm driveStatus }
      profile { model { name } }
      trips(first: 2, from: $from, to: $to) { totalCount edges { node { id: tripId track { pointCount } evaluation { verdict } } } }
    }
  }
}`;

export interface Simulator {
  process: ServerProcess;
  boundEsns: string[];
  setLatency(ms: number): Promise<void>;
  resetStats(): Promise<void>;
  totalCalls(): Promise<number>;
}

/**
 * The simulator in a process of its own, with the bench's credentials; `entry` is its Node arguments
 * (default simulatorEntry(): the compiled one when dist/ exists).
 */
export async function startSimulatorProcess(terminals: number, entry = simulatorEntry().args): Promise<Simulator> {
  const process = await startServer('simulator', [...entry, '--port', '0', '--terminals', String(terminals)], {
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

export interface Contenders {
  start: Record<ContenderName, () => Promise<ServerProcess>>;
  /** The request headers every contender is sent (iauto-graph's API key; the peers ignore it). */
  headers: Record<string, string>;
  /** Removes the API key file. */
  close(): void;
}

/**
 * How each contender is started against the simulator. iauto-graph runs as in production: with real
 * credentials it requires authentication, here one API key reaching every terminal; `entry` is its
 * entry (default: the compiled one when dist/ exists). The bare floor gets iauto-graph's pool size.
 */
export function contenders(simulatorUrl: string, options: { maxConnections: number; entry?: string[] }): Contenders {
  const keyDirectory = mkdtempSync(join(tmpdir(), 'iauto-graph-bench-'));
  const apiKey = createApiKey('bench', ['read'], '*');
  writeFileSync(join(keyDirectory, 'api-keys.json'), JSON.stringify([apiKey.entry]));
  const upstreamEnv = { IAUTO_BASE_URL: simulatorUrl, IAUTO_OPEN_ID: OPEN_ID, IAUTO_SECURE_CODE: SECURE_CODE, PORT: '0', HOST: '127.0.0.1' };
  const entry = options.entry ?? gatewayEntry().args;
  let starts = 0;
  return {
    start: {
      // The per-caller rate limits stay on (their cost is measured) at ceilings a load test does not reach.
      // Each start gets a data file of its own: nothing kept by an earlier start (the catalog) makes a
      // later one less cold than the peers, which start from nothing.
      'iauto-graph': () =>
        startServer('iauto-graph', entry, {
          ...upstreamEnv,
          EVENTS_DB: join(keyDirectory, `events-${++starts}.db`),
          AUTH_API_KEYS_FILE: join(keyDirectory, 'api-keys.json'),
          RATE_LIMIT_REQUESTS_PER_MINUTE: '10000000',
          RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '100000000',
        }),
      apollo: () => startServer('apollo', ['--import', 'tsx', 'scripts/bench/peers/apollo.ts'], upstreamEnv),
      bare: () => startServer('bare', ['--import', 'tsx', 'scripts/bench/peers/bare.ts'], { ...upstreamEnv, IAUTO_MAX_CONNECTIONS: String(options.maxConnections) }),
    },
    headers: { authorization: `Bearer ${apiKey.key}` },
    close: () => rmSync(keyDirectory, { recursive: true, force: true }),
  };
}

const body = (operationName: string, query: string, variables?: object) => JSON.stringify({ operationName, query, variables });

/**
 * The request bodies of the bench: the dashboard of test/dedupe.test.ts over the first
 * `dashboardVehicles` bound terminals, the fleet over the next `fleetSize` (so their trips are not
 * yet shared when it runs), the cheap query, and a request that loads the catalog.
 */
export function benchDocuments(boundEsns: string[], sizes: { dashboardVehicles: number; fleetSize: number }, now = new Date()) {
  if (boundEsns.length < sizes.dashboardVehicles + sizes.fleetSize) throw new Error(`the simulator has only ${boundEsns.length} bound terminals`);
  const range = { from: new Date(now.getTime() - 30 * DAY_MS).toISOString(), to: now.toISOString() };
  const dashboardEsns = boundEsns.slice(0, sizes.dashboardVehicles);
  return {
    dashboard: body('Dashboard', print(DashboardDocument), { esns: dashboardEsns, pinned: dashboardEsns[3], ...range }),
    fleet: body('Fleet', FLEET_QUERY, { esns: boundEsns.slice(sizes.dashboardVehicles, sizes.dashboardVehicles + sizes.fleetSize), ...range }),
    cheap: body('Cheap', `query Cheap { terminal(esn: "${dashboardEsns[0]}") { esn } }`),
    catalogWarmup: body('CatalogWarmup', 'query CatalogWarmup($esn: String!) { terminal(esn: $esn) { vehicle { profile { model { name } } } } }', {
      esn: boundEsns.at(-1),
    }),
  };
}

/**
 * What of a GraphQL answer the contenders must give alike: the data, and where errors are (their
 * messages are each server's own). Extensions are each server's own too (iauto-graph's upstream cost).
 */
export function comparable(answer: { data?: unknown; errors?: Array<{ path?: unknown }> }): { data: unknown; errorPaths?: unknown[] } {
  return { data: answer.data, ...(answer.errors ? { errorPaths: answer.errors.map((error) => error.path ?? null) } : {}) };
}

/**
 * Where `actual` first departs from `expected`, as a short path (`data.fleet[2].vehicle.trips`) and
 * both values; undefined when they are the same JSON. An absent key and a null differ.
 */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(actual, expected)) return undefined;
  const show = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value).slice(0, 80));
  if (Array.isArray(actual) && Array.isArray(expected)) {
    for (let index = 0; index < Math.max(actual.length, expected.length); index++) {
      const found = firstDifference(actual[index], expected[index], `${path}[${index}]`);
      if (found) return found;
    }
  }
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject(actual) && isObject(expected)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = firstDifference(actual[key], expected[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${show(actual)} where iauto-graph has ${show(expected)}`;
}
