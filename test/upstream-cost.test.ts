import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cursorKey } from '../src/domain/sealed-cursor.ts';
import { sealTripCursor } from '../src/domain/trip-paging.ts';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

const CostTerminalAndCondition = graphql(`
  query CostTerminalAndCondition($esn: String!) { terminal(esn: $esn) { bound mobile vehicle { condition { odometerKm } } } }
`);
const CostFirstTripTrack = graphql(`
  query CostFirstTripTrack($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { edges { node { track { pointCount } } } } } } }
`);
const CostRunaway = graphql(`
  query CostRunaway($esns: [String!]!) {
    terminals(esns: $esns) { vehicle { trips(first: 100) { edges { node { track { pointCount } evaluation { verdict } } } } } }
  }
`);
const CostFleetDashboard = graphql(`
  query CostFleetDashboard($esns: [String!]!) {
    terminals(esns: $esns) { bound vehicle { condition { odometerKm } profile { fuelGrade } tires { hasAlerts } trips(first: 5) { totalCount } } }
  }
`);
const CostFleetBound = graphql(`
  query CostFleetBound($esns: [String!]!) { terminals(esns: $esns) { bound } }
`);
const CostUnknownModel = graphql(`
  query CostUnknownModel { model(id: 999999) { id } }
`);

const CostProfileUpdate = graphql(`
  mutation CostProfileUpdate($esn: String!) { updateVehicleProfile(esn: $esn, input: { insurer: "平安车险" }) { profile { insurer } } }
`);

const CostTripIds = graphql(`
  query CostTripIds($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 3) { edges { node { id } } } } } }
`);
const CostNode = graphql(`
  query CostNode($id: ID!) { node(id: $id) { id } }
`);
const CostNodes = graphql(`
  query CostNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }
`);

const stack = useStack({ maxUpstreamCallsPerRequest: 40 });
const bound = () => stack.simulator.world.boundTerminals().map((terminal) => terminal.esn);

describe('extensions.upstreamCost', () => {
  it('reports the estimate, the calls made per service and the cached answers', async () => {
    const [esn] = bound();
    const answer = await stack.graphql(CostTerminalAndCondition, { esn: esn! });
    expect(answer.errors).toBeUndefined();
    const truth = stack.simulator.world.terminal(esn!)!;
    expect(answer.data?.terminal).toMatchObject({ bound: true, vehicle: { condition: { odometerKm: expect.closeTo(truth.vehicle.condition.odometerKm, 1) } } });
    expect(answer.extensions?.upstreamCost).toEqual({ estimated: 2, calls: 2, cached: 0, byService: { 1001: 1, 1011: 1 } });
    expect((await stack.stats()).total).toBe(2);
  });

  it("counts a mutation payload's reads: updateVehicleProfile { profile } is the write and the read back", async () => {
    const answer = await stack.graphql(CostProfileUpdate, { esn: bound()[0]! });
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions?.upstreamCost).toEqual({ estimated: 2, calls: 2, cached: 0, byService: { 1021: 1, 1022: 1 } });
  });

  it('counts the loads of node(id:) and nodes(ids:): a trip by its id is a trip-list call, a catalog node its catalog calls', async () => {
    const esn = stack.simulator.world.boundTerminals().find((terminal) => terminal.vehicle.trips.length >= 3)!.esn;
    const trips = await stack.graphql(CostTripIds, { esn });
    const tripIds = trips.data!.terminal!.vehicle!.trips!.edges.map((edge) => edge.node!.id);
    await stack.resetStats();
    const one = await stack.graphql(CostNode, { id: tripIds[0]! });
    expect(one.errors).toBeUndefined();
    expect(one.extensions?.upstreamCost).toEqual({ estimated: 1, calls: 1, cached: 0, byService: { 1012: 1 } });
    const terminalId = Buffer.from(`Terminal:${esn}`).toString('base64');
    const many = await stack.graphql(CostNodes, { ids: [...tripIds, terminalId] });
    expect(many.errors).toBeUndefined();
    expect(many.extensions?.upstreamCost).toEqual({ estimated: 3, calls: 3, cached: 0, byService: { 1012: 3 } });
    const model = await stack.graphql(CostNodes, { ids: [Buffer.from('Model:12:12:123:3434').toString('base64')] });
    expect(model.errors).toBeUndefined();
    expect(model.extensions!.upstreamCost!.estimated).toBeGreaterThanOrEqual(model.extensions!.upstreamCost!.calls);
    expect(model.extensions!.upstreamCost!.calls).toBeGreaterThan(0);
  });

  it('counts an immutable answer from the shared cache as cached, not as a call', async () => {
    const [esn] = bound();
    const first = await stack.graphql(CostFirstTripTrack, { esn: esn! });
    const again = await stack.graphql(CostFirstTripTrack, { esn: esn! });
    expect(again.data).toEqual(first.data);
    expect(again.extensions?.upstreamCost).toMatchObject({ estimated: 2, calls: 1, cached: 1, byService: { 1012: 1 } });
  });
});

describe('MAX_UPSTREAM_COST (default 2500), before any call', () => {
  it('refuses a runaway (every vehicle × 100 trips × track and evaluation) with the estimate and the limit, making no call', async () => {
    const answer = await stack.graphql(CostRunaway, { esns: Array.from({ length: 100 }, (_, index) => bound()[index % bound().length]!) });
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_COST_LIMIT', estimated: 100 * (10 + 100 * 2), limit: 2500 });
    expect((await stack.stats()).total).toBe(0);
  });

  it('lets a 100-vehicle dashboard through', async () => {
    const esns = Array.from({ length: 100 }, (_, index) => bound()[index % bound().length]!);
    const answer = await stack.graphql(CostFleetDashboard, { esns });
    // 100 × (1001 + 1011 + 1021 + 1019 + 1012 page 1) = 500, within the budget (the 40-call cap of this stack then stops it).
    expect(answer.extensions?.upstreamCost?.estimated).toBe(500);
    expect(answer.errors?.every((error) => error.extensions?.code === 'UPSTREAM_CALL_LIMIT')).toBe(true);
    expect((await stack.stats()).total).toBe(40);
  });
});

describe('a list argument beyond its limit', () => {
  // Counted in full, each of these would be refused for its cost (UPSTREAM_COST_LIMIT, naming no
  // argument); its own rule refuses it with BAD_USER_INPUT naming the argument, at no cost.
  const cases = [
    {
      name: 'trips(first: 100000)',
      query: `query ($esns: [String!]!) { terminals(esns: $esns) { esn vehicle { trips(first: 100000) { edges { node { track { pointCount } } } } } } }`,
      variables: () => ({ esns: bound().slice(0, 3) }),
      field: 'first',
      message: 'at most 100 per page',
      paths: [0, 1, 2].map((index) => ['terminals', index, 'vehicle', 'trips']),
    },
    {
      name: 'terminals(esns:) with 3,000 ESNs',
      query: `query ($esns: [String!]!) { terminals(esns: $esns) { vehicle { condition { odometerKm } } } }`,
      variables: () => ({ esns: Array.from({ length: 3_000 }, (_, index) => bound()[index % bound().length]!) }),
      field: 'esns',
      message: 'ask for at most 100 ESNs at once',
      paths: [['terminals']],
    },
    {
      name: 'nodes(ids:) with 3,000 ids',
      query: `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Vehicle { condition { odometerKm } tires { hasAlerts } } } }`,
      variables: () => ({ ids: Array.from({ length: 3_000 }, (_, index) => `Vehicle:${bound()[index % bound().length]!}`) }),
      field: 'ids',
      message: 'ask for at most 100 ids at once',
      paths: [['nodes']],
    },
  ];

  it.each(cases)('$name is refused by its own rule, naming $field, with no call', async ({ query, variables, field, message, paths }) => {
    // Raw on purpose: out-of-range arguments, sent as a client would.
    const answer = await stack.graphql(query, variables());
    expect(answer.errors?.map((error) => error.path)).toEqual(paths);
    for (const error of answer.errors ?? []) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toContain(message);
    }
    expect(answer.extensions?.upstreamCost).toMatchObject({ estimated: 0, calls: 0 });
    expect((await stack.stats()).total).toBe(0);
  });

  it('still counts the rest of the operation', async () => {
    const [esn] = bound();
    const answer = await stack.graphql(`query ($esn: String!) { terminal(esn: $esn) { bound vehicle { trips(first: 101) { totalCount } } } }`, { esn: esn! });
    expect(answer.data).toEqual({ terminal: { bound: true, vehicle: { trips: null } } });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(answer.extensions?.upstreamCost).toMatchObject({ estimated: 1, calls: 1, byService: { 1001: 1 } });
  });
});

describe('the per-request cap counts every attempt and every catalog call', () => {
  it('retries count: with 503s and a cap of 40, at most 40 HTTP calls reach the upstream', async () => {
    stack.simulator.setFaults({ http5xxRate: 1, services: [1001] });
    const esns = bound().slice(0, 15);
    const answer = await stack.graphql(CostFleetBound, { esns });
    expect(answer.extensions?.upstreamCost?.calls).toBe(40);
    expect((await stack.stats()).total).toBe(40);
  });

  it('catalog calls count: an unknown model id on a cold catalog stops at the cap', async () => {
    const answer = await stack.graphql(CostUnknownModel);
    expect((await stack.stats()).total).toBeLessThanOrEqual(40);
    expect(answer.extensions?.upstreamCost?.calls).toBe((await stack.stats()).total);
  });
});

describe('the estimate bounds the calls actually made', () => {
  const terminalFields = ['bound', 'mobile', 'plateNumber', 'pluggedIn'];
  const vehicleFields = [
    'condition { odometerKm }',
    'profile { fuelGrade model { fullName } }',
    'tires { hasAlerts }',
    'healthCheck { engineRpm }',
    'batteryHistory { voltage }',
    'fuelStatistics { overall { distanceKm } lastDay { distanceKm } }',
  ];
  const tripsField = fc
    .record({
      // Now and then a page size its rule refuses: the estimate counts nothing for it.
      first: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 25 }), weight: 6 }, { arbitrary: fc.constantFrom(-1, 101, 100_000), weight: 1 }),
      after: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      track: fc.boolean(),
      evaluation: fc.boolean(),
    })
    .map(({ first, after, track, evaluation }) => {
      const node = ['id', track ? 'track { pointCount }' : '', evaluation ? 'evaluation { verdict }' : ''].join(' ');
      return `trips(first: ${first}${after === undefined ? '' : `, after: "@cursor${after}@"`}) { totalCount edges { node { ${node} } } }`;
    });
  const vehicleSelection = fc
    .tuple(fc.subarray(vehicleFields), fc.option(tripsField, { nil: undefined }))
    .map(([fields, trips]) => [...fields, trips ?? ''].join(' ').trim() || 'esn');
  const terminalSelection = fc
    .tuple(fc.subarray(terminalFields), fc.option(vehicleSelection, { nil: undefined }))
    .map(([fields, vehicle]) => [...fields, vehicle ? `vehicle { ${vehicle} }` : ''].join(' ').trim() || 'esn');
  const rootField = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 19 }), terminalSelection).map(([index, selection]) => ({ kind: 'terminal' as const, index, selection })),
    fc.tuple(fc.array(fc.integer({ min: 0, max: 19 }), { minLength: 1, maxLength: 4 }), terminalSelection).map(([indexes, selection]) => ({ kind: 'terminals' as const, indexes, selection })),
    fc.constantFrom('brands { subBrands { name } }', 'brand(id: 12) { name subBrands { series { name } } }', 'model(id: 999999) { id }').map((selection) => ({ kind: 'catalog' as const, selection })),
  );

  it('estimate ≥ calls made, over generated queries', async () => {
    const terminals = stack.simulator.world.terminals.map((terminal) => terminal.esn);
    await fc.assert(
      fc.asyncProperty(fc.array(rootField, { minLength: 1, maxLength: 3 }), async (roots) => {
        const fields = roots.map((root, position) => {
          if (root.kind === 'terminal') return `f${position}: terminal(esn: "${terminals[root.index]}") { ${root.selection} }`;
          if (root.kind === 'terminals') return `f${position}: terminals(esns: [${root.indexes.map((index) => `"${terminals[index]}"`).join(', ')}]) { ${root.selection} }`;
          return `f${position}: ${root.selection}`;
        });
        // Cursors sealed for the first terminal a root asks for (the others refuse it, at no cost).
        const key = cursorKey(stack.simulator.secureCode);
        const sealed = fields.map((field, position) => {
          const root = roots[position]!;
          const owner = root.kind === 'terminal' ? terminals[root.index]! : root.kind === 'terminals' ? terminals[root.indexes[0]!]! : '';
          return field.replace(/@cursor(\d+)@/g, (_, offset: string) => sealTripCursor({ offset: Number(offset), tripId: null }, owner, key));
        });
        await stack.resetStats();
        // Raw on purpose: a document generated by fast-check, not a fixed one codegen could see.
        const answer = await stack.graphql(`{ ${sealed.join(' ')} }`);
        const cost = answer.extensions?.upstreamCost;
        expect(cost).toBeDefined();
        const { total } = await stack.stats();
        expect(cost!.calls).toBe(total);
        expect(cost!.estimated).toBeGreaterThanOrEqual(total);
      }),
      { numRuns: 40, seed: 20261129 },
    );
  });
});
