import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Terminal } from '../src/simulator/fleet.ts';
import type { RunningSimulator } from '../src/simulator/server.ts';
import { FUEL_PRICES } from '../src/simulator/trips.ts';
import { FIXED_NOW, callService, serviceData, startTestSimulator, tripIdsFromText, type Wire } from './helpers/simulator.ts';

const NOW_SECONDS = FIXED_NOW / 1000;
let simulator: RunningSimulator;
let busiest: Terminal;
let driving: Terminal;
let parked: Terminal;

beforeAll(async () => {
  simulator = await startTestSimulator();
  const bound = simulator.world.boundTerminals();
  busiest = [...bound].sort((a, b) => b.vehicle.trips.length - a.vehicle.trips.length)[0]!;
  driving = bound.find((t) => t.vehicle.condition.ignitionOn)!;
  parked = bound.find((t) => !t.vehicle.condition.ignitionOn && t.inserted && t.vehicle.trips.length > 0)!;
});
afterAll(() => simulator.close());

describe('catalog (4001, 4002)', () => {
  it('4001 lists every brand with logoRoot and logo paths', async () => {
    const data = await serviceData(simulator, 4001, {});
    expect(data.logoRoot).toBe('https://img.iauto360.cn/');
    expect(data.records).toHaveLength(simulator.world.catalog.brands.length);
    expect(data.records).toContainEqual({ id: 12, name: '现代', logo: 'brand/xiandai.png' });
    expect(data.records).toContainEqual({ id: 13, name: '奥迪', logo: 'brand/aodi.png' });
  });

  it('4002 returns the sub-brand › series › model tree of a brand', async () => {
    const data = await serviceData(simulator, 4002, { brandId: 12 });
    const beijing = data.records.find((s: Wire) => s.id === 12);
    expect(beijing.name).toBe('北京现代');
    const ix25 = beijing.records.find((s: Wire) => s.id === 123);
    expect(ix25.records).toContainEqual({ id: 3434, year: 2017, name: '1.4T 双离合 智能型' });
    const audi = await serviceData(simulator, 4002, { brandId: 13 });
    expect(audi.records.map((s: Wire) => s.name)).toEqual(['一汽-大众奥迪', '奥迪(进口)']);
  });
});

describe('terminal and vehicle state (1001, 1011, 1017, 1018, 1019, 1021)', () => {
  it('1001 reports binding, plate, plug state and last data time', async () => {
    expect(await serviceData(simulator, 1001, { esn: parked.esn })).toEqual({
      bindStatus: 1,
      mobile: parked.binding!.mobileNo,
      plateNo: parked.vehicle.profile.plateNumber,
      inserted: 1,
      activeTime: parked.activeTime,
    });
    const unplugged = simulator.world.boundTerminals().find((t) => !t.inserted)!;
    expect((await serviceData(simulator, 1001, { esn: unplugged.esn })).inserted).toBe(0);
    const unbound = simulator.world.terminals.find((t) => !t.binding)!;
    expect(await serviceData(simulator, 1001, { esn: unbound.esn })).toEqual({ bindStatus: 0, inserted: unbound.inserted ? 1 : 0, activeTime: unbound.activeTime });
  });

  it('1011 of a parked car: position, odometer, volts, no live engine data', async () => {
    const data = await serviceData(simulator, 1011, { esn: parked.esn });
    const condition = parked.vehicle.condition;
    expect(data.location).toEqual([...condition.location]);
    expect(data.mileage).toBe(condition.odometerKm);
    expect(data.voltage).toBe(condition.batteryVolts);
    expect(data.driveStatus).toBe(0);
    expect(data.vin).toBe(condition.vin);
    expect(data).not.toHaveProperty('speed');
    expect(data).not.toHaveProperty('enginRate');
    expect(data).not.toHaveProperty('coldTemplate');
  });

  it('1011 of a car being driven carries plain speed, rpm and coolant', async () => {
    const data = await serviceData(simulator, 1011, { esn: driving.esn });
    const condition = driving.vehicle.condition;
    expect(data.driveStatus).toBe(1);
    expect(data.speed).toBe(condition.speedKmh);
    expect(data.enginRate).toBe(condition.engineRpm);
    expect(data.coldTemplate).toBe(condition.coolantCelsius);
    expect(data.speed).toBeGreaterThan(0);
    expect(data.speed).toBeLessThan(130);
    expect(data.coldTemplate).toBeLessThan(120);
  });

  it('1011 lists fault codes only when there are some', async () => {
    const faulty = simulator.world.boundTerminals().find((t) => t.vehicle.condition.faultCodes.length > 0)!;
    expect((await serviceData(simulator, 1011, { esn: faulty.esn })).faultCode).toEqual(faulty.vehicle.condition.faultCodes);
    const healthy = simulator.world.boundTerminals().find((t) => t.vehicle.condition.faultCodes.length === 0)!;
    expect(await serviceData(simulator, 1011, { esn: healthy.esn })).not.toHaveProperty('faultCode');
  });

  it('1017 returns 7 reports newest first in 1/10 V, the newest matching 1011 voltage', async () => {
    const { records } = await serviceData(simulator, 1017, { esn: parked.esn });
    expect(records).toHaveLength(7);
    expect(records).toEqual(parked.vehicle.battery.map((report) => ({ val: Math.round(report.volts * 10), time: report.time })));
    for (const record of records) {
      expect(Number.isInteger(record.val)).toBe(true);
      expect(record.val).toBeGreaterThanOrEqual(114);
      expect(record.val).toBeLessThanOrEqual(144);
    }
    expect(records[0].val / 10).toBe((await serviceData(simulator, 1011, { esn: parked.esn })).voltage);
  });

  it('1018 sends ×100 integers except enginRate, diagnoseTime and faultCodes', async () => {
    const data = await serviceData(simulator, 1018, { esn: parked.esn });
    const check = parked.vehicle.healthCheck;
    expect(data.coldTemplate).toBe(Math.round(check.coolantCelsius * 100));
    expect(data.coldTemplate).toBeGreaterThanOrEqual(8500);
    expect(data.airlPress).toBe(Math.round(check.intakePressureKpa * 100));
    expect(data.doorTemplate).toBe(Math.round(check.throttlePercent * 100));
    expect(data.catalyzatorTemplate).toBe(Math.round(check.catalystCelsius[0] * 100));
    expect(data.enginRate).toBe(check.engineRpm);
    expect(data.enginRate).toBeLessThan(1000);
    expect(data.diagnoseTime).toBe(check.diagnoseTime);
    expect(data.faultCodes).toEqual(check.faultCodes);
    for (const [key, value] of Object.entries(data)) if (key !== 'faultCodes') expect(Number.isInteger(value), key).toBe(true);
  });

  it('1019 sends four status|pressure|temp|updateTime strings, empty parts for unknowns', async () => {
    const all = await Promise.all(simulator.world.boundTerminals().map((t) => serviceData(simulator, 1019, { esn: t.esn })));
    const strings: string[] = all.flatMap((data) => [data.rearLeft, data.frontLeft, data.frontRight, data.rearRight]);
    for (const text of strings) expect(text).toMatch(/^-?\d+\|\d*\|\d*\|\d+$/);
    expect(strings).toContain('-1|||0');
    expect(strings.some((text) => /^32\|\|\|\d{10}$/.test(text))).toBe(true);
    expect(strings.filter((text) => text.startsWith('0|')).length).toBeGreaterThan(strings.length * 0.8);
    const tires = parked.vehicle.tires;
    const mine = await serviceData(simulator, 1019, { esn: parked.esn });
    expect(mine.frontLeft).toBe(`${tires.frontLeft.status}|${tires.frontLeft.pressureKpa ?? ''}|${tires.frontLeft.temperatureCelsius ?? ''}|${tires.frontLeft.updatedAt}`);
  });

  it('1021 returns the profile with intervalMileage as a string', async () => {
    const profile = parked.vehicle.profile;
    expect(await serviceData(simulator, 1021, { esn: parked.esn })).toEqual({
      modelId: profile.modelId,
      mileage: profile.mileageKm,
      intervalMileage: String(profile.maintenanceIntervalKm),
      oilType: profile.fuelGrade,
      plateNo: profile.plateNumber,
      vin: profile.vin,
      engineNo: profile.engineNumber,
      plateType: '02',
      insurer: profile.insurer,
      insuranceDate: profile.insuranceDate,
      taxFeeDate: profile.taxPaidDate,
      yearTicketDate: profile.annualTicketDate,
      carReviewDate: profile.inspectionDueDate,
    });
  });
});

describe('trips (1012, 1013, 1016)', () => {
  const everything = { timeFrom: 0, timeTo: NOW_SECONDS };

  it('1012 pages 10 trips at a time, newest first, totalCount over the whole range', async () => {
    const trips = simulator.world.tripsOf(busiest.esn);
    expect(trips.length).toBeGreaterThanOrEqual(100);
    const first = await callService(simulator, 1012, { esn: busiest.esn, ...everything });
    expect(first.json.data.totalCount).toBe(trips.length);
    expect(first.json.data.page).toBe(1);
    expect(tripIdsFromText(first.text)).toEqual(trips.slice(0, 10).map((trip) => trip.id));
    const startTimes = first.json.data.records.map((record: Wire) => record.startTime);
    expect(startTimes).toEqual([...startTimes].sort((a, b) => b - a));

    const lastPage = Math.ceil(trips.length / 10);
    const last = await callService(simulator, 1012, { esn: busiest.esn, ...everything, page: lastPage });
    expect(last.json.data.records).toHaveLength(trips.length - (lastPage - 1) * 10);
    expect(tripIdsFromText(last.text)).toEqual(trips.slice((lastPage - 1) * 10).map((trip) => trip.id));
    expect(last.json.data.page).toBe(lastPage);

    const past = await serviceData(simulator, 1012, { esn: busiest.esn, ...everything, page: lastPage + 1 });
    expect(past).toEqual({ records: [], totalCount: trips.length, page: lastPage + 1 });
  });

  it('1012 filters on ignition time, both bounds inclusive, in seconds', async () => {
    const trips = simulator.world.tripsOf(busiest.esn);
    const newer = trips[3]!;
    const older = trips[7]!;
    const range = await callService(simulator, 1012, { esn: busiest.esn, timeFrom: older.startTime, timeTo: newer.startTime });
    expect(range.json.data.totalCount).toBe(5);
    expect(tripIdsFromText(range.text)).toEqual(trips.slice(3, 8).map((trip) => trip.id));
    const exclusive = await serviceData(simulator, 1012, { esn: busiest.esn, timeFrom: older.startTime + 1, timeTo: newer.startTime - 1 });
    expect(exclusive.totalCount).toBe(3);
    const empty = await serviceData(simulator, 1012, { esn: busiest.esn, timeFrom: NOW_SECONDS + 1, timeTo: NOW_SECONDS + 86_400 });
    expect(empty).toEqual({ records: [], totalCount: 0, page: 1 });
    // The public example's millisecond values select nothing (docs/upstream.md ambiguity 6).
    const milliseconds = await serviceData(simulator, 1012, { esn: busiest.esn, timeFrom: older.startTime * 1000, timeTo: newer.startTime * 1000 });
    expect(milliseconds.totalCount).toBe(0);
    const reversed = await serviceData(simulator, 1012, { esn: busiest.esn, timeFrom: newer.startTime, timeTo: older.startTime });
    expect(reversed.totalCount).toBe(0);
  });

  it('1012 records carry the trip in real units, ids written losslessly', async () => {
    const trips = simulator.world.tripsOf(busiest.esn);
    const reply = await callService(simulator, 1012, { esn: busiest.esn, ...everything });
    const record = reply.json.data.records[0];
    const trip = trips[0]!;
    expect(record).toEqual({
      id: Number(trip.id),
      startTime: trip.startTime,
      endTime: trip.endTime,
      mileage: trip.mileageKm,
      avgOil: trip.averageFuelLitresPer100Km,
      totalOil: trip.fuelLitres,
      rapidAccelerate: trip.harshAccelerations,
      rapidBreak: trip.harshBrakings,
      hotTime: trip.warmUpSeconds,
      idleTime: trip.idleSeconds,
      maxSpeed: trip.maxSpeedKmh,
    });
    expect(reply.text).toContain(`{"id":${trip.id},"startTime":${trip.startTime},`);
  });

  it('ids above 2^53 survive the trip through 1012 into 1013/1016, as a string or a number', async () => {
    const withLongIds = simulator.world.boundTerminals().find((t) => t.vehicle.trips.some((trip) => BigInt(trip.id) > 2n ** 53n))!;
    const reply = await callService(simulator, 1012, { esn: withLongIds.esn, ...everything });
    const [id] = tripIdsFromText(reply.text);
    expect(BigInt(id!)).toBeGreaterThan(2n ** 53n);
    expect(String(reply.json.data.records[0].id)).not.toBe(id);
    expect((await callService(simulator, 1016, { esn: withLongIds.esn, recordId: id })).json.flag).toBe(1);
    const asNumber = `{"time":${FIXED_NOW},"data":{"esn":"${withLongIds.esn}","recordId":${id}}}`;
    const evaluation = await callService(simulator, 1016, null, { rawBody: asNumber });
    expect(evaluation.json.flag).toBe(1);
    expect(evaluation.json.data.startTime).toBe(simulator.world.trip(withLongIds.esn, id!)!.startTime);
  });

  it('1013 returns the track: many [lng, lat] points from where the trip started to where it ended', async () => {
    const trip = simulator.world.tripsOf(busiest.esn)[0]!;
    const { coords } = await serviceData(simulator, 1013, { esn: busiest.esn, recordId: trip.id });
    expect(coords).toEqual(simulator.world.trackOf(busiest.esn, trip.id)!.map((point) => [...point]));
    expect(coords.length).toBeGreaterThanOrEqual(20);
    const next = simulator.world.tripsOf(busiest.esn).slice(0, 2);
    const previousTrack = await serviceData(simulator, 1013, { esn: busiest.esn, recordId: next[1]!.id });
    expect(coords[0]).toEqual(previousTrack.coords.at(-1));
  });

  it('1016 matches 1012 (times, mileage ×100) and is internally consistent', async () => {
    const page = await serviceData(simulator, 1012, { esn: busiest.esn, ...everything });
    const ids = tripIdsFromText((await callService(simulator, 1012, { esn: busiest.esn, ...everything })).text);
    const fuelGrade = busiest.vehicle.profile.fuelGrade!;
    for (const [index, record] of page.records.entries()) {
      const evaluation = await serviceData(simulator, 1016, { esn: busiest.esn, recordId: ids[index] });
      expect(evaluation.startTime).toBe(record.startTime);
      expect(evaluation.endTime).toBe(record.endTime);
      expect(evaluation.totalMileage).toBe(Math.round(record.mileage * 100));
      expect(evaluation.drivingTime).toBe(record.endTime - record.startTime);
      expect(Math.abs(evaluation.totalMileage / 100 - ((evaluation.avgSpeed / 100) * evaluation.drivingTime) / 3600)).toBeLessThan(0.02);
      expect(evaluation.fastestSpeed).toBe(Math.round(record.maxSpeed));
      expect(evaluation.breakTimes).toBe(record.rapidBreak);
      expect(evaluation.accelerateTimes).toBe(record.rapidAccelerate);
      expect(evaluation.hotTime).toBe(record.hotTime);
      expect(evaluation.oilType).toBe(fuelGrade);
      expect(Math.abs(evaluation.oilCost - record.totalOil * FUEL_PRICES[fuelGrade] * 100)).toBeLessThanOrEqual(1);
      expect(Math.abs(evaluation.carbonEmissions - record.totalOil * 237)).toBeLessThanOrEqual(1);
      expect(['极佳', '良好', '一般', '较差', '糟糕']).toContain(evaluation.totalDes);
      expect([0, 1]).toContain(evaluation.isLongDrving);
      expect(evaluation.isLongDrving).toBe(evaluation.drivingTime >= 3600 ? 1 : 0);
      for (const value of Object.values(evaluation)) if (typeof value === 'number') expect(Number.isInteger(value)).toBe(true);
    }
  });
});

describe('fuel statistics (3001–3004)', () => {
  const updateTime = 1_699_984_800; // 2023-11-15 02:00 China time, the batch before FIXED_NOW
  const midnight = updateTime - 2 * 3600;

  function aggregate(terminal: Terminal, from: number) {
    const trips = terminal.vehicle.trips.filter((trip) => trip.startTime >= from && trip.startTime < midnight);
    const sum = (pick: (trip: (typeof trips)[number]) => number) => trips.reduce((total, trip) => total + pick(trip), 0);
    return { trips, mileage: sum((t) => t.mileageKm), fuel: sum((t) => t.fuelLitres), seconds: sum((t) => t.endTime - t.startTime), idle: sum((t) => t.idleSeconds), harshBrakings: sum((t) => t.harshBrakings) };
  }

  it('3002 aggregates every trip before the batch day', async () => {
    const data = await serviceData(simulator, 3002, { esn: busiest.esn });
    const expected = aggregate(busiest, 0);
    const price = FUEL_PRICES[busiest.vehicle.profile.fuelGrade!];
    expect(data.updateTime).toBe(updateTime);
    expect(data.mileage).toBe(Math.round(expected.mileage));
    expect(data.avgOilConsume).toBe(Math.round((expected.fuel / expected.mileage) * 100 * 100));
    expect(data.avgSpeed).toBe(Math.round(expected.mileage / (expected.seconds / 3600)));
    expect(data.cost).toBe(Math.round(expected.fuel * price));
    expect(Math.abs(data.cost - (data.mileage * data.primeCost) / 100)).toBeLessThan(data.cost * 0.01 + 1);
    expect(data.breakTimes).toBe(Math.round((expected.harshBrakings / expected.mileage) * 100 * 100));
    expect(data.idlePercent).toBe(Math.round((expected.idle / expected.seconds) * 100));
    expect(data.idleTime).toBe(Math.round(expected.idle / expected.trips.length));
    expect(data.startTime).toBe(expected.trips[0]!.startTime);
    expect(data.endTime).toBe(expected.trips.at(-1)!.endTime);
  });

  it('3003 covers the 7 days before the batch day and 3004 the day before, without a period', async () => {
    const week = await serviceData(simulator, 3003, { esn: busiest.esn });
    expect(week.mileage).toBe(Math.round(aggregate(busiest, midnight - 7 * 86_400).mileage));
    expect(week.startTime).toBeGreaterThanOrEqual(midnight - 7 * 86_400);
    const day = await serviceData(simulator, 3004, { esn: busiest.esn });
    expect(day.mileage).toBe(Math.round(aggregate(busiest, midnight - 86_400).mileage));
    expect(day).not.toHaveProperty('startTime');
    expect(day).not.toHaveProperty('endTime');
    expect(day.updateTime).toBe(updateTime);
  });

  it('a vehicle without trips gets zeros and no period', async () => {
    const idle = simulator.world.boundTerminals().find((t) => t.vehicle.trips.length === 0)!;
    const data = await serviceData(simulator, 3002, { esn: idle.esn });
    expect(data).toMatchObject({ mileage: 0, cost: 0, avgSpeed: 0, updateTime });
    expect(data).not.toHaveProperty('startTime');
  });

  it('3001 is the benchmark of the vehicle model, ×100 where documented', async () => {
    const data = await serviceData(simulator, 3001, { esn: busiest.esn });
    const benchmark = simulator.world.modelStatistics(busiest.esn)!;
    expect(data).toEqual({
      accelerateTimes: Math.round(benchmark.harshAccelerationsPer100Km * 100),
      avgOilConsume: Math.round(benchmark.averageFuelLitresPer100Km * 100),
      avgSpeed: benchmark.averageSpeedKmh,
      breakTimes: Math.round(benchmark.harshBrakingsPer100Km * 100),
      goodWaterPercent: benchmark.optimalCoolantPercent,
      idlePercent: benchmark.idlePercent,
      idleTime: benchmark.averageIdleSeconds,
    });
  });
});

describe('paging quirk and reminders (1014)', () => {
  it('pagingAtTopLevel moves totalCount and page out of data', async () => {
    const topLevel = await startTestSimulator({ quirks: { pagingAtTopLevel: true } });
    try {
      const terminal = topLevel.world.terminal(busiest.esn)!;
      const reply = await callService(topLevel, 1012, { esn: terminal.esn, timeFrom: 0, timeTo: NOW_SECONDS, page: 2 });
      expect(reply.json.totalCount).toBe(terminal.vehicle.trips.length);
      expect(reply.json.page).toBe(2);
      expect(reply.json.data).not.toHaveProperty('totalCount');
      expect(reply.json.data.records).toHaveLength(10);
    } finally {
      await topLevel.close();
    }
  });

  it('remindersEnabled serves 1014 in the example shape, paged and id ascending', async () => {
    const withReminders = await startTestSimulator({ quirks: { remindersEnabled: true } });
    try {
      const terminal = withReminders.world.terminal(busiest.esn)!;
      const data = await serviceData(withReminders, 1014, { esn: terminal.esn, timeFrom: 0, timeTo: NOW_SECONDS, page: 1 });
      expect(data.totalCount).toBe(terminal.vehicle.reminders.length);
      expect(data.records).toHaveLength(10);
      const ids = data.records.map((record: Wire) => record.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(data.records[0]).toMatchObject({ esn: terminal.esn });
      expect(['安防', '启动']).toContain(data.records[0].type);
    } finally {
      await withReminders.close();
    }
  });
});
