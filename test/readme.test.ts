import { readFileSync } from 'node:fs';
import { type DocumentNode, Kind, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleQuery } from '../src/example-query.ts';
import { schema } from '../src/schema/index.ts';
import * as fleetPage from '../web/src/gql/graphql.ts';
import { subscribe } from './helpers/subscriptions.ts';
import { useStack } from './helpers/use-stack.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

interface ExampleOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Every operation of every README example, in reading order, with the variables its `# variables:` line gives. */
const operations: ExampleOperation[] = examples.flatMap((example) => {
  const variables = /^# variables: (.*)$/m.exec(example)?.[1];
  return parse(example).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [{ name: definition.name?.value ?? 'anonymous', query: print(definition), variables: variables ? JSON.parse(variables) : {} }]
      : [],
  );
});

describe('the documented operations', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(operations.length).toBeGreaterThanOrEqual(9);
  });

  it.each(examples.map((example) => [example.split('\n')[0], example]))('are valid against the schema: %s', (_title, example) => {
    expect(validate(schema, parse(example)).map((error) => error.message)).toEqual([]);
  });

  it("include GraphiQL's opening query", () => {
    expect(validate(schema, parse(exampleQuery(['861276678889726']))).map((error) => error.message)).toEqual([]);
  });

  it("include every operation of the fleet page, exactly as the page sends it", () => {
    const documented = examples.map((example) => print(parse(example)));
    const operations = Object.entries(fleetPage).filter(([name]) => name.endsWith('Document')) as Array<[string, DocumentNode]>;
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const [name, document] of operations) expect(documented, name).toContain(print(document));
  });
});

describe('the documented operations, run as written against the default simulated world', () => {
  const stack = useStack();

  /** What each example must show beyond running without an error. */
  const expectations: Record<string, (data: any) => void> = {
    Fleet: (data) => {
      expect(data.terminals.map((terminal: { esn: string }) => terminal.esn)).toEqual(operations.find((op) => op.name === 'Fleet')!.variables.esns);
      for (const terminal of data.terminals) expect(terminal.vehicle.trips.totalCount).toBeGreaterThan(0);
    },
    Vehicle: (data) => expect(data.terminal).toMatchObject({ bound: true, pluggedIn: true }),
    // The answer the README quotes for the open embedded simulator.
    MyAccess: (data) =>
      expect(data.myAccess).toEqual({ name: 'anonymous', scopes: ['READ', 'MANAGE', 'CONTROL'], reachesEveryTerminal: true, terminalCount: null, authenticated: false }),
    Bind: (data) => expect(data.bindTerminal.terminal).toEqual({ bound: true, mobile: '13600000000' }),
    Unbind: (data) => expect(data.unbindTerminal.terminal).toEqual({ bound: false }),
    UpdateProfile: (data) => expect(data.updateVehicleProfile.profile).toEqual({ fuelGrade: 'RON95', maintenanceIntervalKm: 7500, insurer: '平安车险' }),
    DeleteTrip: (data) => expect(data.deleteTrip.deletedTripId).toBe('86196134264565377'),
    Refetch: (data) =>
      expect(data.nodes).toEqual([
        expect.objectContaining({ catalogId: 3434, fullName: '北京现代 ix25 2017款 1.4T 双离合 智能型' }),
        expect.objectContaining({ name: '现代' }),
        expect.objectContaining({ esn: '867659764755235', bound: true }),
      ]),
    Lock: (data) => {
      expect(data.lockDoors).toMatchObject({ state: 'ACCEPTED' });
      lockCommandId = data.lockDoors.id;
    },
    // The car answers the lock with 关锁成功, or 关锁失败 while its ignition is on.
    Alerts: (data) => expect(data.vehicleEvents).toMatchObject({ __typename: 'DoorEvent', esn: '867659764755235', action: 'LOCK', outcome: lockOutcome() }),
    FollowCommand: (data) => expect(data.doorCommand.state).toBe(lockOutcome()),
  };
  const lockOutcome = () => (stack.simulator.world.terminal('867659764755235')!.vehicle.condition.ignitionOn ? 'FAILED' : 'SUCCEEDED');
  /** The command the Lock example sent: the FollowCommand example follows it instead of its placeholder id. */
  let lockCommandId = '';

  /** A subscription example's first result, over Server-Sent Events as GraphiQL runs it. */
  async function firstResult(query: string, variables: Record<string, unknown>) {
    const withId = (text: string) => text.replace('paste-the-id-here', lockCommandId);
    const subscription = subscribe('sse', stack.url, parse(withId(query)), JSON.parse(withId(JSON.stringify(variables))) as Record<string, unknown>);
    try {
      await subscription.waitFor(1, 15_000);
      return subscription.results[0]!;
    } finally {
      await subscription.close();
    }
  }

  it('name terminals of that world in the states the README says', () => {
    const world = stack.simulator.world;
    expect(world.terminal('867659764755235')).toMatchObject({ inserted: true, binding: expect.anything() });
    expect(world.terminal('863223452095759')).toMatchObject({ inserted: true, binding: null });
    expect(world.terminal('867659764755235')!.vehicle.trips.map((trip) => trip.id)).toContain('86196134264565377');
  });

  // In reading order: Bind then Unbind leave the terminal as it was; DeleteTrip comes after every read of the trips.
  it.each(operations.map((operation) => [operation.name, operation]))('%s succeeds', async (name, operation) => {
    // The README's own text, run as written, so it cannot be a generated document of the tests.
    const result = operation.query.startsWith('subscription')
      ? await firstResult(operation.query, operation.variables)
      : await stack.graphql<Record<string, unknown>, unknown>(operation.query, operation.variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data).toBeTruthy();
    for (const [field, value] of Object.entries(result.data as Record<string, unknown>)) expect(value, field).not.toBeNull();
    expectations[name]?.(result.data);
  });

  it("runs GraphiQL's opening query on the world's ESNs", async () => {
    const esns = stack.simulator.world.boundTerminals().map((terminal) => terminal.esn);
    // The product's own opening text, built from the ESNs: not a document of the tests.
    const result = await stack.graphql(exampleQuery(esns));
    expect(result.errors).toBeUndefined();
  });
});
