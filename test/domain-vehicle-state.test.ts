import { describe, expect, it } from 'vitest';
import type { Brand, Model, Series, SubBrand } from '../src/catalog-index.ts';
import { modelFullName } from '../src/domain/catalog.ts';
import { decodeVehicleCondition } from '../src/domain/condition.ts';
import { decodeBatteryHistory, decodeHealthCheck } from '../src/domain/diagnostics.ts';
import { decodeDrivingFigures, decodeDrivingStatistics } from '../src/domain/fuel.ts';

describe('decodeVehicleCondition', () => {
  it('keeps live readings while the ignition is on', () => {
    expect(
      decodeVehicleCondition({
        faultCode: ['P0003', ' p0010 ', '', 'P0003'],
        location: [113.353982, 23.149862],
        mileage: 1688.2,
        voltage: 13.2,
        driveStatus: 1,
        vin: 'LBEHDAFB1GY123456',
        speed: 62,
        enginRate: 2100,
        coldTemplate: 88,
      }),
    ).toEqual({
      location: [113.353982, 23.149862],
      odometerKm: 1688.2,
      batteryVoltage: 13.2,
      driveStatus: 1,
      ignitionOn: true,
      vin: 'LBEHDAFB1GY123456',
      speedKmh: 62,
      engineRpm: 2100,
      coolantTemperatureCelsius: 88,
      faultCodes: ['P0003', 'P0010'],
    });
  });

  it('drops live readings while parked and reads missing fields as null', () => {
    const condition = decodeVehicleCondition({ driveStatus: 0, speed: 0, enginRate: 800, coldTemplate: 40 });
    expect(condition).toMatchObject({ ignitionOn: false, speedKmh: null, engineRpm: null, coolantTemperatureCelsius: null });
    expect(condition).toMatchObject({ location: null, odometerKm: null, vin: null, faultCodes: [] });
    expect(decodeVehicleCondition({}).ignitionOn).toBeNull();
  });

  it('keeps live readings sent without a drive status (the vendor example sends none), since they come only while driving', () => {
    expect(decodeVehicleCondition({ speed: 48, enginRate: 1900, coldTemplate: 90 })).toMatchObject({
      driveStatus: null,
      ignitionOn: null,
      speedKmh: 48,
      engineRpm: 1900,
      coolantTemperatureCelsius: 90,
    });
  });
});

describe('decodeBatteryHistory', () => {
  it('turns decivolts into volts, newest first', () => {
    expect(
      decodeBatteryHistory({
        records: [
          { val: 131, time: 1000 },
          { val: 134, time: 3000 },
          { val: 129, time: 2000 },
        ],
      }),
    ).toEqual([
      { voltage: 13.4, reportedAt: new Date(3_000_000) },
      { voltage: 12.9, reportedAt: new Date(2_000_000) },
      { voltage: 13.1, reportedAt: new Date(1_000_000) },
    ]);
  });
});

describe('decodeHealthCheck', () => {
  it('divides every reading by 100 except engine speed and time', () => {
    expect(
      decodeHealthCheck({
        airFlow: 0,
        airlPress: 10100,
        airTemplate: 5700,
        coldTemplate: 8800,
        oilPress: 0,
        doorTemplate: 100,
        egr: 250,
        fireTemplate: 1250,
        steamPress: 35,
        streamWash: 1020,
        vacuumPress: 3300,
        catalyzatorTemplate: 45012,
        catalyzator2Template: 40000,
        catalyzator3Template: 44000,
        catalyzator4Template: 39950,
        enginRate: 780,
        enginLoad: 2345,
        diagnoseTime: 1509405908,
        faultCodes: ['P0010'],
      }),
    ).toEqual({
      massAirFlowGramsPerSecond: 0,
      intakeManifoldPressureKpa: 101,
      intakeAirTemperatureCelsius: 57,
      coolantTemperatureCelsius: 88,
      fuelPressureKpa: 0,
      throttlePositionPercent: 1,
      egrPercent: 2.5,
      ignitionTimingAdvanceDegrees: 12.5,
      evaporativeSystemPressureKpa: 0.35,
      evaporativePurgePercent: 10.2,
      vacuumPressureKpa: 33,
      catalystTemperatureBank1Sensor1Celsius: 450.12,
      catalystTemperatureBank1Sensor2Celsius: 400,
      catalystTemperatureBank2Sensor1Celsius: 440,
      catalystTemperatureBank2Sensor2Celsius: 399.5,
      engineRpm: 780,
      engineLoadPercent: 23.45,
      diagnosedAt: new Date(1509405908000),
      faultCodes: ['P0010'],
    });
  });

  it('is null for a vehicle never checked', () => {
    expect(decodeHealthCheck({})).toBeNull();
  });
});

describe('fuel statistics', () => {
  it('decodes the 3001 example with ×100 counts', () => {
    expect(decodeDrivingFigures(3001, { accelerateTimes: 21944, breakTimes: 23022, avgSpeed: 70, idlePercent: 22, idleTime: 274 })).toEqual({
      harshAccelerations: 219.44,
      harshBrakings: 230.22,
      averageSpeedKmh: 70,
      averageFuelConsumptionLitersPer100Km: null,
      optimalCoolantTimePercent: null,
      idlePercent: 22,
      idleTimeSeconds: 274,
    });
  });

  it('decodes the 3002 example: whole-yuan cost, cost per km ÷100, times as dates', () => {
    expect(
      decodeDrivingStatistics(3002, {
        accelerateTimes: 1065,
        avgOilConsume: 1280,
        avgSpeed: 63,
        breakTimes: 1349,
        cost: 301,
        goodWaterPercent: 80,
        idlePercent: 12,
        idleTime: 600,
        mileage: 422,
        primeCost: 71,
        startTime: 1460000000,
        endTime: 1460600000,
        updateTime: 1460743200,
      }),
    ).toEqual({
      harshAccelerations: 10.65,
      harshBrakings: 13.49,
      averageSpeedKmh: 63,
      averageFuelConsumptionLitersPer100Km: 12.8,
      optimalCoolantTimePercent: 80,
      idlePercent: 12,
      idleTimeSeconds: 600,
      distanceKm: 422,
      fuelCostYuan: 301,
      costPerKmYuan: 0.71,
      periodStart: new Date(1460000000000),
      periodEnd: new Date(1460600000000),
      computedAt: new Date(1460743200000),
    });
  });

  it('leaves the period open when 3004 gives no bounds', () => {
    expect(decodeDrivingStatistics(3004, { mileage: 12 })).toMatchObject({ periodStart: null, periodEnd: null, computedAt: null });
  });
});

describe('modelFullName', () => {
  const brand: Brand = { id: 12, name: '现代', logoUrl: null };
  const subBrand: SubBrand = { id: 12, name: '北京现代', brand, series: [] };
  const model = (seriesName: string, year: number | null, name: string): Model => {
    const series: Series = { id: 1, name: seriesName, subBrand, models: [] };
    return { id: 1, name, year, series };
  };

  it('joins maker, series, year and trim', () => {
    expect(modelFullName(model('ix25', 2017, '1.4T 双离合 智能型'))).toBe('北京现代 ix25 2017款 1.4T 双离合 智能型');
  });

  it('does not repeat the series in the trim, nor an unknown year', () => {
    expect(modelFullName(model('劳恩斯', 2012, '劳恩斯 3.0L GDI 豪华版'))).toBe('北京现代 劳恩斯 2012款 3.0L GDI 豪华版');
    expect(modelFullName(model('ix25', null, '1.6L 自动'))).toBe('北京现代 ix25 1.6L 自动');
  });
});
