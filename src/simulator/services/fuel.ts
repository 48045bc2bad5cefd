import type { FuelStatistics, StatisticsPeriod } from '../statistics.ts';
import { boundTerminalOf, type ServiceHandler } from './types.ts';
import { toHundredths } from '../../domain/units.ts';

/** 3001: the benchmark of the vehicle's model; `{}` when the profile names no model. */
export const modelBenchmark: ServiceHandler = (context) => {
  const terminal = boundTerminalOf(context);
  const statistics = context.world.modelStatistics(terminal.esn);
  if (!statistics) return { data: {} };
  const data = {
    accelerateTimes: toHundredths(statistics.harshAccelerationsPer100Km),
    avgOilConsume: statistics.averageFuelLitresPer100Km > 0 ? toHundredths(statistics.averageFuelLitresPer100Km) : undefined,
    avgSpeed: statistics.averageSpeedKmh,
    breakTimes: toHundredths(statistics.harshBrakingsPer100Km),
    goodWaterPercent: statistics.optimalCoolantPercent,
    idlePercent: statistics.idlePercent,
    idleTime: statistics.averageIdleSeconds,
  };
  return { data, separateFields: Object.keys(data) };
};

/** 3002 (overall), 3003 (last 7 days), 3004 (last day, without startTime/endTime). */
export function fuelStatisticsService(period: StatisticsPeriod): ServiceHandler {
  return (context) => {
    const terminal = boundTerminalOf(context);
    const statistics = context.world.fuelStatistics(terminal.esn, period, context.nowMs);
    const data = statistics ? statisticsWire(statistics, period !== 'lastDay') : {};
    return { data, separateFields: Object.keys(data) };
  };
}

function statisticsWire(statistics: FuelStatistics, withPeriod: boolean): Record<string, unknown> {
  return {
    accelerateTimes: toHundredths(statistics.harshAccelerationsPer100Km),
    avgOilConsume: toHundredths(statistics.averageFuelLitresPer100Km),
    avgSpeed: Math.round(statistics.averageSpeedKmh),
    breakTimes: toHundredths(statistics.harshBrakingsPer100Km),
    cost: Math.round(statistics.costYuan),
    endTime: withPeriod ? (statistics.lastTripEnd ?? undefined) : undefined,
    goodWaterPercent: statistics.optimalCoolantPercent,
    idlePercent: statistics.idlePercent,
    idleTime: statistics.averageIdleSeconds,
    mileage: Math.round(statistics.mileageKm),
    primeCost: toHundredths(statistics.costPerKmYuan),
    startTime: withPeriod ? (statistics.firstTripStart ?? undefined) : undefined,
    updateTime: statistics.updateTime,
  };
}
