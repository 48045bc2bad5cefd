import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

/* A wrongly typed variable is the caller's mistake: BAD_USER_INPUT naming it, no call, nothing logged as a crash. */

const stack = useStack();

describe('variables that cannot be coerced', () => {
  const esn = () => stack.simulator.world.boundTerminals()[0]!.esn;
  // Raw on purpose: the variables are wrongly typed, which a generated document's variable types would refuse to compile.
  const cases = [
    {
      label: 'a DateTime that is not a date',
      query: `query ($esn: String!, $d: DateTime) { terminal(esn: $esn) { vehicle { trips(from: $d) { totalCount } } } }`,
      variables: () => ({ esn: esn(), d: 'not-a-date' }),
      variable: 'd',
    },
    {
      label: 'an ESN sent as a number',
      query: `query ($esn: String!) { terminal(esn: $esn) { bound } }`,
      variables: () => ({ esn: Number(esn()) }),
      variable: 'esn',
    },
    {
      label: '`first` sent as a string',
      query: `query ($esn: String!, $first: Int) { terminal(esn: $esn) { vehicle { trips(first: $first) { totalCount } } } }`,
      variables: () => ({ esn: esn(), first: '5' }),
      variable: 'first',
    },
    {
      label: 'an unknown input field',
      query: `mutation ($esn: String!, $input: VehicleProfileInput!) { updateVehicleProfile(esn: $esn, input: $input) { vehicle { esn } } }`,
      variables: () => ({ esn: esn(), input: { insurer: '平安', colour: 'red' } }),
      variable: 'input',
    },
    {
      label: 'a profile date that is no date',
      query: `mutation ($esn: String!, $input: VehicleProfileInput!) { updateVehicleProfile(esn: $esn, input: $input) { vehicle { esn } } }`,
      variables: () => ({ esn: esn(), input: { insurer: '平安', insuranceDate: '2024-02-30' } }),
      variable: 'input',
      field: '$input.insuranceDate',
    },
    {
      label: 'an ESN of a list sent as a number',
      query: `query ($esns: [String!]!) { terminals(esns: $esns) { bound } }`,
      variables: () => ({ esns: [esn(), Number(esn())] }),
      variable: 'esns',
      field: '$esns.1',
    },
    {
      label: 'a missing required variable',
      query: `query ($esn: String!) { terminal(esn: $esn) { bound } }`,
      variables: () => ({}),
      variable: 'esn',
    },
  ];

  for (const { label, query, variables, variable, field = `$${variable}` } of cases as Array<(typeof cases)[number] & { field?: string }>) {
    it(`${label}: BAD_USER_INPUT naming ${field}, no upstream call, no error logged`, async () => {
      const before = stack.logLines.length;
      const answer = await stack.graphql(query, variables());
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable, field });
      expect(answer.errors![0]!.message).toContain(`$${variable}`);
      expect(JSON.stringify(answer)).not.toMatch(/at .*\.(ts|js):\d+/);
      const logged = stack.logLines.slice(before).filter((line) => /"level":(50|60)/.test(line) || /"stack"/.test(line));
      expect(logged).toEqual([]);
      expect((await stack.stats()).total).toBe(0);
    });
  }

  it('the same values inline fail validation, as before', async () => {
    // Invalid on purpose (a number for a String argument): codegen validates documents against the schema.
    const answer = await stack.graphql(`{ terminal(esn: ${esn()}) { bound } }`);
    expect(answer.errors?.[0]?.message).toMatch(/String cannot represent a non string value/);
    expect((await stack.stats()).total).toBe(0);
  });
});

describe('trip cursors', () => {
  const TripsAfter = graphql(`
    query TripsAfter($esn: String!, $after: String) { terminal(esn: $esn) { vehicle { trips(first: 2, after: $after) { edges { cursor } } } } }
  `);

  it('a forged cursor past the last page is refused without an upstream call', async () => {
    const esn = stack.simulator.world.boundTerminals()[0]!.esn;
    const forged = `${Buffer.from('trip:99999999').toString('base64url')}.AAAAAAAAAAAAAAAA`;
    const answer = await stack.graphql(TripsAfter, { esn, after: forged });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await stack.stats()).total).toBe(0);
  });

  it("another vehicle's cursor is refused; the vehicle's own cursor pages on", async () => {
    const [mine, theirs] = stack.simulator.world.boundTerminals().filter((terminal) => stack.simulator.world.tripsOf(terminal.esn).length > 3);
    const first = await stack.graphql(TripsAfter, { esn: mine!.esn });
    const cursor = first.data!.terminal!.vehicle!.trips!.edges.at(-1)!.cursor;
    const next = await stack.graphql(TripsAfter, { esn: mine!.esn, after: cursor });
    expect(next.errors).toBeUndefined();
    expect(next.data!.terminal!.vehicle!.trips!.edges).toHaveLength(2);
    expect(next.data!.terminal!.vehicle!.trips!.edges[0]!.cursor).not.toBe(cursor);
    await stack.resetStats();
    const foreign = await stack.graphql(TripsAfter, { esn: theirs!.esn, after: cursor });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await stack.stats()).total).toBe(0);
  });
});
