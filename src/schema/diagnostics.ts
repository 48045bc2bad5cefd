import {
  type BatteryReading as BatteryReadingValue,
  type HealthCheck as HealthCheckValue,
  decodeBatteryHistory,
  decodeHealthCheck,
} from '../domain/diagnostics.ts';
import { itemsFailingAlone, readingOrThrow as reading } from '../errors.ts';
import { builder } from './builder.ts';
import { faultCodeFields } from './fault-codes.ts';
import { Vehicle } from './terminal.ts';

export const BatteryReading = builder.objectRef<BatteryReadingValue>('BatteryReading').implement({
  description: 'One battery voltage report of the terminal.',
  fields: (t) => ({
    voltage: t.exposeFloat('voltage', { nullable: false, description: 'Battery voltage in volts (V), to 0.1 V.' }),
    reportedAt: t.expose('reportedAt', { type: 'DateTime', description: 'When the voltage was reported.' }),
  }),
});

export const HealthCheck = builder.objectRef<HealthCheckValue>('HealthCheck').implement({
  description:
    "The vehicle's latest health check: a snapshot of OBD-II live data and the fault codes found. Each reading is null when the vehicle did not report it, or with UPSTREAM_BAD_RESPONSE at its own path when iauto360 sent it garbled (the others kept).",
  fields: (t) => ({
    massAirFlowGramsPerSecond: t.float({ description: 'Mass air flow, in g/s.', resolve: (check) => reading(check.massAirFlowGramsPerSecond) }),
    intakeManifoldPressureKpa: t.float({ description: 'Intake manifold absolute pressure, in kPa.', resolve: (check) => reading(check.intakeManifoldPressureKpa) }),
    intakeAirTemperatureCelsius: t.float({ description: 'Intake air temperature, in °C.', resolve: (check) => reading(check.intakeAirTemperatureCelsius) }),
    coolantTemperatureCelsius: t.float({ description: 'Engine coolant temperature, in °C.', resolve: (check) => reading(check.coolantTemperatureCelsius) }),
    fuelPressureKpa: t.float({ description: 'Fuel pressure, in kPa.', resolve: (check) => reading(check.fuelPressureKpa) }),
    throttlePositionPercent: t.float({
      description: 'Throttle position (opening), in % (the upstream documents °C, which cannot be right for a position).',
      resolve: (check) => reading(check.throttlePositionPercent),
    }),
    egrPercent: t.float({ description: 'Exhaust gas recirculation (EGR) valve opening, in %.', resolve: (check) => reading(check.egrPercent) }),
    ignitionTimingAdvanceDegrees: t.float({
      description: 'Ignition timing advance, in degrees before top dead centre.',
      resolve: (check) => reading(check.ignitionTimingAdvanceDegrees),
    }),
    evaporativeSystemPressureKpa: t.float({
      description: 'Evaporative emission system vapour pressure, in kPa.',
      resolve: (check) => reading(check.evaporativeSystemPressureKpa),
    }),
    evaporativePurgePercent: t.float({ description: 'Commanded evaporative purge, in %.', resolve: (check) => reading(check.evaporativePurgePercent) }),
    vacuumPressureKpa: t.float({
      description: 'Manifold vacuum / fuel rail pressure (the upstream names both), in kPa.',
      resolve: (check) => reading(check.vacuumPressureKpa),
    }),
    catalystTemperatureBank1Sensor1Celsius: t.float({
      description: 'Catalyst temperature, bank 1 sensor 1, in °C.',
      resolve: (check) => reading(check.catalystTemperatureBank1Sensor1Celsius),
    }),
    catalystTemperatureBank1Sensor2Celsius: t.float({
      description: 'Catalyst temperature, bank 1 sensor 2, in °C.',
      resolve: (check) => reading(check.catalystTemperatureBank1Sensor2Celsius),
    }),
    catalystTemperatureBank2Sensor1Celsius: t.float({
      description: 'Catalyst temperature, bank 2 sensor 1, in °C.',
      resolve: (check) => reading(check.catalystTemperatureBank2Sensor1Celsius),
    }),
    catalystTemperatureBank2Sensor2Celsius: t.float({
      description: 'Catalyst temperature, bank 2 sensor 2, in °C.',
      resolve: (check) => reading(check.catalystTemperatureBank2Sensor2Celsius),
    }),
    engineRpm: t.float({ description: 'Engine speed, in revolutions per minute.', resolve: (check) => reading(check.engineRpm) }),
    engineLoadPercent: t.float({ description: 'Calculated engine load, in %.', resolve: (check) => reading(check.engineLoadPercent) }),
    diagnosedAt: t.field({ type: 'DateTime', description: 'When the health check was made.', resolve: (check) => reading(check.diagnosedAt) }),
    ...faultCodeFields(t, 'OBD-II diagnostic trouble codes found by the check (e.g. P0010); an empty list when none.'),
  }),
});

builder.objectFields(Vehicle, (t) => ({
  batteryHistory: t.field({
    type: [BatteryReading],
    nullable: { list: true, items: true },
    description:
      'The latest battery voltage reports (up to 7; about every 2 hours while parked), newest first. A report iauto360 sent malformed is null with UPSTREAM_BAD_RESPONSE at its own index, after the others; the list is null when it cannot be fetched.',
    resolve: async (vehicle, _args, context) => itemsFailingAlone(decodeBatteryHistory(await context.upstream.read(1017, { esn: vehicle.esn }))),
  }),
  healthCheck: t.field({
    type: HealthCheck,
    description: "The vehicle's latest health check (OBD-II live data and fault codes); null when it was never checked.",
    resolve: async (vehicle, _args, context) => decodeHealthCheck(await context.upstream.read(1018, { esn: vehicle.esn })),
  }),
}));
