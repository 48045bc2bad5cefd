import { TIRE_POSITIONS, type HealthCheck, type TireReading } from '../vehicle.ts';
import { boundTerminalOf, type ServiceHandler } from './types.ts';
import { toHundredths, toTenths } from '../../domain/units.ts';

/** 1011: latest condition; speed, engine speed and coolant (plain units) only while the ignition is on. */
export const latestCondition: ServiceHandler = (context) => {
  const condition = boundTerminalOf(context).vehicle.condition;
  const running = condition.ignitionOn;
  return {
    data: {
      faultCode: condition.faultCodes.length > 0 ? [...condition.faultCodes] : undefined,
      location: [...condition.location],
      mileage: condition.odometerKm,
      voltage: condition.batteryVolts,
      driveStatus: running ? 1 : 0,
      vin: condition.vin,
      speed: running ? (condition.speedKmh ?? undefined) : undefined,
      enginRate: running ? (condition.engineRpm ?? undefined) : undefined,
      coldTemplate: running ? (condition.coolantCelsius ?? undefined) : undefined,
    },
    // Each reading is checked on its own (the VIN too, but "?" is a VIN as far as the wire can tell).
    separateFields: ['faultCode', 'location', 'mileage', 'voltage', 'driveStatus', 'speed', 'enginRate', 'coldTemplate'],
  };
};

/** 1017 (or the configured number): the 7 latest battery reports, newest first, in 1/10 V. */
export const batteryHistory: ServiceHandler = (context) => ({
  data: { records: boundTerminalOf(context).vehicle.battery.map((report) => ({ val: toTenths(report.volts), time: report.time })) },
});

/** 1018: the last health check, ×100 except enginRate, diagnoseTime and faultCodes. */
export const healthCheck: ServiceHandler = (context) => {
  const data = healthCheckWire(boundTerminalOf(context).vehicle.healthCheck);
  // Each reading is checked on its own, as 1011's are.
  return { data, separateFields: Object.keys(data) };
};

function healthCheckWire(check: HealthCheck): Record<string, unknown> {
  const [catalyst1, catalyst2, catalyst3, catalyst4] = check.catalystCelsius;
  const hundredths = (value: number | null): number | undefined => (value === null ? undefined : toHundredths(value));
  return {
    airFlow: hundredths(check.airFlowGramsPerSecond),
    airlPress: hundredths(check.intakePressureKpa),
    airTemplate: hundredths(check.intakeAirCelsius),
    coldTemplate: hundredths(check.coolantCelsius),
    oilPress: hundredths(check.fuelPressureKpa),
    doorTemplate: hundredths(check.throttlePercent),
    egr: hundredths(check.egrPercent),
    fireTemplate: hundredths(check.ignitionAdvanceDegrees),
    steamPress: hundredths(check.evaporativePressureKpa),
    streamWash: hundredths(check.evaporativePurgePercent),
    vacuumPress: hundredths(check.vacuumPressureKpa),
    catalyzatorTemplate: hundredths(catalyst1),
    catalyzator2Template: hundredths(catalyst2),
    catalyzator3Template: hundredths(catalyst3),
    catalyzator4Template: hundredths(catalyst4),
    enginRate: check.engineRpm,
    enginLoad: hundredths(check.engineLoadPercent),
    diagnoseTime: check.diagnoseTime,
    faultCodes: [...check.faultCodes],
  };
}

/** 1019: four `status|pressure|temp|updateTime` strings; unknown parts are empty. */
export const tirePressure: ServiceHandler = (context) => {
  const tires = boundTerminalOf(context).vehicle.tires;
  return { data: Object.fromEntries(TIRE_POSITIONS.map((position) => [position, tireWire(tires[position])])), separateFields: TIRE_POSITIONS };
};

function tireWire(reading: TireReading): string {
  return [reading.status, reading.pressureKpa ?? '', reading.temperatureCelsius ?? '', reading.updatedAt].join('|');
}
