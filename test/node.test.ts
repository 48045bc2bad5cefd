import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

const NodesById = graphql(`
  query NodesById($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename id
      ... on Terminal { esn bound }
      ... on Vehicle { esn condition { odometerKm } }
      ... on Trip { tripId startedAt distanceKm evaluation { verdict } }
      ... on Brand { catalogId name }
      ... on SubBrand { catalogId name brand { catalogId } }
      ... on Series { catalogId name }
      ... on Model { catalogId fullName }
    }
  }
`);

const NodeSample = graphql(`
  query NodeSample($esn: String!) {
    terminal(esn: $esn) {
      id
      vehicle {
        id
        trips(first: 2) { edges { node { id tripId startedAt distanceKm evaluation { verdict } } } }
        profile { model { id catalogId fullName series { id catalogId name subBrand { id catalogId name brand { id catalogId name } } } } }
      }
    }
  }
`);

const DeleteNodeTrip = graphql(`
  mutation DeleteNodeTrip($esn: String!, $tripId: ID!) { deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId } }
`);

const GoodAndBadNode = graphql(`
  query GoodAndBadNode($good: ID!, $bad: ID!) { good: node(id: $good) { id ... on Vehicle { esn } } bad: node(id: $bad) { id } }
`);

const VehiclesInOrder = graphql(`
  query VehiclesInOrder($esns: [String!]!) { vehicles(esns: $esns) { esn profile { plateNumber } } }
`);

async function nodes(ids: string[]) {
  return stack.graphql(NodesById, { ids });
}

/** A vehicle with trips, its first trips with their global ids, and the catalog ids of its model's path. */
async function sample() {
  const terminal = stack.simulator.world.boundTerminals().find((candidate) => candidate.vehicle.trips.length > 2)!;
  const result = await stack.graphql(NodeSample, { esn: terminal.esn });
  expect(result.errors).toBeUndefined();
  return { terminal, data: result.data!.terminal! };
}

describe('global object identification (Relay Node)', () => {
  it('refetches every kind of node alone by its opaque, stable id', async () => {
    const { terminal, data } = await sample();
    const again = await sample();
    expect(again.data).toEqual(data);
    const vehicle = data.vehicle!;
    const trip = vehicle.trips!.edges[0]!.node;
    const model = vehicle.profile!.model!;
    const series = model.series!;
    const subBrand = series.subBrand!;
    const brand = subBrand.brand!;
    for (const id of [data.id, vehicle.id, trip!.id, model.id, series.id]) {
      expect(id).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(id).not.toContain(terminal.esn);
    }

    await stack.resetStats();
    const result = await nodes([
      data.id,
      vehicle.id,
      trip!.id,
      brand.id,
      subBrand.id,
      series.id,
      model.id,
    ]);

    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([
      { __typename: 'Terminal', id: data.id, esn: terminal.esn, bound: true },
      { __typename: 'Vehicle', id: vehicle.id, esn: terminal.esn, condition: { odometerKm: expect.closeTo(terminal.vehicle.condition.odometerKm, 1) } },
      { __typename: 'Trip', ...trip },
      { __typename: 'Brand', id: brand.id, catalogId: brand.catalogId, name: brand.name },
      { __typename: 'SubBrand', id: subBrand.id, catalogId: subBrand.catalogId, name: subBrand.name, brand: { catalogId: brand.catalogId } },
      { __typename: 'Series', id: series.id, catalogId: series.catalogId, name: series.name },
      { __typename: 'Model', id: model.id, catalogId: model.catalogId, fullName: model.fullName },
    ]);
    // The trip comes back with one trip-list call (its id carries its start time); its evaluation and the catalog are shared caches.
    expect((await stack.stats()).calls).toEqual({ '1001': 1, '1011': 1, '1012': 1 });
  });

  it('gives each refused or vanished id its own null and coded error, keeping the others', async () => {
    const { terminal, data } = await sample();
    const trip = data.vehicle!.trips!.edges[1]!.node;
    const deleted = await stack.graphql(DeleteNodeTrip, { esn: terminal.esn, tripId: trip!.tripId });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteTrip).toEqual({ deletedTripId: trip!.tripId });
    const foreignType = Buffer.from('Query:1').toString('base64');
    const badEsn = Buffer.from('Terminal:12345').toString('base64');

    const result = await nodes([data.id, 'not-an-id', trip!.id, foreignType, badEsn]);

    expect(result.data!.nodes.map((node) => node?.__typename ?? null)).toEqual(['Terminal', null, null, null, null]);
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.field ?? null])).toEqual(
      expect.arrayContaining([
        [['nodes', 1], 'BAD_USER_INPUT', 'ids.1'],
        [['nodes', 2], 'NOT_FOUND', null],
        [['nodes', 3], 'BAD_USER_INPUT', 'ids.3'],
        [['nodes', 4], 'BAD_USER_INPUT', 'ids.4'],
      ]),
    );
    expect(result.errors).toHaveLength(4);
    await stack.admin('world/reset', {});
  });

  it('answers node(id:) for one id, null with its code for a bad one', async () => {
    const { data } = await sample();
    const result = await stack.graphql(GoodAndBadNode, { good: data.vehicle!.id, bad: 'Zm9v' });
    expect(result.data).toEqual({ good: { id: data.vehicle!.id, esn: expect.stringMatching(/^\d{15}$/) }, bad: null });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['bad'], 'BAD_USER_INPUT']]);
  });
});

describe('vehicles(esns:)', () => {
  it('gives the vehicles in the order asked, a malformed ESN nulling only its own item', async () => {
    const [first, second] = stack.simulator.world.boundTerminals();
    const result = await stack.graphql(VehiclesInOrder, { esns: [first!.esn, 'bad', second!.esn] });
    expect(result.data!.vehicles).toEqual([
      { esn: first!.esn, profile: { plateNumber: first!.vehicle.profile.plateNumber } },
      null,
      { esn: second!.esn, profile: { plateNumber: second!.vehicle.profile.plateNumber } },
    ]);
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.field])).toEqual([[['vehicles', 1], 'BAD_USER_INPUT', 'esns.1']]);
    expect((await stack.stats()).calls).toEqual({ '1021': 2 });
  });
});
