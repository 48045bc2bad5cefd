import type { ServiceResponse } from '../upstream/services.ts';
import { type Reading, readingOf } from './reading.ts';
import { fromUnixSeconds } from './time.ts';
import { fromHundredths, orNull } from './units.ts';

/** Driving figures shared by the model benchmark (3001) and the user's statistics (3002–3004). */
export interface DrivingFigures {
  harshAccelerations: Reading<number | null>;
  harshBrakings: Reading<number | null>;
  averageSpeedKmh: Reading<number | null>;
  averageFuelConsumptionLitersPer100Km: Reading<number | null>;
  optimalCoolantTimePercent: Reading<number | null>;
  idlePercent: Reading<number | null>;
  idleTimeSeconds: Reading<number | null>;
}

/**
 * The model benchmark (3001), or null when iauto360 sends no figure at all: it has none for a
 * vehicle whose profile names no model.
 */
export function decodeModelBenchmark(data: Partial<ServiceResponse<3001>>): DrivingFigures | null {
  return Object.values(data).every((value) => value === undefined) ? null : decodeDrivingFigures(3001, data);
}

/** The user's statistics over a period (3002–3004). */
export interface DrivingStatistics extends DrivingFigures {
  distanceKm: Reading<number | null>;
  fuelCostYuan: Reading<number | null>;
  costPerKmYuan: Reading<number | null>;
  periodStart: Reading<Date | null>;
  periodEnd: Reading<Date | null>;
  computedAt: Reading<Date | null>;
}

/**
 * Decodes the figures every statistics service shares. Harsh event counts, the consumption and
 * the cost per km are ×100 on the wire (docs/upstream.md ambiguity 19); the rest is plain. Every field is
 * optional upstream (ambiguity 13). A figure that breaks the contract is its error, the others stand.
 */
export function decodeDrivingFigures(service: 3001 | 3002 | 3003 | 3004, data: Partial<ServiceResponse<3001>>): DrivingFigures {
  return {
    harshAccelerations: readingOf(service, data.accelerateTimes, fromHundredths),
    harshBrakings: readingOf(service, data.breakTimes, fromHundredths),
    averageSpeedKmh: readingOf(service, data.avgSpeed, orNull),
    averageFuelConsumptionLitersPer100Km: readingOf(service, data.avgOilConsume, fromHundredths),
    optimalCoolantTimePercent: readingOf(service, data.goodWaterPercent, orNull),
    idlePercent: readingOf(service, data.idlePercent, orNull),
    idleTimeSeconds: readingOf(service, data.idleTime, orNull),
  };
}

/** Decodes 3002–3004; the cost is whole yuan (docs/upstream.md §5), the cost per km yuan ×100. */
export function decodeDrivingStatistics(service: 3002 | 3003 | 3004, data: Partial<ServiceResponse<3002>>): DrivingStatistics {
  return {
    ...decodeDrivingFigures(service, data),
    distanceKm: readingOf(service, data.mileage, orNull),
    fuelCostYuan: readingOf(service, data.cost, orNull),
    costPerKmYuan: readingOf(service, data.primeCost, fromHundredths),
    periodStart: readingOf(service, data.startTime, fromUnixSeconds),
    periodEnd: readingOf(service, data.endTime, fromUnixSeconds),
    computedAt: readingOf(service, data.updateTime, fromUnixSeconds),
  };
}
