import {
  type BatteryReading as BatteryReadingValue,
  type HealthCheck as HealthCheckValue,
  decodeBatteryHistory,
  decodeHealthCheck,
} from '../domain/diagnostics.ts';
import { itemsFailingAlone } from '../errors.ts';
import { builder } from './builder.ts';
import { FaultCode, readFaultCodes } from './fault-codes.ts';
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
    "The vehicle's latest health check: a snapshot of OBD-II live data and the fault codes found. Each reading is null when the vehicle did not report it.",
  fields: (t) => ({
    massAirFlowGramsPerSecond: t.exposeFloat('massAirFlowGramsPerSecond', { description: 'Mass air flow, in g/s.' }),
    intakeManifoldPressureKpa: t.exposeFloat('intakeManifoldPressureKpa', { description: 'Intake manifold absolute pressure, in kPa.' }),
    intakeAirTemperatureCelsius: t.exposeFloat('intakeAirTemperatureCelsius', { description: 'Intake air temperature, in °C.' }),
    coolantTemperatureCelsius: t.exposeFloat('coolantTemperatureCelsius', { description: 'Engine coolant temperature, in °C.' }),
    fuelPressureKpa: t.exposeFloat('fuelPressureKpa', { description: 'Fuel pressure, in kPa.' }),
    throttlePositionPercent: t.exposeFloat('throttlePositionPercent', {
      description: 'Throttle position (opening), in % (the upstream documents °C, which cannot be right for a position).',
    }),
    egrPercent: t.exposeFloat('egrPercent', { description: 'Exhaust gas recirculation (EGR) valve opening, in %.' }),
    ignitionTimingAdvanceDegrees: t.exposeFloat('ignitionTimingAdvanceDegrees', {
      description: 'Ignition timing advance, in degrees before top dead centre.',
    }),
    evaporativeSystemPressureKpa: t.exposeFloat('evaporativeSystemPressureKpa', {
      description: 'Evaporative emission system vapour pressure, in kPa.',
    }),
    evaporativePurgePercent: t.exposeFloat('evaporativePurgePercent', { description: 'Commanded evaporative purge, in %.' }),
    vacuumPressureKpa: t.exposeFloat('vacuumPressureKpa', {
      description: 'Manifold vacuum / fuel rail pressure (the upstream names both), in kPa.',
    }),
    catalystTemperatureBank1Sensor1Celsius: t.exposeFloat('catalystTemperatureBank1Sensor1Celsius', {
      description: 'Catalyst temperature, bank 1 sensor 1, in °C.',
    }),
    catalystTemperatureBank1Sensor2Celsius: t.exposeFloat('catalystTemperatureBank1Sensor2Celsius', {
      description: 'Catalyst temperature, bank 1 sensor 2, in °C.',
    }),
    catalystTemperatureBank2Sensor1Celsius: t.exposeFloat('catalystTemperatureBank2Sensor1Celsius', {
      description: 'Catalyst temperature, bank 2 sensor 1, in °C.',
    }),
    catalystTemperatureBank2Sensor2Celsius: t.exposeFloat('catalystTemperatureBank2Sensor2Celsius', {
      description: 'Catalyst temperature, bank 2 sensor 2, in °C.',
    }),
    engineRpm: t.exposeFloat('engineRpm', { description: 'Engine speed, in revolutions per minute.' }),
    engineLoadPercent: t.exposeFloat('engineLoadPercent', { description: 'Calculated engine load, in %.' }),
    diagnosedAt: t.expose('diagnosedAt', { type: 'DateTime', description: 'When the health check was made.' }),
    faultCodes: t.exposeStringList('faultCodes', {
      nullable: false,
      description: 'OBD-II diagnostic trouble codes found by the check (e.g. P0010); an empty list when none.',
    }),
    faults: t.field({
      type: [FaultCode],
      nullable: false,
      description: 'The same codes as `faultCodes`, each with what its form says: system, who defines it, area.',
      resolve: (check) => readFaultCodes(check.faultCodes),
    }),
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
