import type { ServiceResponse } from '../upstream/services.ts';
import type { BadPart } from '../upstream/wire.ts';
import type { LngLat } from './geo.ts';
import { type Reading, mapReading, readingOf } from './reading.ts';
import { nonBlank, orNull } from './units.ts';

/** Drive status as the upstream codes it: 0 ignition off, 1 ignition on. */
export type DriveStatusCode = 0 | 1;

/** The latest vehicle condition (1011) in clear names and real units. */
export interface VehicleCondition {
  location: Reading<LngLat | null>;
  odometerKm: Reading<number | null>;
  batteryVoltage: Reading<number | null>;
  driveStatus: Reading<DriveStatusCode | null>;
  ignitionOn: Reading<boolean | null>;
  vin: Reading<string | null>;
  speedKmh: Reading<number | null>;
  engineRpm: Reading<number | null>;
  coolantTemperatureCelsius: Reading<number | null>;
  faultCodes: Reading<string[]>;
}

/**
 * Decodes 1011. Speed, engine speed and coolant temperature are plain km/h, rpm and °C here
 * (docs/upstream.md ambiguity 15) and sent only while the ignition is on, so they read as null
 * when the drive status says it is off; without a drive status (or with a garbled one), what is
 * sent is kept. A field that breaks the contract is its error, the others stand.
 */
export function decodeVehicleCondition(data: Partial<ServiceResponse<1011>>): VehicleCondition {
  const driveStatus = readingOf(1011, data.driveStatus, decodeDriveStatus);
  const running = driveStatus !== 0;
  const whileRunning = <T>(value: T | BadPart | undefined) => (running ? readingOf(1011, value, orNull) : null);
  return {
    location: readingOf(1011, data.location, orNull),
    odometerKm: readingOf(1011, data.mileage, orNull),
    batteryVoltage: readingOf(1011, data.voltage, orNull),
    driveStatus,
    ignitionOn: mapReading(driveStatus, (status) => (status === null ? null : status !== 0)),
    vin: readingOf(1011, data.vin, nonBlank),
    speedKmh: whileRunning(data.speed),
    engineRpm: whileRunning(data.enginRate),
    coolantTemperatureCelsius: whileRunning(data.coldTemplate),
    faultCodes: readingOf(1011, data.faultCode, decodeFaultCodes),
  };
}

export function decodeDriveStatus(code: number | undefined): DriveStatusCode | null {
  return code === 0 || code === 1 ? code : null;
}

/** Fault codes trimmed, blanks and repeats dropped, upstream order kept; none → []. */
export function decodeFaultCodes(codes: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  for (const code of codes ?? []) {
    const trimmed = nonBlank(code);
    if (trimmed) seen.add(trimmed.toUpperCase());
  }
  return [...seen];
}
