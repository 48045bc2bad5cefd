import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { trackGeoJson } from '../src/domain/track.ts';
import type { Trip as WorldTrip } from '../src/simulator/trips.ts';
import { graphql } from './gql/index.ts';
import type { TripPageQuery, TripPageQueryVariables } from './gql/graphql.ts';
import { askUntil } from './helpers/ask-until.ts';
import { expectGarbledFieldsAlone } from './helpers/garbled-fields.ts';
import { useStack } from './helpers/use-stack.ts';
import { schema } from '../src/schema/index.ts';

const stack = useStack();

const DAY = 86_400;

const describedTrips = () => (schema.getType('Vehicle') as GraphQLObjectType).getFields().trips!.description ?? '';

/** The bound terminal with the most trips, and a range of `days` ending at the world's creation. */
function busiestVehicle(days = 40) {
  const world = stack.simulator.world;
  const terminal = [...world.boundTerminals()].sort((a, b) => b.vehicle.trips.length - a.vehicle.trips.length)[0]!;
  const toSeconds = Math.floor(world.createdAt / 1000);
  const fromSeconds = toSeconds - days * DAY;
  const inRange = (trip: WorldTrip) => trip.startTime >= fromSeconds && trip.startTime <= toSeconds;
  return {
    esn: terminal.esn,
    from: new Date(fromSeconds * 1000).toISOString(),
    to: new Date(toSeconds * 1000).toISOString(),
    expected: () => world.tripsOf(terminal.esn).filter(inRange),
  };
}

async function calls(service: number): Promise<number> {
  return (await stack.stats()).calls[String(service)] ?? 0;
}

const TripPage = graphql(`
  query TripPage($esn: String!, $first: Int, $after: String, $from: DateTime, $to: DateTime) {
    terminal(esn: $esn) {
      vehicle {
        trips(first: $first, after: $after, from: $from, to: $to) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges {
            cursor
            node {
              id: tripId startedAt endedAt durationSeconds distanceKm averageFuelConsumptionLitersPer100Km fuelUsedLiters
              harshAccelerations harshBrakings warmUpSeconds idleSeconds topSpeedKmh maxSpeedKmh
            }
          }
        }
      }
    }
  }
`);

const SharedTripPage = graphql(`
  query SharedTripPage($esn: String!, $from: DateTime, $to: DateTime) {
    terminal(esn: $esn) { vehicle {
      a: trips(first: 3, from: $from, to: $to) { totalCount edges { node { id: tripId } } }
      b: trips(first: 0, from: $from, to: $to) { totalCount }
    } }
  }
`);

const TripTrackAndEvaluation = graphql(`
  query TripTrackAndEvaluation($esn: String!, $from: DateTime, $to: DateTime) {
    terminal(esn: $esn) { vehicle { trips(first: 4, from: $from, to: $to) { edges { node {
      id: tripId startedAt endedAt distanceKm
      track { pointCount lengthKm points { lng lat } wgs: geoJson gcj: geoJson(datum: GCJ02) }
      evaluation {
        distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh
        warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade
        fuelCostYuan carbonEmissionsKg
      }
    } } } } }
  }
`);

const NewestTripEvaluation = graphql(`
  query NewestTripEvaluation($esn: String!, $from: DateTime, $to: DateTime) {
    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation {
      distanceKm averageSpeedKmh topSpeedKmh harshBrakings harshAccelerations fatigueDrivingSeconds speedingSpeedKmh
      warmUpSeconds experiencePoints startedAt endedAt drivingSeconds longDrive verdict verdictText fuelGrade
      fuelCostYuan carbonEmissionsKg
    } } } } } }
  }
`);

const NewestTripIds = graphql(`
  query NewestTripIds($esn: String!, $from: DateTime, $to: DateTime) {
    terminal(esn: $esn) { vehicle { trips(first: 1, from: $from, to: $to) { edges { node { id: tripId evaluation { startedAt } track { pointCount } } } } } }
  }
`);

const TripsWithEvaluations = graphql(`
  query TripsWithEvaluations($esn: String!, $from: DateTime, $to: DateTime) {
    terminal(esn: $esn) { vehicle { trips(first: 2, from: $from, to: $to) { totalCount edges { node { id: tripId track { pointCount } evaluation { verdict } } } } } }
  }
`);

function tripPage(variables: TripPageQueryVariables) {
  return stack.graphql(TripPage, variables);
}

describe('Vehicle.trips', () => {
  it('walks every page with first: 7, straddling upstream pages, and collects exactly the world’s trips in order', async () => {
    const vehicle = busiestVehicle();
    const expected = vehicle.expected();
    expect(expected.length).toBeGreaterThan(20);

    const collected: NonNullable<NonNullable<NonNullable<TripPageQuery['terminal']>['vehicle']>['trips']>['edges'] = [];
    let after: string | null = null;
    for (let round = 0; round < 100; round++) {
      await stack.resetStats();
      const response = await tripPage({ esn: vehicle.esn, first: 7, after, from: vehicle.from, to: vehicle.to });
      expect(response.errors).toBeUndefined();
      const trips = response.data!.terminal!.vehicle!.trips!;
      const offset = collected.length;
      const returned = Math.min(7, expected.length - offset);
      expect(trips.totalCount).toBe(expected.length);
      expect(trips.edges).toHaveLength(returned);
      expect(trips.pageInfo).toEqual({
        hasNextPage: offset + returned < expected.length,
        hasPreviousPage: offset > 0,
        startCursor: trips.edges[0]?.cursor ?? null,
        endCursor: trips.edges.at(-1)?.cursor ?? null,
      });
      // Upstream pages hold offsets [10(p−1), 10p): this slice touches pages ⌊offset/10⌋+1 … ⌊(offset+returned−1)/10⌋+1.
      expect(await calls(1012)).toBe(Math.floor((offset + returned - 1) / 10) - Math.floor(offset / 10) + 1);
      expect((await stack.stats()).total).toBe(await calls(1012));
      collected.push(...trips.edges);
      if (!trips.pageInfo.hasNextPage) break;
      after = trips.pageInfo.endCursor;
    }

    expect(collected.map((edge) => edge.node!.id)).toEqual(expected.map((trip) => trip.id));
    expect(new Set(collected.map((edge) => edge.cursor)).size).toBe(collected.length);
    collected.forEach(({ node }, index) => {
      const trip = expected[index]!;
      expect(node).toEqual({
        id: trip.id,
        startedAt: new Date(trip.startTime * 1000).toISOString(),
        endedAt: new Date(trip.endTime * 1000).toISOString(),
        durationSeconds: trip.endTime - trip.startTime,
        distanceKm: trip.mileageKm,
        averageFuelConsumptionLitersPer100Km: trip.averageFuelLitresPer100Km,
        fuelUsedLiters: trip.fuelLitres,
        harshAccelerations: trip.harshAccelerations,
        harshBrakings: trip.harshBrakings,
        warmUpSeconds: trip.warmUpSeconds,
        idleSeconds: trip.idleSeconds,
        topSpeedKmh: trip.maxSpeedKmh,
        maxSpeedKmh: trip.maxSpeedKmh,
      });
    });
  });

  it('fetches upstream pages lazily: only the pages the slice touches, page 1 for first: 0', async () => {
    const vehicle = busiestVehicle();
    const expected = vehicle.expected();
    const range = { esn: vehicle.esn, from: vehicle.from, to: vehicle.to };

    const firstFive = await tripPage({ ...range, first: 5 });
    expect(firstFive.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node!.id)).toEqual(expected.slice(0, 5).map((trip) => trip.id));
    expect(await calls(1012)).toBe(1);

    await stack.resetStats();
    const nextTen = await tripPage({ ...range, first: 10, after: firstFive.data!.terminal!.vehicle!.trips!.pageInfo.endCursor });
    expect(nextTen.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node!.id)).toEqual(expected.slice(5, 15).map((trip) => trip.id));
    expect(await calls(1012)).toBe(2);

    await stack.resetStats();
    const countOnly = await tripPage({ ...range, first: 0 });
    expect(countOnly.data!.terminal!.vehicle!.trips!).toMatchObject({
      totalCount: expected.length,
      edges: [],
      pageInfo: { hasNextPage: expected.length > 0, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    expect((await stack.stats()).total).toBe(1);
  });

  it('shares one upstream page between fields of a request, and asks nothing for track or evaluation unless selected', async () => {
    const vehicle = busiestVehicle();
    const response = await stack.graphql(SharedTripPage, { esn: vehicle.esn, from: vehicle.from, to: vehicle.to });
    expect(response.errors).toBeUndefined();
    const expected = vehicle.expected();
    expect(response.data!.terminal!.vehicle).toEqual({
      a: { totalCount: expected.length, edges: expected.slice(0, 3).map((trip) => ({ node: { id: trip.id } })) },
      b: { totalCount: expected.length },
    });
    expect((await stack.stats()).calls).toEqual({ '1012': 1 });
  });

  it('returns an empty connection for a range without trips, with exactly one upstream call', async () => {
    const vehicle = busiestVehicle();
    const createdAt = Math.floor(stack.simulator.world.createdAt / 1000);
    const response = await tripPage({
      esn: vehicle.esn,
      from: new Date((createdAt - 300 * DAY) * 1000).toISOString(),
      to: new Date((createdAt - 200 * DAY) * 1000).toISOString(),
    });
    expect(response.data!.terminal!.vehicle!.trips!).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    expect((await stack.stats()).calls).toEqual({ '1012': 1 });
  });

  it('defaults to the last 90 days before the request and 10 trips', async () => {
    const vehicle = busiestVehicle();
    const now = Math.floor(Date.now() / 1000);
    const response = await tripPage({ esn: vehicle.esn });
    const expected = stack.simulator.world.tripsOf(vehicle.esn).filter((trip) => trip.startTime >= now - 90 * DAY);
    expect(response.errors).toBeUndefined();
    expect(response.data!.terminal!.vehicle!.trips!.totalCount).toBe(expected.length);
    expect(response.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node!.id)).toEqual(expected.slice(0, 10).map((trip) => trip.id));
  });
});

describe('Trip.track and Trip.evaluation', () => {
  it('match the world: the track follows the trip’s distance, the evaluation its times and scores', async () => {
    const world = stack.simulator.world;
    const vehicle = busiestVehicle();
    const response = await stack.graphql(TripTrackAndEvaluation, { esn: vehicle.esn, from: vehicle.from, to: vehicle.to });
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node!);
    expect(nodes).toHaveLength(4);
    expect((await stack.stats()).calls).toEqual({ '1012': 1, '1013': 4, '1016': 4 });

    const verdicts: Record<string, string> = { 极佳: 'EXCELLENT', 良好: 'GOOD', 一般: 'AVERAGE', 较差: 'POOR', 糟糕: 'BAD' };
    for (const node of nodes) {
      const points = world.trackOf(vehicle.esn, node.id)!;
      const track = node.track!;
      expect(track.pointCount).toBe(points.length);
      expect(track.points).toEqual(points.map(([lng, lat]) => ({ lng, lat })));
      expect(Math.abs(track.lengthKm - node.distanceKm) / node.distanceKm).toBeLessThan(0.05);
      expect(track.gcj).toMatchObject({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: points.map(([lng, lat]) => [lng, lat]) },
        properties: { tripId: node.id, datum: 'GCJ-02', pointCount: points.length },
      });
      // `geoJson` is a JSON scalar, untyped in the schema; the gateway builds it with trackGeoJson.
      const wgs = track.wgs as ReturnType<typeof trackGeoJson>;
      expect(wgs.properties.datum).toBe('WGS-84');
      const [wgsLng, wgsLat] = wgs.geometry!.coordinates[0]!;
      expect(Math.abs(wgsLng! - points[0]![0])).toBeGreaterThan(0.002);
      expect(Math.abs(wgsLat! - points[0]![1])).toBeLessThan(0.01);

      const evaluation = world.evaluationOf(vehicle.esn, node.id)!;
      expect(node.evaluation).toEqual({
        distanceKm: evaluation.mileageKm,
        averageSpeedKmh: evaluation.averageSpeedKmh,
        topSpeedKmh: evaluation.fastestSpeedKmh,
        harshBrakings: evaluation.harshBrakings,
        harshAccelerations: evaluation.harshAccelerations,
        fatigueDrivingSeconds: evaluation.fatigueDrivingSeconds,
        speedingSpeedKmh: evaluation.speedingSpeedKmh === 0 ? null : evaluation.speedingSpeedKmh,
        warmUpSeconds: evaluation.warmUpSeconds,
        experiencePoints: evaluation.experiencePoints,
        startedAt: node.startedAt,
        endedAt: node.endedAt,
        drivingSeconds: evaluation.drivingSeconds,
        longDrive: evaluation.longDrive,
        verdict: verdicts[evaluation.verdict],
        verdictText: evaluation.verdict,
        fuelGrade: `RON${evaluation.fuelGrade}`,
        fuelCostYuan: evaluation.fuelCostYuan,
        carbonEmissionsKg: evaluation.carbonEmissionsKg,
      });
    }
  });

  it('null only an evaluation figure iauto360 sends garbled, with UPSTREAM_BAD_RESPONSE naming it at its own path', async () => {
    const vehicle = busiestVehicle();
    await expectGarbledFieldsAlone(
      stack,
      {
        esn: vehicle.esn,
        service: 1016,
        at: ['terminal', 'vehicle', 'trips', 'edges', 0, 'node', 'evaluation'],
        document: NewestTripEvaluation,
        variables: { from: vehicle.from, to: vehicle.to },
      },
      {
        totalMileage: ['distanceKm'],
        avgSpeed: ['averageSpeedKmh'],
        fastestSpeed: ['topSpeedKmh'],
        breakTimes: ['harshBrakings'],
        accelerateTimes: ['harshAccelerations'],
        fatigueDrivingTimes: ['fatigueDrivingSeconds'],
        speedingSpeeds: ['speedingSpeedKmh'],
        hotTime: ['warmUpSeconds'],
        totalExp: ['experiencePoints'],
        startTime: ['startedAt'],
        endTime: ['endedAt'],
        drivingTime: ['drivingSeconds'],
        isLongDrving: ['longDrive'],
        oilCost: ['fuelCostYuan'],
        carbonEmissions: ['carbonEmissionsKg'],
      },
    );
  });

  it('do not share an evaluation with a garbled figure: the next request reads it again, whole, and shares that', async () => {
    const vehicle = busiestVehicle();
    const ask = () => stack.graphql(NewestTripEvaluation, { esn: vehicle.esn, from: vehicle.from, to: vehicle.to });
    const evaluationOf = (response: Awaited<ReturnType<typeof ask>>) => response.data!.terminal!.vehicle!.trips!.edges[0]!.node!.evaluation!;
    stack.sharedCache!.clear();
    stack.simulator.setFaults({ badRecordRate: 1, services: [1016], esns: [vehicle.esn] });
    const garbled = await ask();
    stack.simulator.setFaults({ badRecordRate: 0 });
    expect(evaluationOf(garbled).distanceKm).toBeNull();
    expect(garbled.errors?.length).toBeGreaterThan(5);

    await stack.resetStats();
    const whole = await ask();
    expect(whole.errors).toBeUndefined();
    expect(evaluationOf(whole).distanceKm).toBeGreaterThan(0);
    expect((await stack.stats()).calls).toEqual({ '1012': 1, '1016': 1 });
    await stack.resetStats();
    const shared = await ask();
    expect(shared.data).toEqual(whole.data);
    expect(shared.extensions?.upstreamCost).toMatchObject({ calls: 1, cached: 1 });
    expect((await stack.stats()).calls).toEqual({ '1012': 1 });
  });

  it('keeps trip ids above 2^53 exact', async () => {
    const world = stack.simulator.world;
    const terminal = world.boundTerminals().find((candidate) => candidate.vehicle.trips.some((trip) => BigInt(trip.id) > 2n ** 53n))!;
    expect(terminal).toBeDefined();
    const expected = world.tripsOf(terminal.esn);
    const newest = expected[0]!;
    const response = await stack.graphql(NewestTripIds, {
      esn: terminal.esn,
      from: new Date((newest.startTime - 1) * 1000).toISOString(),
      to: new Date(newest.startTime * 1000).toISOString(),
    });
    expect(response.errors).toBeUndefined();
    const node = response.data!.terminal!.vehicle!.trips!.edges[0]!.node!;
    expect(node.id).toBe(newest.id);
    expect(BigInt(node.id) > 2n ** 53n).toBe(true);
    expect(node.evaluation!.startedAt).toBe(new Date(newest.startTime * 1000).toISOString());
    expect(node.track!.pointCount).toBe(world.trackOf(terminal.esn, newest.id)!.length);
  });

  it('a failing evaluation gives null with UPSTREAM_REJECTED at its path; the trips and tracks keep their data', async () => {
    const vehicle = busiestVehicle();
    // Evaluations fetched by earlier tests are shared across requests and would not reach the fault.
    stack.sharedCache?.clear();
    await stack.simulator.setFaults({ errorRate: 1, services: [1016] });
    const response = await stack.graphql(TripsWithEvaluations, { esn: vehicle.esn, from: vehicle.from, to: vehicle.to });
    const edges = response.data!.terminal!.vehicle!.trips!.edges;
    expect(edges).toHaveLength(2);
    for (const [index, edge] of edges.entries()) {
      expect(edge.node!.evaluation).toBeNull();
      expect(edge.node!.track!.pointCount).toBeGreaterThan(1);
      expect(response.errors).toContainEqual(
        expect.objectContaining({
          path: ['terminal', 'vehicle', 'trips', 'edges', index, 'node', 'evaluation'],
          extensions: expect.objectContaining({ code: 'UPSTREAM_REJECTED', service: 1016 }),
        }),
      );
    }
    expect(JSON.stringify(response)).not.toContain(stack.simulator.secureCode);
  });
});

const TripById = graphql(`
  query TripById($id: ID!) { node(id: $id) { ... on Trip { tripId distanceKm } } }
`);

const TripGlobalIds = graphql(`
  query TripGlobalIds($esn: String!, $from: DateTime, $to: DateTime) {
    terminal(esn: $esn) { vehicle { trips(first: 10, from: $from, to: $to) { edges { node { id tripId } } } } }
  }
`);

describe('a trip record iauto360 sends malformed', () => {
  it('nulls only its own node, with UPSTREAM_BAD_RESPONSE naming the record; the other trips, their cursors and totalCount stand', async () => {
    const vehicle = busiestVehicle();
    const variables = { esn: vehicle.esn, first: 10, from: vehicle.from, to: vehicle.to };
    const clean = await tripPage(variables);
    expect(clean.errors).toBeUndefined();
    stack.simulator.setFaults({ badRecordRate: 0.5, services: [1012], esns: [vehicle.esn] });

    const broken = await askUntil(
      async () => {
        await stack.resetStats();
        return tripPage(variables);
      },
      (answer) => new Set(answer.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node === null)).size === 2,
    );

    const [before, after] = [clean.data!.terminal!.vehicle!.trips!, broken.data!.terminal!.vehicle!.trips!];
    expect(after.totalCount).toBe(before.totalCount);
    expect(after.pageInfo).toEqual({ ...before.pageInfo, startCursor: after.edges[0]!.cursor, endCursor: after.edges.at(-1)!.cursor });
    const nulled = after.edges.flatMap((edge, index) => (edge.node === null ? [index] : []));
    // A well-formed trip's cursor is the same; a malformed one's names only its place (its id unread).
    after.edges.forEach((edge, index) => {
      if (edge.node !== null) expect(edge.cursor).toBe(before.edges[index]!.cursor);
      else expect(edge.cursor).not.toBe(before.edges[index]!.cursor);
    });
    expect(nulled.length).toBeGreaterThan(0);
    expect(nulled.length).toBeLessThan(after.edges.length);
    after.edges.forEach((edge, index) => {
      if (edge.node !== null) expect(edge.node).toEqual(before.edges[index]!.node);
    });
    const errors = (broken.errors ?? []).map((error) => ({ path: error.path, code: error.extensions?.code, service: error.extensions?.service }));
    expect(errors).toEqual(nulled.map((index) => ({ path: ['terminal', 'vehicle', 'trips', 'edges', index, 'node'], code: 'UPSTREAM_BAD_RESPONSE', service: 1012 })));
    for (const [position, index] of nulled.entries()) {
      expect(broken.errors![position]!.message).toMatch(new RegExp(`^iauto360 service 1012: bad response: records\\.${index}\\.startTime: `));
    }
    expect(await calls(1012)).toBe(1);

    // Paging on from a malformed trip's cursor goes on from its place.
    stack.simulator.setFaults({ badRecordRate: 0 });
    const next = await tripPage({ ...variables, first: 2, after: after.edges[nulled[0]!]!.cursor });
    const cleanNext = await tripPage({ ...variables, first: 2, after: before.edges[nulled[0]!]!.cursor });
    expect(next.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node)).toEqual(cleanNext.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node));
    expect(next.data!.terminal!.vehicle!.trips!.edges).toHaveLength(2);
  });

  it('makes node(id:) of a trip on a page with a malformed record an UPSTREAM_BAD_RESPONSE, not "no such trip"', async () => {
    const vehicle = busiestVehicle();
    const listed = await stack.graphql(TripGlobalIds, { esn: vehicle.esn, from: vehicle.from, to: vehicle.to });
    const trip = listed.data!.terminal!.vehicle!.trips!.edges[0]!.node!;
    expect((await stack.graphql(TripById, { id: trip.id })).data).toEqual({ node: { tripId: trip.tripId, distanceKm: expect.any(Number) } });
    stack.simulator.setFaults({ badRecordRate: 1, services: [1012], esns: [vehicle.esn] });

    const result = await stack.graphql(TripById, { id: trip.id });

    expect(result.data).toEqual({ node: null });
    expect(result.errors).toEqual([
      expect.objectContaining({ path: ['node'], extensions: expect.objectContaining({ code: 'UPSTREAM_BAD_RESPONSE', service: 1012 }) }),
    ]);
  });
});

describe('paging while trips are recorded', () => {
  it('goes on after the last trip seen when iauto360 records a trip between two pages: none twice, none skipped', async () => {
    const busiest = busiestVehicle().esn;
    const now = Math.floor(Date.now() / 1000);
    const terminals = stack.simulator.world
      .boundTerminals()
      .filter((candidate) => candidate.esn !== busiest && candidate.vehicle.trips.filter((trip) => trip.startTime > now - 80 * DAY).length >= 24)
      // Parked for a while, so a trip ending now fits after its last one.
      .filter((candidate) => !candidate.vehicle.condition.ignitionOn && now - candidate.vehicle.trips.at(-1)!.endTime > 2 * 3600);
    const ids = (page: { edges: Array<{ node: { id: string } | null }> }) => page.edges.map((edge) => edge.node!.id);
    try {
      for (const [first, terminal] of [[2, terminals[0]!], [10, terminals[1]!]] as const) {
        const listed = [...terminal.vehicle.trips].reverse().map((trip) => trip.id);
        const page1 = (await stack.graphql(TripPage, { esn: terminal.esn, first })).data!.terminal!.vehicle!.trips!;
        expect(ids(page1)).toEqual(listed.slice(0, first));
        // The car ends a trip while the owner reads the first page: iauto360 now lists it first.
        expect(await stack.admin('trips', { esn: terminal.esn })).toHaveProperty('trip');
        await stack.resetStats();
        const answer = await stack.graphql(TripPage, { esn: terminal.esn, first, after: page1.pageInfo.endCursor });
        const page2 = answer.data!.terminal!.vehicle!.trips!;
        expect(page2.totalCount).toBe(page1.totalCount + 1);
        expect(ids(page2)).toEqual(listed.slice(first, 2 * first));
        // Within page 1 for 2 trips; for 10, the moved trip is the first of page 2 and the page ends on page 3.
        expect(await calls(1012)).toBe(first === 2 ? 1 : 2);
        // The estimate the request was admitted on allows for that.
        expect(answer.extensions!.upstreamCost!.calls).toBeLessThanOrEqual(answer.extensions!.upstreamCost!.estimated);
      }
    } finally {
      await stack.admin('world/reset', {});
    }
    expect(describedTrips()).toContain('the next page goes on after that trip where it now is, so none is seen twice');
  });
});

describe('bad trip arguments', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['from after to', { from: '2024-03-02T00:00:00Z', to: '2024-03-01T00:00:00Z' }, 'from'],
    ['a span over the limit', { from: '2022-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' }, 'from'],
    ['a from before 1970', { from: '1960-01-01T00:00:00Z', to: '1960-02-01T00:00:00Z' }, 'from'],
    ['a to past what the service takes (year 9999)', { to: '9999-02-01T00:00:00Z' }, 'to'],
    ['first above 100', { first: 101 }, 'first'],
    ['a negative first', { first: -1 }, 'first'],
    ['a malformed cursor', { after: 'not-a-cursor' }, 'after'],
    ['a cursor of something else', { after: Buffer.from('reminder:3').toString('base64url') }, 'after'],
  ];

  for (const [name, variables, field] of cases) {
    it(`rejects ${name} with BAD_USER_INPUT naming ${field}, without calling upstream`, async () => {
      const vehicle = busiestVehicle();
      const response = await tripPage({ esn: vehicle.esn, ...variables });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect((await stack.stats()).total).toBe(0);
    });
  }

  it('rejects a bad ESN with BAD_USER_INPUT naming esn, without calling upstream', async () => {
    const response = await tripPage({ esn: '12345' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'esn' });
    expect((await stack.stats()).total).toBe(0);
  });
});
