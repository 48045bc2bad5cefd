import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

// Raw on purpose: _service and _entities are added at run time by @apollo/subgraph and are in neither schema file codegen could read.
const entities = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Terminal { esn bound plateNumber }
      ... on Vehicle { esn condition { odometerKm } }
    }
  }
`;

describe('the Apollo Federation subgraph at /graphql', () => {
  it('answers _service { sdl } with the committed schema.subgraph.graphql: Terminal and Vehicle keyed by esn', async () => {
    const result = await stack.graphql<{ _service: { sdl: string } }, unknown>('{ _service { sdl } }');
    expect(result.errors).toBeUndefined();
    expect(`${result.data!._service.sdl}\n`).toBe(readFileSync(new URL('../schema.subgraph.graphql', import.meta.url), 'utf8'));
    expect(result.data!._service.sdl).toMatch(/type Terminal implements Node\s+@key\(fields: "esn"\)/);
    expect(result.data!._service.sdl).toMatch(/type Vehicle implements Node\s+@key\(fields: "esn"\)/);
  });

  it('resolves entity references through the request loader: one call per distinct ESN and service, a bad ESN nulling only its entity', async () => {
    const [first, second] = stack.simulator.world.boundTerminals();
    const representations = [
      { __typename: 'Terminal', esn: first!.esn },
      { __typename: 'Vehicle', esn: first!.esn },
      { __typename: 'Terminal', esn: second!.esn },
      { __typename: 'Terminal', esn: 'not-an-esn' },
      { __typename: 'Vehicle', esn: second!.esn },
      { __typename: 'Terminal', esn: first!.esn },
    ];

    const result = await stack.graphql<{ _entities: Array<Record<string, unknown> | null> }, unknown>(entities, { representations });

    const terminal = (truth: typeof first) => ({ __typename: 'Terminal', esn: truth!.esn, bound: true, plateNumber: truth!.vehicle.profile.plateNumber });
    const vehicle = (truth: typeof first) => ({
      __typename: 'Vehicle',
      esn: truth!.esn,
      condition: { odometerKm: expect.closeTo(truth!.vehicle.condition.odometerKm, 1) },
    });
    expect(result.data!._entities).toEqual([terminal(first), vehicle(first), terminal(second), null, vehicle(second), terminal(first)]);
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['_entities', 3], 'BAD_USER_INPUT']]);
    expect((await stack.stats()).calls).toEqual({ '1001': 2, '1011': 2 });
  });

  it('refuses alone, BAD_USER_INPUT at its index, a representation that names no entity type, without an internal error or an error line', async () => {
    const [first] = stack.simulator.world.boundTerminals();
    const representations = [{ esn: first!.esn }, { __typename: 'Terminal', esn: first!.esn }, { __typename: 'Query' }, { __typename: '__proto__' }, 5, 'Terminal'];
    const result = await stack.graphql<{ _entities: Array<Record<string, unknown> | null> }, unknown>(entities, { representations });
    expect(result.data!._entities).toEqual([null, { __typename: 'Terminal', esn: first!.esn, bound: true, plateNumber: first!.vehicle.profile.plateNumber }, null, null, null, null]);
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.field])).toEqual(
      [0, 2, 3, 4, 5].map((index) => [['_entities', index], 'BAD_USER_INPUT', `representations.${index}`]),
    );
    expect(result.errors![0]!.message).toBe('Invalid input. representations.0: not a representation of Terminal or Vehicle (an object with its "__typename" and key fields)');
    expect(stack.logRecords().filter((record) => Number(record.level) >= 50)).toEqual([]);
    expect((await stack.stats()).calls).toEqual({ '1001': 1 });
  });
});
