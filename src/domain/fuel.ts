import type { ServiceResponse } from '../upstream/services.ts';
import { fromUnixSeconds } from './time.ts';
import { fromHundredths, orNull } from './units.ts';

/** Driving figures shared by the model benchmark (3001) and the user's statistics (3002–3004). */
export interface DrivingFigures {
  harshAccelerations: number | null;
  harshBrakings: number | null;
  averageSpeedKmh: number | null;
  averageFuelConsumptionLitersPer100Km: number | null;
  optimalCoolantTimePercent: number | null;
  idlePercent: number | null;
  idleTimeSeconds: number | null;
}

/**
 * The model benchmark (3001), or null when iauto360 sends no figure at all: it has none for a
 * vehicle whose profile names no model.
 */
export function decodeModelBenchmark(data: Partial<ServiceResponse<3001>>): DrivingFigures | null {
  return Object.values(data).every((value) => value === undefined) ? null : decodeDrivingFigures(data);
}

/** The user's statistics over a period (3002–3004). */
export interface DrivingStatistics extends DrivingFigures {
  distanceKm: number | null;
  fuelCostYuan: number | null;
  costPerKmYuan: number | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  computedAt: Date | null;
}

/**
 * Decodes the figures every statistics service shares. Harsh event counts, the consumption and
 * the cost per km are ×100 on the wire (docs/upstream.md ambiguity 19); the rest is plain. Every field is
 * optional upstream (ambiguity 13).
 */
export function decodeDrivingFigures(data: Partial<ServiceResponse<3001>>): DrivingFigures {
  return {
    harshAccelerations: fromHundredths(data.accelerateTimes),
    harshBrakings: fromHundredths(data.breakTimes),
    averageSpeedKmh: orNull(data.avgSpeed),
    averageFuelConsumptionLitersPer100Km: fromHundredths(data.avgOilConsume),
    optimalCoolantTimePercent: orNull(data.goodWaterPercent),
    idlePercent: orNull(data.idlePercent),
    idleTimeSeconds: orNull(data.idleTime),
  };
}

/** Decodes 3002–3004; the cost is whole yuan (docs/upstream.md §5), the cost per km yuan ×100. */
export function decodeDrivingStatistics(data: Partial<ServiceResponse<3002>>): DrivingStatistics {
  return {
    ...decodeDrivingFigures(data),
    distanceKm: orNull(data.mileage),
    fuelCostYuan: orNull(data.cost),
    costPerKmYuan: fromHundredths(data.primeCost),
    periodStart: fromUnixSeconds(data.startTime),
    periodEnd: fromUnixSeconds(data.endTime),
    computedAt: fromUnixSeconds(data.updateTime),
  };
}
