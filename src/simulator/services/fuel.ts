import type { FuelStatistics, StatisticsPeriod } from '../statistics.ts';
import { boundTerminalOf, scaled, type ServiceHandler } from './types.ts';

/** 3001: the benchmark of the vehicle's model; `{}` when the profile names no model. */
export const modelBenchmark: ServiceHandler = (context) => {
  const terminal = boundTerminalOf(context);
  const statistics = context.world.modelStatistics(terminal.esn);
  if (!statistics) return { data: {} };
  return {
    data: {
      accelerateTimes: scaled(statistics.harshAccelerationsPer100Km, 100),
      avgOilConsume: statistics.averageFuelLitresPer100Km > 0 ? scaled(statistics.averageFuelLitresPer100Km, 100) : undefined,
      avgSpeed: statistics.averageSpeedKmh,
      breakTimes: scaled(statistics.harshBrakingsPer100Km, 100),
      goodWaterPercent: statistics.optimalCoolantPercent,
      idlePercent: statistics.idlePercent,
      idleTime: statistics.averageIdleSeconds,
    },
  };
};

/** 3002 (overall), 3003 (last 7 days), 3004 (last day, without startTime/endTime). */
export function fuelStatisticsService(period: StatisticsPeriod): ServiceHandler {
  return (context) => {
    const terminal = boundTerminalOf(context);
    const statistics = context.world.fuelStatistics(terminal.esn, period, context.nowMs);
    return { data: statistics ? statisticsWire(statistics, period !== 'lastDay') : {} };
  };
}

function statisticsWire(statistics: FuelStatistics, withPeriod: boolean): Record<string, unknown> {
  return {
    accelerateTimes: scaled(statistics.harshAccelerationsPer100Km, 100),
    avgOilConsume: scaled(statistics.averageFuelLitresPer100Km, 100),
    avgSpeed: Math.round(statistics.averageSpeedKmh),
    breakTimes: scaled(statistics.harshBrakingsPer100Km, 100),
    cost: Math.round(statistics.costYuan),
    endTime: withPeriod ? (statistics.lastTripEnd ?? undefined) : undefined,
    goodWaterPercent: statistics.optimalCoolantPercent,
    idlePercent: statistics.idlePercent,
    idleTime: statistics.averageIdleSeconds,
    mileage: Math.round(statistics.mileageKm),
    primeCost: scaled(statistics.costPerKmYuan, 100),
    startTime: withPeriod ? (statistics.firstTripStart ?? undefined) : undefined,
    updateTime: statistics.updateTime,
  };
}
