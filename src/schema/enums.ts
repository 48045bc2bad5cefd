import { FUEL_GRADES, type FuelGrade as FuelGradeCode } from '../domain/fuel-grades.ts';
import { builder } from './builder.ts';

export const FuelGrade = builder.enumType('FuelGrade', {
  description: 'Petrol grade by research octane number, as sold in China.',
  values: Object.fromEntries(FUEL_GRADES.map((grade) => [`RON${grade}`, { value: grade, description: `${grade}-octane petrol.` }])) as Record<
    `RON${FuelGradeCode}`,
    { value: FuelGradeCode; description: string }
  >,
});

export const PlateType = builder.enumType('PlateType', {
  description: 'Chinese licence plate category (GA 36 code). Codes the service does not document map to OTHER.',
  values: {
    LARGE_VEHICLE: { value: '01', description: 'Code 01: large vehicle, yellow plate.' },
    SMALL_VEHICLE: { value: '02', description: 'Code 02: small vehicle (passenger car), blue plate.' },
    OTHER: { value: 'other', description: 'Any other plate type code; see `plateTypeCode` for the raw code.' },
  } as const,
});

export const DoorAction = builder.enumType('DoorAction', {
  description: 'A remote door command.',
  values: {
    LOCK: { value: 'LOCK_DOOR', description: 'Lock the doors.' },
    UNLOCK: { value: 'UNLOCK_DOOR', description: 'Unlock the doors.' },
  } as const,
});

export const DriveStatus = builder.enumType('DriveStatus', {
  description: 'Whether the engine is running, as last reported by the terminal.',
  values: {
    IGNITION_OFF: { value: 0, description: 'Ignition off: the vehicle is parked.' },
    IGNITION_ON: { value: 1, description: 'Ignition on: the vehicle is running or driving.' },
  } as const,
});

export const BindStatus = builder.enumType('BindStatus', {
  description: 'Whether a terminal is bound to a user. A terminal produces driving data only while bound.',
  values: {
    UNBOUND: { value: 0, description: 'Not bound to any user.' },
    BOUND: { value: 1, description: 'Bound to a user (by mobile number or partner id).' },
  } as const,
});

export const TirePosition = builder.enumType('TirePosition', {
  description: 'Where a tyre sits on the vehicle.',
  values: {
    FRONT_LEFT: { value: 'frontLeft', description: 'Front left tyre.' },
    FRONT_RIGHT: { value: 'frontRight', description: 'Front right tyre.' },
    REAR_LEFT: { value: 'rearLeft', description: 'Rear left tyre.' },
    REAR_RIGHT: { value: 'rearRight', description: 'Rear right tyre.' },
  } as const,
});

export const TireAlert = builder.enumType('TireAlert', {
  description: 'An alert raised by a tyre pressure sensor (one bit of the TPMS status).',
  values: {
    LOW_PRESSURE: { value: 1, description: 'Pressure too low (bit 0).' },
    HIGH_PRESSURE: { value: 2, description: 'Pressure too high (bit 1).' },
    HIGH_TEMPERATURE: { value: 4, description: 'Temperature too high (bit 2).' },
    SUSPECTED_LEAK: { value: 8, description: 'Suspected slow leak (bit 3).' },
    LOW_SENSOR_BATTERY: { value: 16, description: "The sensor's battery voltage is low (bit 4)." },
    NO_SIGNAL: { value: 32, description: 'No signal from the sensor (bit 5).' },
  } as const,
});
