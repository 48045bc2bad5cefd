import type { CatalogModel } from './catalog.ts';
import { Random } from './random.ts';
import { SECONDS_PER_DAY, chinaDayStart } from './time.ts';
import type { FuelGrade } from '../domain/fuel-grades.ts';
import { FUEL_PRICES, round, type Trip } from './trips.ts';

/**
 * Fuel and driving aggregates (3001–3004). 3002–3004 are computed from the vehicle's current trips
 * as a daily batch would at 02:00 China time: the batch of `updateTime` covers trips that started
 * before that day's midnight (3002 all of them, 3003 the 7 days before, 3004 the day before).
 */

export const STATISTICS_PERIODS = ['overall', 'lastSevenDays', 'lastDay'] as const;
export type StatisticsPeriod = (typeof STATISTICS_PERIODS)[number];

export interface FuelStatistics {
  readonly tripCount: number;
  /** Ignition-on of the first trip counted, unix s; null when no trip. */
  readonly firstTripStart: number | null;
  /** Ignition-off of the last trip counted, unix s; null when no trip. */
  readonly lastTripEnd: number | null;
  readonly mileageKm: number;
  /** L/100 km: total fuel / total distance. */
  readonly averageFuelLitresPer100Km: number;
  /** km/h: total distance / total driving time. */
  readonly averageSpeedKmh: number;
  /** Harsh accelerations per 100 km. */
  readonly harshAccelerationsPer100Km: number;
  readonly harshBrakingsPer100Km: number;
  /** Fuel cost at the pump price of the vehicle's fuel grade, yuan. */
  readonly costYuan: number;
  /** costYuan / mileageKm, yuan per km. */
  readonly costPerKmYuan: number;
  /** Share of driving time with the coolant at its optimal temperature, %. */
  readonly optimalCoolantPercent: number;
  /** Share of driving time spent idling, %. */
  readonly idlePercent: number;
  /** Idling per trip, s. */
  readonly averageIdleSeconds: number;
  /** The daily batch's time: the latest 02:00 China time, unix s. */
  readonly updateTime: number;
}

/** The benchmark of a vehicle model (3001), a stable function of the world seed and the model. */
export interface ModelStatistics {
  readonly harshAccelerationsPer100Km: number;
  readonly harshBrakingsPer100Km: number;
  readonly averageFuelLitresPer100Km: number;
  readonly averageSpeedKmh: number;
  readonly optimalCoolantPercent: number;
  readonly idlePercent: number;
  readonly averageIdleSeconds: number;
}

/** The latest 02:00 China time at or before `nowSeconds`. */
export function statisticsUpdateTime(nowSeconds: number): number {
  const todayBatch = chinaDayStart(nowSeconds) + 2 * 3600;
  return todayBatch <= nowSeconds ? todayBatch : todayBatch - SECONDS_PER_DAY;
}

/** The ignition-on range [from, to) a period covers for the batch of `updateTime`. */
export function statisticsRange(period: StatisticsPeriod, updateTime: number): { from: number; to: number } {
  const to = chinaDayStart(updateTime);
  const days = period === 'lastDay' ? 1 : period === 'lastSevenDays' ? 7 : Number.POSITIVE_INFINITY;
  return { from: to - days * SECONDS_PER_DAY, to };
}

export function fuelStatistics(trips: readonly Trip[], fuelGrade: FuelGrade, period: StatisticsPeriod, nowSeconds: number): FuelStatistics {
  const updateTime = statisticsUpdateTime(nowSeconds);
  const { from, to } = statisticsRange(period, updateTime);
  const counted = trips.filter((trip) => trip.startTime >= from && trip.startTime < to);
  const sum = (pick: (trip: Trip) => number): number => counted.reduce((total, trip) => total + pick(trip), 0);
  const mileageKm = sum((trip) => trip.mileageKm);
  const drivingSeconds = sum((trip) => trip.endTime - trip.startTime);
  const fuelLitres = sum((trip) => trip.fuelLitres);
  const costYuan = fuelLitres * FUEL_PRICES[fuelGrade];
  const per100Km = (count: number): number => (mileageKm > 0 ? round((count / mileageKm) * 100, 2) : 0);
  const percentOfDriving = (seconds: number): number => (drivingSeconds > 0 ? Math.round((seconds / drivingSeconds) * 100) : 0);
  return {
    tripCount: counted.length,
    firstTripStart: counted[0]?.startTime ?? null,
    lastTripEnd: counted.at(-1)?.endTime ?? null,
    mileageKm: round(mileageKm, 2),
    averageFuelLitresPer100Km: mileageKm > 0 ? round((fuelLitres / mileageKm) * 100, 2) : 0,
    averageSpeedKmh: drivingSeconds > 0 ? round(mileageKm / (drivingSeconds / 3600), 2) : 0,
    harshAccelerationsPer100Km: per100Km(sum((trip) => trip.harshAccelerations)),
    harshBrakingsPer100Km: per100Km(sum((trip) => trip.harshBrakings)),
    costYuan: round(costYuan, 2),
    costPerKmYuan: mileageKm > 0 ? round(costYuan / mileageKm, 2) : 0,
    optimalCoolantPercent: percentOfDriving(sum((trip) => trip.optimalCoolantSeconds)),
    idlePercent: percentOfDriving(sum((trip) => trip.idleSeconds)),
    averageIdleSeconds: counted.length > 0 ? Math.round(sum((trip) => trip.idleSeconds) / counted.length) : 0,
    updateTime,
  };
}

export function modelStatistics(seed: number, model: CatalogModel): ModelStatistics {
  const random = Random.derive(seed, 'model-statistics', model.id);
  return {
    harshAccelerationsPer100Km: round(random.float(2, 25), 2),
    harshBrakingsPer100Km: round(random.float(2, 28), 2),
    averageFuelLitresPer100Km: round((model.litresPer100Km ?? 0) * random.float(1.05, 1.25), 2),
    averageSpeedKmh: random.int(28, 55),
    optimalCoolantPercent: random.int(55, 85),
    idlePercent: random.int(10, 25),
    averageIdleSeconds: random.int(150, 420),
  };
}
