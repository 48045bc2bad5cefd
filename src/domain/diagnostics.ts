import type { ServiceResponse } from '../upstream/services.ts';
import { BadPart } from '../upstream/wire.ts';
import { decodeFaultCodes } from './condition.ts';
import { fromUnixSeconds } from './time.ts';
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

/** The latest health check (1018) in real units. */
export interface HealthCheck {
  massAirFlowGramsPerSecond: number | null;
  intakeManifoldPressureKpa: number | null;
  intakeAirTemperatureCelsius: number | null;
  coolantTemperatureCelsius: number | null;
  fuelPressureKpa: number | null;
  throttlePositionPercent: number | null;
  egrPercent: number | null;
  ignitionTimingAdvanceDegrees: number | null;
  evaporativeSystemPressureKpa: number | null;
  evaporativePurgePercent: number | null;
  vacuumPressureKpa: number | null;
  catalystTemperatureBank1Sensor1Celsius: number | null;
  catalystTemperatureBank1Sensor2Celsius: number | null;
  catalystTemperatureBank2Sensor1Celsius: number | null;
  catalystTemperatureBank2Sensor2Celsius: number | null;
  engineRpm: number | null;
  engineLoadPercent: number | null;
  diagnosedAt: Date | null;
  faultCodes: string[];
}

/**
 * Decodes 1018: every reading is ×100 on the wire except the engine speed (plain rpm) and the
 * check time (unix s). `doorTemplate` is the throttle position in % (docs/upstream.md ambiguity 14).
 * A vehicle that was never checked (no field at all) has no health check: null.
 */
export function decodeHealthCheck(data: Partial<ServiceResponse<1018>>): HealthCheck | null {
  if (Object.values(data).every((value) => value === undefined)) return null;
  return {
    massAirFlowGramsPerSecond: fromHundredths(data.airFlow),
    intakeManifoldPressureKpa: fromHundredths(data.airlPress),
    intakeAirTemperatureCelsius: fromHundredths(data.airTemplate),
    coolantTemperatureCelsius: fromHundredths(data.coldTemplate),
    fuelPressureKpa: fromHundredths(data.oilPress),
    throttlePositionPercent: fromHundredths(data.doorTemplate),
    egrPercent: fromHundredths(data.egr),
    ignitionTimingAdvanceDegrees: fromHundredths(data.fireTemplate),
    evaporativeSystemPressureKpa: fromHundredths(data.steamPress),
    evaporativePurgePercent: fromHundredths(data.streamWash),
    vacuumPressureKpa: fromHundredths(data.vacuumPress),
    catalystTemperatureBank1Sensor1Celsius: fromHundredths(data.catalyzatorTemplate),
    catalystTemperatureBank1Sensor2Celsius: fromHundredths(data.catalyzator2Template),
    catalystTemperatureBank2Sensor1Celsius: fromHundredths(data.catalyzator3Template),
    catalystTemperatureBank2Sensor2Celsius: fromHundredths(data.catalyzator4Template),
    engineRpm: orNull(data.enginRate),
    engineLoadPercent: fromHundredths(data.enginLoad),
    diagnosedAt: fromUnixSeconds(data.diagnoseTime),
    faultCodes: decodeFaultCodes(data.faultCodes),
  };
}
