import { fail } from '../errors.ts';
import { isCalendarDate } from '../time.ts';
import { FUEL_GRADES } from '../../domain/fuel-grades.ts';
import { MAX_PROFILE_KM } from '../../domain/profile.ts';
import type { VehicleProfile } from '../vehicle.ts';
import { boundTerminalOf, type ServiceHandler } from './types.ts';

/**
 * 1021: the profile fields that are set. `intervalMileage` is a String on the wire. The gateway
 * checks each field on its own; the numbers are the ones a "?" breaks (separateFields).
 */
export const readProfile: ServiceHandler = (context) => {
  const profile = boundTerminalOf(context).vehicle.profile;
  const text = (value: string | null): string | undefined => value ?? undefined;
  return {
    data: {
      modelId: profile.modelId ?? undefined,
      mileage: profile.mileageKm ?? undefined,
      intervalMileage: profile.maintenanceIntervalKm === null ? undefined : String(profile.maintenanceIntervalKm),
      oilType: text(profile.fuelGrade),
      plateNo: text(profile.plateNumber),
      vin: text(profile.vin),
      engineNo: text(profile.engineNumber),
      plateType: text(profile.plateType),
      insurer: text(profile.insurer),
      insuranceDate: text(profile.insuranceDate),
      taxFeeDate: text(profile.taxPaidDate),
      yearTicketDate: text(profile.annualTicketDate),
      carReviewDate: text(profile.inspectionDueDate),
    },
    separateFields: ['modelId', 'mileage'],
  };
};

const DATE_FIELDS = [
  ['insuranceDate', 'insuranceDate'],
  ['taxFeeDate', 'taxPaidDate'],
  ['yearTicketDate', 'annualTicketDate'],
  ['carReviewDate', 'inspectionDueDate'],
] as const;

const TEXT_FIELDS = [
  ['plateNo', 'plateNumber', /^[\u4e00-\u9fa5][A-Z](?:[A-Z0-9]{5,6}|[A-Z0-9]{4}[挂学警港澳领试超])$/, 'expected a plate number such as 粤A12345'],
  ['vin', 'vin', /^[A-HJ-NPR-Z0-9]{17}$/, 'expected 17 characters: digits and capital letters other than I, O, Q'],
  ['engineNo', 'engineNumber', /^[A-Za-z0-9-]{1,32}$/, 'expected up to 32 letters, digits and dashes'],
  ['plateType', 'plateType', /^\d{2}$/, 'expected a two-digit plate type code such as "02"'],
  ['insurer', 'insurer', /^\S.{0,63}$/u, 'expected an insurer name of 1 to 64 characters'],
] as const;

/**
 * 1022: updates only the fields present. `maintainMileage` is stored as the interval read back as
 * 1021 `intervalMileage` (docs/upstream.md ambiguity 12). Every field is validated before anything changes.
 */
export const updateProfile: ServiceHandler = (context) => {
  const { fields, world } = context;
  const terminal = boundTerminalOf(context);
  const changes: Partial<VehicleProfile> = {};
  const modelId = fields.optionalInteger('modelId', { min: 1, max: 2 ** 31 - 1 });
  if (modelId !== undefined) {
    if (!world.model(modelId)) throw fail.invalidField('data.modelId', `no model ${modelId} in the catalog (4002)`);
    changes.modelId = modelId;
  }
  const mileage = fields.optionalInteger('mileage', { min: 0, max: MAX_PROFILE_KM });
  if (mileage !== undefined) changes.mileageKm = mileage;
  const intervalExpected = `expected the maintenance interval in km as a string of digits, at most ${MAX_PROFILE_KM}`;
  const interval = fields.optionalString('maintainMileage', /^\d{1,8}$/, intervalExpected);
  if (interval !== undefined && Number(interval) > MAX_PROFILE_KM) throw fail.invalidField('data.maintainMileage', intervalExpected);
  if (interval !== undefined) changes.maintenanceIntervalKm = Number(interval);
  const fuelGrade = fields.oneOf('oilType', FUEL_GRADES, false);
  if (fuelGrade !== undefined) changes.fuelGrade = fuelGrade;
  for (const [wire, key, pattern, expected] of TEXT_FIELDS) {
    const value = fields.optionalString(wire, pattern, expected);
    if (value !== undefined) changes[key] = value;
  }
  for (const [wire, key] of DATE_FIELDS) {
    const value = fields.optionalString(wire, /^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-MM-dd');
    if (value === undefined) continue;
    if (!isCalendarDate(value)) throw fail.invalidField(`data.${wire}`, `${value} is not a calendar date`);
    changes[key] = value;
  }
  world.updateProfile(terminal, changes);
  return { data: {} };
};
