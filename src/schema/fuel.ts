import type { ObjectFieldBuilder } from '@pothos/core';
import {
  type DrivingFigures,
  type DrivingStatistics as DrivingStatisticsValue,
  decodeDrivingStatistics,
  decodeModelBenchmark,
} from '../domain/fuel.ts';
import { readingOrThrow as reading } from '../errors.ts';
import { type PothosTypes, builder } from './builder.ts';
import { eachCheckedAlone } from './descriptions.ts';
import { Vehicle, type VehicleRef } from './terminal.ts';

type SchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<PothosTypes>;

const EACH_FIGURE_ALONE = eachCheckedAlone('figure');

function drivingFigureFields<T extends DrivingFigures>(t: ObjectFieldBuilder<SchemaTypes, T>, whose: string) {
  return {
    harshAccelerations: t.float({
      description: `Average number of harsh accelerations ${whose}. The averaging base (per trip, per 100 km, …) is not documented upstream.`,
      resolve: (figures) => reading(figures.harshAccelerations),
    }),
    harshBrakings: t.float({
      description: `Average number of harsh brakings ${whose}. The averaging base (per trip, per 100 km, …) is not documented upstream.`,
      resolve: (figures) => reading(figures.harshBrakings),
    }),
    averageSpeedKmh: t.float({ description: `Average speed ${whose}, in km/h.`, resolve: (figures) => reading(figures.averageSpeedKmh) }),
    averageFuelConsumptionLitersPer100Km: t.float({
      description: `Average fuel consumption ${whose}, in litres per 100 km.`,
      resolve: (figures) => reading(figures.averageFuelConsumptionLitersPer100Km),
    }),
    optimalCoolantTimePercent: t.float({
      description: `Share of driving time with the coolant at its optimal temperature ${whose}, in %.`,
      resolve: (figures) => reading(figures.optimalCoolantTimePercent),
    }),
    idlePercent: t.float({ description: `Share of engine time spent idling ${whose}, in %.`, resolve: (figures) => reading(figures.idlePercent) }),
    idleTimeSeconds: t.float({
      description: `Idling time ${whose}, in seconds (unit assumed). Whether it is a total or an average (per trip, …) is not documented upstream.`,
      resolve: (figures) => reading(figures.idleTimeSeconds),
    }),
  };
}

export const ModelDrivingBenchmark = builder.objectRef<DrivingFigures>('ModelDrivingBenchmark').implement({
  description: `Driving and fuel figures averaged over all vehicles of this vehicle's model: a benchmark to compare the driver with.${EACH_FIGURE_ALONE}`,
  fields: (t) => drivingFigureFields(t, 'across vehicles of the model'),
});

export const DrivingStatistics = builder.objectRef<DrivingStatisticsValue>('DrivingStatistics').implement({
  description: `The driver's driving and fuel figures over a period, computed upstream once a day.${EACH_FIGURE_ALONE}`,
  fields: (t) => ({
    ...drivingFigureFields(t, 'over the period'),
    distanceKm: t.float({ description: 'Distance driven in the period, in km.', resolve: (statistics) => reading(statistics.distanceKm) }),
    fuelCostYuan: t.float({
      description: 'Fuel cost of the period, in whole yuan (CNY; the upstream states no unit, it matches distance × cost per km).',
      resolve: (statistics) => reading(statistics.fuelCostYuan),
    }),
    costPerKmYuan: t.float({ description: 'Fuel cost per km driven, in yuan (CNY) per km.', resolve: (statistics) => reading(statistics.costPerKmYuan) }),
    periodStart: t.field({
      type: 'DateTime',
      description: 'Start of the period; null when the upstream does not say.',
      resolve: (statistics) => reading(statistics.periodStart),
    }),
    periodEnd: t.field({
      type: 'DateTime',
      description: 'End of the period; null when the upstream does not say.',
      resolve: (statistics) => reading(statistics.periodEnd),
    }),
    computedAt: t.field({
      type: 'DateTime',
      description: 'When the upstream computed these figures (a daily batch).',
      resolve: (statistics) => reading(statistics.computedAt),
    }),
  }),
});

export const FuelStatistics = builder.objectRef<VehicleRef>('FuelStatistics').implement({
  description: 'Fuel and driving statistics of the vehicle. Each period is fetched only when asked for.',
  fields: (t) => ({
    modelAverage: t.field({
      type: ModelDrivingBenchmark,
      description: "Averages over all vehicles of this vehicle's model; null when iauto360 has none (the profile names no model).",
      resolve: async (vehicle, _args, context) => decodeModelBenchmark(await context.upstream.read(3001, { esn: vehicle.esn })),
    }),
    overall: t.field({
      type: DrivingStatistics,
      description: "The driver's figures over the whole recorded history.",
      resolve: async (vehicle, _args, context) => decodeDrivingStatistics(3002, await context.upstream.read(3002, { esn: vehicle.esn })),
    }),
    lastSevenDays: t.field({
      type: DrivingStatistics,
      description: "The driver's figures over the last seven days.",
      resolve: async (vehicle, _args, context) => decodeDrivingStatistics(3003, await context.upstream.read(3003, { esn: vehicle.esn })),
    }),
    lastDay: t.field({
      type: DrivingStatistics,
      description: "The driver's figures over the last day (the upstream gives no period bounds for it).",
      resolve: async (vehicle, _args, context) => decodeDrivingStatistics(3004, await context.upstream.read(3004, { esn: vehicle.esn })),
    }),
  }),
});

builder.objectField(Vehicle, 'fuelStatistics', (t) =>
  t.field({
    type: FuelStatistics,
    nullable: false,
    description: 'Fuel and driving statistics: the model benchmark and the driver over several periods. Costs no call by itself.',
    resolve: (vehicle) => ({ esn: vehicle.esn }),
  }),
);
