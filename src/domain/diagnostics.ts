import type { ServiceResponse } from '../upstream/services.ts';
import { BadPart } from '../upstream/wire.ts';
import { decodeFaultCodes } from './condition.ts';
import { fromUnixSeconds } from './time.ts';
import { type Reading, readingOf } from './reading.ts';
import { fromHundredths, fromTenths, orNull } from './units.ts';

/** One battery voltage report (1017). */
export interface BatteryReading {
  voltage: number;
  reportedAt: Date | null;
}

/**
 * 1017 sends decivolts (131 = 13.1 V); readings come back newest first whatever the wire order.
 * A record that breaks the contract has no time to be placed by: its error follows the readings.
 */
export function decodeBatteryHistory(data: ServiceResponse<1017>): Array<BatteryReading | Error> {
  const readings: Array<BatteryReading & { time: number }> = [];
  const errors: Error[] = [];
  for (const record of data.records) {
    if (record instanceof BadPart) errors.push(record.error(1017));
    else readings.push({ voltage: fromTenths(record.val) ?? 0, reportedAt: fromUnixSeconds(record.time), time: record.time });
  }
  return [...readings.sort((a, b) => b.time - a.time).map(({ voltage, reportedAt }) => ({ voltage, reportedAt })), ...errors];
}

/** The latest health check (1018) in real units; a reading iauto360 sent garbled is its error. */
export interface HealthCheck {
  massAirFlowGramsPerSecond: Reading<number | null>;
  intakeManifoldPressureKpa: Reading<number | null>;
  intakeAirTemperatureCelsius: Reading<number | null>;
  coolantTemperatureCelsius: Reading<number | null>;
  fuelPressureKpa: Reading<number | null>;
  throttlePositionPercent: Reading<number | null>;
  egrPercent: Reading<number | null>;
  ignitionTimingAdvanceDegrees: Reading<number | null>;
  evaporativeSystemPressureKpa: Reading<number | null>;
  evaporativePurgePercent: Reading<number | null>;
  vacuumPressureKpa: Reading<number | null>;
  catalystTemperatureBank1Sensor1Celsius: Reading<number | null>;
  catalystTemperatureBank1Sensor2Celsius: Reading<number | null>;
  catalystTemperatureBank2Sensor1Celsius: Reading<number | null>;
  catalystTemperatureBank2Sensor2Celsius: Reading<number | null>;
  engineRpm: Reading<number | null>;
  engineLoadPercent: Reading<number | null>;
  diagnosedAt: Reading<Date | null>;
  faultCodes: Reading<string[]>;
}

/**
 * Decodes 1018: every reading is ×100 on the wire except the engine speed (plain rpm) and the
 * check time (unix s). `doorTemplate` is the throttle position in % (docs/upstream.md ambiguity 14).
 * A vehicle that was never checked (no field at all) has no health check: null. A reading that
 * breaks the contract is its error, the others stand.
 */
export function decodeHealthCheck(data: Partial<ServiceResponse<1018>>): HealthCheck | null {
  if (Object.values(data).every((value) => value === undefined)) return null;
  const hundredths = (value: number | BadPart | undefined) => readingOf(1018, value, fromHundredths);
  return {
    massAirFlowGramsPerSecond: hundredths(data.airFlow),
    intakeManifoldPressureKpa: hundredths(data.airlPress),
    intakeAirTemperatureCelsius: hundredths(data.airTemplate),
    coolantTemperatureCelsius: hundredths(data.coldTemplate),
    fuelPressureKpa: hundredths(data.oilPress),
    throttlePositionPercent: hundredths(data.doorTemplate),
    egrPercent: hundredths(data.egr),
    ignitionTimingAdvanceDegrees: hundredths(data.fireTemplate),
    evaporativeSystemPressureKpa: hundredths(data.steamPress),
    evaporativePurgePercent: hundredths(data.streamWash),
    vacuumPressureKpa: hundredths(data.vacuumPress),
    catalystTemperatureBank1Sensor1Celsius: hundredths(data.catalyzatorTemplate),
    catalystTemperatureBank1Sensor2Celsius: hundredths(data.catalyzator2Template),
    catalystTemperatureBank2Sensor1Celsius: hundredths(data.catalyzator3Template),
    catalystTemperatureBank2Sensor2Celsius: hundredths(data.catalyzator4Template),
    engineRpm: readingOf(1018, data.enginRate, orNull),
    engineLoadPercent: hundredths(data.enginLoad),
    diagnosedAt: readingOf(1018, data.diagnoseTime, fromUnixSeconds),
    faultCodes: readingOf(1018, data.faultCodes, decodeFaultCodes),
  };
}
