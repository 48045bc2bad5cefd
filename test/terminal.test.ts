import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../src/domain/geo.ts';
import { decodeTerminalStatus } from '../src/domain/terminal-status.ts';
import { decodeResponse } from '../src/upstream/client.ts';
import { UpstreamBadResponseError } from '../src/upstream/errors.ts';
import { graphql } from './gql/index.ts';
import { expectGarbledFieldsAlone } from './helpers/garbled-fields.ts';
import { useStack } from './helpers/use-stack.ts';

const TerminalStatus = graphql(`
  query TerminalStatus($esns: [String!]!) {
    terminals(esns: $esns) {
      esn
      bindStatus
      bound
      pluggedIn
      lastActiveAt
      mobile
      plateNumber
      vehicle { esn terminal { esn } }
    }
  }
`);

const OneTerminalStatus = graphql(`
  query OneTerminalStatus($esn: String!) {
    terminal(esn: $esn) { esn bindStatus bound pluggedIn lastActiveAt mobile plateNumber }
  }
`);

const VehiclePosition = graphql(`
  query VehiclePosition($esn: String!) {
    terminal(esn: $esn) {
      vehicle {
        condition {
          location { lng lat wgs84 { lng lat } }
        }
      }
    }
  }
`);

const OdometerAndTripCounts = graphql(`
  query OdometerAndTripCounts($esns: [String!]!) {
    terminals(esns: $esns) { esn vehicle { condition { odometerKm } trips { totalCount } } }
  }
`);

const TwoTerminalStatuses = graphql(`
  query TwoTerminalStatuses($first: String!, $second: String!) {
    a: terminal(esn: $first) { esn bound vehicle { condition { odometerKm } } }
    b: terminal(esn: $second) { esn plateNumber }
  }
`);

const stack = useStack();

describe('terminals', () => {
  it('give every terminal status of the fleet, decoded, in the order asked with repeats, one call per terminal', async () => {
    const { world } = stack.simulator;
    const esns = world.terminals.map((terminal) => terminal.esn);
    const asked = [...esns, esns[0]!, esns[1]!];

    const result = await stack.graphql(TerminalStatus, { esns: asked });

    expect(result.errors).toBeUndefined();
    const terminals = result.data!.terminals.map((terminal) => terminal!);
    expect(terminals.map((terminal) => terminal.esn)).toEqual(asked);
    for (const terminal of terminals) {
      const truth = world.terminal(terminal.esn)!;
      expect(terminal).toEqual({
        esn: truth.esn,
        bindStatus: truth.binding ? 'BOUND' : 'UNBOUND',
        bound: truth.binding !== null,
        pluggedIn: truth.inserted,
        lastActiveAt: new Date(truth.activeTime * 1000).toISOString(),
        mobile: truth.binding?.mobileNo ?? null,
        plateNumber: truth.binding ? truth.vehicle.profile.plateNumber : null,
        vehicle: { esn: truth.esn, terminal: { esn: truth.esn } },
      });
    }
    expect(terminals.some((terminal) => !terminal.bound)).toBe(true);
    expect(terminals.some((terminal) => terminal.pluggedIn === false)).toBe(true);
    expect((await stack.stats()).calls).toEqual({ '1001': esns.length });
  });

  it('give a position in GCJ-02 with its WGS-84 conversion', async () => {
    const terminal = stack.simulator.world.boundTerminals()[0]!;
    const result = await stack.graphql(VehiclePosition, { esn: terminal.esn });
    const [lng, lat] = terminal.vehicle.condition.location;
    const [wgsLng, wgsLat] = gcj02ToWgs84([lng, lat]);
    expect(result.data?.terminal?.vehicle?.condition?.location).toEqual({ lng, lat, wgs84: { lng: wgsLng, lat: wgsLat } });
  });

  it("report an unbound terminal's vehicle data as rejected upstream, at its path", async () => {
    const unbound = stack.simulator.world.terminals.find((terminal) => terminal.binding === null)!;
    const result = await stack.graphql(VehiclePosition, { esn: unbound.esn });
    expect(result.data?.terminal?.vehicle?.condition).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['terminal', 'vehicle', 'condition'],
      extensions: { code: 'UPSTREAM_REJECTED', service: 1011 },
    });
    expect(result.errors![0]!.message).toMatch(/not bound/);
  });

  it('refuse a list of the wrong size as a whole, naming the argument, before any upstream call', async () => {
    for (const esns of [[], Array.from({ length: 101 }, () => '861276678889726')]) {
      const result = await stack.graphql(TerminalStatus, { esns });
      expect(result.data, JSON.stringify(esns)).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'esns' });
    }
    expect((await stack.stats()).total).toBe(0);
  });

  it('null only the malformed ESNs of a list, each with its own coded error, and keep the others', async () => {
    const [bound] = stack.simulator.world.boundTerminals();
    const unbound = stack.simulator.world.terminals.find((terminal) => terminal.binding === null)!;
    const asked = [bound!.esn, '12345', unbound.esn, '86127667888972a', '12345', bound!.esn];

    const result = await stack.graphql(TerminalStatus, { esns: asked });

    expect(result.data!.terminals.map((terminal) => terminal?.esn ?? null)).toEqual([bound!.esn, null, unbound.esn, null, null, bound!.esn]);
    expect(result.data!.terminals[0]).toMatchObject({ bound: true, plateNumber: bound!.vehicle.profile.plateNumber });
    expect(result.data!.terminals[2]).toMatchObject({ bound: false, mobile: null });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.field])).toEqual([
      [['terminals', 1], 'BAD_USER_INPUT', 'esns.1'],
      [['terminals', 3], 'BAD_USER_INPUT', 'esns.3'],
      [['terminals', 4], 'BAD_USER_INPUT', 'esns.4'],
    ]);
    expect((await stack.stats()).calls).toEqual({ '1001': 2 });
  });

  it('null a single terminal asked by a malformed ESN, naming the argument, before any upstream call', async () => {
    const result = await stack.graphql(VehiclePosition, { esn: '86127667888972a' });
    expect(result.data).toEqual({ terminal: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['terminal'], extensions: { code: 'BAD_USER_INPUT', field: 'esn' } });
    expect((await stack.stats()).total).toBe(0);
  });

  it('keep every other vehicle when one trip list fails', async () => {
    const [first, second] = stack.simulator.world.boundTerminals();
    stack.simulator.setFaults({ errorRate: 1, services: [1012] });
    const result = await stack.graphql(OdometerAndTripCounts, { esns: [first!.esn, second!.esn] });
    expect(result.data!.terminals.map((terminal) => [terminal!.esn, terminal!.vehicle!.trips])).toEqual([
      [first!.esn, null],
      [second!.esn, null],
    ]);
    expect(result.data!.terminals[1]!.vehicle!.condition!.odometerKm).toBeCloseTo(second!.vehicle.condition.odometerKm, 1);
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.service])).toEqual([
      [['terminals', 0, 'vehicle', 'trips'], 'UPSTREAM_REJECTED', 1012],
      [['terminals', 1, 'vehicle', 'trips'], 'UPSTREAM_REJECTED', 1012],
    ]);
  });

  it('give partial data when one terminal status fails, with the code, the service and no secret', async () => {
    const [first, second] = stack.simulator.world.boundTerminals();
    stack.simulator.setFaults({ malformedRate: 1, services: [1001] });
    const result = await stack.graphql(TwoTerminalStatuses, { first: first!.esn, second: second!.esn });
    const data = result.data!;
    expect(data.a).toMatchObject({ esn: first!.esn, bound: null });
    expect(data.a!.vehicle!.condition!.odometerKm).toBeCloseTo(first!.vehicle.condition.odometerKm, 1);
    expect(data.b).toEqual({ esn: second!.esn, plateNumber: null });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code, error.extensions?.service])).toEqual(
      expect.arrayContaining([
        [['a', 'bound'], 'UPSTREAM_BAD_RESPONSE', 1001],
        [['b', 'plateNumber'], 'UPSTREAM_BAD_RESPONSE', 1001],
      ]),
    );
    expect(JSON.stringify(result)).not.toContain(stack.simulator.secureCode);
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('a garbled terminal status field', () => {
  it('is null with UPSTREAM_BAD_RESPONSE at its own path naming it; the other fields are kept', async () => {
    const [terminal] = stack.simulator.world.boundTerminals();
    await expectGarbledFieldsAlone(
      stack,
      { esn: terminal!.esn, service: 1001, at: ['terminal'], document: OneTerminalStatus },
      // A garbled bind status nulls both fields that give it.
      { bindStatus: ['bindStatus', 'bound'], inserted: ['pluggedIn'], activeTime: ['lastActiveAt'] },
    );
  });

  it('is the bind status when it is missing (the contract requires it); the rest is decoded', () => {
    const status = decodeTerminalStatus(decodeResponse(1001, '{"flag":1,"data":{"inserted":1,"plateNo":"粤A12345"}}'));
    expect(status.bound).toBeInstanceOf(UpstreamBadResponseError);
    expect(status.bindStatus).toBe(status.bound);
    expect((status.bound as UpstreamBadResponseError).message).toMatch(/^iauto360 service 1001: bad response: bindStatus: /);
    expect(status).toMatchObject({ pluggedIn: true, plateNumber: '粤A12345', mobile: null, lastActiveAt: null });
  });
});

const PlateEverywhere = graphql(`
  query PlateEverywhere($esn: String!) {
    terminal(esn: $esn) { plateNumber vehicle { profile { plateNumber } } }
  }
`);

describe('a blank plate number', () => {
  const blank = useStack({ simulator: { terminalCount: 4 } });

  it('reads as null in the terminal status as in the profile', async () => {
    const terminal = blank.simulator.world.boundTerminals()[0]!;
    // 1001 and 1021 both send the stored plate; a blank one is a placeholder, not a plate.
    (terminal.vehicle.profile as { plateNumber: string | null }).plateNumber = '  ';
    const result = await blank.graphql(PlateEverywhere, { esn: terminal.esn });
    expect(result.errors).toBeUndefined();
    expect(result.data!.terminal).toEqual({ plateNumber: null, vehicle: { profile: { plateNumber: null } } });
  });
});
