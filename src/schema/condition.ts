import { type VehicleCondition as VehicleConditionValue, decodeVehicleCondition } from '../domain/condition.ts';
import { builder } from './builder.ts';
import { DriveStatus } from './enums.ts';
import { FaultCode, readFaultCodes } from './fault-codes.ts';
import { Coordinate } from './geo.ts';
import { Vehicle } from './terminal.ts';

export const VehicleCondition = builder.objectRef<VehicleConditionValue>('VehicleCondition').implement({
  description:
    "The vehicle's latest reported condition: where it is, odometer, battery, whether the engine runs, and live readings while it does.",
  fields: (t) => ({
    location: t.field({
      type: Coordinate,
      description: 'Last reported position; null when the terminal has not reported one.',
      resolve: (condition) => condition.location,
    }),
    odometerKm: t.exposeFloat('odometerKm', { description: 'Odometer as measured by the terminal, in km.' }),
    batteryVoltage: t.exposeFloat('batteryVoltage', { description: 'Last reported battery voltage, in volts (V).' }),
    driveStatus: t.field({
      type: DriveStatus,
      description: 'Whether the ignition is on or off; null when not reported.',
      resolve: (condition) => condition.driveStatus,
    }),
    ignitionOn: t.exposeBoolean('ignitionOn', {
      description: 'True while the ignition is on (the same fact as `driveStatus`); null when not reported.',
    }),
    vin: t.exposeString('vin', { description: 'Vehicle identification number read from the vehicle, when reported.' }),
    speedKmh: t.exposeFloat('speedKmh', {
      description: 'Current speed in km/h. Reported only while the ignition is on; null while it is off or when not reported.',
    }),
    engineRpm: t.exposeFloat('engineRpm', {
      description: 'Current engine speed in revolutions per minute. Reported only while the ignition is on; null while it is off or when not reported.',
    }),
    coolantTemperatureCelsius: t.exposeFloat('coolantTemperatureCelsius', {
      description: 'Current engine coolant temperature in °C. Reported only while the ignition is on; null while it is off or when not reported.',
    }),
    faultCodes: t.exposeStringList('faultCodes', {
      nullable: false,
      description: 'Current OBD-II diagnostic trouble codes (e.g. P0003); an empty list when there is no fault.',
    }),
    faults: t.field({
      type: [FaultCode],
      nullable: false,
      description: 'The same codes as `faultCodes`, each with what its form says: system, who defines it, area.',
      resolve: (condition) => readFaultCodes(condition.faultCodes),
    }),
  }),
});

builder.objectField(Vehicle, 'condition', (t) =>
  t.field({
    type: VehicleCondition,
    description: "The vehicle's latest condition (one upstream call for all its fields).",
    resolve: async (vehicle, _args, context) => decodeVehicleCondition(await context.upstream.read(1011, { esn: vehicle.esn })),
  }),
);
