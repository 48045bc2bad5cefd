import { describe, expect, it } from 'vitest';
import { pathLengthKm } from '../src/domain/geo.ts';
import { GUANGZHOU_BOUNDS, roundLngLat } from '../src/simulator/geo.ts';
import { stringify } from 'lossless-json';
import { ExactInteger, parseJson, stringifyJson } from '../src/simulator/json.ts';
import { FUEL_GRADES } from '../src/domain/fuel-grades.ts';
import type { Trip } from '../src/simulator/trips.ts';
import { vinCheckDigit } from '../src/simulator/vehicle.ts';
import { World } from '../src/simulator/world.ts';
import { applyToWorld, spontaneousEvent, terminalFor } from '../src/simulator/event-feed.ts';
import { Random } from '../src/simulator/random.ts';
import { FIXED_NOW } from './helpers/simulator.ts';

const NOW_SECONDS = FIXED_NOW / 1000;
const world = new World({ seed: 360, terminalCount: 20, now: FIXED_NOW });
const bound = world.boundTerminals();

describe('determinism', () => {
  it('the same seed and clock give a deep-equal world', () => {
    expect(new World({ seed: 360, terminalCount: 20, now: FIXED_NOW })).toEqual(world);
  });

  it('another seed gives another world; another clock keeps who the terminals are', () => {
    const otherSeed = new World({ seed: 361, terminalCount: 20, now: FIXED_NOW });
    expect(otherSeed.terminals.map((t) => t.esn)).not.toEqual(world.terminals.map((t) => t.esn));
    const later = new World({ seed: 360, terminalCount: 20, now: FIXED_NOW + 86_400_000 });
    expect(later.terminals.map((t) => [t.esn, t.binding?.mobileNo, t.vehicle.profile.plateNumber])).toEqual(
      world.terminals.map((t) => [t.esn, t.binding?.mobileNo, t.vehicle.profile.plateNumber]),
    );
  });

  it('restore() undoes every change', () => {
    const copy = new World({ seed: 360, terminalCount: 20, now: FIXED_NOW });
    const terminal = copy.boundTerminals()[2]!;
    copy.unbind(terminal);
    copy.deleteTrip(terminal, terminal.vehicle.trips[0]!.id);
    copy.restore();
    expect(copy).toEqual(world);
  });
});

describe('catalog', () => {
  const { brands } = world.catalog;

  it('has dozens of real brands, ids ascending, including 现代 12 and 奥迪 13', () => {
    expect(brands.length).toBeGreaterThanOrEqual(30);
    expect(brands.map((b) => b.id)).toEqual([...brands.map((b) => b.id)].sort((a, b) => a - b));
    expect(brands.find((b) => b.id === 12)?.name).toBe('现代');
    expect(brands.find((b) => b.id === 13)?.name).toBe('奥迪');
    for (const name of ['大众', '丰田', '本田', '比亚迪', '吉利', '红旗', '蔚来', '小鹏', '理想']) {
      expect(brands.map((b) => b.name)).toContain(name);
    }
  });

  it('keeps the documented Hyundai tree: 北京现代 12 › ix25 123 › 3434, 劳恩斯 132 › 3412', () => {
    const hyundai = brands.find((b) => b.id === 12)!;
    const beijing = hyundai.subBrands.find((s) => s.id === 12)!;
    expect(beijing.name).toBe('北京现代');
    const ix25 = beijing.series.find((s) => s.id === 123)!;
    expect(ix25.name).toBe('ix25');
    expect(ix25.models.find((m) => m.id === 3434)).toMatchObject({ year: 2017, name: '1.4T 双离合 智能型' });
    const lavita = beijing.series.find((s) => s.id === 132)!;
    expect(lavita.name).toBe('劳恩斯');
    expect(lavita.models.find((m) => m.id === 3412)).toMatchObject({ year: 2012, name: '劳恩斯 3.0L GDI 豪华版' });
  });

  it('has joint-venture sub-brands where real', () => {
    const volkswagen = brands.find((b) => b.name === '大众')!;
    expect(volkswagen.subBrands.map((s) => s.name)).toEqual(expect.arrayContaining(['一汽-大众', '上汽大众']));
  });

  it('uses unique ids per level, each list ascending, and plausible models', () => {
    const subBrands = brands.flatMap((b) => b.subBrands);
    const series = subBrands.flatMap((s) => s.series);
    const models = series.flatMap((s) => s.models);
    for (const level of [subBrands, series, models]) {
      expect(new Set(level.map((node) => node.id)).size).toBe(level.length);
    }
    for (const list of [...brands.map((b) => b.subBrands), ...subBrands.map((s) => s.series), ...series.map((s) => s.models)]) {
      expect(list.length).toBeGreaterThan(0);
      const ids = list.map((node) => node.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    }
    for (const model of models) {
      expect(model.year).toBeGreaterThanOrEqual(2010);
      expect(model.year).toBeLessThanOrEqual(2024);
      expect(model.name).toMatch(model.electric ? /^\d+km / : /\d\.\d[LT] /);
    }
    expect(world.catalog.modelsById.size).toBe(models.length);
  });
});

describe('fleet', () => {
  it('has the configured number of terminals with unique 15-digit ESNs starting with 86', () => {
    expect(world.terminals).toHaveLength(20);
    const esns = world.terminals.map((t) => t.esn);
    expect(new Set(esns).size).toBe(20);
    for (const esn of esns) expect(esn).toMatch(/^86\d{13}$/);
    expect(world.terminal(esns[5]!)).toBe(world.terminals[5]);
    expect(world.terminal('000')).toBeUndefined();
  });

  it('has a few unbound and unplugged terminals, vehicles driving now, and one bound vehicle without trips', () => {
    expect(world.terminals.length - bound.length).toBe(3);
    expect(world.terminals.filter((t) => !t.inserted).length).toBeGreaterThanOrEqual(2);
    expect(bound.filter((t) => !t.inserted).length).toBeGreaterThanOrEqual(2);
    expect(bound.filter((t) => t.vehicle.condition.ignitionOn)).toHaveLength(2);
    expect(bound.filter((t) => t.vehicle.trips.length === 0).length).toBeGreaterThanOrEqual(1);
    expect(bound.some((t) => t.vehicle.trips.length >= 100)).toBe(true);
    const counts = new Set(bound.map((t) => t.vehicle.trips.length));
    expect(counts.size).toBeGreaterThan(8);
  });

  it('gives bound terminals a user and a complete, valid profile; unbound ones none', () => {
    const mobiles = bound.map((t) => t.binding!.mobileNo);
    expect(new Set(mobiles).size).toBe(bound.length);
    for (const terminal of bound) {
      const profile = terminal.vehicle.profile;
      expect(terminal.binding!.mobileNo).toMatch(/^1\d{10}$/);
      expect(terminal.binding!.uid).toMatch(/^\d{7}$/);
      expect(world.model(profile.modelId!)).toBeDefined();
      expect(world.model(profile.modelId!)!.electric).toBe(false);
      expect(profile.plateNumber).toMatch(/^粤A[A-Z0-9]{5}$/);
      expect(profile.vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
      expect(profile.vin!.charAt(8)).toBe(vinCheckDigit(profile.vin!));
      expect(profile.vin).toBe(terminal.vehicle.condition.vin);
      expect(FUEL_GRADES).toContain(profile.fuelGrade);
      expect(profile.plateType).toBe('02');
      expect(['人保车险', '平安车险', '太平洋车险']).toContain(profile.insurer);
      for (const date of [profile.insuranceDate, profile.taxPaidDate, profile.annualTicketDate, profile.inspectionDueDate]) {
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(profile.mileageKm).toBeGreaterThan(0);
      expect([5000, 7500, 10000]).toContain(profile.maintenanceIntervalKm);
    }
    for (const terminal of world.terminals.filter((t) => !t.binding)) {
      expect(terminal.vehicle.trips).toEqual([]);
      expect(terminal.vehicle.profile.plateNumber).toBeNull();
    }
    expect(bound[0]!.vehicle.profile.modelId).toBe(3434);
  });
});

describe('consistency of every trip in the fleet', () => {
  const all = bound.flatMap((terminal) => terminal.vehicle.trips.map((trip) => ({ terminal, trip })));

  /** The trips for which `broken` returns a reason, as `id: reason` lines (empty when all hold). */
  const violations = (broken: (trip: Trip) => string | false): string[] =>
    all.flatMap(({ trip }) => {
      const reason = broken(trip);
      return reason ? [`${trip.id}: ${reason}`] : [];
    });

  it('has many trips over the last 90 days, all finished before now', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(
      violations(
        (trip) =>
          (trip.endTime <= trip.startTime && 'ends before it starts') ||
          (trip.endTime >= NOW_SECONDS && 'not finished') ||
          (trip.startTime <= NOW_SECONDS - 91 * 86_400 && 'older than 90 days'),
      ),
    ).toEqual([]);
  });

  it('tracks are as long as the trip mileage (within 5%), dense and inside Guangzhou', () => {
    const { minLng, maxLng, minLat, maxLat } = GUANGZHOU_BOUNDS;
    const esnOf = new Map(all.map(({ terminal, trip }) => [trip, terminal.esn]));
    expect(
      violations((trip) => {
        const track = world.trackOf(esnOf.get(trip)!, trip.id)!;
        const error = Math.abs(pathLengthKm(track) - trip.mileageKm) / trip.mileageKm;
        const stray = track.find(([lng, lat]) => lng < minLng || lng > maxLng || lat < minLat || lat > maxLat);
        return (error >= 0.05 && `track length off by ${error}`) || (track.length < 20 && 'fewer than 20 points') || (stray !== undefined && `point ${stray.join(',')} outside`);
      }),
    ).toEqual([]);
  });

  it('fuel used is mileage × average consumption / 100', () => {
    expect(
      violations(
        (trip) =>
          (Math.abs(trip.fuelLitres - (trip.mileageKm * trip.averageFuelLitresPer100Km) / 100) > 0.005 + 1e-9 && 'fuel ≠ mileage × avgOil / 100') ||
          ((trip.averageFuelLitresPer100Km <= 3 || trip.averageFuelLitresPer100Km >= 20) && 'implausible consumption'),
      ),
    ).toEqual([]);
  });

  it('speeds, warm-up and idling are plausible', () => {
    expect(
      violations((trip) => {
        const drivingSeconds = trip.endTime - trip.startTime;
        const averageSpeed = trip.mileageKm / (drivingSeconds / 3600);
        return (
          ((averageSpeed <= 5 || averageSpeed >= 80) && `average ${averageSpeed} km/h`) ||
          ((trip.maxSpeedKmh <= averageSpeed || trip.maxSpeedKmh > 130) && `max ${trip.maxSpeedKmh} km/h`) ||
          (trip.idleSeconds + trip.warmUpSeconds >= drivingSeconds && 'idles longer than it drives')
        );
      }),
    ).toEqual([]);
  });

  it('every evaluation (1016) repeats its trip\'s times and mileage and agrees with its own averages', () => {
    const esnOf = new Map(all.map(({ terminal, trip }) => [trip, terminal.esn]));
    expect(
      violations((trip) => {
        const evaluation = world.evaluationOf(esnOf.get(trip)!, trip.id)!;
        const distanceFromSpeed = (evaluation.averageSpeedKmh * evaluation.drivingSeconds) / 3600;
        return (
          ((evaluation.startTime !== trip.startTime || evaluation.endTime !== trip.endTime) && 'times differ') ||
          (evaluation.mileageKm !== trip.mileageKm && 'mileage differs') ||
          (evaluation.drivingSeconds !== trip.endTime - trip.startTime && 'driving time ≠ end − start') ||
          (Math.abs(distanceFromSpeed - trip.mileageKm) > 0.01 && 'average speed × time ≠ mileage') ||
          (evaluation.fuelCostYuan <= 0 && 'no fuel cost')
        );
      }),
    ).toEqual([]);
  });

  it('a vehicle drives one trip at a time, each starting where the previous one ended', () => {
    for (const terminal of bound) {
      const trips = terminal.vehicle.trips;
      for (let i = 1; i < trips.length; i++) {
        expect(trips[i]!.startTime).toBeGreaterThan(trips[i - 1]!.endTime);
        expect(trips[i]!.route[0]).toBe(trips[i - 1]!.route.at(-1));
      }
      expect(new Set(trips.map((trip) => trip.id)).size).toBe(trips.length);
    }
  });

  it('has trip ids above 2^53 (17 digits) and below it', () => {
    const ids = all.map(({ trip }) => BigInt(trip.id));
    expect(ids.some((id) => id > 2n ** 53n && id.toString().length === 17)).toBe(true);
    expect(ids.some((id) => id < 2n ** 53n)).toBe(true);
  });

  it('the odometer covers every trip and a parked car stands where its last trip ended', () => {
    for (const terminal of bound) {
      const { condition, trips } = terminal.vehicle;
      expect(condition.odometerKm).toBeGreaterThanOrEqual(trips.reduce((sum, trip) => sum + trip.mileageKm, 0));
      const last = trips.at(-1);
      if (!condition.ignitionOn && last) expect(condition.location).toEqual(world.trackOf(terminal.esn, last.id)!.at(-1));
      if (last) expect(terminal.activeTime).toBeGreaterThanOrEqual(last.endTime);
    }
  });
});

describe('vehicle state', () => {
  it('reports speed, engine speed and coolant only while driving', () => {
    for (const terminal of bound) {
      const condition = terminal.vehicle.condition;
      const running = condition.ignitionOn;
      expect(condition.speedKmh !== null).toBe(running);
      expect(condition.engineRpm !== null).toBe(running);
      expect(condition.coolantCelsius !== null).toBe(running);
    }
  });

  it('keeps exactly 7 battery reports, newest first, about 2 h apart while parked, the newest being 1011 voltage', () => {
    for (const terminal of world.terminals) {
      const { battery, condition } = terminal.vehicle;
      expect(battery).toHaveLength(7);
      expect(condition.batteryVolts).toBe(battery[0]!.volts);
      for (let i = 1; i < 7; i++) {
        const gap = battery[i - 1]!.time - battery[i]!.time;
        expect(gap).toBeGreaterThan(0);
        if (!condition.ignitionOn) expect(gap).toBeGreaterThanOrEqual(6600);
        if (!condition.ignitionOn) expect(gap).toBeLessThanOrEqual(7800);
      }
      for (const report of battery) {
        expect(report.volts).toBeGreaterThanOrEqual(11.4);
        expect(report.volts).toBeLessThanOrEqual(14.4);
      }
      expect(battery[0]!.time).toBeLessThanOrEqual(terminal.activeTime + 1);
    }
  });

  it('has some fault codes, in 1011 and in the health check alike', () => {
    const faulty = bound.filter((t) => t.vehicle.condition.faultCodes.length > 0);
    expect(faulty.length).toBeGreaterThanOrEqual(2);
    for (const terminal of bound) {
      expect(terminal.vehicle.healthCheck.faultCodes).toEqual(terminal.vehicle.condition.faultCodes);
      for (const code of terminal.vehicle.condition.faultCodes) expect(code).toMatch(/^[PCBU]\d{4}$/);
    }
  });

  it('has mostly normal tyres, some alerts, one device fault and one silent sensor', () => {
    const readings = bound.flatMap((t) => Object.values(t.vehicle.tires));
    const statuses = readings.map((reading) => reading.status);
    expect(statuses.filter((status) => status === 0).length).toBeGreaterThan(readings.length * 0.8);
    expect(readings).toContainEqual({ status: -1, pressureKpa: null, temperatureCelsius: null, updatedAt: 0 });
    expect(readings.some((reading) => reading.status === 32 && reading.pressureKpa === null)).toBe(true);
    for (const bit of [1, 2, 4, 8]) expect(statuses.some((status) => status > 0 && (status & bit) !== 0)).toBe(true);
  });
});

describe('lossless JSON', () => {
  it('keeps integers above 2^53 exact both ways', () => {
    const text = '{"id":86127667888972656,"small":42,"float":60.4,"list":[1,-2.5e3]}';
    const value = parseJson(text) as Record<string, unknown>;
    expect(value.id).toBe(86127667888972656n);
    expect(value.small).toBe(42);
    expect(stringifyJson(value)).toBe('{"id":86127667888972656,"small":42,"float":60.4,"list":[1,-2500]}');
  });

  it('writes the same text as lossless-json for every kind of value the simulator answers with', () => {
    const values: unknown[] = [
      ...world.terminals,
      ...bound.flatMap((terminal) =>
        terminal.vehicle.trips.slice(0, 3).flatMap((trip) => [
          { flag: 1, data: { coords: world.trackOf(terminal.esn, trip.id) } },
          { flag: 1, data: world.evaluationOf(terminal.esn, trip.id) },
          { flag: 1, data: { records: [{ id: BigInt(trip.id), startTime: trip.startTime, mileage: trip.mileageKm }], page: 1, totalCount: 1 } },
        ]),
      ),
      { flag: 0, data: {}, err: '设备未绑定', missing: undefined, list: [1, 'a', null, true, -0.5, 1e21, { nested: 2n ** 70n }] },
    ];
    for (const value of values) expect(stringifyJson(value)).toBe(stringify(value));
  });

  it('writes an ExactInteger as its bare digits, next to bigints too, and no string as one', () => {
    const trip = { id: new ExactInteger('86127667888972656'), back: new ExactInteger('-7'), mileage: 12.5 };
    expect(stringifyJson({ records: [trip] })).toBe('{"records":[{"id":86127667888972656,"back":-7,"mileage":12.5}]}');
    expect(stringifyJson({ id: new ExactInteger('86127667888972656'), event: 86127667888972657n })).toBe('{"id":86127667888972656,"event":86127667888972657}');
    // A string shaped like the mark (a plate written through 1022, say) stays a string: the mark's
    // nonce is drawn per process and never written out.
    for (const text of ['\u00001', '\u00000123456789abcdef:1', '"\\u00000123456789abcdef:1"']) expect(parseJson(stringifyJson({ text }))).toEqual({ text });
    // The same text as a bigint id through lossless-json, for every trip of the world.
    for (const trip of bound.flatMap((terminal) => terminal.vehicle.trips)) {
      const page = (id: unknown) => ({ flag: 1, data: { records: [{ id, startTime: trip.startTime, mileage: trip.mileageKm }], page: 1, totalCount: 1 } });
      expect(stringifyJson(page(new ExactInteger(trip.id)))).toBe(stringify(page(BigInt(trip.id))));
    }
    expect(() => new ExactInteger('12a')).toThrow(RangeError);
    expect(() => new ExactInteger('1e3')).toThrow(RangeError);
  });

  it('rejects what JSON.parse rejects', () => {
    for (const bad of ['{"a":1,}', "{'a':1}", '[1 2]', '01', '{"a":1} x', '"\u0001"', '']) {
      expect(() => JSON.parse(bad), bad).toThrow();
      expect(() => parseJson(bad), bad).toThrow(SyntaxError);
    }
    expect(parseJson(' {"a":"\\u00e9\\n","b":[true,false,null]} ')).toEqual({ a: 'é\n', b: [true, false, null] });
  });
});

describe('the ignition events of the sandbox change the world they report', () => {
  const eventNow = FIXED_NOW + 3 * 3600 * 1000;

  it('熄火 picks a driving vehicle, records its drive as a trip ending then, and pushes where it parked', () => {
    const live = new World({ seed: 360, terminalCount: 20, now: FIXED_NOW });
    const random = Random.derive(1, 'test');
    const driving = live.boundTerminals().filter((t) => t.inserted && t.vehicle.condition.ignitionOn);
    expect(driving.length).toBeGreaterThan(0);
    const terminal = terminalFor('熄火', live, random)!;
    expect(driving).toContain(terminal);
    const tripsBefore = terminal.vehicle.trips.length;
    const drivingSince = terminal.vehicle.drivingSince!;
    expect(drivingSince).toBeLessThan(FIXED_NOW / 1000);

    applyToWorld('熄火', terminal, live, eventNow);
    const event = spontaneousEvent('熄火', terminal, 1n, eventNow, random);

    const { condition } = terminal.vehicle;
    expect([condition.ignitionOn, condition.speedKmh, condition.engineRpm, condition.coolantCelsius]).toEqual([false, null, null, null]);
    expect(terminal.vehicle.trips).toHaveLength(tripsBefore + 1);
    const recorded = terminal.vehicle.trips.at(-1)!;
    expect(recorded.endTime).toBe(eventNow / 1000);
    // The drive under way: it began once the ignition was on, after the trip before it.
    expect(recorded.startTime).toBeGreaterThan(terminal.vehicle.trips.at(-2)!.endTime);
    expect(recorded.startTime).toBeGreaterThanOrEqual(drivingSince);
    expect(terminal.vehicle.drivingSince).toBeNull();
    expect(event.location).toEqual(roundLngLat(condition.location));
    expect(event.time).toBe(eventNow / 1000);
  });

  it('点火 picks a parked vehicle and makes it drive; with none driving, 熄火 picks none', () => {
    const live = new World({ seed: 360, terminalCount: 20, now: FIXED_NOW });
    const random = Random.derive(2, 'test');
    const terminal = terminalFor('点火', live, random)!;
    expect(terminal.vehicle.condition.ignitionOn).toBe(false);
    applyToWorld('点火', terminal, live, eventNow);
    expect(terminal.vehicle.condition).toMatchObject({ ignitionOn: true, speedKmh: expect.any(Number), engineRpm: expect.any(Number) });
    expect(terminal.activeTime).toBe(eventNow / 1000);
    // Off again a minute later: no trip fits in that minute, so none is recorded; it is parked.
    const trips = terminal.vehicle.trips.length;
    applyToWorld('熄火', terminal, live, eventNow + 60_000);
    expect(terminal.vehicle.trips).toHaveLength(trips);
    expect(terminal.vehicle.condition).toMatchObject({ ignitionOn: false, speedKmh: null, engineRpm: null });
    expect(terminal.vehicle.drivingSince).toBeNull();
    applyToWorld('点火', terminal, live, eventNow + 120_000);

    for (const driving of live.boundTerminals().filter((t) => t.vehicle.condition.ignitionOn)) applyToWorld('熄火', driving, live, eventNow);
    expect(live.boundTerminals().filter((t) => t.vehicle.condition.ignitionOn)).toEqual([]);
    expect(terminalFor('熄火', live, random)).toBeUndefined();
  });
});
