import { UpstreamBadResponseError } from '../upstream/errors.ts';
import type { ServiceResponse } from '../upstream/services.ts';
import { BadPart } from '../upstream/wire.ts';
import type { LngLat } from './geo.ts';
import { nonBlank, orNull } from './units.ts';

/** Drive status as the upstream codes it: 0 ignition off, 1 ignition on. */
export type DriveStatusCode = 0 | 1;

/** A reading, or the error of the field iauto360 sent garbled (it fails alone). */
export type Reading<T> = T | UpstreamBadResponseError;

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
  const status = read(data.driveStatus);
  const driveStatus = status instanceof UpstreamBadResponseError ? status : decodeDriveStatus(status);
  const running = driveStatus !== 0;
  const whileRunning = <T>(value: T | BadPart | undefined) => (running ? readOrNull(value) : null);
  const faultCodes = read(data.faultCode);
  return {
    location: readOrNull(data.location),
    odometerKm: readOrNull(data.mileage),
    batteryVoltage: readOrNull(data.voltage),
    driveStatus,
    ignitionOn: driveStatus === null || driveStatus instanceof UpstreamBadResponseError ? driveStatus : running,
    vin: nonBlankReading(read(data.vin)),
    speedKmh: whileRunning(data.speed),
    engineRpm: whileRunning(data.enginRate),
    coolantTemperatureCelsius: whileRunning(data.coldTemplate),
    faultCodes: faultCodes instanceof UpstreamBadResponseError ? faultCodes : decodeFaultCodes(faultCodes),
  };
}

function read<T>(value: T | BadPart | undefined): Reading<T | undefined> {
  return value instanceof BadPart ? value.error(1011) : value;
}

function readOrNull<T>(value: T | BadPart | undefined): Reading<T | null> {
  const reading = read(value);
  return reading instanceof UpstreamBadResponseError ? reading : orNull(reading);
}

function nonBlankReading(value: Reading<string | undefined>): Reading<string | null> {
  return value instanceof UpstreamBadResponseError ? value : nonBlank(value);
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
