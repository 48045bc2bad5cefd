import { type VehicleCondition as VehicleConditionValue, decodeVehicleCondition } from '../domain/condition.ts';
import { readingOrThrow as reading } from '../errors.ts';
import { builder } from './builder.ts';
import { eachCheckedAlone } from './descriptions.ts';
import { DriveStatus } from './enums.ts';
import { faultCodeFields } from './fault-codes.ts';
import { Coordinate } from './geo.ts';
import { Vehicle } from './terminal.ts';

export const VehicleCondition = builder.objectRef<VehicleConditionValue>('VehicleCondition').implement({
  description:
    `The vehicle's latest reported condition: where it is, odometer, battery, whether the engine runs, and live readings while it does.${eachCheckedAlone('reading')}`,
  fields: (t) => ({
    location: t.field({
      type: Coordinate,
      description: 'Last reported position; null when the terminal has not reported one.',
      resolve: (condition) => reading(condition.location),
    }),
    odometerKm: t.float({ description: 'Odometer as measured by the terminal, in km.', resolve: (condition) => reading(condition.odometerKm) }),
    batteryVoltage: t.float({ description: 'Last reported battery voltage, in volts (V).', resolve: (condition) => reading(condition.batteryVoltage) }),
    driveStatus: t.field({
      type: DriveStatus,
      description: 'Whether the ignition is on or off; null when not reported.',
      resolve: (condition) => reading(condition.driveStatus),
    }),
    ignitionOn: t.boolean({
      description: 'True while the ignition is on (the same fact as `driveStatus`, and null with it).',
      resolve: (condition) => reading(condition.ignitionOn),
    }),
    vin: t.string({ description: 'Vehicle identification number read from the vehicle, when reported.', resolve: (condition) => reading(condition.vin) }),
    speedKmh: t.float({
      description: 'Current speed in km/h. Reported only while the ignition is on; null while it is off or when not reported.',
      resolve: (condition) => reading(condition.speedKmh),
    }),
    engineRpm: t.float({
      description: 'Current engine speed in revolutions per minute. Reported only while the ignition is on; null while it is off or when not reported.',
      resolve: (condition) => reading(condition.engineRpm),
    }),
    coolantTemperatureCelsius: t.float({
      description: 'Current engine coolant temperature in °C. Reported only while the ignition is on; null while it is off or when not reported.',
      resolve: (condition) => reading(condition.coolantTemperatureCelsius),
    }),
    ...faultCodeFields(t, 'Current OBD-II diagnostic trouble codes (e.g. P0003); an empty list when there is no fault.'),
  }),
});

builder.objectField(Vehicle, 'condition', (t) =>
  t.field({
    type: VehicleCondition,
    description: "The vehicle's latest condition (one upstream call for all its fields).",
    resolve: async (vehicle, _args, context) => decodeVehicleCondition(await context.upstream.read(1011, { esn: vehicle.esn })),
  }),
);
