import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../src/upstream/client.ts';
import { UpstreamLoader } from '../src/upstream/loader.ts';
import { SharedResponseCache } from '../src/upstream/shared-cache.ts';
import { SharedReads } from '../src/upstream/shared-reads.ts';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

const FinishedTrips = graphql(`
  query FinishedTrips($esn: String!) {
    terminal(esn: $esn) {
      vehicle {
        trips(first: 3) {
          edges { node { id: tripId track { pointCount lengthKm } evaluation { verdict fuelCostYuan fuelGrade } } }
        }
      }
    }
  }
`);

const DeleteTrip = graphql(`
  mutation DeleteFinishedTrip($esn: String!, $id: ID!) {
    deleteTrip(esn: $esn, tripId: $id) { deletedTripId }
  }
`);

const ChangeFuelGrade = graphql(`
  mutation ChangeFuelGrade($esn: String!, $grade: FuelGrade!) {
    updateVehicleProfile(esn: $esn, input: { fuelGrade: $grade }) { profile { fuelGrade } }
  }
`);

const busyVehicle = () => stack.simulator.world.boundTerminals().filter((terminal) => terminal.vehicle.trips.length > 20)[1]!;
const tripsOf = async (esn: string) => {
  const result = await stack.graphql(FinishedTrips, { esn });
  expect(result.errors).toBeUndefined();
  return result.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node);
};

/** The gateway's count of reads that joined another request's call (GET /metrics). */
const joinedReads = async () => {
  const text = await (await fetch(stack.url.replace(/\/graphql$/, '/metrics'))).text();
  return Number(/^iauto_shared_reads_joined_total (\d+)$/m.exec(text)?.[1]);
};

describe('finished trips across requests', () => {
  it('fetch a track and an evaluation once; later requests ask only for the trip list', async () => {
    const { esn } = busyVehicle();
    const first = await tripsOf(esn);
    expect((await stack.stats()).calls).toEqual({ '1012': 1, '1013': 3, '1016': 3 });

    await stack.resetStats();
    expect(await tripsOf(esn)).toEqual(first);
    expect((await stack.stats()).calls).toEqual({ '1012': 1 });
  });

  it('are fetched once for requests that ask for them at the same time', async () => {
    const { esn } = busyVehicle();
    stack.sharedCache!.clear();
    await stack.resetStats();
    const joinedBefore = await joinedReads();
    // Slow tracks and evaluations, so the three requests all ask while the first calls are on their way.
    stack.simulator.setFaults({ latencyMs: 300, services: [1013, 1016] });
    const answers = await Promise.all([1, 2, 3].map(() => stack.graphql(FinishedTrips, { esn }))).finally(() =>
      stack.simulator.setFaults({ latencyMs: 0, services: null }),
    );
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(answers[0]!.data);
    }
    expect((await stack.stats()).calls).toEqual({ '1012': 3, '1013': 3, '1016': 3 });
    // Each request still reads its own trip list; of the six tracks and evaluations, one request
    // sends each and the others join it, reported as answered without a call.
    const costs = answers.map((answer) => answer.extensions!.upstreamCost!);
    expect(costs.map((cost) => cost.calls + cost.cached)).toEqual([7, 7, 7]);
    expect(costs.reduce((sum, cost) => sum + cost.calls, 0)).toBe(9);
    expect(costs.reduce((sum, cost) => sum + cost.cached, 0)).toBe(12);
    expect((await joinedReads()) - joinedBefore).toBe(12);
  });

  it("count a joined read in the request's spending once it is settled", async () => {
    // What a request reports waits for settled(): a read waiting for another request's call is
    // still this request's until that call ends, even with nothing of its own in flight.
    const { esn, vehicle } = busyVehicle();
    const reads = new SharedReads(new SharedResponseCache({ maxBytes: 1e6, ttlMs: 60_000 }));
    const [sender, joiner] = [0, 1].map(() => new UpstreamLoader(stack.client, { sharedReads: reads }));
    stack.simulator.setFaults({ latencyMs: 300, services: [1013] });
    try {
      const sent = sender!.read(1013, { esn, recordId: vehicle.trips[0]!.id });
      const joined = joiner!.read(1013, { esn, recordId: vehicle.trips[0]!.id });
      await joiner!.settled();
      expect(joiner!.spending).toEqual({ calls: 0, cached: 1, byService: {} });
      expect(await joined).toEqual(await sent);
      expect(sender!.spending).toEqual({ calls: 1, cached: 0, byService: { 1013: 1 } });
    } finally {
      stack.simulator.setFaults({ latencyMs: 0, services: null });
    }
  });

  it('forget a deleted trip', async () => {
    const { esn } = busyVehicle();
    const [deleted, second, third] = await tripsOf(esn);
    const held = stack.sharedCache!.size;
    const deletion = await stack.graphql(DeleteTrip, { esn, id: deleted!.id });
    expect(deletion.errors).toBeUndefined();
    expect(stack.sharedCache!.size).toBe(held - 2);

    await stack.resetStats();
    const after = await tripsOf(esn);
    expect(after.map((trip) => trip!.id).slice(0, 2)).toEqual([second!.id, third!.id]);
    expect((await stack.stats()).calls).toEqual({ '1012': 1, '1013': 1, '1016': 1 });
  });

  it('keep an evaluation priced as it was when the fuel grade changes later, as the service does', async () => {
    const { esn } = busyVehicle();
    const [trip] = await tripsOf(esn);
    const grade = trip!.evaluation!.fuelGrade;
    const update = await stack.graphql(ChangeFuelGrade, { esn, grade: grade === 'RON97' ? 'RON92' : 'RON97' });
    expect(update.errors).toBeUndefined();
    stack.sharedCache!.clear();
    const [again] = await tripsOf(esn);
    expect(again).toEqual(trip);
  });

  it('never keep a failure', async () => {
    const { esn } = busyVehicle();
    stack.sharedCache!.clear();
    stack.simulator.setFaults({ errorRate: 1, services: [1013] });
    const failed = await stack.graphql(FinishedTrips, { esn });
    expect(failed.data!.terminal!.vehicle!.trips!.edges.every((edge) => edge.node!.track === null)).toBe(true);
    stack.simulator.setFaults({ errorRate: 0, services: null });
    await stack.resetStats();
    const recovered = await tripsOf(esn);
    expect(recovered.every((trip) => trip!.track !== null && trip!.track.pointCount > 1)).toBe(true);
    expect((await stack.stats()).calls).toEqual({ '1012': 1, '1013': 3 });
  });
});

describe('the shared cache', () => {
  it('stays within its memory bound, dropping the least recently used answers', () => {
    const track = (points: number) => ({ coords: Array.from({ length: points }, (_, index) => [113.2 + index / 1e4, 23.1]) });
    const oneTrack = new SharedResponseCache({ maxBytes: 1e9, ttlMs: 60_000 });
    oneTrack.set('a', track(1000));
    const cache = new SharedResponseCache({ maxBytes: Math.floor(oneTrack.bytes * 2.5), ttlMs: 60_000 });
    cache.set('a', track(1000));
    cache.set('b', track(1000));
    expect(cache.get('a')).toBeDefined();
    cache.set('c', track(1000));
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(oneTrack.bytes * 2.5);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  it("sizes a decoded answer by the text it came in, without writing it out again", () => {
    const coords = Array.from({ length: 500 }, (_, index) => `[${113.2 + index / 1e4}, 23.1]`).join(', ');
    // Spaces the decoded answer has not: its stringify is shorter than the wire text.
    const text = `{ "flag": 1, "data": { "coords": [${coords}] } }`;
    const track = decodeResponse(1013, text);
    const cache = new SharedResponseCache({ maxBytes: 1e9, ttlMs: 60_000 });
    cache.set('track', track);
    expect(cache.bytes).toBe(3 * text.length + 64);
    // An answer not decoded by the client (a test's, Redis's) is measured by its JSON.
    const plain = { coords: [[113.2, 23.1]] };
    cache.set('plain', plain);
    expect(cache.bytes).toBe(3 * text.length + 64 + 3 * JSON.stringify(plain).length + 64);
  });

  it('keeps an answer at most its TTL, and reports hits, misses and evictions by reason', () => {
    let now = 1_000;
    const events: string[] = [];
    const cache = new SharedResponseCache({
      maxBytes: 500,
      ttlMs: 60_000,
      now: () => now,
      observer: { lookup: (result) => events.push(result), evicted: (reason) => events.push(reason) },
    });
    cache.set('trip', { coords: [] });
    now += 59_000;
    expect(cache.get('trip')).toEqual({ coords: [] });
    now += 1_001;
    expect(cache.get('trip')).toBeUndefined();
    cache.set('big', { text: 'x'.repeat(60) });
    cache.set('bigger', { text: 'y'.repeat(60) });
    expect(events).toEqual(['hit', 'expire', 'miss', 'evict']);
  });
});
