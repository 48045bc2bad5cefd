import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import type { Terminal as WorldTerminal } from '../src/simulator/fleet.ts';
import { DEFAULT_FAULTS } from '../src/simulator/faults.ts';
import type { TireReading } from '../src/simulator/vehicle.ts';
import { graphql } from './gql/index.ts';
import { askUntil } from './helpers/ask-until.ts';
import { expectGarbledFieldsAlone } from './helpers/garbled-fields.ts';
import { useStack } from './helpers/use-stack.ts';

const stack = useStack();

function boundTerminal(where: (terminal: WorldTerminal) => boolean, description: string): WorldTerminal {
  const terminal = stack.simulator.world.terminals.find((candidate) => candidate.binding !== null && where(candidate));
  if (!terminal) throw new Error(`the default world has no bound terminal that ${description}`);
  return terminal;
}

/** Where each service's checked-alone readings are, and the document that asks all of them. */
const GARBLED_READINGS = {
  1011: { at: ['terminal', 'vehicle', 'condition'], document: () => StateCondition },
  1018: { at: ['terminal', 'vehicle', 'healthCheck'], document: () => StateHealthCheck },
  3001: { at: ['terminal', 'vehicle', 'fuelStatistics', 'modelAverage'], document: () => StateFuelStatistics },
  3002: { at: ['terminal', 'vehicle', 'fuelStatistics', 'overall'], document: () => StateFuelStatistics },
  3003: { at: ['terminal', 'vehicle', 'fuelStatistics', 'lastSevenDays'], document: () => StateFuelStatistics },
  3004: { at: ['terminal', 'vehicle', 'fuelStatistics', 'lastDay'], document: () => StateFuelStatistics },
} as const;

function expectGarbledReadingsAlone(esn: string, service: keyof typeof GARBLED_READINGS, fieldsOf: Record<string, string[]>): Promise<void> {
  const { at, document } = GARBLED_READINGS[service];
  return expectGarbledFieldsAlone(stack, { esn, service, at, document: document() }, fieldsOf);
}

const tireStatus = (status: number) => (terminal: WorldTerminal) =>
  Object.values(terminal.vehicle.tires).some((tire: TireReading) => tire.status === status);

const StateCondition = graphql(`
  query StateCondition($esn: String!) {
    terminal(esn: $esn) {
      vehicle {
        condition {
          location { lng lat } odometerKm batteryVoltage driveStatus ignitionOn vin
          speedKmh engineRpm coolantTemperatureCelsius faultCodes
        }
      }
    }
  }
`);

const StateBatteryHistory = graphql(`
  query StateBatteryHistory($esn: String!) {
    terminal(esn: $esn) { vehicle { batteryHistory { voltage reportedAt } } }
  }
`);

const StateHealthCheck = graphql(`
  query StateHealthCheck($esn: String!) {
    terminal(esn: $esn) {
      vehicle {
        healthCheck {
          massAirFlowGramsPerSecond intakeManifoldPressureKpa intakeAirTemperatureCelsius coolantTemperatureCelsius
          fuelPressureKpa throttlePositionPercent egrPercent ignitionTimingAdvanceDegrees evaporativeSystemPressureKpa
          evaporativePurgePercent vacuumPressureKpa catalystTemperatureBank1Sensor1Celsius catalystTemperatureBank1Sensor2Celsius
          catalystTemperatureBank2Sensor1Celsius catalystTemperatureBank2Sensor2Celsius engineRpm engineLoadPercent diagnosedAt faultCodes
        }
      }
    }
  }
`);

const StateTires = graphql(`
  query StateTires($esn: String!) {
    terminal(esn: $esn) {
      vehicle {
        tires {
          hasAlerts
          all { position state alerts rawStatus pressureKpa pressureBar temperatureCelsius updatedAt }
          frontLeft { position } frontRight { position } rearLeft { position } rearRight { position }
        }
      }
    }
  }
`);

const StateFuelLastDayDistance = graphql(`
  query StateFuelLastDayDistance($esn: String!) {
    terminal(esn: $esn) { vehicle { fuelStatistics { lastDay { distanceKm } } } }
  }
`);

graphql(`
  fragment StateBenchmarkFigures on ModelDrivingBenchmark {
    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds
  }
`);

graphql(`
  fragment StateDrivingStatistics on DrivingStatistics {
    harshAccelerations harshBrakings averageSpeedKmh averageFuelConsumptionLitersPer100Km optimalCoolantTimePercent idlePercent idleTimeSeconds
    distanceKm fuelCostYuan costPerKmYuan periodStart periodEnd computedAt
  }
`);

const StateFuelStatistics = graphql(`
  query StateFuelStatistics($esn: String!) {
    terminal(esn: $esn) {
      vehicle {
        fuelStatistics {
          modelAverage { ...StateBenchmarkFigures }
          overall { ...StateDrivingStatistics }
          lastSevenDays { ...StateDrivingStatistics }
          lastDay { ...StateDrivingStatistics }
        }
      }
    }
  }
`);

const StateOdometerAndTireAlerts = graphql(`
  query StateOdometerAndTireAlerts($esn: String!) {
    terminal(esn: $esn) { vehicle { condition { odometerKm } tires { hasAlerts } } }
  }
`);

describe('Vehicle.condition', () => {

  it('gives a driving vehicle its live readings, in one 1011 call', async () => {
    const terminal = boundTerminal((t) => t.vehicle.condition.ignitionOn, 'is driving');
    const world = terminal.vehicle.condition;
    const response = await stack.graphql(StateCondition, { esn: terminal.esn });
    expect(response.errors).toBeUndefined();
    expect(response.data?.terminal?.vehicle?.condition).toEqual({
      location: { lng: world.location[0], lat: world.location[1] },
      odometerKm: world.odometerKm,
      batteryVoltage: world.batteryVolts,
      driveStatus: 'IGNITION_ON',
      ignitionOn: true,
      vin: world.vin,
      speedKmh: world.speedKmh,
      engineRpm: world.engineRpm,
      coolantTemperatureCelsius: world.coolantCelsius,
      faultCodes: world.faultCodes,
    });
    expect((await stack.stats()).calls).toEqual({ 1011: 1 });
  });

  it('gives a parked vehicle no live readings and lists its fault codes', async () => {
    const terminal = boundTerminal((t) => !t.vehicle.condition.ignitionOn && t.vehicle.condition.faultCodes.length > 0, 'is parked with faults');
    const response = await stack.graphql(StateCondition, { esn: terminal.esn });
    expect(response.errors).toBeUndefined();
    expect(response.data?.terminal?.vehicle?.condition).toMatchObject({
      driveStatus: 'IGNITION_OFF',
      ignitionOn: false,
      speedKmh: null,
      engineRpm: null,
      coolantTemperatureCelsius: null,
      faultCodes: terminal.vehicle.condition.faultCodes,
    });
  });

  it('nulls only a reading iauto360 sends garbled, with UPSTREAM_BAD_RESPONSE naming it at its own path; the others are kept', async () => {
    const terminal = boundTerminal((t) => t.vehicle.condition.ignitionOn && t.vehicle.condition.speedKmh !== null, 'is driving');
    await expectGarbledReadingsAlone(terminal.esn, 1011, {
      location: ['location'],
      mileage: ['odometerKm'],
      voltage: ['batteryVoltage'],
      // The drive status gives two fields; the live readings are kept as sent when it is garbled.
      driveStatus: ['driveStatus', 'ignitionOn'],
      speed: ['speedKmh'],
      enginRate: ['engineRpm'],
      coldTemplate: ['coolantTemperatureCelsius'],
      ...(terminal.vehicle.condition.faultCodes.length > 0 ? { faultCode: ['faultCodes'] } : {}),
    });
  });
});

const StateFaults = graphql(`
  query StateFaults($esns: [String!]!) {
    terminals(esns: $esns) {
      esn
      vehicle {
        condition { faultCodes faults { code system definedBy area } }
        healthCheck { faultCodes faults { code system definedBy area } }
      }
    }
  }
`);

/** What the form of each code the simulator can report says (SAE J2012). */
const SIMULATED_FAULTS: Record<string, { system: string; definedBy: string; area: string | null }> = {
  P0003: { system: 'POWERTRAIN', definedBy: 'GENERIC', area: 'FUEL_AIR_AND_EMISSION_CONTROLS' },
  P0010: { system: 'POWERTRAIN', definedBy: 'GENERIC', area: 'FUEL_AIR_AND_EMISSION_CONTROLS' },
  P0101: { system: 'POWERTRAIN', definedBy: 'GENERIC', area: 'FUEL_AND_AIR_METERING' },
  P0128: { system: 'POWERTRAIN', definedBy: 'GENERIC', area: 'FUEL_AND_AIR_METERING' },
  P0171: { system: 'POWERTRAIN', definedBy: 'GENERIC', area: 'FUEL_AND_AIR_METERING' },
  P0300: { system: 'POWERTRAIN', definedBy: 'GENERIC', area: 'IGNITION_OR_MISFIRE' },
  P0420: { system: 'POWERTRAIN', definedBy: 'GENERIC', area: 'AUXILIARY_EMISSION_CONTROLS' },
  P0442: { system: 'POWERTRAIN', definedBy: 'GENERIC', area: 'AUXILIARY_EMISSION_CONTROLS' },
  P0505: { system: 'POWERTRAIN', definedBy: 'GENERIC', area: 'SPEED_AND_IDLE_CONTROL' },
  U0100: { system: 'NETWORK', definedBy: 'GENERIC', area: null },
};

describe('fault codes read by their form', () => {
  it('gives each code of the condition and of the health check its system, who defines it and its area, with no call more', async () => {
    const faulty = stack.simulator.world.boundTerminals().filter((terminal) => terminal.vehicle.condition.faultCodes.length > 0);
    expect(faulty.length).toBeGreaterThan(1);
    const response = await stack.graphql(StateFaults, { esns: faulty.map((terminal) => terminal.esn) });
    expect(response.errors).toBeUndefined();
    const expected = (codes: readonly string[]) => codes.map((code) => ({ code, ...SIMULATED_FAULTS[code]! }));
    expect(response.data?.terminals.map((terminal) => terminal?.vehicle)).toEqual(
      faulty.map((terminal) => ({
        condition: { faultCodes: terminal.vehicle.condition.faultCodes, faults: expected(terminal.vehicle.condition.faultCodes) },
        healthCheck: { faultCodes: terminal.vehicle.healthCheck.faultCodes, faults: expected(terminal.vehicle.healthCheck.faultCodes) },
      })),
    );
    expect((await stack.stats()).calls).toEqual({ 1011: faulty.length, 1018: faulty.length });
  });
});

describe('Vehicle.batteryHistory and Vehicle.healthCheck', () => {
  it('gives the 7 latest battery voltages in volts, newest first', async () => {
    const terminal = boundTerminal(() => true, 'exists');
    const response = await stack.graphql(StateBatteryHistory, { esn: terminal.esn });
    expect(response.errors).toBeUndefined();
    expect(response.data?.terminal?.vehicle?.batteryHistory).toEqual(
      terminal.vehicle.battery.map((report) => ({ voltage: report.volts, reportedAt: new Date(report.time * 1000).toISOString() })),
    );
  });

  it('gives a battery report iauto360 sends malformed as null with UPSTREAM_BAD_RESPONSE at its index, after the others', async () => {
    const terminal = boundTerminal((t) => t.vehicle.battery.length >= 4, 'has at least 4 battery reports');
    const expected = terminal.vehicle.battery.map((report) => ({ voltage: report.volts, reportedAt: new Date(report.time * 1000).toISOString() }));
    stack.simulator.setFaults({ badRecordRate: 0.5, services: [1017], esns: [terminal.esn] });

    const response = await askUntil(
      () => stack.graphql(StateBatteryHistory, { esn: terminal.esn }),
      (answer) => new Set(answer.data!.terminal!.vehicle!.batteryHistory!.map((reading) => reading === null)).size === 2,
    );

    const readings = response.data!.terminal!.vehicle!.batteryHistory!;
    expect(readings).toHaveLength(expected.length);
    const good = readings.filter((reading) => reading !== null);
    expect(good.length).toBeGreaterThan(0);
    expect(good.length).toBeLessThan(expected.length);
    // The well-formed ones in their order (newest first), then a null for each malformed one.
    expect(readings).toEqual([...good, ...Array.from({ length: expected.length - good.length }, () => null)]);
    expect(expected.filter((reading) => good.some((kept) => kept.reportedAt === reading.reportedAt))).toEqual(good);
    expect((response.errors ?? []).map((error) => ({ path: error.path, code: error.extensions?.code }))).toEqual(
      readings.flatMap((reading, index) =>
        reading === null ? [{ path: ['terminal', 'vehicle', 'batteryHistory', index], code: 'UPSTREAM_BAD_RESPONSE' }] : [],
      ),
    );
  });

  it('decodes every health check reading in its unit', async () => {
    const terminal = boundTerminal((t) => t.vehicle.healthCheck.faultCodes.length > 0, 'has fault codes in its health check');
    const check = terminal.vehicle.healthCheck;
    const response = await stack.graphql(StateHealthCheck, { esn: terminal.esn });
    expect(response.errors).toBeUndefined();
    expect(response.data?.terminal?.vehicle?.healthCheck).toEqual({
      massAirFlowGramsPerSecond: check.airFlowGramsPerSecond,
      intakeManifoldPressureKpa: check.intakePressureKpa,
      intakeAirTemperatureCelsius: check.intakeAirCelsius,
      coolantTemperatureCelsius: check.coolantCelsius,
      fuelPressureKpa: check.fuelPressureKpa,
      throttlePositionPercent: check.throttlePercent,
      egrPercent: check.egrPercent,
      ignitionTimingAdvanceDegrees: check.ignitionAdvanceDegrees,
      evaporativeSystemPressureKpa: check.evaporativePressureKpa,
      evaporativePurgePercent: check.evaporativePurgePercent,
      vacuumPressureKpa: check.vacuumPressureKpa,
      catalystTemperatureBank1Sensor1Celsius: check.catalystCelsius[0],
      catalystTemperatureBank1Sensor2Celsius: check.catalystCelsius[1],
      catalystTemperatureBank2Sensor1Celsius: check.catalystCelsius[2],
      catalystTemperatureBank2Sensor2Celsius: check.catalystCelsius[3],
      engineRpm: check.engineRpm,
      engineLoadPercent: check.engineLoadPercent,
      diagnosedAt: new Date(check.diagnoseTime * 1000).toISOString(),
      faultCodes: check.faultCodes,
    });
  });

  it('nulls only a health check reading iauto360 sends garbled, with UPSTREAM_BAD_RESPONSE naming it at its own path', async () => {
    const terminal = boundTerminal((t) => t.vehicle.healthCheck.faultCodes.length > 0, 'has fault codes in its health check');
    await expectGarbledReadingsAlone(terminal.esn, 1018, {
      airFlow: ['massAirFlowGramsPerSecond'],
      airlPress: ['intakeManifoldPressureKpa'],
      airTemplate: ['intakeAirTemperatureCelsius'],
      coldTemplate: ['coolantTemperatureCelsius'],
      oilPress: ['fuelPressureKpa'],
      doorTemplate: ['throttlePositionPercent'],
      egr: ['egrPercent'],
      fireTemplate: ['ignitionTimingAdvanceDegrees'],
      steamPress: ['evaporativeSystemPressureKpa'],
      streamWash: ['evaporativePurgePercent'],
      vacuumPress: ['vacuumPressureKpa'],
      catalyzatorTemplate: ['catalystTemperatureBank1Sensor1Celsius'],
      catalyzator2Template: ['catalystTemperatureBank1Sensor2Celsius'],
      catalyzator3Template: ['catalystTemperatureBank2Sensor1Celsius'],
      catalyzator4Template: ['catalystTemperatureBank2Sensor2Celsius'],
      enginRate: ['engineRpm'],
      enginLoad: ['engineLoadPercent'],
      diagnoseTime: ['diagnosedAt'],
      faultCodes: ['faultCodes'],
    });
  });
});

describe('Vehicle.tires', () => {
  const order = ['frontLeft', 'frontRight', 'rearLeft', 'rearRight'] as const;
  const positionEnum = { frontLeft: 'FRONT_LEFT', frontRight: 'FRONT_RIGHT', rearLeft: 'REAR_LEFT', rearRight: 'REAR_RIGHT' };

  function expectedTire(position: (typeof order)[number], reading: TireReading) {
    return {
      position: positionEnum[position],
      rawStatus: reading.status,
      pressureKpa: reading.pressureKpa,
      pressureBar: reading.pressureKpa === null ? null : reading.pressureKpa / 100,
      temperatureCelsius: reading.temperatureCelsius,
      updatedAt: reading.updatedAt ? new Date(reading.updatedAt * 1000).toISOString() : null,
    };
  }

  it('raises high pressure and high temperature for status 6', async () => {
    const terminal = boundTerminal(tireStatus(6), 'has an overheated tyre');
    const response = await stack.graphql(StateTires, { esn: terminal.esn });
    expect(response.errors).toBeUndefined();
    const tires = response.data!.terminal!.vehicle!.tires!;
    expect(tires.hasAlerts).toBe(true);
    for (const [i, position] of order.entries()) {
      const reading = terminal.vehicle.tires[position];
      expect(tires.all[i]).toMatchObject(expectedTire(position, reading));
      expect(tires[position]!.position).toBe(positionEnum[position]);
      if (reading.status === 6) expect(tires.all[i]).toMatchObject({ state: 'ALERT', alerts: ['HIGH_PRESSURE', 'HIGH_TEMPERATURE'] });
      else expect(tires.all[i]).toMatchObject({ state: 'NORMAL', alerts: [] });
    }
  });

  it('reports a device fault without alerts or figures', async () => {
    const terminal = boundTerminal(tireStatus(-1), 'has a faulty tyre device');
    const response = await stack.graphql(StateTires, { esn: terminal.esn });
    expect(response.errors).toBeUndefined();
    const tires = response.data!.terminal!.vehicle!.tires!;
    const faulty = order.findIndex((position) => terminal.vehicle.tires[position].status === -1);
    expect(tires.all[faulty]).toEqual({
      ...expectedTire(order[faulty]!, terminal.vehicle.tires[order[faulty]!]),
      state: 'DEVICE_FAULT',
      alerts: [],
      pressureKpa: null,
      pressureBar: null,
      temperatureCelsius: null,
      updatedAt: null,
    });
    expect(tires.hasAlerts).toBe(false);
  });

  it('decodes every special tyre pattern of the world into its alerts', async () => {
    const bits = { 1: 'LOW_PRESSURE', 2: 'HIGH_PRESSURE', 4: 'HIGH_TEMPERATURE', 8: 'SUSPECTED_LEAK', 16: 'LOW_SENSOR_BATTERY', 32: 'NO_SIGNAL' };
    for (const status of [1, 9, 16, 32]) {
      const terminal = boundTerminal(tireStatus(status), `has a tyre with status ${status}`);
      const response = await stack.graphql(StateTires, { esn: terminal.esn });
      const index = order.findIndex((position) => terminal.vehicle.tires[position].status === status);
      const expectedAlerts = Object.entries(bits)
        .filter(([bit]) => (status & Number(bit)) !== 0)
        .map(([, name]) => name);
      expect(response.data!.terminal!.vehicle!.tires!.all[index]).toMatchObject({ state: 'ALERT', alerts: expectedAlerts, rawStatus: status });
    }
  });
});

describe('a tyre iauto360 sends malformed', () => {
  it('nulls only that tyre (its field and its item of `all`) with UPSTREAM_BAD_RESPONSE naming it; hasAlerts says what the others say, or is null', async () => {
    const order = ['frontLeft', 'frontRight', 'rearLeft', 'rearRight'] as const;
    for (const [name, where] of [
      ['alerting', tireStatus(6)],
      ['not alerting', (terminal: WorldTerminal) => order.every((position) => terminal.vehicle.tires[position].status <= 0)],
    ] as const) {
      const terminal = boundTerminal(where, `has tyres ${name}`);
      const clean = (await stack.graphql(StateTires, { esn: terminal.esn })).data!.terminal!.vehicle!.tires!;
      stack.simulator.setFaults({ badRecordRate: 0.5, services: [1019], esns: [terminal.esn] });
      const response = await askUntil(
        () => stack.graphql(StateTires, { esn: terminal.esn }),
        (answer) => new Set(answer.data!.terminal!.vehicle!.tires!.all.map((tire) => tire === null)).size === 2,
      );
      stack.simulator.setFaults(DEFAULT_FAULTS);

      const tires = response.data!.terminal!.vehicle!.tires!;
      const broken = order.flatMap((_position, index) => (tires.all[index] === null ? [index] : []));
      expect(broken.length, name).toBeGreaterThan(0);
      expect(broken.length, name).toBeLessThan(4);
      const at = (...path: Array<string | number>) => ['terminal', 'vehicle', 'tires', ...path];
      const expectedErrors = broken.flatMap((index) => [at(order[index]!), at('all', index)]);
      for (const [index, position] of order.entries()) {
        expect(tires[position], position).toEqual(broken.includes(index) ? null : clean[position]);
        expect(tires.all[index], position).toEqual(broken.includes(index) ? null : clean.all[index]);
      }
      const readableAlert = tires.all.some((tire) => tire?.state === 'ALERT');
      expect(tires.hasAlerts, name).toBe(readableAlert ? true : null);
      if (!readableAlert) expectedErrors.push(at('hasAlerts'));
      const errors = (response.errors ?? []).map((error) => ({ path: error.path, code: error.extensions?.code, service: error.extensions?.service }));
      expect(errors).toHaveLength(expectedErrors.length);
      expect(errors).toEqual(expect.arrayContaining(expectedErrors.map((path) => ({ path, code: 'UPSTREAM_BAD_RESPONSE', service: 1019 }))));
      const messages = (response.errors ?? []).map((error) => error.message);
      for (const index of broken) expect(messages).toContain(`iauto360 service 1019: bad response: ${order[index]}: a tire status is four |-separated parts`);
    }
  });
});

describe('Vehicle.fuelStatistics', () => {
  it('fetches only the periods asked for', async () => {
    const terminal = boundTerminal(() => true, 'exists');
    const response = await stack.graphql(StateFuelLastDayDistance, { esn: terminal.esn });
    expect(response.errors).toBeUndefined();
    expect((await stack.stats()).calls).toEqual({ 3004: 1 });
  });

  it('decodes the model benchmark and the overall and weekly statistics', async () => {
    const terminal = boundTerminal((t) => t.vehicle.trips.length > 20, 'has many trips');
    const { world } = stack.simulator;
    const response = await stack.graphql(StateFuelStatistics, { esn: terminal.esn });
    expect(response.errors).toBeUndefined();
    const result = response.data!.terminal!.vehicle!.fuelStatistics!;
    const benchmark = world.modelStatistics(terminal.esn)!;
    expect(result.modelAverage).toEqual({
      harshAccelerations: benchmark.harshAccelerationsPer100Km,
      harshBrakings: benchmark.harshBrakingsPer100Km,
      averageSpeedKmh: benchmark.averageSpeedKmh,
      averageFuelConsumptionLitersPer100Km: benchmark.averageFuelLitresPer100Km,
      optimalCoolantTimePercent: benchmark.optimalCoolantPercent,
      idlePercent: benchmark.idlePercent,
      idleTimeSeconds: benchmark.averageIdleSeconds,
    });
    for (const period of ['overall', 'lastSevenDays', 'lastDay'] as const) {
      const expected = world.fuelStatistics(terminal.esn, period, Date.now())!;
      const actual = result[period]!;
      expect(actual.harshAccelerations).toBe(expected.harshAccelerationsPer100Km);
      expect(actual.harshBrakings).toBe(expected.harshBrakingsPer100Km);
      expect(actual.averageFuelConsumptionLitersPer100Km).toBe(expected.averageFuelLitresPer100Km);
      expect(actual.averageSpeedKmh).toBe(Math.round(expected.averageSpeedKmh));
      expect(actual.distanceKm).toBe(Math.round(expected.mileageKm));
      expect(actual.fuelCostYuan).toBe(Math.round(expected.costYuan));
      expect(actual.costPerKmYuan).toBe(expected.costPerKmYuan);
      expect(actual.optimalCoolantTimePercent).toBe(expected.optimalCoolantPercent);
      expect(actual.idlePercent).toBe(expected.idlePercent);
      // The simulator serves an average per trip (the upstream's 3001 example, 274 s, reads as one): the
      // schema must not call it the idling time of the whole period.
      expect(actual.idleTimeSeconds).toBe(expected.averageIdleSeconds);
      expect(actual.computedAt).toBe(new Date(expected.updateTime * 1000).toISOString());
      const bound = (seconds: number | null) => (period === 'lastDay' || seconds === null ? null : new Date(seconds * 1000).toISOString());
      expect(actual.periodStart).toBe(bound(expected.firstTripStart));
      expect(actual.periodEnd).toBe(bound(expected.lastTripEnd));
    }
  });
});

describe('a garbled statistics figure', () => {
  const figures = {
    accelerateTimes: ['harshAccelerations'],
    breakTimes: ['harshBrakings'],
    avgSpeed: ['averageSpeedKmh'],
    avgOilConsume: ['averageFuelConsumptionLitersPer100Km'],
    goodWaterPercent: ['optimalCoolantTimePercent'],
    idlePercent: ['idlePercent'],
    idleTime: ['idleTimeSeconds'],
  };
  const periodFigures = {
    ...figures,
    mileage: ['distanceKm'],
    cost: ['fuelCostYuan'],
    primeCost: ['costPerKmYuan'],
    startTime: ['periodStart'],
    endTime: ['periodEnd'],
    updateTime: ['computedAt'],
  };

  it.each([3001, 3002, 3003, 3004] as const)('of %i is null with UPSTREAM_BAD_RESPONSE at its own path naming it; the other figures and periods are kept', async (service) => {
    const terminal = boundTerminal((t) => t.vehicle.trips.length > 20, 'has many trips');
    await expectGarbledReadingsAlone(terminal.esn, service, service === 3001 ? figures : periodFigures);
  });
});

describe('what the statistics say of idling time', () => {
  it('says iauto360 does not document whether it is a total or an average', () => {
    for (const typeName of ['DrivingStatistics', 'ModelDrivingBenchmark']) {
      const description = (schema.getType(typeName) as GraphQLObjectType).getFields().idleTimeSeconds!.description ?? '';
      expect(description).toContain('Whether it is a total or an average (per trip, …) is not documented upstream.');
    }
  });
});

describe('partial data', () => {
  it('keeps the condition when 1019 fails, and names the failing service', async () => {
    const terminal = boundTerminal(() => true, 'exists');
    stack.simulator.setFaults({ errorRate: 1, services: [1019] });
    const response = await stack.graphql(StateOdometerAndTireAlerts, { esn: terminal.esn });
    expect(response.data?.terminal?.vehicle?.condition).toEqual({ odometerKm: terminal.vehicle.condition.odometerKm });
    expect(response.data?.terminal?.vehicle?.tires).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({
      path: ['terminal', 'vehicle', 'tires'],
      extensions: { code: 'UPSTREAM_REJECTED', service: 1019 },
    });
    expect(JSON.stringify(response)).not.toContain(stack.simulator.secureCode);
  });
});
