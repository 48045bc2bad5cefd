import type { ServiceResponse } from '../upstream/services.ts';
import type { LngLat } from './geo.ts';
import { nonBlank, orNull } from './units.ts';

/** Drive status as the upstream codes it: 0 ignition off, 1 ignition on. */
export type DriveStatusCode = 0 | 1;

/** The latest vehicle condition (1011) in clear names and real units. */
export interface VehicleCondition {
  location: LngLat | null;
  odometerKm: number | null;
  batteryVoltage: number | null;
  driveStatus: DriveStatusCode | null;
  ignitionOn: boolean | null;
  vin: string | null;
  speedKmh: number | null;
  engineRpm: number | null;
  coolantTemperatureCelsius: number | null;
  faultCodes: string[];
}

/**
 * Decodes 1011. Speed, engine speed and coolant temperature are plain km/h, rpm and °C here
 * (docs/upstream.md ambiguity 15) and sent only while the ignition is on, so they read as null
 * when the drive status says it is off; without a drive status, what is sent is kept.
 */
export function decodeVehicleCondition(data: Partial<ServiceResponse<1011>>): VehicleCondition {
  const driveStatus = decodeDriveStatus(data.driveStatus);
  const running = driveStatus !== 0;
  return {
    location: orNull(data.location),
    odometerKm: orNull(data.mileage),
    batteryVoltage: orNull(data.voltage),
    driveStatus,
    ignitionOn: driveStatus === null ? null : running,
    vin: nonBlank(data.vin),
    speedKmh: running ? orNull(data.speed) : null,
    engineRpm: running ? orNull(data.enginRate) : null,
    coolantTemperatureCelsius: running ? orNull(data.coldTemplate) : null,
    faultCodes: decodeFaultCodes(data.faultCode),
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
