import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import {
  COMPARED_DOCUMENTS,
  CONTENDERS,
  type ContenderName,
  type Simulator,
  benchDocuments,
  comparable,
  contenders,
  firstDifference,
  PEERS,
  startSimulatorProcess,
} from '../scripts/bench/contenders.ts';
import type { ServerProcess } from '../scripts/bench/processes.ts';

const DASHBOARD_VEHICLES = 10;
const FLEET_SIZE = 100;

/**
 * `npm run bench` compares iauto-graph with two peers a user could write instead (Apollo Server and
 * a bare node:http server). The comparison is only fair while they answer the same documents with
 * the same JSON: started as the bench starts them, each in its own process against one simulator,
 * they must give iauto-graph's answer to every document the bench sends, field for field.
 */
describe('the bench peers', () => {
  let simulator: Simulator;
  let started: ReturnType<typeof contenders>;
  const servers: Partial<Record<ContenderName, ServerProcess>> = {};
  let documents: ReturnType<typeof benchDocuments>;

  beforeAll(async () => {
    // The sources, not dist/ (which may be older than them).
    simulator = await startSimulatorProcess(Math.ceil((DASHBOARD_VEHICLES + FLEET_SIZE) * 1.5), ['--import', 'tsx', 'src/simulator/main.ts']);
    started = contenders(simulator.process.url, { maxConnections: loadConfig({}).maxConnections, entry: ['--import', 'tsx', 'src/main.ts'] });
    // All settled before a failure is thrown, so that afterAll stops every process that did start.
    const starts = await Promise.allSettled(CONTENDERS.map(async (name) => (servers[name] = await started.start[name]())));
    for (const start of starts) if (start.status === 'rejected') throw start.reason;
    documents = benchDocuments(simulator.boundEsns, { dashboardVehicles: DASHBOARD_VEHICLES, fleetSize: FLEET_SIZE });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    await simulator?.process.stop();
    started?.close();
  });

  const ask = async (name: ContenderName, body: string) => {
    const response = await fetch(servers[name]!.url, { method: 'POST', headers: { 'content-type': 'application/json', ...started.headers }, body });
    expect(response.status, name).toBe(200);
    return (await response.json()) as { data?: Record<string, any>; errors?: Array<{ path?: unknown }> };
  };

  it.each(COMPARED_DOCUMENTS)('answer the %s document with the same JSON as iauto-graph', async (document) => {
    const reference = await ask('iauto-graph', documents[document]);
    expect(reference.errors).toBeUndefined();
    const answers = await Promise.all(PEERS.map((peer) => ask(peer, documents[document])));

    // Where each peer's answer first departs from iauto-graph's (a path and both values), if it does.
    const differences = Object.fromEntries(PEERS.map((peer, index) => [peer, firstDifference(comparable(answers[index]!), comparable(reference))]));
    expect(differences).toEqual({ apollo: undefined, bare: undefined });
    // The answer compared is a real one, not an empty or all-null shape.
    const terminals = reference.data!.fleet ?? reference.data!.terminals ?? [reference.data!.terminal];
    expect(terminals).toHaveLength(document === 'dashboard' ? DASHBOARD_VEHICLES : document === 'fleet' ? FLEET_SIZE : 1);
    expect(terminals.map((terminal: { esn: string }) => terminal.esn)).toEqual(
      document === 'fleet' ? simulator.boundEsns.slice(DASHBOARD_VEHICLES, DASHBOARD_VEHICLES + FLEET_SIZE) : simulator.boundEsns.slice(0, terminals.length),
    );
    if (document !== 'cheap') {
      const tripIds = terminals.flatMap((terminal: any) => terminal.vehicle.trips.edges.map((edge: any) => edge.node.id));
      expect(tripIds.length).toBeGreaterThan(terminals.length);
      expect(terminals.every((terminal: any) => terminal.vehicle.condition.odometerKm > 0)).toBe(true);
    }
  });
});
