import { beforeAll, describe, expect, it } from 'vitest';
import type { FaultSettings } from '../src/simulator/faults.ts';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * The failure-domain matrix: for each upstream service the dashboard uses, faults on that service
 * alone must null exactly the fields that depend on it, each with the right code at its own path,
 * and leave every other field equal to the fault-free answer. No shared caches (so every service
 * is really called), short timeouts (so a timeout is quick), one retry.
 */
const stack = useStack({ catalogTtlMs: 0, sharedCacheBytes: 0, client: { timeoutMs: 1_000, readRetries: 1, retryDelayMs: 1 } });

const FailureDomainDashboard = graphql(`
  query FailureDomainDashboard($esns: [String!]!) {
    brands { name }
    terminals(esns: $esns) {
      esn
      bound
      registeredPlate: plateNumber
      vehicle {
        esn
        condition { odometerKm batteryVoltage faultCodes }
        trips(first: 2) {
          totalCount
          edges { node { tripId distanceKm track { pointCount } evaluation { verdict fuelCostYuan } } }
        }
        batteryHistory { voltage }
        healthCheck { faultCodes }
        tires { hasAlerts }
        profile { plateNumber model { fullName } }
        fuelStatistics {
          modelAverage { averageSpeedKmh }
          overall { distanceKm }
          lastSevenDays { distanceKm }
          lastDay { distanceKm }
        }
      }
    }
  }
`);

/** The upstream services each field of the dashboard needs (by response name, unique in the query): its failure domain. */
const servicesOf: Record<string, readonly number[]> = {
  brands: [4001],
  bound: [1001],
  registeredPlate: [1001],
  condition: [1011],
  trips: [1012],
  track: [1013],
  evaluation: [1016],
  batteryHistory: [1017],
  healthCheck: [1018],
  tires: [1019],
  profile: [1021],
  model: [4001, 4002],
  modelAverage: [3001],
  overall: [3002],
  lastSevenDays: [3003],
  lastDay: [3004],
};
const services = [...new Set(Object.values(servicesOf).flat())].sort();

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** The fault-free answer with every field that `fails` says fails set to null; and the paths of those fields. */
function expectedAnswer(value: Json, fails: (field: string, path: Path) => boolean, path: Path = []): { data: Json; nulled: Path[] } {
  if (Array.isArray(value)) {
    const items = value.map((item, index) => expectedAnswer(item, fails, [...path, index]));
    return { data: items.map((item) => item.data), nulled: items.flatMap((item) => item.nulled) };
  }
  if (value === null || typeof value !== 'object') return { data: value, nulled: [] };
  const data: Record<string, Json> = {};
  const nulled: Path[] = [];
  for (const [field, child] of Object.entries(value)) {
    if (servicesOf[field] && fails(field, [...path, field])) {
      data[field] = null;
      nulled.push([...path, field]);
    } else {
      const inner = expectedAnswer(child, fails, [...path, field]);
      data[field] = inner.data;
      nulled.push(...inner.nulled);
    }
  }
  return { data, nulled };
}

const faults: Array<{ name: string; fault: Partial<FaultSettings>; code: string }> = [
  { name: 'flag 0', fault: { errorRate: 1 }, code: 'UPSTREAM_REJECTED' },
  { name: 'HTTP 503', fault: { http5xxRate: 1 }, code: 'UPSTREAM_UNAVAILABLE' },
  { name: 'malformed body', fault: { malformedRate: 1 }, code: 'UPSTREAM_BAD_RESPONSE' },
  { name: 'timeout', fault: { latencyMs: 1_500 }, code: 'UPSTREAM_TIMEOUT' },
];

describe('the failure-domain matrix of the dashboard', () => {
  let esns: string[];
  const run = () => stack.graphql(FailureDomainDashboard, { esns });
  let faultFree: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    esns = stack.simulator.world
      .boundTerminals()
      .filter((terminal) => terminal.vehicle.trips.length >= 2)
      .slice(0, 2)
      .map((terminal) => terminal.esn);
    await run(); // warms up connections and code paths, so the short timeout only meets the injected latency
    faultFree = await run();
  });

  it('has a fault-free answer that uses every service of the matrix', async () => {
    expect(faultFree.errors).toBeUndefined();
    expect(esns).toHaveLength(2);
    const again = await run();
    expect(again.data).toEqual(faultFree.data);
    expect(Object.keys((await stack.stats()).calls).map(Number).sort()).toEqual(services);
  });

  const rows = services.flatMap((service) => faults.map((fault) => ({ ...fault, service })));
  it.each(rows)('$service, $name: only the fields that need $service are null, with $code at their paths', async ({ service, fault, code }) => {
    stack.simulator.setFaults({ ...fault, services: [service] });

    const result = await run();

    const expected = expectedAnswer(faultFree.data!, (field) => servicesOf[field]!.includes(service));
    expect(expected.nulled.length).toBeGreaterThan(0);
    expect(result.data).toEqual(expected.data);
    const errors = (result.errors ?? []).map((error) => ({ path: error.path, code: error.extensions?.code, service: error.extensions?.service }));
    expect(errors).toEqual(expect.arrayContaining(expected.nulled.map((path) => ({ path, code, service }))));
    expect(errors).toHaveLength(expected.nulled.length);
  });

  it('call limit: the fields whose calls were refused are null with UPSTREAM_CALL_LIMIT, the rest equal the fault-free answer', async () => {
    await stack.resetStats();
    await run();
    const { calls } = await stack.stats();
    const loaderCalls = Object.entries(calls).reduce((sum, [service, count]) => sum + (service.startsWith('4') ? 0 : count), 0);
    await using limited = await import('./helpers/stack.ts').then(async ({ startStack }) => {
      const started = await startStack({ catalogTtlMs: 0, sharedCacheBytes: 0, maxUpstreamCallsPerRequest: loaderCalls - 6 });
      return Object.assign(started, { [Symbol.asyncDispose]: () => started.close() });
    });

    const result = await limited.graphql(FailureDomainDashboard, { esns });

    const refused = (result.errors ?? []).map((error) => ({ path: error.path!, code: error.extensions?.code, service: error.extensions?.service as number }));
    expect(refused.length).toBeGreaterThan(0);
    for (const error of refused) {
      expect(error.code).toBe('UPSTREAM_CALL_LIMIT');
      expect(servicesOf[String(error.path.at(-1))]).toContain(error.service);
    }
    const key = (path: Path) => path.join('.');
    const refusedPaths = new Set(refused.map((error) => key(error.path)));
    const expected = expectedAnswer(faultFree.data!, (_field, path) => refusedPaths.has(key(path)));
    expect(result.data).toEqual(expected.data);
    expect(expected.nulled.map(key).sort()).toEqual([...refusedPaths].sort());
  });
});
