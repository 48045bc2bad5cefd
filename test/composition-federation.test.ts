import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { useApolloFederation } from '@envelop/apollo-federation';
import { GraphQLError, parse } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver, serveSchema } from './helpers/fleet-ops.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

/** A second subgraph that extends this gateway's Terminal entity with its driver. */
function fleetOpsSubgraph(drivers: Driver[]) {
  return buildSubgraphSchema({
    typeDefs: parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
      type Driver { id: ID! name: String! terminal: Terminal }
      type Terminal @key(fields: "esn") { esn: String! driver: Driver }
      type Query { drivers: [Driver!]! }
    `),
    resolvers: {
      Query: { drivers: () => drivers },
      Driver: { terminal: (driver: Driver) => ({ esn: driver.esn }) },
      Terminal: {
        __resolveReference: (reference: { esn: string }) => reference,
        driver: (terminal: { esn: string }) => drivers.find((driver) => driver.esn === terminal.esn) ?? null,
      },
    } as never,
  });
}

describe('this gateway as an Apollo Federation subgraph, composed with a second subgraph', () => {
  let drivers: Driver[];
  let fleetOps: Awaited<ReturnType<typeof serveSchema>>;
  let gateway: ApolloGateway;
  let routerUrl: string;
  let closeRouter: () => Promise<void>;

  beforeAll(async () => {
    const [first, second] = stack.simulator.world.boundTerminals();
    drivers = [
      { id: 'd1', name: '王伟', esn: first!.esn },
      { id: 'd2', name: '张敏', esn: 'not-an-esn' },
      { id: 'd3', name: '刘洋', esn: second!.esn },
    ];
    fleetOps = await serveSchema(fleetOpsSubgraph(drivers));
    // The supergraph is composed from each subgraph's `_service { sdl }`, fetched over HTTP.
    gateway = new ApolloGateway({
      supergraphSdl: new IntrospectAndCompose({
        subgraphs: [
          { name: 'iauto', url: stack.url },
          { name: 'fleet-ops', url: fleetOps.url },
        ],
      }),
    });
    const { schema } = await gateway.load();
    const router = createYoga({
      schema,
      plugins: [useApolloFederation({ gateway })],
      // A subgraph's errors are already safe and coded: pass them on (they carry `serviceName`), mask the rest.
      maskedErrors: {
        maskError: (error, message, isDev) =>
          error instanceof GraphQLError && error.extensions.serviceName ? error : maskError(error, message, isDev),
      },
      landingPage: false,
      graphiql: false,
    });
    const server = createServer(router);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    routerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    closeRouter = () => new Promise<void>((resolve) => server.close(() => resolve()));
  });
  afterAll(async () => {
    await closeRouter?.();
    await gateway?.stop();
    await fleetOps?.close();
  });

  // Raw on purpose: these go to the federated router, whose supergraph (with fleet-ops' drivers) is not the schema codegen reads.
  async function ask<TData>(query: string) {
    const response = await fetch(routerUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data: TData; errors?: Array<{ path?: Array<string | number>; extensions?: Record<string, unknown> }> };
  }
  type RouterTerminal = { esn: string; bound: boolean | null; plateNumber: string | null; vehicle: { condition: { odometerKm: number } | null } | null };

  it('resolves drivers (fleet-ops) to their terminals and vehicles (this subgraph) in one entity fetch, a bad ESN nulling only its own data', async () => {
    await stack.resetStats();
    const result = await ask<{ drivers: Array<{ name: string; terminal: RouterTerminal }> }>(`{ drivers { name terminal { esn bound plateNumber vehicle { condition { odometerKm } } } } }`);

    const truth = (esn: string) => stack.simulator.world.terminal(esn)!;
    expect(result.data.drivers[0]!.terminal).toMatchObject({ esn: drivers[0]!.esn, bound: true, plateNumber: truth(drivers[0]!.esn).vehicle.profile.plateNumber });
    expect(result.data.drivers[0]!.terminal.vehicle!.condition!.odometerKm).toBeCloseTo(truth(drivers[0]!.esn).vehicle.condition.odometerKm, 1);
    expect(result.data.drivers[2]!.terminal).toMatchObject({ esn: drivers[2]!.esn, bound: true });
    expect(result.data.drivers[1]).toEqual({ name: '张敏', terminal: { esn: 'not-an-esn', bound: null, plateNumber: null, vehicle: null } });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.serviceName])).toEqual([
      [['drivers', 1, 'terminal'], 'BAD_USER_INPUT', 'iauto'],
    ]);
    // One 1001 and one 1011 per valid ESN: the references are resolved together through this gateway's request loader.
    expect((await stack.stats()).calls).toEqual({ '1001': 2, '1011': 2 });
  });

  it('extends Terminal from the other side: terminals (this subgraph) to their drivers (fleet-ops)', async () => {
    const result = await ask<{ terminals: Array<{ esn: string; plateNumber: string | null; driver: { name: string } }> }>(
      `{ terminals(esns: ["${drivers[0]!.esn}", "${drivers[2]!.esn}"]) { esn plateNumber driver { name } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.terminals.map((terminal) => [terminal.esn, terminal.driver.name])).toEqual([
      [drivers[0]!.esn, '王伟'],
      [drivers[2]!.esn, '刘洋'],
    ]);
  });
});
