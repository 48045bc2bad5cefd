import type { ServiceResponse } from '../upstream/services.ts';
import { BadPart } from '../upstream/wire.ts';
import { type FuelGrade, decodeFuelGrade } from './fuel-grades.ts';
import { fromUnixSeconds } from './time.ts';
import { fromHundredths } from './units.ts';

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

/** The upstream's evaluation of one trip (1016), in real units. */
export interface TripEvaluation {
  distanceKm: number | null;
  averageSpeedKmh: number | null;
  topSpeedKmh: number | null;
  harshBrakings: number | null;
  harshAccelerations: number | null;
  fatigueDrivingSeconds: number | null;
  /** Null when the trip had no speeding (the upstream sends 0). */
  speedingSpeedKmh: number | null;
  warmUpSeconds: number | null;
  experiencePoints: number | null;
  startedAt: Date | null;
  endedAt: Date | null;
  drivingSeconds: number | null;
  longDrive: boolean | null;
  verdict: TripVerdict;
  verdictText: string | null;
  /** The fuel grade code ('90' … '97'); null when absent or not a known grade. */
  fuelGrade: FuelGrade | null;
  fuelCostYuan: number | null;
  carbonEmissionsKg: number | null;
}

export function decodeTripEvaluation(data: WireTripEvaluation): TripEvaluation {
  const verdictText = data.totalDes?.trim();
  return {
    distanceKm: fromHundredths(data.totalMileage),
    averageSpeedKmh: fromHundredths(data.avgSpeed),
    topSpeedKmh: data.fastestSpeed ?? null,
    harshBrakings: data.breakTimes ?? null,
    harshAccelerations: data.accelerateTimes ?? null,
    fatigueDrivingSeconds: data.fatigueDrivingTimes ?? null,
    speedingSpeedKmh: data.speedingSpeeds ? data.speedingSpeeds : null,
    warmUpSeconds: data.hotTime ?? null,
    experiencePoints: data.totalExp ?? null,
    startedAt: fromUnixSeconds(data.startTime),
    endedAt: fromUnixSeconds(data.endTime),
    drivingSeconds: data.drivingTime ?? null,
    longDrive: data.isLongDrving === undefined ? null : data.isLongDrving !== 0,
    verdict: decodeTripVerdict(verdictText),
    verdictText: verdictText || null,
    fuelGrade: decodeFuelGrade(data.oilType),
    fuelCostYuan: fromHundredths(data.oilCost),
    carbonEmissionsKg: fromHundredths(data.carbonEmissions),
  };
}
