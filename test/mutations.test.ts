import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { graphql } from './gql/index.ts';
import type { BindTerminalInput, UnbindTerminalInput } from './gql/graphql.ts';
import type { GraphQLResponse } from './helpers/stack.ts';
import { freshTerminals } from './helpers/fresh-terminals.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

/** A terminal no other test of this file has touched. */
const freshTerminal = freshTerminals(() => stack.simulator.world.terminals);

async function stats() {
  return (await stack.stats()).calls;
}

const TerminalBound = graphql(`
  query TerminalBound($esn: String!) {
    terminal(esn: $esn) { bound }
  }
`);

const BindTerminal = graphql(`
  mutation BindTerminal($input: BindTerminalInput!) {
    bindTerminal(input: $input) { esn terminal { esn bound mobile } }
  }
`);

const ModelBenchmark = graphql(`
  query ModelBenchmark($esn: String!) {
    terminal(esn: $esn) { vehicle { profile { modelId } fuelStatistics { modelAverage { averageSpeedKmh idlePercent } } } }
  }
`);

const SetModel = graphql(`
  mutation SetModel($esn: String!, $modelId: Int!) {
    updateVehicleProfile(esn: $esn, input: { modelId: $modelId }) { vehicle { esn } }
  }
`);

const UnbindTerminal = graphql(`
  mutation UnbindTerminal($input: UnbindTerminalInput!) {
    unbindTerminal(input: $input) { esn terminal { esn bound } }
  }
`);

graphql(`
  fragment TripIds on TripConnection {
    totalCount edges { node { id: tripId } }
  }
`);

const VehicleTripIds = graphql(`
  query VehicleTripIds($esn: String!, $from: DateTime, $to: DateTime) {
    terminal(esn: $esn) { vehicle { trips(first: 100, from: $from, to: $to) { ...TripIds } } }
  }
`);

const DeleteTripRefetch = graphql(`
  mutation DeleteTripRefetch($esn: String!, $tripId: ID!, $from: DateTime, $to: DateTime) {
    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId vehicle { esn trips(first: 100, from: $from, to: $to) { ...TripIds } } }
  }
`);

const DeleteUnknownTrip = graphql(`
  mutation DeleteUnknownTrip($esn: String!) {
    deleteTrip(esn: $esn, tripId: "1") { deletedTripId }
  }
`);

const DeleteTrip = graphql(`
  mutation DeleteTrip($esn: String!, $tripId: ID!) {
    deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId }
  }
`);

/** Inputs the schema's types refuse, sent as is to check the server's own rules. */
const bindUnchecked = (input: Record<string, unknown>) => stack.graphql(BindTerminal, { input: input as BindTerminalInput });
const unbindUnchecked = (input: Record<string, unknown>) => stack.graphql(UnbindTerminal, { input: input as UnbindTerminalInput });

describe('bindTerminal / unbindTerminal', () => {

  it('binds by ESN and the payload refetches the terminal as bound', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding === null);
    const before = await stack.graphql(TerminalBound, { esn: terminal.esn });
    expect(before.data!.terminal!.bound).toBe(false);

    await stack.resetStats();
    const response = await stack.graphql(BindTerminal, {
      input: { esn: terminal.esn, mobile: '13800138000' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.bindTerminal).toEqual({ esn: terminal.esn, terminal: { esn: terminal.esn, bound: true, mobile: '13800138000' } });
    expect(await stats()).toEqual({ '1002': 1, '1001': 1 });
    expect(terminal.binding?.mobileNo).toBe('13800138000');
  });

  it('binds by activation code and a partner user id, learning the ESN from the answer', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding === null);
    const response = await stack.graphql(BindTerminal, {
      input: { activationCode: terminal.activeCode, partnerUserId: 'P-42' },
    });
    expect(response.errors).toBeUndefined();
    expect(terminal.binding?.cid).toBe('P-42');
    // iauto360 may or may not name the terminal (docs/upstream.md ambiguity 9); when it does, the payload leads to it.
    const payload = response.data!.bindTerminal!;
    if (payload.esn !== null) expect(payload).toEqual({ esn: terminal.esn, terminal: { esn: terminal.esn, bound: true, mobile: null } });
    else expect(payload.terminal).toBeNull();
  });

  it('a newly bound vehicle has no model benchmark until its profile names a model', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding === null);
    expect((await stack.graphql(BindTerminal, { input: { esn: terminal.esn, mobile: '13900139000' } })).errors).toBeUndefined();
    const before = await stack.graphql(ModelBenchmark, { esn: terminal.esn });
    expect(before.errors).toBeUndefined();
    expect(before.data!.terminal!.vehicle!).toEqual({ profile: { modelId: null }, fuelStatistics: { modelAverage: null } });

    const model = [...stack.simulator.world.catalog.modelsById.values()].find((candidate) => candidate.litresPer100Km !== null)!;
    expect((await stack.graphql(SetModel, { esn: terminal.esn, modelId: model.id })).errors).toBeUndefined();
    const after = await stack.graphql(ModelBenchmark, { esn: terminal.esn });
    const benchmark = stack.simulator.world.modelStatistics(terminal.esn)!;
    expect(after.data!.terminal!.vehicle!).toEqual({
      profile: { modelId: model.id },
      fuelStatistics: { modelAverage: { averageSpeedKmh: benchmark.averageSpeedKmh, idlePercent: benchmark.idlePercent } },
    });
  });

  it('unbinds and the payload refetches the terminal as unbound', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding?.mobileNo != null);
    const response = await stack.graphql(UnbindTerminal, {
      input: { esn: terminal.esn, mobile: terminal.binding!.mobileNo! },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.unbindTerminal).toEqual({ esn: terminal.esn, terminal: { esn: terminal.esn, bound: false } });
    expect(terminal.binding).toBeNull();
    expect(await stats()).toEqual({ '1003': 1, '1001': 1 });
  });

  it('reports an upstream refusal (wrong user) as UPSTREAM_REJECTED and changes nothing', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding?.mobileNo != null);
    const response = await stack.graphql(UnbindTerminal, {
      input: { esn: terminal.esn, mobile: terminal.binding!.mobileNo === '13900000000' ? '13900000001' : '13900000000' },
    });
    expect(response.data!.unbindTerminal).toBeNull();
    expect(response.errors?.[0]).toMatchObject({ path: ['unbindTerminal'], extensions: { code: 'UPSTREAM_REJECTED', service: 1003 } });
    expect(terminal.binding).not.toBeNull();
  });

  const badInputs: Array<[string, (input: Record<string, unknown>) => Promise<GraphQLResponse<unknown>>, Record<string, unknown>, string]> = [
    ['both esn and activationCode', bindUnchecked, { esn: '861677033025167', activationCode: 'ABCDEFGH2345', mobile: '13800138000' }, 'input.activationCode'],
    ['neither esn nor activationCode', bindUnchecked, { mobile: '13800138000' }, 'input.esn'],
    ['no user', bindUnchecked, { esn: '861677033025167' }, 'input.mobile'],
    ['an activation code with a control character', bindUnchecked, { activationCode: 'ABC\u001b[2J123', mobile: '13800138000' }, 'input.activationCode'],
    ['a bad ESN', bindUnchecked, { esn: '86167703302516x', mobile: '13800138000' }, 'input.esn'],
    ['a bad mobile number', bindUnchecked, { esn: '861677033025167', mobile: '23800138000' }, 'input.mobile'],
    ['an unbind without user', unbindUnchecked, { esn: '861677033025167' }, 'input.mobile'],
    ['an unbind with a bad ESN', unbindUnchecked, { esn: '1', mobile: '13800138000' }, 'input.esn'],
  ];
  for (const [name, send, input, field] of badInputs) {
    it(`rejects ${name} with BAD_USER_INPUT naming ${field}, without calling upstream`, async () => {
      const response = await send(input);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0]?.message).not.toMatch(/Invalid input$/);
      expect((await stack.stats()).total).toBe(0);
    });
  }
});

describe('deleteTrip', () => {
  it('deletes a trip: the payload refetches the trips with one fewer and without it', async () => {
    const world = stack.simulator.world;
    const terminal = freshTerminal((candidate) => candidate.binding !== null && candidate.vehicle.trips.length >= 12);
    const victim = world.tripsOf(terminal.esn)[3]!;
    const range = {
      from: new Date((victim.startTime - 20 * 86_400) * 1000).toISOString(),
      to: new Date(world.createdAt).toISOString(),
    };
    const before = await stack.graphql(VehicleTripIds, { esn: terminal.esn, ...range });
    const beforeTrips = before.data!.terminal!.vehicle!.trips!;
    expect(beforeTrips.edges.map((edge) => edge.node!.id)).toContain(victim.id);

    await stack.resetStats();
    const response = await stack.graphql(DeleteTripRefetch, { esn: terminal.esn, tripId: victim.id, ...range });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.deleteTrip!;
    expect(payload.deletedTripId).toBe(victim.id);
    expect(payload.vehicle!.esn).toBe(terminal.esn);
    expect(payload.vehicle!.trips!.totalCount).toBe(beforeTrips.totalCount - 1);
    expect(payload.vehicle!.trips!.edges.map((edge) => edge.node!.id)).toEqual(
      beforeTrips.edges.map((edge) => edge.node!.id).filter((id: string) => id !== victim.id),
    );
    expect(world.trip(terminal.esn, victim.id)).toBeUndefined();
    expect((await stats())['1015']).toBe(1);
  });

  it('takes the trip id from the field its argument description names', async () => {
    const description = schema.getMutationType()!.getFields().deleteTrip!.args.find((arg) => arg.name === 'tripId')!.description!;
    const field = /`Trip\.(\w+)`/.exec(description)?.[1];
    expect(field, description).toBeDefined();
    const terminal = freshTerminal((candidate) => candidate.binding !== null && candidate.vehicle.trips.length > 0);
    const listed = await stack.graphql<{ terminal: { vehicle: { trips: { edges: Array<{ node: Record<string, string> }> } } } }, { esn: string }>(
      `query NamedTripId($esn: String!) { terminal(esn: $esn) { vehicle { trips(first: 1) { edges { node { ${field} } } } } } }`,
      { esn: terminal.esn },
    );
    const tripId = listed.data!.terminal.vehicle.trips.edges[0]!.node[field!]!;
    const response = await stack.graphql(DeleteTrip, { esn: terminal.esn, tripId });
    expect(response.errors).toBeUndefined();
    expect(stack.simulator.world.trip(terminal.esn, tripId)).toBeUndefined();
  });

  it('reports an unknown trip as UPSTREAM_REJECTED', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding !== null);
    const response = await stack.graphql(DeleteUnknownTrip, { esn: terminal.esn });
    expect(response.data!.deleteTrip).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', service: 1015 });
  });

  it('rejects a bad trip id or ESN without calling upstream', async () => {
    for (const [esn, tripId, field] of [
      ['861677033025167', 'abc', 'tripId'],
      // Past what the service's trip ids (a Java long) can hold: 2^63 and 20 digits.
      ['861677033025167', '9223372036854775808', 'tripId'],
      ['861677033025167', '12345678901234567890', 'tripId'],
      ['86167', '1', 'esn'],
    ] as const) {
      const response = await stack.graphql(DeleteTrip, { esn, tripId });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await stack.stats()).total).toBe(0);
  });
});
