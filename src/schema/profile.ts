import { z } from 'zod';
import {
  MAX_PROFILE_KM,
  type VehicleProfile as VehicleProfileValue,
  type VehicleProfileValues,
  decodeVehicleProfile,
  encodeProfileUpdate,
} from '../domain/profile.ts';
import { badUserInput, readingOrThrow as reading } from '../errors.ts';
import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import { Model } from './catalog.ts';
import { eachCheckedAlone } from './descriptions.ts';
import { FuelGrade, PlateType } from './enums.ts';
import { Vehicle, type VehicleRef } from './terminal.ts';
import {
  calendarDateRule,
  catalogIdRule,
  engineNumberRule,
  esnArgumentDescription,
  esnRule,
  kilometresRule,
  plateNumberRule,
  plateTypeCodeRule,
  shortNameRule,
  vinRule,
} from './validation.ts';

export const VehicleProfile = builder.objectRef<VehicleProfileValue>('VehicleProfile').implement({
  description:
    `The vehicle profile the owner maintains: model, plate, identification numbers, maintenance interval and the dates of yearly paperwork. Unset or unreadable values are null.${eachCheckedAlone('field', ' (of a type its contract does not allow)')}`,
  fields: (t) => ({
    modelId: t.int({ description: 'Catalog id of the vehicle model, as stored in the profile.', resolve: (profile) => reading(profile.modelId) }),
    model: t.field({
      type: Model,
      description: 'The vehicle model from the catalog; null when no model is set or the catalog does not know the id.',
      resolve: async (profile, _args, context) => {
        const modelId = reading(profile.modelId);
        return modelId === null ? null : ((await context.catalog.model(modelId)) ?? null);
      },
    }),
    profileMileageKm: t.int({
      description: "Total mileage in km as entered by the owner (not measured; see the condition's `odometerKm` for the terminal's odometer).",
      resolve: (profile) => reading(profile.profileMileageKm),
    }),
    maintenanceIntervalKm: t.int({ description: 'Distance between two services, in km.', resolve: (profile) => reading(profile.maintenanceIntervalKm) }),
    fuelGrade: t.field({ type: FuelGrade, description: 'The petrol grade the vehicle takes.', resolve: (profile) => reading(profile.fuelGrade) }),
    plateNumber: t.string({ description: 'Licence plate number, e.g. 粤A12345.', resolve: (profile) => reading(profile.plateNumber) }),
    plateType: t.field({
      type: PlateType,
      description: 'Plate category; OTHER for a code the schema does not name (see `plateTypeCode`).',
      resolve: (profile) => reading(profile.plateType),
    }),
    plateTypeCode: t.string({ description: 'The plate category code as stored, e.g. 02.', resolve: (profile) => reading(profile.plateTypeCode) }),
    vin: t.string({ description: 'Vehicle identification number, as entered in the profile.', resolve: (profile) => reading(profile.vin) }),
    engineNumber: t.string({ description: 'Engine serial number.', resolve: (profile) => reading(profile.engineNumber) }),
    insurer: t.string({ description: 'Name of the insurance company, in Chinese (e.g. 平安车险).', resolve: (profile) => reading(profile.insurer) }),
    insuranceDate: t.field({ type: 'Date', description: 'When the insurance was bought.', resolve: (profile) => reading(profile.insuranceDate) }),
    vehicleTaxDate: t.field({
      type: 'Date',
      description: 'When the vehicle and vessel tax was paid.',
      resolve: (profile) => reading(profile.vehicleTaxDate),
    }),
    annualTollTicketDate: t.field({
      type: 'Date',
      description: 'When the annual road toll ticket was bought.',
      resolve: (profile) => reading(profile.annualTollTicketDate),
    }),
    annualInspectionDueDate: t.field({
      type: 'Date',
      description: 'When the annual vehicle inspection is due.',
      resolve: (profile) => reading(profile.annualInspectionDueDate),
    }),
  }),
});

/** The input as the validation sees it: any profile field, possibly null (which is refused). */
type VehicleProfileInputShape = Partial<VehicleProfileValues>;

/** A field left out is unchanged; null cannot clear a field (the upstream has no documented way to). */
const partialUpdateRule = z.custom<VehicleProfileInputShape>().superRefine((input, issues) => {
  const entries = Object.entries(input);
  for (const [field, value] of entries) {
    if (value === null) issues.addIssue({ code: 'custom', path: [field], message: 'cannot be cleared; leave the field out to keep its value' });
  }
  if (!entries.some(([, value]) => value !== null && value !== undefined)) {
    issues.addIssue({ code: 'custom', path: [], message: 'give at least one field to change' });
  }
  if (input.plateType && input.plateTypeCode && input.plateType !== input.plateTypeCode) {
    issues.addIssue({ code: 'custom', path: ['plateTypeCode'], message: 'give either plateType or plateTypeCode, not two different values' });
  }
});

export const VehicleProfileInput = builder.inputRef<VehicleProfileInputShape>('VehicleProfileInput').implement({
  description: 'A partial change of the vehicle profile: only the fields given are changed. Give at least one; null is not accepted.',
  validate: partialUpdateRule,
  fields: (t) => ({
    modelId: t.int({ description: 'Catalog id of the vehicle model: a positive integer that exists in the catalog.', validate: catalogIdRule }),
    profileMileageKm: t.int({ description: `Total mileage in km as the owner states it: 0 to ${MAX_PROFILE_KM}.`, validate: kilometresRule }),
    maintenanceIntervalKm: t.int({ description: `Distance between two services, in km: 0 to ${MAX_PROFILE_KM}.`, validate: kilometresRule }),
    fuelGrade: t.field({ type: FuelGrade, description: 'The petrol grade the vehicle takes.' }),
    plateNumber: t.string({ description: 'Licence plate number, e.g. 粤A12345 (upper-cased).', validate: plateNumberRule }),
    plateType: t.field({
      type: PlateType,
      description: 'Plate category. OTHER cannot be stored: give the code in `plateTypeCode` instead.',
      validate: z.string().refine((code) => code !== 'other', 'OTHER names no code; give plateTypeCode instead'),
    }),
    plateTypeCode: t.string({ description: 'Plate category as its two-digit code (e.g. 02), for codes PlateType does not name.', validate: plateTypeCodeRule }),
    vin: t.string({ description: 'Vehicle identification number: 17 letters and digits without I, O or Q (upper-cased).', validate: vinRule }),
    engineNumber: t.string({ description: 'Engine serial number: 1 to 32 letters, digits or dashes (upper-cased).', validate: engineNumberRule }),
    insurer: t.string({ description: 'Name of the insurance company: 1 to 64 characters, no control characters.', validate: shortNameRule }),
    insuranceDate: t.field({ type: 'Date', description: 'When the insurance was bought.', validate: calendarDateRule }),
    vehicleTaxDate: t.field({ type: 'Date', description: 'When the vehicle and vessel tax was paid.', validate: calendarDateRule }),
    annualTollTicketDate: t.field({ type: 'Date', description: 'When the annual road toll ticket was bought.', validate: calendarDateRule }),
    annualInspectionDueDate: t.field({ type: 'Date', description: 'When the annual vehicle inspection is due.', validate: calendarDateRule }),
  }),
});

export const UpdateVehicleProfilePayload = builder.objectRef<VehicleRef>('UpdateVehicleProfilePayload').implement({
  description: 'The result of a profile update: the vehicle and its profile as read back after the change.',
  fields: (t) => ({
    vehicle: t.field({ type: Vehicle, nullable: false, description: 'The updated vehicle.', resolve: (vehicle) => ({ esn: vehicle.esn }) }),
    profile: t.field({
      type: VehicleProfile,
      description: 'The profile read back from the upstream after the change.',
      resolve: (vehicle, _args, context) => loadVehicleProfile(context, vehicle.esn),
    }),
  }),
});

async function loadVehicleProfile(context: Context, esn: string): Promise<VehicleProfileValue> {
  return decodeVehicleProfile(await context.upstream.read(1021, { esn }));
}

builder.objectField(Vehicle, 'profile', (t) =>
  t.field({
    type: VehicleProfile,
    description: 'The vehicle profile the owner maintains (one upstream call for all its fields).',
    resolve: (vehicle, _args, context) => loadVehicleProfile(context, vehicle.esn),
  }),
);

builder.mutationField('updateVehicleProfile', (t) =>
  t.field({
    type: UpdateVehicleProfilePayload,
    description:
      'Changes some fields of a vehicle profile; the others keep their values. Every field is checked (a model id must exist in the catalog) before anything is written; the write is sent once and never retried.',
    args: {
      esn: t.arg.string({ required: true, description: esnArgumentDescription("The ESN of the vehicle's terminal"), validate: esnRule }),
      input: t.arg({ type: VehicleProfileInput, required: true, description: 'The fields to change.' }),
    },
    resolve: async (_root, args, context) => {
      const { input } = args;
      if (input.modelId !== null && input.modelId !== undefined && !(await context.catalog.model(input.modelId))) {
        throw badUserInput([{ message: `no model with id ${input.modelId} in the catalog`, path: ['input', 'modelId'] }]);
      }
      const changes = { ...input, plateTypeCode: input.plateTypeCode ?? input.plateType };
      await context.upstream.write(1022, encodeProfileUpdate(args.esn, changes));
      return { esn: args.esn };
    },
  }),
);
