import { expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack({ maxUpstreamCallsPerRequest: 5 });

const ConditionAndProfile = graphql(`
  query ConditionAndProfile($esns: [String!]!) {
    terminals(esns: $esns) { vehicle { condition { odometerKm } profile { fuelGrade } } }
  }
`);

const BoundTwice = graphql(`
  query BoundTwice($esn: String!) {
    a: terminal(esn: $esn) { bound }
    b: terminal(esn: $esn) { bound }
  }
`);

it('a request makes at most the allowed number of upstream calls; the rest fail unsent with UPSTREAM_CALL_LIMIT', async () => {
  const esns = stack.simulator.world
    .boundTerminals()
    .slice(0, 3)
    .map((terminal) => terminal.esn);
  await stack.resetStats();

  const result = await stack.graphql(ConditionAndProfile, { esns });

  expect((await stack.stats()).total).toBe(5);
  const fetched = result.data!.terminals.flatMap((terminal) => [terminal?.vehicle?.condition, terminal?.vehicle?.profile]);
  expect(fetched.filter((value) => value !== null)).toHaveLength(5);
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_CALL_LIMIT' });
  expect(result.errors![0]!.message).toMatch(/limit of 5 upstream calls/);

  // The limit is per request: the next one starts afresh, and repeated reads are not counted twice.
  await stack.resetStats();
  const again = await stack.graphql(BoundTwice, { esn: esns[0]! });
  expect(again.errors).toBeUndefined();
  expect((await stack.stats()).total).toBe(1);
});
