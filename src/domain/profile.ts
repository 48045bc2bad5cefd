import { type FuelGrade, decodeFuelGrade } from './fuel-grades.ts';
import type { ServiceRequest, ServiceResponse } from '../upstream/services.ts';
import { type Reading, mapReading, readingOf } from './reading.ts';
import { nonBlank } from './units.ts';

/** The largest profile mileage and maintenance interval a profile update takes, km (the gateway's rule and the simulator's). */
export const MAX_PROFILE_KM = 10_000_000;

/** Plate type codes the schema names; every other code reads as 'other'. */
export const knownPlateTypeCodes = ['01', '02'] as const;
export type PlateTypeValue = (typeof knownPlateTypeCodes)[number] | 'other';

/** The vehicle profile's values in clear names; placeholders and unreadable values are null. */
export interface VehicleProfileValues {
  modelId: number | null;
  profileMileageKm: number | null;
  maintenanceIntervalKm: number | null;
  fuelGrade: FuelGrade | null;
  plateNumber: string | null;
  plateType: PlateTypeValue | null;
  plateTypeCode: string | null;
  vin: string | null;
  engineNumber: string | null;
  insurer: string | null;
  insuranceDate: string | null;
  vehicleTaxDate: string | null;
  annualTollTicketDate: string | null;
  annualInspectionDueDate: string | null;
}

/**
 * The vehicle profile (1021) as read: each value, or the error of the field iauto360 sent
 * garbled (of a type the contract does not allow), which fails alone.
 */
export type VehicleProfile = { readonly [Field in keyof VehicleProfileValues]: Reading<VehicleProfileValues[Field]> };

/** What a profile update may change; absent fields are left as they are. */
export type VehicleProfileChanges = Partial<Omit<VehicleProfileValues, 'plateType'>>;

export function decodeVehicleProfile(data: Partial<ServiceResponse<1021>>): VehicleProfile {
  const plateTypeCode = readingOf(1021, data.plateType, nonBlank);
  return {
    modelId: readingOf(1021, data.modelId, (id) => (id && id > 0 ? id : null)),
    profileMileageKm: readingOf(1021, data.mileage, wholeKilometres),
    maintenanceIntervalKm: readingOf(1021, data.intervalMileage, (text) => wholeKilometres(nonBlank(text))),
    fuelGrade: readingOf(1021, data.oilType, decodeFuelGrade),
    plateNumber: readingOf(1021, data.plateNo, nonBlank),
    plateType: mapReading(plateTypeCode, decodePlateType),
    plateTypeCode,
    vin: readingOf(1021, data.vin, nonBlank),
    engineNumber: readingOf(1021, data.engineNo, nonBlank),
    insurer: readingOf(1021, data.insurer, nonBlank),
    insuranceDate: readingOf(1021, data.insuranceDate, decodeCalendarDate),
    vehicleTaxDate: readingOf(1021, data.taxFeeDate, decodeCalendarDate),
    annualTollTicketDate: readingOf(1021, data.yearTicketDate, decodeCalendarDate),
    annualInspectionDueDate: readingOf(1021, data.carReviewDate, decodeCalendarDate),
  };
}

export function decodePlateType(code: string | null | undefined): PlateTypeValue | null {
  const trimmed = nonBlank(code);
  if (trimmed === null) return null;
  return knownPlateTypeCodes.find((known) => known === trimmed) ?? 'other';
}

/** A non-negative whole number of kilometres from a number or numeric text; anything else is null. */
export function wholeKilometres(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) && number >= 0 ? Math.round(number) : null;
}

/** A real calendar date as yyyy-MM-dd; empty text, other formats and impossible dates are null. */
export function decodeCalendarDate(text: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year === 0) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? match[0] : null;
}

/**
 * The 1022 request for a partial update: only the fields given (neither undefined nor null) are
 * sent, under their wire names; the maintenance interval travels as text in `maintainMileage`.
 */
export function encodeProfileUpdate(esn: string, changes: VehicleProfileChanges): ServiceRequest<1022> {
  const request: ServiceRequest<1022> = { esn };
  const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;
  if (given(changes.modelId)) request.modelId = changes.modelId;
  if (given(changes.profileMileageKm)) request.mileage = changes.profileMileageKm;
  if (given(changes.maintenanceIntervalKm)) request.maintainMileage = String(changes.maintenanceIntervalKm);
  if (given(changes.fuelGrade)) request.oilType = changes.fuelGrade;
  if (given(changes.plateNumber)) request.plateNo = changes.plateNumber;
  if (given(changes.plateTypeCode)) request.plateType = changes.plateTypeCode;
  if (given(changes.vin)) request.vin = changes.vin;
  if (given(changes.engineNumber)) request.engineNo = changes.engineNumber;
  if (given(changes.insurer)) request.insurer = changes.insurer;
  if (given(changes.insuranceDate)) request.insuranceDate = changes.insuranceDate;
  if (given(changes.vehicleTaxDate)) request.taxFeeDate = changes.vehicleTaxDate;
  if (given(changes.annualTollTicketDate)) request.yearTicketDate = changes.annualTollTicketDate;
  if (given(changes.annualInspectionDueDate)) request.carReviewDate = changes.annualInspectionDueDate;
  return request;
}
