import type { ServiceResponse } from '../upstream/services.ts';
import { BadPart } from '../upstream/wire.ts';
import { type FuelGrade, decodeFuelGrade } from './fuel-grades.ts';
import { type Reading, readingOf } from './reading.ts';
import { fromUnixSeconds } from './time.ts';
import { fromHundredths, orNull } from './units.ts';

type WireTrip = Exclude<ServiceResponse<1012>['records'][number], BadPart>;
type WireTripEvaluation = ServiceResponse<1016>;

/** One trip (ignition on to ignition off), in real units, with the ESN it belongs to. */
export interface Trip {
  esn: string;
  /** Exact decimal text: trip ids may exceed 2^53. */
  id: string;
  startedAt: Date | null;
  endedAt: Date | null;
  durationSeconds: number | null;
  distanceKm: number;
  averageFuelConsumptionLitersPer100Km: number;
  fuelUsedLiters: number;
  harshAccelerations: number | null;
  harshBrakings: number | null;
  warmUpSeconds: number;
  idleSeconds: number;
  maxSpeedKmh: number;
}

/** A trip record of a trip list page; the error of one that breaks the contract (see BadPart). */
export function decodeTripRecord(esn: string, record: WireTrip | BadPart): Trip | Error {
  return record instanceof BadPart ? record.error(1012) : decodeTrip(esn, record);
}

export function decodeTrip(esn: string, record: WireTrip): Trip {
  const startedAt = fromUnixSeconds(record.startTime);
  const endedAt = fromUnixSeconds(record.endTime);
  return {
    esn,
    id: record.id,
    startedAt,
    endedAt,
    durationSeconds: startedAt && endedAt ? record.endTime - record.startTime : null,
    distanceKm: record.mileage,
    averageFuelConsumptionLitersPer100Km: record.avgOil,
    fuelUsedLiters: record.totalOil,
    harshAccelerations: record.rapidAccelerate ?? null,
    harshBrakings: record.rapidBreak ?? null,
    warmUpSeconds: record.hotTime,
    idleSeconds: record.idleTime,
    maxSpeedKmh: record.maxSpeed,
  };
}

/** The overall verdict of a trip evaluation; the upstream sends one of five Chinese words. */
export type TripVerdict = 'EXCELLENT' | 'GOOD' | 'AVERAGE' | 'POOR' | 'BAD' | 'UNKNOWN';

const verdictsByText: Record<string, TripVerdict> = {
  极佳: 'EXCELLENT',
  良好: 'GOOD',
  一般: 'AVERAGE',
  较差: 'POOR',
  糟糕: 'BAD',
};

export function decodeTripVerdict(text: string | undefined): TripVerdict {
  return (text !== undefined && verdictsByText[text.trim()]) || 'UNKNOWN';
}

/**
 * The upstream's evaluation of one trip (1016), in real units: each figure, or the error of the
 * one iauto360 sent garbled (it fails alone). The verdict is checked with the answer.
 */
export interface TripEvaluation {
  distanceKm: Reading<number | null>;
  averageSpeedKmh: Reading<number | null>;
  topSpeedKmh: Reading<number | null>;
  harshBrakings: Reading<number | null>;
  harshAccelerations: Reading<number | null>;
  fatigueDrivingSeconds: Reading<number | null>;
  /** Null when the trip had no speeding (the upstream sends 0). */
  speedingSpeedKmh: Reading<number | null>;
  warmUpSeconds: Reading<number | null>;
  experiencePoints: Reading<number | null>;
  startedAt: Reading<Date | null>;
  endedAt: Reading<Date | null>;
  drivingSeconds: Reading<number | null>;
  longDrive: Reading<boolean | null>;
  verdict: TripVerdict;
  verdictText: string | null;
  /** The fuel grade code ('90' … '97'); null when absent or not a known grade. */
  fuelGrade: Reading<FuelGrade | null>;
  fuelCostYuan: Reading<number | null>;
  carbonEmissionsKg: Reading<number | null>;
}

export function decodeTripEvaluation(data: WireTripEvaluation): TripEvaluation {
  const verdictText = data.totalDes?.trim();
  const figure = <Wire, T>(value: Wire | BadPart, decode: (value: Wire) => T) => readingOf(1016, value, decode);
  return {
    distanceKm: figure(data.totalMileage, fromHundredths),
    averageSpeedKmh: figure(data.avgSpeed, fromHundredths),
    topSpeedKmh: figure(data.fastestSpeed, orNull),
    harshBrakings: figure(data.breakTimes, orNull),
    harshAccelerations: figure(data.accelerateTimes, orNull),
    fatigueDrivingSeconds: figure(data.fatigueDrivingTimes, orNull),
    speedingSpeedKmh: figure(data.speedingSpeeds, (speed) => speed || null),
    warmUpSeconds: figure(data.hotTime, orNull),
    experiencePoints: figure(data.totalExp, orNull),
    startedAt: figure(data.startTime, fromUnixSeconds),
    endedAt: figure(data.endTime, fromUnixSeconds),
    drivingSeconds: figure(data.drivingTime, orNull),
    longDrive: figure(data.isLongDrving, (flag) => (flag === undefined ? null : flag !== 0)),
    verdict: decodeTripVerdict(verdictText),
    verdictText: verdictText || null,
    fuelGrade: figure(data.oilType, decodeFuelGrade),
    fuelCostYuan: figure(data.oilCost, fromHundredths),
    carbonEmissionsKg: figure(data.carbonEmissions, fromHundredths),
  };
}
