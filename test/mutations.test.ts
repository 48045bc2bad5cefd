import { describe, expect, it } from 'vitest';
import type { Terminal as WorldTerminal } from '../src/simulator/fleet.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

const used = new Set<string>();

/** A terminal no other test of this file has touched. */
function freshTerminal(predicate: (terminal: WorldTerminal) => boolean): WorldTerminal {
  const terminal = stack.simulator.world.terminals.find((candidate) => !used.has(candidate.esn) && predicate(candidate));
  if (!terminal) throw new Error('the simulator world has no terminal left for this test');
  used.add(terminal.esn);
  return terminal;
}

async function stats() {
  return (await stack.stats()).calls;
}

describe('bindTerminal / unbindTerminal', () => {
  const bindMutation = /* GraphQL */ `
    mutation ($input: BindTerminalInput!) {
      bindTerminal(input: $input) { esn terminal { esn bound mobile } }
    }
  `;
  const unbindMutation = /* GraphQL */ `
    mutation ($input: UnbindTerminalInput!) {
      unbindTerminal(input: $input) { esn terminal { esn bound } }
    }
  `;

  it('binds by ESN and the payload refetches the terminal as bound', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding === null);
    const before = await stack.graphql<any, { esn: string }>(`query ($esn: String!) { terminal(esn: $esn) { bound } }`, { esn: terminal.esn });
    expect(before.data.terminal.bound).toBe(false);

    await stack.resetStats();
    const response = await stack.graphql<any, { input: Record<string, string> }>(bindMutation, {
      input: { esn: terminal.esn, mobile: '13800138000' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.bindTerminal).toEqual({ esn: terminal.esn, terminal: { esn: terminal.esn, bound: true, mobile: '13800138000' } });
    expect(await stats()).toEqual({ '1002': 1, '1001': 1 });
    expect(terminal.binding?.mobileNo).toBe('13800138000');
  });

  it('binds by activation code and a partner user id, learning the ESN from the answer', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding === null);
    const response = await stack.graphql<any, { input: Record<string, string> }>(bindMutation, {
      input: { activationCode: terminal.activeCode, partnerUserId: 'P-42' },
    });
    expect(response.errors).toBeUndefined();
    expect(terminal.binding?.cid).toBe('P-42');
    // iauto360 may or may not name the terminal (docs/upstream.md ambiguity 9); when it does, the payload leads to it.
    const payload = response.data.bindTerminal;
    if (payload.esn !== null) expect(payload).toEqual({ esn: terminal.esn, terminal: { esn: terminal.esn, bound: true, mobile: null } });
    else expect(payload.terminal).toBeNull();
  });

  it('unbinds and the payload refetches the terminal as unbound', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding?.mobileNo != null);
    const response = await stack.graphql<any, { input: Record<string, string> }>(unbindMutation, {
      input: { esn: terminal.esn, mobile: terminal.binding!.mobileNo! },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.unbindTerminal).toEqual({ esn: terminal.esn, terminal: { esn: terminal.esn, bound: false } });
    expect(terminal.binding).toBeNull();
    expect(await stats()).toEqual({ '1003': 1, '1001': 1 });
  });

  it('reports an upstream refusal (wrong user) as UPSTREAM_REJECTED and changes nothing', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding?.mobileNo != null);
    const response = await stack.graphql<any, { input: Record<string, string> }>(unbindMutation, {
      input: { esn: terminal.esn, mobile: terminal.binding!.mobileNo === '13900000000' ? '13900000001' : '13900000000' },
    });
    expect(response.data.unbindTerminal).toBeNull();
    expect(response.errors?.[0]).toMatchObject({ path: ['unbindTerminal'], extensions: { code: 'UPSTREAM_REJECTED', service: 1003 } });
    expect(terminal.binding).not.toBeNull();
  });

  const badInputs: Array<[string, string, Record<string, unknown>, string]> = [
    ['both esn and activationCode', bindMutation, { esn: '861677033025167', activationCode: 'ABCDEFGH2345', mobile: '13800138000' }, 'input.activationCode'],
    ['neither esn nor activationCode', bindMutation, { mobile: '13800138000' }, 'input.esn'],
    ['no user', bindMutation, { esn: '861677033025167' }, 'input.mobile'],
    ['a bad ESN', bindMutation, { esn: '86167703302516x', mobile: '13800138000' }, 'input.esn'],
    ['a bad mobile number', bindMutation, { esn: '861677033025167', mobile: '23800138000' }, 'input.mobile'],
    ['an unbind without user', unbindMutation, { esn: '861677033025167' }, 'input.mobile'],
    ['an unbind with a bad ESN', unbindMutation, { esn: '1', mobile: '13800138000' }, 'input.esn'],
  ];
  for (const [name, mutation, input, field] of badInputs) {
    it(`rejects ${name} with BAD_USER_INPUT naming ${field}, without calling upstream`, async () => {
      const response = await stack.graphql<any, { input: Record<string, unknown> }>(mutation, { input });
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
    const tripsQuery = `trips(first: 100, from: $from, to: $to) { totalCount edges { node { id: tripId } } }`;
    const before = await stack.graphql<any, any>(
      `query ($esn: String!, $from: DateTime, $to: DateTime) { terminal(esn: $esn) { vehicle { ${tripsQuery} } } }`,
      { esn: terminal.esn, ...range },
    );
    const beforeTrips = before.data.terminal.vehicle.trips;
    expect(beforeTrips.edges.map((edge: any) => edge.node.id)).toContain(victim.id);

    await stack.resetStats();
    const response = await stack.graphql<any, any>(
      `mutation ($esn: String!, $tripId: ID!, $from: DateTime, $to: DateTime) {
        deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId vehicle { esn ${tripsQuery} } }
      }`,
      { esn: terminal.esn, tripId: victim.id, ...range },
    );
    expect(response.errors).toBeUndefined();
    const payload = response.data.deleteTrip;
    expect(payload.deletedTripId).toBe(victim.id);
    expect(payload.vehicle.esn).toBe(terminal.esn);
    expect(payload.vehicle.trips.totalCount).toBe(beforeTrips.totalCount - 1);
    expect(payload.vehicle.trips.edges.map((edge: any) => edge.node.id)).toEqual(
      beforeTrips.edges.map((edge: any) => edge.node.id).filter((id: string) => id !== victim.id),
    );
    expect(world.trip(terminal.esn, victim.id)).toBeUndefined();
    expect((await stats())['1015']).toBe(1);
  });

  it('reports an unknown trip as UPSTREAM_REJECTED', async () => {
    const terminal = freshTerminal((candidate) => candidate.binding !== null);
    const response = await stack.graphql<any, any>(`mutation ($esn: String!) { deleteTrip(esn: $esn, tripId: "1") { deletedTripId } }`, {
      esn: terminal.esn,
    });
    expect(response.data.deleteTrip).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', service: 1015 });
  });

  it('rejects a bad trip id or ESN without calling upstream', async () => {
    for (const [esn, tripId, field] of [
      ['861677033025167', 'abc', 'tripId'],
      ['86167', '1', 'esn'],
    ] as const) {
      const response = await stack.graphql<any, any>(
        `mutation ($esn: String!, $tripId: ID!) { deleteTrip(esn: $esn, tripId: $tripId) { deletedTripId } }`,
        { esn, tripId },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await stack.stats()).total).toBe(0);
  });
});
