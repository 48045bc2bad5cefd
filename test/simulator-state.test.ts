import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/simulator/server.ts';
import { signEvent } from '../src/upstream/signature.ts';
import { FIXED_NOW, admin, callService, serviceData, startTestSimulator, startWebhookReceiver, tripIdsFromText } from './helpers/simulator.ts';

const NOW_SECONDS = FIXED_NOW / 1000;
let simulator: RunningSimulator;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  simulator = await startTestSimulator({ webhookUrl: receiver.url, eventDelayMs: 30 });
});
afterEach(async () => {
  await simulator.settleEvents();
  await admin(simulator, 'world/reset', {});
});
afterAll(async () => {
  await simulator.close();
  await receiver.close();
});

const unbound = () => simulator.world.terminals.find((t) => !t.binding)!;
const bound = () => simulator.world.boundTerminals().find((t) => t.inserted && !t.vehicle.condition.ignitionOn && t.vehicle.trips.length > 20)!;

describe('binding (1002, 1003)', () => {
  it('binds an unbound terminal by ESN; 1001 and the vehicle services follow', async () => {
    const terminal = unbound();
    expect((await callService(simulator, 1011, { esn: terminal.esn })).json.err).toBe('terminal not bound');
    expect(await serviceData(simulator, 1002, { esn: terminal.esn, mobileNo: '13600000000' })).toEqual({ esn: terminal.esn });
    expect(await serviceData(simulator, 1001, { esn: terminal.esn })).toMatchObject({ bindStatus: 1, mobile: '13600000000' });
    expect((await callService(simulator, 1011, { esn: terminal.esn })).json.flag).toBe(1);
    expect(await serviceData(simulator, 1021, { esn: terminal.esn })).toEqual({});
    expect((await serviceData(simulator, 1012, { esn: terminal.esn, timeFrom: 0, timeTo: NOW_SECONDS })).totalCount).toBe(0);
    expect((await callService(simulator, 1002, { esn: terminal.esn, mobileNo: '13588888888' })).json).toEqual({ flag: 0, data: {}, err: 'terminal already bound' });
  });

  it('binds by activation code or partner id; the ESN wins when both are given', async () => {
    const terminal = unbound();
    expect(await serviceData(simulator, 1002, { activeCode: terminal.activeCode, cid: 'partner-7' })).toEqual({ esn: terminal.esn });
    expect(terminal.binding).toMatchObject({ mobileNo: null, cid: 'partner-7' });
    const other = unbound();
    expect(await serviceData(simulator, 1002, { esn: other.esn, activeCode: 'NOT-A-CODE', mobileNo: '13820001828' })).toEqual({ esn: other.esn });
    expect((await callService(simulator, 1002, { activeCode: 'NOSUCHCODE', mobileNo: '13820001828' })).json.err).toBe('unknown activeCode');
  });

  it('names what is missing or malformed', async () => {
    const terminal = unbound();
    expect((await callService(simulator, 1002, { mobileNo: '13600000000' })).json.err).toBe('missing field data.esn (or data.activeCode)');
    expect((await callService(simulator, 1002, { esn: terminal.esn })).json.err).toBe('missing field data.mobileNo (or data.cid)');
    expect((await callService(simulator, 1002, { esn: terminal.esn, mobileNo: '1360000' })).json.err).toBe(
      'invalid field data.mobileNo: expected an 11-digit mobile number as a string',
    );
    expect(terminal.binding).toBeNull();
  });

  it('unbinds only with the matching mobileNo or cid', async () => {
    const terminal = bound();
    const { mobileNo } = terminal.binding!;
    expect((await callService(simulator, 1003, { esn: terminal.esn, mobileNo: '13000000000' })).json).toEqual({
      flag: 0,
      data: {},
      err: 'mobileNo/cid does not match the binding',
    });
    expect(await serviceData(simulator, 1003, { esn: terminal.esn, mobileNo })).toEqual({});
    expect(await serviceData(simulator, 1001, { esn: terminal.esn })).toEqual({ bindStatus: 0, inserted: 1, activeTime: terminal.activeTime });
    for (const service of [1011, 1012, 1021]) {
      expect((await callService(simulator, service, { esn: terminal.esn, timeFrom: 0, timeTo: 1 })).json.err).toBe('terminal not bound');
    }
    expect((await callService(simulator, 1003, { esn: terminal.esn, mobileNo })).json.err).toBe('terminal not bound');
    // Binding again brings the vehicle's data back.
    await serviceData(simulator, 1002, { esn: terminal.esn, mobileNo });
    expect((await serviceData(simulator, 1012, { esn: terminal.esn, timeFrom: 0, timeTo: NOW_SECONDS })).totalCount).toBe(terminal.vehicle.trips.length);
  });

  it('unbinds by cid', async () => {
    const terminal = simulator.world.boundTerminals().find((t) => t.binding!.cid !== null)!;
    expect(await serviceData(simulator, 1003, { esn: terminal.esn, cid: terminal.binding!.cid })).toEqual({});
    expect(terminal.binding).toBeNull();
  });
});

describe('profile update (1022)', () => {
  it('changes only the fields sent; maintainMileage is read back as intervalMileage', async () => {
    const terminal = bound();
    const before = await serviceData(simulator, 1021, { esn: terminal.esn });
    expect(await serviceData(simulator, 1022, { esn: terminal.esn, maintainMileage: '8000', oilType: '95', plateNo: '粤AD59M7', insuranceDate: '2024-02-29', modelId: 3412 })).toEqual({});
    expect(await serviceData(simulator, 1021, { esn: terminal.esn })).toEqual({
      ...before,
      intervalMileage: '8000',
      oilType: '95',
      plateNo: '粤AD59M7',
      insuranceDate: '2024-02-29',
      modelId: 3412,
    });
    expect((await serviceData(simulator, 1001, { esn: terminal.esn })).plateNo).toBe('粤AD59M7');
    // Trip costs follow the new fuel grade.
    const [id] = tripIdsFromText((await callService(simulator, 1012, { esn: terminal.esn, timeFrom: 0, timeTo: NOW_SECONDS })).text);
    expect((await serviceData(simulator, 1016, { esn: terminal.esn, recordId: id })).oilType).toBe('95');
    // A request with only the ESN changes nothing (the vendor's example).
    await serviceData(simulator, 1022, { esn: terminal.esn });
    expect((await serviceData(simulator, 1021, { esn: terminal.esn })).intervalMileage).toBe('8000');
  });

  it('validates formats and changes nothing when a field is invalid', async () => {
    const terminal = bound();
    const before = await serviceData(simulator, 1021, { esn: terminal.esn });
    const cases: [Record<string, unknown>, string][] = [
      [{ insuranceDate: '2024-02-30' }, 'invalid field data.insuranceDate: 2024-02-30 is not a calendar date'],
      [{ carReviewDate: '2024/01/01' }, 'invalid field data.carReviewDate: expected a date as yyyy-MM-dd'],
      [{ oilType: '98' }, 'invalid field data.oilType: expected one of 90, 92, 93, 95, 97'],
      [{ oilType: 92 }, 'invalid field data.oilType: expected one of 90, 92, 93, 95, 97'],
      [{ modelId: 99999 }, 'invalid field data.modelId: no model 99999 in the catalog (4002)'],
      [{ maintainMileage: 5000 }, 'invalid field data.maintainMileage: expected the maintenance interval in km as a string of digits, at most 10000000'],
      [{ maintainMileage: '10000001' }, 'invalid field data.maintainMileage: expected the maintenance interval in km as a string of digits, at most 10000000'],
      [{ mileage: -1 }, 'invalid field data.mileage: expected an integer from 0 to 10000000'],
      [{ vin: 'TOO-SHORT' }, 'invalid field data.vin: expected 17 characters: digits and capital letters other than I, O, Q'],
      [{ plateNo: null }, 'invalid field data.plateNo: expected a plate number such as 粤A12345'],
    ];
    for (const [fields, err] of cases) {
      expect((await callService(simulator, 1022, { esn: terminal.esn, oilType: '97', ...fields })).json, err).toEqual({ flag: 0, data: {}, err });
    }
    expect(await serviceData(simulator, 1021, { esn: terminal.esn })).toEqual(before);
  });
});

describe('trip deletion (1015)', () => {
  it('removes the trip from 1012, 1013 and 1016', async () => {
    const terminal = bound();
    const range = { esn: terminal.esn, timeFrom: 0, timeTo: NOW_SECONDS };
    const before = await callService(simulator, 1012, range);
    const [newest, second] = tripIdsFromText(before.text);
    expect(await serviceData(simulator, 1015, { esn: terminal.esn, recordId: newest })).toEqual({});
    const after = await callService(simulator, 1012, range);
    expect(after.json.data.totalCount).toBe(before.json.data.totalCount - 1);
    expect(tripIdsFromText(after.text)[0]).toBe(second);
    for (const service of [1013, 1015, 1016]) {
      expect((await callService(simulator, service, { esn: terminal.esn, recordId: newest })).json.err).toBe(`unknown recordId ${newest}`);
    }
    expect(simulator.world.trip(terminal.esn, newest!)).toBeUndefined();
  });

  it('world/reset brings deleted trips and bindings back', async () => {
    const terminal = bound();
    const id = terminal.vehicle.trips[0]!.id;
    await serviceData(simulator, 1015, { esn: terminal.esn, recordId: id });
    await serviceData(simulator, 1003, { esn: terminal.esn, mobileNo: terminal.binding!.mobileNo });
    expect((await admin(simulator, 'world/reset', {})).json).toEqual({ restored: true, terminals: 20 });
    expect(simulator.world.terminal(terminal.esn)!.binding).not.toBeNull();
    expect(simulator.world.trip(terminal.esn, id)).toBeDefined();
  });
});

describe('a trip recorded while running (POST /__sim/trips)', () => {
  it('is listed first by 1012, has a track and an evaluation, and leaves the vehicle parked further on', async () => {
    const terminal = simulator.world.boundTerminals().find((t) => t.vehicle.condition.ignitionOn && t.vehicle.trips.length > 0)!;
    const range = { esn: terminal.esn, timeFrom: 0, timeTo: NOW_SECONDS };
    const before = await callService(simulator, 1012, range);
    const odometerBefore = (await serviceData(simulator, 1011, { esn: terminal.esn })).mileage as number;
    const previous = terminal.vehicle.trips.at(-1)!;

    const { status, json } = await admin(simulator, 'trips', { esn: terminal.esn });
    expect(status).toBe(200);
    const { trip } = json as { trip: { id: string; startTime: number; endTime: number; mileageKm: number } };
    expect(trip.endTime).toBe(NOW_SECONDS);
    expect(trip.startTime).toBeGreaterThan(previous.endTime);
    expect(trip.mileageKm).toBeGreaterThan(0);
    expect(BigInt(trip.id)).toBeGreaterThan(BigInt(previous.id));

    const after = await callService(simulator, 1012, range);
    expect(after.json.data.totalCount).toBe(before.json.data.totalCount + 1);
    expect(tripIdsFromText(after.text)).toEqual([trip.id, ...tripIdsFromText(before.text).slice(0, 9)]);
    expect(after.json.data.records[0]).toMatchObject({ startTime: trip.startTime, endTime: trip.endTime, mileage: trip.mileageKm });
    expect(((await serviceData(simulator, 1013, { esn: terminal.esn, recordId: trip.id })).coords as unknown[]).length).toBeGreaterThan(1);
    expect(await serviceData(simulator, 1016, { esn: terminal.esn, recordId: trip.id })).toMatchObject({ startTime: trip.startTime, endTime: trip.endTime });
    const condition = await serviceData(simulator, 1011, { esn: terminal.esn });
    expect(condition.driveStatus).toBe(0);
    expect(condition.mileage).toBeCloseTo(odometerBefore + trip.mileageKm, 1);

    // A second trip ending now would overlap this one.
    const again = await admin(simulator, 'trips', { esn: terminal.esn });
    expect(again.status).toBe(409);
    expect((again.json as { error: string }).error).toContain(`its last trip ended at ${new Date(trip.endTime * 1000).toISOString()}`);

    await admin(simulator, 'world/reset', {});
    expect(simulator.world.trip(terminal.esn, trip.id)).toBeUndefined();
  });

  it('is priced at the fuel grade the vehicle had when it was driven', async () => {
    const terminal = bound();
    const generatedWith = (await serviceData(simulator, 1016, { esn: terminal.esn, recordId: terminal.vehicle.trips.at(-1)!.id })).oilType;
    const grade = generatedWith === '97' ? '95' : '97';
    expect(await serviceData(simulator, 1022, { esn: terminal.esn, oilType: grade })).toEqual({});
    const { trip } = (await admin(simulator, 'trips', { esn: terminal.esn })).json as { trip: { id: string } };
    expect((await serviceData(simulator, 1016, { esn: terminal.esn, recordId: trip.id })).oilType).toBe(grade);
    // The trips driven before keep theirs, and this one keeps its own after another change.
    expect((await serviceData(simulator, 1016, { esn: terminal.esn, recordId: terminal.vehicle.trips.at(-2)!.id })).oilType).toBe(generatedWith);
    expect(await serviceData(simulator, 1022, { esn: terminal.esn, oilType: '92' })).toEqual({});
    expect((await serviceData(simulator, 1016, { esn: terminal.esn, recordId: trip.id })).oilType).toBe(grade);
  });

  it('is refused for a terminal that is unknown or not bound, and for a malformed body', async () => {
    const tripCounts = () => simulator.world.terminals.map((t) => t.vehicle.trips.length);
    const before = tripCounts();
    expect(await admin(simulator, 'trips', { esn: unbound().esn })).toMatchObject({ status: 409 });
    expect(await admin(simulator, 'trips', { esn: '869999999999999' })).toMatchObject({ status: 404 });
    for (const body of [{}, { esn: 42 }, { esn: 'abc' }, { esn: bound().esn, extra: 1 }, '{']) {
      expect((await admin(simulator, 'trips', body)).status, JSON.stringify(body)).toBe(400);
    }
    expect(tripCounts()).toEqual(before);
  });
});

describe('door commands (5001) and the event push', () => {
  it('acknowledges, then POSTs a signed 开锁 event to the webhook with increasing ids', async () => {
    const terminal = bound();
    const plate = terminal.vehicle.profile.plateNumber!;
    const before = simulator.events().length;
    expect(await serviceData(simulator, 5001, { esn: terminal.esn, opCode: 'UNLOCK_DOOR' })).toEqual({ status: 1 });
    expect(await serviceData(simulator, 5001, { esn: terminal.esn, opCode: 'LOCK_DOOR' })).toEqual({ status: 1 });
    expect(simulator.events().length).toBe(before);
    await simulator.settleEvents();

    const posts = receiver.received.slice(-2);
    expect(posts).toHaveLength(2);
    const records = posts.map((post) => {
      const url = new URL(post.url, 'http://receiver');
      expect(url.pathname).toBe('/iauto/events');
      expect(url.searchParams.get('versign')).toBe(signEvent(post.body, simulator.secureCode));
      const body = JSON.parse(post.body) as { records: Record<string, unknown>[] };
      expect(body.records).toHaveLength(1);
      return body.records[0]!;
    });
    expect(records[0]).toMatchObject({ esn: terminal.esn, uid: terminal.binding!.uid, type: '开锁', time: NOW_SECONDS, location: [...terminal.vehicle.condition.location] });
    expect(records[0]!.text).toMatch(new RegExp(`^\\[${plate}\\] 于 \\[2023-11-15 06:13:20\\] 在 \\[广东省(广州|佛山)市.+\\]附近 开锁成功$`));
    expect(records[1]).toMatchObject({ type: '关锁' });
    expect(records[1]!.text).toMatch(/ 关锁成功$/);
    expect(records[1]!.id as number).toBeGreaterThan(records[0]!.id as number);

    const log = (await admin(simulator, 'events')).json.events;
    const last = log.at(-1);
    expect(last).toMatchObject({ status: 200, error: null, versign: signEvent(posts[1]!.body, simulator.secureCode), body: posts[1]!.body });
    expect(last.record.id).toBe(records[1]!.id);
  });

  it('reports failure while the ignition is on and cannot reach an unplugged terminal', async () => {
    const driving = simulator.world.boundTerminals().find((t) => t.vehicle.condition.ignitionOn)!;
    expect(await serviceData(simulator, 5001, { esn: driving.esn, opCode: 'UNLOCK_DOOR' })).toEqual({ status: 1 });
    await simulator.settleEvents();
    expect(simulator.events().at(-1)!.record.text).toMatch(/ 开锁失败$/);
    const unplugged = simulator.world.boundTerminals().find((t) => !t.inserted)!;
    const count = simulator.events().length;
    expect(await serviceData(simulator, 5001, { esn: unplugged.esn, opCode: 'LOCK_DOOR' })).toEqual({ status: 0 });
    await simulator.settleEvents();
    expect(simulator.events()).toHaveLength(count);
  });

  it('logs events without posting when no webhook is configured, and records failed deliveries', async () => {
    const quiet = await startTestSimulator({ terminalCount: 6, firstEventId: 2n ** 60n });
    const unreachable = await startTestSimulator({ terminalCount: 6, webhookUrl: 'http://127.0.0.1:9/nowhere' });
    try {
      for (const sim of [quiet, unreachable]) {
        const esn = sim.world.boundTerminals().find((t) => t.inserted && !t.vehicle.condition.ignitionOn)!.esn;
        await serviceData(sim, 5001, { esn, opCode: 'LOCK_DOOR' });
        await sim.settleEvents();
      }
      expect(quiet.events()[0]).toMatchObject({ url: null, status: null, error: null });
      expect(quiet.events()[0]!.record.id).toBe(2n ** 60n);
      expect(quiet.events()[0]!.body).toContain(`"id":${2n ** 60n}`);
      expect((await admin(quiet, 'events')).text).toContain(`"id":${2n ** 60n}`);
      expect(unreachable.events()[0]!.status).toBeNull();
      expect(unreachable.events()[0]!.error).toBeTruthy();
    } finally {
      await quiet.close();
      await unreachable.close();
    }
  });
});
