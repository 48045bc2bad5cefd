import { UpstreamBadResponseError } from '../upstream/errors.ts';
import { BadPart } from '../upstream/wire.ts';
import type { ServiceResponse } from '../upstream/services.ts';
import { fromUnixSeconds } from './time.ts';

export type TirePositionName = 'frontLeft' | 'frontRight' | 'rearLeft' | 'rearRight';
export const tirePositions: readonly TirePositionName[] = ['frontLeft', 'frontRight', 'rearLeft', 'rearRight'];

/** Status bits 0–5 of a TPMS sensor (bits 6–7 are unused). */
export const tireAlertBits = [1, 2, 4, 8, 16, 32] as const;
export type TireAlertBit = (typeof tireAlertBits)[number];

export type TireState = 'NORMAL' | 'ALERT' | 'DEVICE_FAULT' | 'NO_DATA';

export interface Tire {
  position: TirePositionName;
  state: TireState;
  alerts: TireAlertBit[];
  rawStatus: number | null;
  pressureKpa: number | null;
  temperatureCelsius: number | null;
  updatedAt: Date | null;
}

/** The four tyres; a tyre whose text breaks the contract is its error, the others stand. */
export type TirePressureReport = Record<TirePositionName, Tire | UpstreamBadResponseError>;

export function decodeTirePressureReport(data: ServiceResponse<1019>): TirePressureReport {
  return {
    frontLeft: decodeTire('frontLeft', data.frontLeft),
    frontRight: decodeTire('frontRight', data.frontRight),
    rearLeft: decodeTire('rearLeft', data.rearLeft),
    rearRight: decodeTire('rearRight', data.rearRight),
  };
}

function decodeTire(position: TirePositionName, text: string | BadPart): Tire | UpstreamBadResponseError {
  if (text instanceof BadPart) return text.error(1019);
  try {
    return parseTire(position, text);
  } catch (error) {
    if (error instanceof UpstreamBadResponseError) return error;
    throw error;
  }
}

/**
 * Parses `"status|pressure|temp|updateTime"`: exactly four parts, an empty part reads as null.
 * The status decides the state (docs/upstream.md ambiguity 28), never the numbers: −1 is a device fault,
 * any alert bit makes an alert, a sensor that never reported (update time 0 or missing status)
 * has no data, and the rest is normal.
 */
export function parseTire(position: TirePositionName, text: string): Tire {
  const parts = text.split('|');
  if (parts.length !== 4) throw malformed(position, text, 'expected four |-separated parts');
  const [status = null, pressure = null, temperature = null, updateTime = null] = parts.map((part) =>
    parseWholeNumber(part, position, text),
  );
  const alerts = status !== null && status >= 0 ? tireAlertBits.filter((bit) => (status & bit) !== 0) : [];
  const updatedAt = fromUnixSeconds(updateTime);
  return {
    position,
    state: tireState(status, alerts, updatedAt),
    alerts,
    rawStatus: status,
    pressureKpa: pressure,
    temperatureCelsius: temperature,
    updatedAt,
  };
}

function tireState(status: number | null, alerts: readonly TireAlertBit[], updatedAt: Date | null): TireState {
  if (status !== null && status < 0) return 'DEVICE_FAULT';
  if (alerts.length > 0) return 'ALERT';
  if (status === null || updatedAt === null) return 'NO_DATA';
  return 'NORMAL';
}

function parseWholeNumber(part: string, position: TirePositionName, text: string): number | null {
  const trimmed = part.trim();
  if (trimmed === '') return null;
  if (!/^-?\d+$/.test(trimmed)) throw malformed(position, text, `"${trimmed}" is not a whole number`);
  return Number(trimmed);
}

function malformed(position: TirePositionName, text: string, reason: string): UpstreamBadResponseError {
  return new UpstreamBadResponseError(1019, `tire ${position} "${text}": ${reason}`);
}

/** Pressure in bar from kPa (1 bar = 100 kPa). */
export function kpaToBar(kpa: number | null): number | null {
  return kpa === null ? null : kpa / 100;
}
