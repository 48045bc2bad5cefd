import { describe, expect, it } from 'vitest';
import { decodeCalendarDate, decodeVehicleProfile, encodeProfileUpdate } from '../src/domain/profile.ts';
import { decodeResponse } from '../src/upstream/client.ts';
import { UpstreamBadResponseError } from '../src/upstream/errors.ts';

describe('decodeVehicleProfile', () => {
  it('renames the vendor example into clear fields', () => {
    expect(
      decodeVehicleProfile({
        modelId: 3434,
        mileage: 12000,
        intervalMileage: '5000',
        oilType: '92',
        plateNo: '粤AD59M7',
        vin: 'LBEHDAFB1GY123456',
        engineNo: 'G4FJ12345',
        plateType: '02',
        insurer: '平安车险',
        insuranceDate: '2017-03-01',
        taxFeeDate: '2017-03-02',
        yearTicketDate: '2017-03-03',
        carReviewDate: '2019-03-04',
      }),
    ).toEqual({
      modelId: 3434,
      profileMileageKm: 12000,
      maintenanceIntervalKm: 5000,
      fuelGrade: '92',
      plateNumber: '粤AD59M7',
      plateType: '02',
      plateTypeCode: '02',
      vin: 'LBEHDAFB1GY123456',
      engineNumber: 'G4FJ12345',
      insurer: '平安车险',
      insuranceDate: '2017-03-01',
      vehicleTaxDate: '2017-03-02',
      annualTollTicketDate: '2017-03-03',
      annualInspectionDueDate: '2019-03-04',
    });
  });

  it('makes a field of a type the contract does not allow its own error, the others decoded (a plate type both of its fields)', () => {
    const profile = decodeVehicleProfile(
      decodeResponse(1021, JSON.stringify({ flag: 1, data: { modelId: 3434, mileage: 'far', plateNo: 12345, plateType: true, vin: 'LBEHDAFB1GY123456' } })),
    );
    const errorOf = (value: unknown) => (value instanceof UpstreamBadResponseError ? value.message.split(':').slice(0, 2).join(':') : value);
    expect(Object.fromEntries(Object.entries(profile).map(([field, value]) => [field, errorOf(value)]))).toEqual({
      modelId: 3434,
      profileMileageKm: 'iauto360 service 1021: bad response',
      maintenanceIntervalKm: null,
      fuelGrade: null,
      plateNumber: 'iauto360 service 1021: bad response',
      plateType: 'iauto360 service 1021: bad response',
      plateTypeCode: 'iauto360 service 1021: bad response',
      vin: 'LBEHDAFB1GY123456',
      engineNumber: null,
      insurer: null,
      insuranceDate: null,
      vehicleTaxDate: null,
      annualTollTicketDate: null,
      annualInspectionDueDate: null,
    });
    expect((profile.plateNumber as UpstreamBadResponseError).message).toMatch(/^iauto360 service 1021: bad response: plateNo: /);
    expect((profile.plateType as UpstreamBadResponseError).message).toMatch(/^iauto360 service 1021: bad response: plateType: /);
  });

  it('reads placeholders and unreadable values as null and unknown plate codes as other', () => {
    const profile = decodeVehicleProfile({
      modelId: 0,
      intervalMileage: 'soon',
      oilType: '98',
      plateNo: ' ',
      plateType: '52',
      insuranceDate: '',
      taxFeeDate: '2017-02-30',
      yearTicketDate: '0000-00-00',
      carReviewDate: '2019/03/04',
    });
    expect(profile).toMatchObject({
      modelId: null,
      profileMileageKm: null,
      maintenanceIntervalKm: null,
      fuelGrade: null,
      plateNumber: null,
      plateType: 'other',
      plateTypeCode: '52',
      insuranceDate: null,
      vehicleTaxDate: null,
      annualTollTicketDate: null,
      annualInspectionDueDate: null,
    });
  });
});

describe('decodeCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(decodeCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(decodeCalendarDate('2023-02-29')).toBeNull();
    expect(decodeCalendarDate('2023-13-01')).toBeNull();
    expect(decodeCalendarDate(undefined)).toBeNull();
  });
});

describe('encodeProfileUpdate', () => {
  it('sends only the given fields under their wire names, the interval as text', () => {
    expect(
      encodeProfileUpdate('861677033025167', {
        maintenanceIntervalKm: 7500,
        fuelGrade: '95',
        insurer: undefined,
        vin: null,
        annualInspectionDueDate: '2025-06-30',
      }),
    ).toEqual({ esn: '861677033025167', maintainMileage: '7500', oilType: '95', carReviewDate: '2025-06-30' });
  });

  it('maps every field', () => {
    const request = encodeProfileUpdate('1', {
      modelId: 1,
      profileMileageKm: 2,
      maintenanceIntervalKm: 3,
      fuelGrade: '90',
      plateNumber: 'P',
      plateTypeCode: '02',
      vin: 'V',
      engineNumber: 'E',
      insurer: 'I',
      insuranceDate: 'a',
      vehicleTaxDate: 'b',
      annualTollTicketDate: 'c',
      annualInspectionDueDate: 'd',
    });
    expect(Object.keys(request).sort()).toEqual(
      ['esn', 'modelId', 'mileage', 'maintainMileage', 'oilType', 'plateNo', 'plateType', 'vin', 'engineNo', 'insurer', 'insuranceDate', 'taxFeeDate', 'yearTicketDate', 'carReviewDate'].sort(),
    );
  });
});
