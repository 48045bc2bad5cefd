import { describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { useStack } from './helpers/use-stack.ts';

const MyTerminalEsns = graphql(`
  query MyTerminalEsns {
    myTerminals { esn }
  }
`);

const MyTerminalPlates = graphql(`
  query MyTerminalPlates {
    myTerminals { esn plateNumber }
  }
`);

describe('myTerminals', () => {
  const stack = useStack();

  it('lists the configured fleet (the whole simulated world, as npm start configures it) without an upstream call', async () => {
    const answer = await stack.graphql(MyTerminalEsns);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.myTerminals.map((terminal) => terminal.esn)).toEqual(stack.simulator.world.terminals.map((terminal) => terminal.esn));
    expect((await stack.stats()).total).toBe(0);
  });

  it('costs one status call per terminal when a status field is asked', async () => {
    const answer = await stack.graphql(MyTerminalPlates);
    const { world } = stack.simulator;
    expect(answer.data?.myTerminals.map((terminal) => terminal.plateNumber)).toEqual(
      world.terminals.map((terminal) => (terminal.binding ? terminal.vehicle.profile.plateNumber : null)),
    );
    expect((await stack.stats()).calls).toEqual({ '1001': world.terminals.length });
  });
});

describe('myTerminals with FLEET_ESNS', () => {
  const chosen = ['861000000000002', '861000000000001'];
  const stack = useStack({ simulator: { terminalCount: 2 }, config: { fleetEsns: chosen } });

  it('lists exactly the configured ESNs, in their order', async () => {
    expect((await stack.graphql(MyTerminalEsns)).data?.myTerminals.map((terminal) => terminal.esn)).toEqual(chosen);
    expect((await stack.stats()).total).toBe(0);
  });
});
