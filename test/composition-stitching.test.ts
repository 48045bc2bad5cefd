import { stitchSchemas } from '@graphql-tools/stitch';
import type { AsyncExecutor } from '@graphql-tools/utils';
import { print } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema as iautoSchema } from '../src/schema/index.ts';
import { type Driver, serveSchema } from './helpers/fleet-ops.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

/** An HTTP executor that counts the requests it sends: the stitcher's only way to reach a service. */
function httpExecutor(url: string, sent: { count: number }): AsyncExecutor {
  return async ({ document, variables, operationName }) => {
    sent.count++;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables, operationName }),
    });
    return response.json();
  };
}

/** The merge configuration README's "Using it in a larger graph" shows: Terminal merged by esn through the batch field. */
const terminalMerge = {
  Terminal: {
    selectionSet: '{ esn }',
    fieldName: 'terminals',
    key: ({ esn }: { esn: string }) => esn,
    argsFromKeys: (esns: readonly string[]) => ({ esns }),
  },
};

describe('this gateway stitched into a larger graph (@graphql-tools/stitch type merging)', () => {
  let drivers: Driver[];
  let fleetOps: Awaited<ReturnType<typeof serveSchema>>;
  let stitched: Awaited<ReturnType<typeof serveSchema>>;
  const sentToIauto = { count: 0 };

  beforeAll(async () => {
    const world = stack.simulator.world;
    const [first, second] = world.boundTerminals();
    const unbound = world.terminals.find((terminal) => terminal.binding === null)!;
    drivers = [
      { id: 'd1', name: '王伟', esn: first!.esn },
      { id: 'd2', name: '李娜', esn: unbound.esn },
      { id: 'd3', name: '张敏', esn: 'not-an-esn' },
      { id: 'd4', name: '刘洋', esn: second!.esn },
    ];
    const fleetSchema = createSchema({
      typeDefs: /* GraphQL */ `
        type Driver { id: ID! name: String! terminal: Terminal }
        type Terminal { esn: String! }
        type Query { drivers: [Driver!]! }
      `,
      resolvers: { Query: { drivers: () => drivers }, Driver: { terminal: (driver: Driver) => ({ esn: driver.esn }) } },
    });
    fleetOps = await serveSchema(fleetSchema);
    const gatewaySchema = stitchSchemas({
      subschemas: [
        { schema: fleetSchema, executor: httpExecutor(fleetOps.url, { count: 0 }) },
        { schema: iautoSchema, executor: httpExecutor(stack.url, sentToIauto), merge: terminalMerge },
      ],
    });
    stitched = await serveSchema(gatewaySchema);
  });
  afterAll(async () => {
    await stitched?.close();
    await fleetOps?.close();
  });

  // Raw on purpose: sent to the stitched gateway, whose schema (with fleet-ops' drivers) is not the one codegen reads.
  async function ask<TData>(query: string) {
    const response = await fetch(stitched.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data: TData; errors?: Array<{ path: Array<string | number>; extensions?: Record<string, unknown> }> };
  }
  type StitchedTerminal = { esn: string; bound: boolean | null; plateNumber: string | null; vehicle: { condition: { odometerKm: number } | null } | null };

  it('joins every driver to its terminal in one request to this gateway, with the fewest upstream calls, each failure at its own driver', async () => {
    sentToIauto.count = 0;
    await stack.resetStats();

    const result = await ask<{ drivers: Array<{ id: string; name: string; terminal: StitchedTerminal }> }>(
      `{ drivers { id name terminal { esn bound plateNumber vehicle { condition { odometerKm } } } } }`,
    );

    const truth = (esn: string) => stack.simulator.world.terminal(esn)!;
    expect(result.data.drivers.map((driver) => [driver.id, driver.terminal.esn])).toEqual(drivers.map((driver) => [driver.id, driver.esn]));
    for (const index of [0, 3]) {
      const { terminal } = result.data.drivers[index]!;
      expect(terminal).toMatchObject({ bound: true, plateNumber: truth(terminal.esn).vehicle.profile.plateNumber });
      expect(terminal.vehicle!.condition!.odometerKm).toBeCloseTo(truth(terminal.esn).vehicle.condition.odometerKm, 1);
    }
    // The unbound terminal: its status is there, its vehicle data is refused upstream.
    expect(result.data.drivers[1]!.terminal).toEqual({ esn: drivers[1]!.esn, bound: false, plateNumber: null, vehicle: { condition: null } });
    // The malformed ESN: only this driver's terminal loses what this gateway adds, each field with the code intact.
    expect(result.data.drivers[2]!.terminal).toEqual({ esn: 'not-an-esn', bound: null, plateNumber: null, vehicle: null });
    const errors = (result.errors ?? []).map((error) => ({ path: error.path.join('.'), code: error.extensions?.code, field: error.extensions?.field }));
    expect(errors.filter((error) => error.path.startsWith('drivers.2.'))).toEqual([
      { path: 'drivers.2.terminal.bound', code: 'BAD_USER_INPUT', field: 'esns.2' },
      { path: 'drivers.2.terminal.plateNumber', code: 'BAD_USER_INPUT', field: 'esns.2' },
      { path: 'drivers.2.terminal.vehicle', code: 'BAD_USER_INPUT', field: 'esns.2' },
    ]);
    // The rejected condition keeps its code; @graphql-tools/stitch 10.3 reports a nested error of a batch-merged item at the first item's index.
    expect(errors.filter((error) => !error.path.startsWith('drivers.2.'))).toEqual([
      { path: expect.stringMatching(/^drivers\.\d\.terminal\.vehicle\.condition$/), code: 'UPSTREAM_REJECTED', field: undefined },
    ]);
    expect(JSON.stringify(result)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(sentToIauto.count).toBe(1);
    // One terminal status and one condition per valid ESN; nothing for the malformed one.
    expect((await stack.stats()).calls).toEqual({ '1001': 3, '1011': 3 });
  });
});
