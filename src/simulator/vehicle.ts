import type { CatalogModel } from './catalog.ts';
import type { LngLat } from '../domain/geo.ts';
import { Random } from './random.ts';
import { SECONDS_PER_DAY, formatChinaDate } from './time.ts';
import type { FuelGrade } from '../domain/fuel-grades.ts';
import { round } from './trips.ts';

/**
 * Vehicle state other than trips: the user-maintained profile (1021/1022), the latest condition
 * (1011), battery history (1017), health check (1018) and tyres (1019). Real units throughout.
 */

/** The 1021 profile; null = never set (omitted on the wire). */
export interface VehicleProfile {
  modelId: number | null;
  /** User-entered total mileage, km (1021 `mileage`). */
  mileageKm: number | null;
  /** Maintenance interval, km (read as `intervalMileage`, written as `maintainMileage`). */
  maintenanceIntervalKm: number | null;
  fuelGrade: FuelGrade | null;
  plateNumber: string | null;
  vin: string | null;
  engineNumber: string | null;
  /** `02` = small car. */
  plateType: string | null;
  insurer: string | null;
  /** yyyy-MM-dd */
  insuranceDate: string | null;
  taxPaidDate: string | null;
  annualTicketDate: string | null;
  inspectionDueDate: string | null;
}

export const EMPTY_PROFILE: Readonly<VehicleProfile> = {
  modelId: null,
  mileageKm: null,
  maintenanceIntervalKm: null,
  fuelGrade: null,
  plateNumber: null,
  vin: null,
  engineNumber: null,
  plateType: null,
  insurer: null,
  insuranceDate: null,
  taxPaidDate: null,
  annualTicketDate: null,
  inspectionDueDate: null,
};

/** The latest condition (1011). speed, engine speed and coolant are known only while the ignition is on. */
export interface VehicleCondition {
  location: LngLat;
  /** Measured odometer, km, 1 decimal; at least the sum of all trips' mileage. */
  odometerKm: number;
  /** Equals the newest battery report. */
  batteryVolts: number;
  ignitionOn: boolean;
  /** VIN read from the car. */
  vin: string;
  speedKmh: number | null;
  engineRpm: number | null;
  coolantCelsius: number | null;
  faultCodes: string[];
}

export interface BatteryReport {
  /** unix s */
  readonly time: number;
  /** Volts, 1 decimal. */
  readonly volts: number;
}

/** The last health check (1018): OBD live data in real units, 2 decimals. */
export interface HealthCheck {
  readonly diagnoseTime: number;
  readonly airFlowGramsPerSecond: number;
  readonly intakePressureKpa: number;
  readonly intakeAirCelsius: number;
  readonly coolantCelsius: number;
  readonly fuelPressureKpa: number;
  readonly throttlePercent: number;
  readonly egrPercent: number;
  readonly ignitionAdvanceDegrees: number;
  readonly evaporativePressureKpa: number;
  readonly evaporativePurgePercent: number;
  readonly vacuumPressureKpa: number;
  /** Bank 1 sensor 1, bank 1 sensor 2, bank 2 sensor 1, bank 2 sensor 2; bank 2 only on V engines. */
  readonly catalystCelsius: readonly [number, number, number | null, number | null];
  readonly engineRpm: number;
  readonly engineLoadPercent: number;
  readonly faultCodes: readonly string[];
}

/** One tyre sensor (1019). status -1 = device fault; otherwise bits: 1 low pressure, 2 high pressure,
 * 4 high temperature, 8 suspected leak, 16 low sensor battery, 32 no signal. */
export interface TireReading {
  readonly status: number;
  readonly pressureKpa: number | null;
  readonly temperatureCelsius: number | null;
  /** unix s; 0 = never reported. */
  readonly updatedAt: number;
}

export interface Tires {
  readonly rearLeft: TireReading;
  readonly frontLeft: TireReading;
  readonly frontRight: TireReading;
  readonly rearRight: TireReading;
}

export const TIRE_POSITIONS = ['rearLeft', 'frontLeft', 'frontRight', 'rearRight'] as const;

export type TirePattern = 'normal' | 'deviceFault' | 'noSignal' | 'lowPressure' | 'overheated' | 'leak' | 'lowSensorBattery';

const INSURERS = ['人保车险', '平安车险', '太平洋车险'];
export const FAULT_CODES = ['P0003', 'P0010', 'P0101', 'P0128', 'P0171', 'P0300', 'P0420', 'P0442', 'P0505', 'U0100'];

export function generateProfile(
  random: Random,
  model: CatalogModel,
  identity: { plateNumber: string; vin: string; odometerKm: number },
  nowSeconds: number,
): VehicleProfile {
  const insuranceDate = nowSeconds - random.int(10, 350) * SECONDS_PER_DAY;
  const premium = (model.litresPer100Km ?? 0) >= 8.5;
  return {
    modelId: model.id,
    mileageKm: Math.floor(identity.odometerKm / 100) * 100,
    maintenanceIntervalKm: random.pick([5000, 7500, 10000]),
    fuelGrade: premium ? random.weighted([['95', 6], ['97', 1]]) : random.weighted([['92', 8], ['95', 3], ['93', 1], ['90', 1]]),
    plateNumber: identity.plateNumber,
    vin: identity.vin,
    engineNumber: `${random.chars('ABCDEFGHJKLMNPRSTVWXYZ', 3)}${random.digits(6)}`,
    plateType: '02',
    insurer: random.pick(INSURERS),
    insuranceDate: formatChinaDate(insuranceDate),
    taxPaidDate: formatChinaDate(insuranceDate),
    annualTicketDate: formatChinaDate(nowSeconds - random.int(5, 360) * SECONDS_PER_DAY),
    inspectionDueDate: formatChinaDate(nowSeconds + random.int(10, 360) * SECONDS_PER_DAY),
  };
}

/**
 * The 7 latest battery reports, newest first: about every 2 h while parked (resting voltage),
 * every ~10 min while driving (charging voltage).
 */
export function batteryHistory(random: Random, newest: number, restingVolts: number, driving: boolean): BatteryReport[] {
  const reports: BatteryReport[] = [];
  let time = newest;
  for (let i = 0; i < 7; i++) {
    const charging = driving && i < 3;
    const volts = charging ? random.float(13.6, 14.3) : restingVolts + random.float(-0.2, 0.2) + i * 0.02;
    reports.push({ time, volts: round(volts, 1) });
    time -= charging ? random.int(540, 660) : random.int(6600, 7800);
  }
  return reports;
}

export function generateHealthCheck(random: Random, diagnoseTime: number, faultCodes: readonly string[], vEngine: boolean): HealthCheck {
  const value = (min: number, max: number): number => round(random.float(min, max), 2);
  return {
    diagnoseTime,
    airFlowGramsPerSecond: value(2.4, 4.8),
    intakePressureKpa: value(28, 42),
    intakeAirCelsius: value(30, 57),
    coolantCelsius: value(85, 95),
    fuelPressureKpa: random.chance(0.3) ? 0 : value(340, 400),
    throttlePercent: value(1, 4),
    egrPercent: value(0, 5),
    ignitionAdvanceDegrees: value(4, 16),
    evaporativePressureKpa: value(-0.5, 0.5),
    evaporativePurgePercent: value(0, 30),
    vacuumPressureKpa: value(60, 75),
    catalystCelsius: [value(380, 650), value(300, 520), vEngine ? value(380, 650) : null, vEngine ? value(300, 520) : null],
    engineRpm: random.int(720, 880),
    engineLoadPercent: value(18, 32),
    faultCodes: [...faultCodes],
  };
}

/** Four tyre readings; a non-normal pattern affects one tyre. */
export function generateTires(random: Random, pattern: TirePattern, updatedAt: number, driving: boolean): Tires {
  const normal = (): TireReading => ({
    status: 0,
    pressureKpa: random.int(215, 245),
    temperatureCelsius: driving ? random.int(35, 48) : random.int(24, 36),
    updatedAt: updatedAt - random.int(0, 60),
  });
  const readings = [normal(), normal(), normal(), normal()];
  const affected = random.int(0, 3);
  const base = readings[affected] ?? normal();
  const special: Record<TirePattern, TireReading> = {
    normal: base,
    deviceFault: { status: -1, pressureKpa: null, temperatureCelsius: null, updatedAt: 0 },
    noSignal: { status: 32, pressureKpa: null, temperatureCelsius: null, updatedAt: updatedAt - random.int(3, 20) * SECONDS_PER_DAY },
    lowPressure: { ...base, status: 1, pressureKpa: random.int(150, 172) },
    overheated: { ...base, status: 6, pressureKpa: random.int(290, 310), temperatureCelsius: random.int(75, 86) },
    leak: { ...base, status: 9, pressureKpa: random.int(118, 160) },
    lowSensorBattery: { ...base, status: 16 },
  };
  readings[affected] = special[pattern];
  const [rearLeft, frontLeft, frontRight, rearRight] = readings as [TireReading, TireReading, TireReading, TireReading];
  return { rearLeft, frontLeft, frontRight, rearRight };
}

/** A Guangzhou plate, e.g. 粤A12345, 粤AK3821, 粤AD59M7. */
export function generatePlate(random: Random): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  return random.weighted<() => string>([
    [() => `粤A${random.digits(5)}`, 5],
    [() => `粤A${random.chars(letters, 1)}${random.digits(4)}`, 3],
    [() => `粤A${random.chars(letters, 1)}${random.digits(2)}${random.chars(letters, 1)}${random.digits(1)}`, 2],
  ])();
}

const WMI_BY_BRAND: Readonly<Record<number, string>> = { 1: 'LFV', 2: 'LVG', 3: 'LHG', 4: 'LGB', 5: 'LSG', 6: 'LBV', 7: 'LE4', 8: 'LGX', 9: 'L6T', 12: 'LBE', 13: 'LFV', 15: 'LVS', 16: 'LSG', 17: 'LVR', 18: 'LJD' };
const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_VALUES: Readonly<Record<string, number>> = Object.fromEntries(
  [...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((letter, index) => [letter, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][index] ?? 0]),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY';

/** A 17-character VIN with a valid check digit (position 9) and the model year code (position 10). */
export function generateVin(random: Random, model: CatalogModel): string {
  const wmi = WMI_BY_BRAND[model.brandId] ?? `L${random.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}`;
  const yearCode = VIN_YEAR_CODES.charAt((model.year - 2010) % VIN_YEAR_CODES.length);
  const draft = `${wmi}${random.chars(VIN_ALPHABET, 5)}0${yearCode}${random.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${random.digits(6)}`;
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
}

export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const char = vin.charAt(i);
    const value = /\d/.test(char) ? Number(char) : (VIN_VALUES[char] ?? 0);
    sum += value * (VIN_WEIGHTS[i] ?? 0);
  }
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}
