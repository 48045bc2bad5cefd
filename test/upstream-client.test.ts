import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RunningSimulator, startSimulator } from '../src/simulator/server.ts';
import { type AttemptEvent, IautoClient } from '../src/upstream/client.ts';
import {
  UpstreamBadResponseError,
  UpstreamHttpError,
  UpstreamInvalidRequestError,
  UpstreamRejectedError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from '../src/upstream/errors.ts';
import { wellFormedRecords } from '../src/upstream/wire.ts';

let simulator: RunningSimulator;
let client: IautoClient;
const attempts: AttemptEvent[] = [];

const newClient = (overrides: Partial<ConstructorParameters<typeof IautoClient>[0]> = {}) =>
  new IautoClient({
    baseUrl: simulator.baseUrl,
    openId: simulator.openId,
    secureCode: simulator.secureCode,
    retryDelayMs: 1,
    onAttempt: (event) => attempts.push(event),
    ...overrides,
  });

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  client = newClient();
});
afterAll(async () => {
  await client.close();
  await simulator.close();
});
beforeEach(() => {
  simulator.setFaults({ latencyMs: 0, jitterMs: 0, errorRate: 0, http5xxRate: 0, malformedRate: 0, services: null });
  simulator.world.restore();
  simulator.resetStats();
  attempts.length = 0;
});

const boundTerminal = () =>
  simulator.world.boundTerminals().find((terminal) => terminal.inserted && terminal.vehicle.trips.length > 12)!;

describe('each service against the simulator', () => {
  it('4001 and 4002 give the catalog', async () => {
    const brands = wellFormedRecords((await client.call(4001, {})).records, 4001);
    expect(brands.map((brand) => brand.id)).toEqual(simulator.world.catalog.brands.map((brand) => brand.id));
    expect(brands.find((brand) => brand.id === 12)?.name).toBe('现代');
    const tree = await client.call(4002, { brandId: 12 });
    const models = wellFormedRecords(tree.records, 4002).flatMap((subBrand) =>
      wellFormedRecords(subBrand.records, 4002).flatMap((series) => wellFormedRecords(series.records, 4002)),
    );
    expect(models.find((model) => model.id === 3434)).toEqual({ id: 3434, year: 2017, name: '1.4T 双离合 智能型' });
  });

  it('1001 gives the terminal status', async () => {
    const terminal = boundTerminal();
    const status = await client.call(1001, { esn: terminal.esn });
    expect(status).toMatchObject({
      bindStatus: 1,
      mobile: terminal.binding!.mobileNo ?? undefined,
      plateNo: terminal.vehicle.profile.plateNumber ?? undefined,
      inserted: terminal.inserted ? 1 : 0,
      activeTime: terminal.activeTime,
    });
  });

  it('1011 gives the latest condition', async () => {
    const terminal = boundTerminal();
    const condition = await client.call(1011, { esn: terminal.esn });
    const truth = terminal.vehicle.condition;
    expect(condition.location).toEqual(truth.location);
    expect(condition.mileage).toBeCloseTo(truth.odometerKm, 1);
    expect(condition.voltage).toBeCloseTo(truth.batteryVolts, 1);
    expect(condition.driveStatus).toBe(truth.ignitionOn ? 1 : 0);
    expect(condition.vin).toBe(truth.vin);
  });

  it('1012 pages trips, 10 a page, newest first, with exact ids', async () => {
    const terminal = boundTerminal();
    const trips = simulator.world.tripsOf(terminal.esn);
    const range = { esn: terminal.esn, timeFrom: 0, timeTo: 4_000_000_000 };
    const first = await client.call(1012, { ...range, page: 1 });
    expect(first.totalCount).toBe(trips.length);
    expect(first.page).toBe(1);
    const records = wellFormedRecords(first.records, 1012);
    expect(records.map((trip) => trip.id)).toEqual(trips.slice(0, 10).map((trip) => trip.id));
    expect(records[0]).toMatchObject({ startTime: trips[0]!.startTime, endTime: trips[0]!.endTime });
    expect(records[0]!.mileage).toBeCloseTo(trips[0]!.mileageKm, 1);
    const lastPage = Math.ceil(trips.length / 10);
    const last = await client.call(1012, { ...range, page: lastPage });
    expect(last.records).toHaveLength(trips.length - (lastPage - 1) * 10);
    const past = await client.call(1012, { ...range, page: lastPage + 1 });
    expect(past).toEqual({ records: [], totalCount: trips.length, page: lastPage + 1 });
    const empty = await client.call(1012, { esn: terminal.esn, timeFrom: 1, timeTo: 2 });
    expect(empty).toMatchObject({ records: [], totalCount: 0 });
  });

  it('1013, 1016 give a trip track and evaluation', async () => {
    const terminal = boundTerminal();
    const trip = simulator.world.tripsOf(terminal.esn)[0]!;
    const track = await client.call(1013, { esn: terminal.esn, recordId: trip.id });
    expect(track.coords).toEqual(simulator.world.trackOf(terminal.esn, trip.id));
    const evaluation = await client.call(1016, { esn: terminal.esn, recordId: trip.id });
    expect(evaluation).toMatchObject({ startTime: trip.startTime, endTime: trip.endTime });
    expect((evaluation.totalMileage as number) / 100).toBeCloseTo(trip.mileageKm, 1);
  });

  it('1017, 1018, 1019 give battery, health and tyres', async () => {
    const terminal = boundTerminal();
    const battery = await client.call(1017, { esn: terminal.esn });
    expect(wellFormedRecords(battery.records, 1017).map((record) => record.val / 10)).toEqual(terminal.vehicle.battery.map((report) => report.volts));
    const health = await client.call(1018, { esn: terminal.esn });
    expect((health.coldTemplate as number) / 100).toBeCloseTo(terminal.vehicle.healthCheck.coolantCelsius, 2);
    expect(health.diagnoseTime).toBe(terminal.vehicle.healthCheck.diagnoseTime);
    const tires = await client.call(1019, { esn: terminal.esn });
    const frontLeft = terminal.vehicle.tires.frontLeft;
    expect(tires.frontLeft).toEqual(expect.any(String));
    expect(String(tires.frontLeft).split('|')).toEqual([
      String(frontLeft.status),
      frontLeft.pressureKpa === null ? '' : String(frontLeft.pressureKpa),
      frontLeft.temperatureCelsius === null ? '' : String(frontLeft.temperatureCelsius),
      String(frontLeft.updatedAt),
    ]);
  });

  it('1021 and 1022 read and partially update the profile', async () => {
    const terminal = boundTerminal();
    const before = await client.call(1021, { esn: terminal.esn });
    expect(before.plateNo).toBe(terminal.vehicle.profile.plateNumber);
    await client.call(1022, { esn: terminal.esn, maintainMileage: '7500', insurer: '平安车险' });
    const after = await client.call(1021, { esn: terminal.esn });
    expect(after).toEqual({ ...before, intervalMileage: '7500', insurer: '平安车险' });
  });

  it('1002 and 1003 bind and unbind', async () => {
    const terminal = simulator.world.terminals.find((candidate) => candidate.binding === null)!;
    expect((await client.call(1001, { esn: terminal.esn })).bindStatus).toBe(0);
    await client.call(1002, { esn: terminal.esn, mobileNo: '13600000000' });
    expect(await client.call(1001, { esn: terminal.esn })).toMatchObject({ bindStatus: 1, mobile: '13600000000' });
    await client.call(1003, { esn: terminal.esn, mobileNo: '13600000000' });
    expect((await client.call(1001, { esn: terminal.esn })).bindStatus).toBe(0);
  });

  it('1015 deletes a trip', async () => {
    const terminal = boundTerminal();
    const [trip] = simulator.world.tripsOf(terminal.esn);
    const range = { esn: terminal.esn, timeFrom: 0, timeTo: 4_000_000_000 };
    const before = (await client.call(1012, range)).totalCount;
    await client.call(1015, { esn: terminal.esn, recordId: trip!.id });
    expect((await client.call(1012, range)).totalCount).toBe(before - 1);
    await expect(client.call(1013, { esn: terminal.esn, recordId: trip!.id })).rejects.toBeInstanceOf(UpstreamRejectedError);
  });

  it('5001 accepts a door command for a plugged-in terminal, and not for an unplugged one', async () => {
    expect(await client.call(5001, { esn: boundTerminal().esn, opCode: 'LOCK_DOOR' })).toEqual({ status: 1 });
    const unplugged = simulator.world.boundTerminals().find((terminal) => !terminal.inserted)!;
    expect(await client.call(5001, { esn: unplugged.esn, opCode: 'LOCK_DOOR' })).toEqual({ status: 0 });
  });

  it('3001 to 3004 give fuel statistics', async () => {
    const terminal = boundTerminal();
    for (const service of [3001, 3002, 3003, 3004] as const) {
      const statistics = await client.call(service, { esn: terminal.esn });
      expect(statistics.avgSpeed, `service ${service}`).toBeTypeOf('number');
    }
    const overall = await client.call(3002, { esn: terminal.esn });
    expect(overall.mileage).toBeCloseTo(simulator.world.fuelStatistics(terminal.esn, 'overall')!.mileageKm, 0);
  });
});

describe('errors', () => {
  it('a wrong secure code is rejected, and the error never carries the secret', async () => {
    const wrong = newClient({ secureCode: 'not-the-secure-code' });
    const error = await wrong.call(1001, { esn: boundTerminal().esn }).catch((caught: unknown) => caught);
    await wrong.close();
    expect(error).toBeInstanceOf(UpstreamRejectedError);
    expect(error).toMatchObject({ service: 1001 });
    expect(String((error as Error).message)).toMatch(/signature/i);
    expect(JSON.stringify(error) + String((error as Error).message)).not.toContain('not-the-secure-code');
  });

  it('HTTP 5xx becomes UpstreamHttpError after the read retries', async () => {
    simulator.setFaults({ http5xxRate: 1 });
    const error = await client.call(1011, { esn: boundTerminal().esn }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamHttpError);
    expect((error as UpstreamHttpError).status).toBe(503);
    expect(simulator.stats().calls['1011']).toBe(3);
    expect(attempts.map((attempt) => attempt.attempt)).toEqual([1, 2, 3]);
  });

  it('a read recovers when a retry succeeds', async () => {
    const flaky = newClient({ readRetries: 5 });
    simulator.setFaults({ http5xxRate: 0.5, services: [1001] });
    const status = await flaky.call(1001, { esn: boundTerminal().esn });
    await flaky.close();
    expect(status.bindStatus).toBe(1);
  });

  it('a write is sent once even when the simulator answers 5xx', async () => {
    simulator.setFaults({ http5xxRate: 1, services: [5001, 1022, 1015, 1002, 1003] });
    const terminal = boundTerminal();
    const writes = [
      client.call(5001, { esn: terminal.esn, opCode: 'UNLOCK_DOOR' }),
      client.call(1022, { esn: terminal.esn, insurer: '人保车险' }),
      client.call(1015, { esn: terminal.esn, recordId: simulator.world.tripsOf(terminal.esn)[0]!.id }),
      client.call(1002, { esn: terminal.esn, mobileNo: '13600000000' }),
      client.call(1003, { esn: terminal.esn, mobileNo: '13600000000' }),
    ];
    for (const result of await Promise.allSettled(writes)) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(UpstreamHttpError);
    }
    expect(simulator.stats().calls).toEqual({ '5001': 1, '1022': 1, '1015': 1, '1002': 1, '1003': 1 });
  });

  it('a slow answer becomes UpstreamTimeoutError', async () => {
    const impatient = newClient({ timeoutMs: 100, readRetries: 0 });
    simulator.setFaults({ latencyMs: 2_500 });
    const error = await impatient.call(1011, { esn: boundTerminal().esn }).catch((caught: unknown) => caught);
    await impatient.close();
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect(error).toMatchObject({ service: 1011, phase: 'headers' });
  });

  describe('timeouts hold at the boundary', () => {
    // How late an abort may come on a loaded machine (the suite runs files in parallel on 2 shared
    // cores); alone it comes within a few milliseconds, where undici's own timers took about a second.
    const slack = 100;

    it('an answer at 400 ms fails a 300 ms attempt at 300 ms; one at 150 ms succeeds', async () => {
      const impatient = newClient({ timeoutMs: 300, readRetries: 0 });
      const esn = boundTerminal().esn;
      simulator.setFaults({ latencyMs: 400 });
      const error = await impatient.call(1011, { esn }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ service: 1011, phase: 'headers' });
      expect(attempts).toHaveLength(1);
      expect(attempts[0]!.durationMs).toBeGreaterThanOrEqual(295);
      expect(attempts[0]!.durationMs).toBeLessThan(300 + slack);

      simulator.setFaults({ latencyMs: 150 });
      await expect(impatient.call(1011, { esn })).resolves.toMatchObject({ vin: expect.any(String), mileage: expect.any(Number) });
      await impatient.close();
    });

    it('a read stops at its total deadline across retries, and each attempt is counted', async () => {
      const impatient = newClient({ timeoutMs: 300, readDeadlineMs: 700, readRetries: 5 });
      simulator.setFaults({ latencyMs: 400 });
      const started = performance.now();
      const error = await impatient.call(1011, { esn: boundTerminal().esn }).catch((caught: unknown) => caught);
      const elapsed = performance.now() - started;
      await impatient.close();
      expect(error).toBeInstanceOf(UpstreamTimeoutError);
      expect(error).toMatchObject({ phase: 'deadline' });
      expect(elapsed).toBeGreaterThanOrEqual(695);
      expect(elapsed).toBeLessThan(700 + slack);
      // 300 + 300 + what is left (under 100 ms): three attempts, not six.
      expect(attempts.map((attempt) => attempt.attempt)).toEqual([1, 2, 3]);
      expect(simulator.stats().calls['1011']).toBe(3);
    });

    it('a body that trickles in is cut at the attempt timeout too', async () => {
      const trickle = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"flag":1,');
        const timer = setInterval(() => response.write(' '), 50);
        response.on('close', () => clearInterval(timer));
      });
      trickle.listen(0, '127.0.0.1');
      await once(trickle, 'listening');
      const impatient = newClient({ baseUrl: `http://127.0.0.1:${(trickle.address() as AddressInfo).port}`, timeoutMs: 300, readRetries: 0 });
      const error = await impatient.call(4001, {}).catch((caught: unknown) => caught);
      await impatient.close();
      trickle.closeAllConnections();
      trickle.close();
      expect(error).toMatchObject({ service: 4001, phase: 'body' });
      expect(attempts[0]!.durationMs).toBeGreaterThanOrEqual(295);
      expect(attempts[0]!.durationMs).toBeLessThan(300 + slack);
    });

    it('a write gets one attempt bounded by the attempt timeout', async () => {
      const impatient = newClient({ timeoutMs: 300, readRetries: 5 });
      simulator.setFaults({ latencyMs: 400 });
      const error = await impatient.call(5001, { esn: boundTerminal().esn, opCode: 'UNLOCK_DOOR' }).catch((caught: unknown) => caught);
      await impatient.close();
      expect(error).toBeInstanceOf(UpstreamTimeoutError);
      expect(attempts).toHaveLength(1);
      expect(attempts[0]!.durationMs).toBeLessThan(300 + slack);
    });
  });

  it('a body that is not JSON becomes UpstreamBadResponseError', async () => {
    simulator.setFaults({ malformedRate: 1 });
    await expect(client.call(1019, { esn: boundTerminal().esn })).rejects.toBeInstanceOf(UpstreamBadResponseError);
    expect(simulator.stats().calls['1019']).toBe(1);
  });

  it('an answer longer than maxAnswerBytes is refused once, as a bad response, not retried', async () => {
    const brandId = wellFormedRecords((await client.call(4001, {})).records, 4001)[0]!.id;
    simulator.resetStats();
    attempts.length = 0;
    // A brand's model tree is a few KB: over a 1 KB cap it is cut, under a 1 MB cap it is read.
    const capped = newClient({ maxAnswerBytes: 1024 });
    try {
      const error = await capped.call(4002, { brandId }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UpstreamBadResponseError);
      expect((error as Error).message).toContain('longer than the gateway reads');
      expect(simulator.stats().calls['4002']).toBe(1);
      expect(attempts.map((attempt) => attempt.error?.kind)).toEqual(['bad-response']);
    } finally {
      await capped.close();
    }
    const roomy = newClient({ maxAnswerBytes: 1024 * 1024 });
    try {
      expect((await roomy.call(4002, { brandId })).records.length).toBeGreaterThan(0);
    } finally {
      await roomy.close();
    }
  });

  it('a closed port becomes UpstreamUnavailableError', async () => {
    const nowhere = newClient({ baseUrl: 'http://127.0.0.1:9', readRetries: 1 });
    const error = await nowhere.call(4001, {}).catch((caught: unknown) => caught);
    await nowhere.close();
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(attempts.filter((attempt) => attempt.service === 4001)).toHaveLength(2);
  });

  it('invalid request data is refused before anything is sent', async () => {
    const error = await client.call(1012, { esn: '123', timeFrom: 10, timeTo: 5 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamInvalidRequestError);
    expect((error as Error).message).toMatch(/esn/);
    expect((error as Error).message).toMatch(/timeFrom/);
    expect(simulator.stats().total).toBe(0);
  });

  it('flag 0 for an unbound terminal is a rejection', async () => {
    const unbound = simulator.world.terminals.find((terminal) => terminal.binding === null)!;
    const error = await client.call(1011, { esn: unbound.esn }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamRejectedError);
    expect((error as UpstreamRejectedError).upstreamMessage).toMatch(/bound/);
  });
});

describe('the connection pool', () => {
  it('keeps at most maxConnections open and reports the calls waiting for one', async () => {
    const limited = newClient({ maxConnections: 2 });
    try {
      simulator.setFaults({ latencyMs: 400 });
      const esn = simulator.world.boundTerminals()[0]!.esn;
      const calls = Array.from({ length: 5 }, () => limited.call(1011, { esn }));
      await vi.waitFor(() => expect(limited.poolStats.running).toBe(2));
      expect(limited.poolStats).toMatchObject({ connected: 2, running: 2, pending: 3 });
      await Promise.all(calls);
      expect(limited.poolStats).toMatchObject({ connected: 2, running: 0, pending: 0 });
      expect(simulator.stats().calls).toEqual({ '1011': 5 });
    } finally {
      await limited.close();
    }
  });

  it('opens up to 128 connections by default', async () => {
    simulator.setFaults({ latencyMs: 400 });
    const esn = simulator.world.boundTerminals()[0]!.esn;
    const calls = Array.from({ length: 130 }, () => client.call(1011, { esn }));
    await vi.waitFor(() => expect(client.poolStats.running).toBe(128));
    expect(client.poolStats.pending).toBe(2);
    await Promise.all(calls);
  });
});
