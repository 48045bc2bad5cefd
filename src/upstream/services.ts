import { z } from 'zod';
import { MOBILE_PATTERN, MOBILE_RULE_TEXT } from '../domain/esn.ts';
import {
  checkedAlone,
  dateText,
  eachRecord,
  eachRequiredRecord,
  esn,
  fuelGrade,
  optional,
  recordId,
  unixSeconds,
  wireCoordinate,
  wireInt,
  wireLongId,
  wireNumber,
  wireText,
} from './wire.ts';

/*
 * The iauto360 contract in one table (docs/upstream.md §5–§6): for every service,
 * the zod schema of the request `data` we send, the schema of the response `data` we accept,
 * and whether it is a read (idempotent, retried on transport faults, cacheable) or a write
 * (never retried); `paged` services carry page and totalCount, `longIds` services carry ids
 * beyond 2^53; an `immutable` read never changes (a finished trip's track and evaluation), so
 * its answer is shared across requests until a write that `invalidates` it with the same data.
 * Wire names are kept exactly, misspellings included; decoding into units and clear names
 * happens in src/domain/.
 */

const byEsn = z.object({ esn }).strict();
const byTrip = z.object({ esn, recordId }).strict();
const timeRange = z
  .object({ esn, timeFrom: unixSeconds, timeTo: unixSeconds, page: z.number().int().min(1).optional() })
  .strict()
  .refine((range) => range.timeFrom <= range.timeTo, { message: 'timeFrom must not be after timeTo', path: ['timeFrom'] });
const noData = z.object({});
/** An optional reading (1001, 1011, 1016, 1018, 1021, 3001–3004) checked on its own (see BadPart): missing or null reads as undefined. */
function checkedReading<T extends z.ZodType>(field: string, schema: T) {
  return checkedAlone(field, optional(schema)).optional();
}

const idName = { id: wireInt, name: z.string() };

const userIdentity = {
  mobileNo: z.string().regex(MOBILE_PATTERN, MOBILE_RULE_TEXT).optional(),
  cid: z.string().min(1).optional(),
};
const hasUserIdentity = (data: { mobileNo?: string; cid?: string }) => data.mobileNo !== undefined || data.cid !== undefined;

const tireText = z.string().regex(/^[^|]*\|[^|]*\|[^|]*\|[^|]*$/, 'a tire status is four |-separated parts');

/** 3001–3004: each figure checked on its own (a garbled one fails alone); every one optional upstream. */
const drivingStatistics = {
  accelerateTimes: checkedReading('accelerateTimes', wireInt),
  avgOilConsume: checkedReading('avgOilConsume', wireInt),
  avgSpeed: checkedReading('avgSpeed', wireNumber),
  breakTimes: checkedReading('breakTimes', wireInt),
  goodWaterPercent: checkedReading('goodWaterPercent', wireNumber),
  idlePercent: checkedReading('idlePercent', wireNumber),
  idleTime: checkedReading('idleTime', wireNumber),
};
const fuelStatistics = z.object({
  ...drivingStatistics,
  cost: checkedReading('cost', wireNumber),
  mileage: checkedReading('mileage', wireNumber),
  primeCost: checkedReading('primeCost', wireInt),
  startTime: checkedReading('startTime', wireInt),
  endTime: checkedReading('endTime', wireInt),
  updateTime: checkedReading('updateTime', wireInt),
});

const paged = <T extends z.ZodType>(record: T) =>
  z.object({
    records: eachRecord(record),
    totalCount: wireInt,
    page: optional(wireInt),
  });

export const serviceTable = {
  4001: {
    title: 'Brand list',
    kind: 'read',
    request: noData.strict(),
    response: z.object({
      records: eachRecord(z.object({ ...idName, logo: optional(z.string()) })),
      logoRoot: optional(z.string()),
    }),
  },
  4002: {
    title: 'Model tree of a brand',
    kind: 'read',
    request: z.object({ brandId: z.number().int().positive() }).strict(),
    // Sub-brands → series → models, each record checked on its own (see BadPart).
    response: z.object({
      records: eachRecord(
        z.object({
          ...idName,
          records: eachRequiredRecord(z.object({ ...idName, records: eachRequiredRecord(z.object({ ...idName, year: optional(wireInt) })) })),
        }),
      ),
    }),
  },
  1001: {
    title: 'Terminal status',
    kind: 'read',
    request: byEsn,
    // Each field checked on its own; the bind status is required (a missing one is its error).
    response: z.object({
      bindStatus: checkedAlone('bindStatus', wireInt),
      mobile: checkedReading('mobile', wireText),
      plateNo: checkedReading('plateNo', z.string()),
      inserted: checkedReading('inserted', wireInt),
      activeTime: checkedReading('activeTime', wireInt),
    }),
  },
  1002: {
    title: 'Bind terminal',
    kind: 'write',
    request: z
      .object({ esn: esn.optional(), activeCode: z.string().min(1).optional(), ...userIdentity })
      .strict()
      .refine((data) => data.esn !== undefined || data.activeCode !== undefined, {
        message: 'one of esn or activeCode is required',
        path: ['esn'],
      })
      .refine(hasUserIdentity, { message: 'one of mobileNo or cid is required', path: ['mobileNo'] }),
    response: z.object({ esn: optional(wireText) }),
  },
  1003: {
    title: 'Unbind terminal',
    kind: 'write',
    request: z
      .object({ esn, ...userIdentity })
      .strict()
      .refine(hasUserIdentity, { message: 'one of mobileNo or cid is required', path: ['mobileNo'] }),
    response: noData,
  },
  1011: {
    title: 'Latest vehicle condition',
    kind: 'read',
    request: byEsn,
    // Each reading checked on its own (see BadPart): a garbled voltage fails only the voltage.
    response: z.object({
      faultCode: checkedReading('faultCode', z.array(z.string())),
      location: checkedReading('location', wireCoordinate),
      mileage: checkedReading('mileage', wireNumber),
      voltage: checkedReading('voltage', wireNumber),
      driveStatus: checkedReading('driveStatus', wireInt),
      vin: checkedReading('vin', z.string()),
      speed: checkedReading('speed', wireNumber),
      enginRate: checkedReading('enginRate', wireNumber),
      coldTemplate: checkedReading('coldTemplate', wireNumber),
    }),
  },
  1012: {
    title: 'Trip records, 10 per page',
    kind: 'read',
    paged: true,
    longIds: true,
    request: timeRange,
    response: paged(
      z.object({
        id: wireLongId,
        startTime: wireInt,
        endTime: wireInt,
        mileage: wireNumber,
        avgOil: wireNumber,
        totalOil: wireNumber,
        rapidAccelerate: optional(wireInt),
        rapidBreak: optional(wireInt),
        hotTime: wireInt,
        idleTime: wireInt,
        maxSpeed: wireNumber,
      }),
    ),
  },
  1013: {
    title: 'Track of one trip',
    kind: 'read',
    immutable: true,
    request: byTrip,
    response: z.object({ coords: optional(z.array(wireCoordinate)).transform((c) => c ?? []) }),
  },
  1014: {
    title: 'Reminder events (paused upstream)',
    kind: 'read',
    paged: true,
    longIds: true,
    request: timeRange,
    response: paged(
      z.object({
        id: wireLongId,
        esn: wireText,
        type: z.string(),
        time: wireInt,
        location: optional(wireCoordinate),
        text: optional(z.string()),
      }),
    ),
  },
  1015: {
    title: 'Delete a trip record',
    kind: 'write',
    invalidates: [1013, 1016],
    request: byTrip,
    response: noData,
  },
  1016: {
    title: 'Evaluation of one trip',
    kind: 'read',
    immutable: true,
    request: byTrip,
    // Each figure checked on its own; the verdict (totalDes) with the answer, as `verdict` is never null.
    response: z.object({
      totalMileage: checkedReading('totalMileage', wireInt),
      avgSpeed: checkedReading('avgSpeed', wireInt),
      fastestSpeed: checkedReading('fastestSpeed', wireNumber),
      breakTimes: checkedReading('breakTimes', wireInt),
      accelerateTimes: checkedReading('accelerateTimes', wireInt),
      fatigueDrivingTimes: checkedReading('fatigueDrivingTimes', wireInt),
      speedingSpeeds: checkedReading('speedingSpeeds', wireNumber),
      hotTime: checkedReading('hotTime', wireInt),
      totalExp: checkedReading('totalExp', wireInt),
      startTime: checkedAlone('startTime', wireInt),
      endTime: checkedAlone('endTime', wireInt),
      drivingTime: checkedReading('drivingTime', wireInt),
      isLongDrving: checkedReading('isLongDrving', wireInt),
      totalDes: optional(z.string()),
      oilType: checkedReading('oilType', wireText),
      oilCost: checkedReading('oilCost', wireInt),
      carbonEmissions: checkedReading('carbonEmissions', wireInt),
    }),
  },
  1017: {
    title: 'Battery voltage history, 7 latest, newest first',
    kind: 'read',
    request: byEsn,
    response: z.object({
      records: eachRecord(z.object({ val: wireInt, time: wireInt })),
    }),
  },
  1018: {
    title: 'Latest health check',
    kind: 'read',
    request: byEsn,
    // Each reading checked on its own, as 1011's are.
    response: z.object({
      airFlow: checkedReading('airFlow', wireInt),
      airlPress: checkedReading('airlPress', wireInt),
      airTemplate: checkedReading('airTemplate', wireInt),
      coldTemplate: checkedReading('coldTemplate', wireInt),
      oilPress: checkedReading('oilPress', wireInt),
      doorTemplate: checkedReading('doorTemplate', wireInt),
      egr: checkedReading('egr', wireInt),
      fireTemplate: checkedReading('fireTemplate', wireInt),
      steamPress: checkedReading('steamPress', wireInt),
      streamWash: checkedReading('streamWash', wireInt),
      vacuumPress: checkedReading('vacuumPress', wireInt),
      catalyzatorTemplate: checkedReading('catalyzatorTemplate', wireInt),
      catalyzator2Template: checkedReading('catalyzator2Template', wireInt),
      catalyzator3Template: checkedReading('catalyzator3Template', wireInt),
      catalyzator4Template: checkedReading('catalyzator4Template', wireInt),
      enginRate: checkedReading('enginRate', wireInt),
      enginLoad: checkedReading('enginLoad', wireInt),
      diagnoseTime: checkedReading('diagnoseTime', wireInt),
      faultCodes: checkedReading('faultCodes', z.array(z.string())),
    }),
  },
  1019: {
    title: 'Tyre pressure',
    kind: 'read',
    request: byEsn,
    // Each tyre on its own: one sensor's text that breaks the contract fails only that tyre.
    response: z.object({
      rearLeft: checkedAlone('rearLeft', tireText),
      frontLeft: checkedAlone('frontLeft', tireText),
      frontRight: checkedAlone('frontRight', tireText),
      rearRight: checkedAlone('rearRight', tireText),
    }),
  },
  1021: {
    title: 'Vehicle profile',
    kind: 'read',
    request: byEsn,
    response: z.object({
      modelId: checkedReading('modelId', wireInt),
      mileage: checkedReading('mileage', wireNumber),
      intervalMileage: checkedReading('intervalMileage', wireText),
      oilType: checkedReading('oilType', wireText),
      plateNo: checkedReading('plateNo', z.string()),
      vin: checkedReading('vin', z.string()),
      engineNo: checkedReading('engineNo', wireText),
      plateType: checkedReading('plateType', wireText),
      insurer: checkedReading('insurer', z.string()),
      insuranceDate: checkedReading('insuranceDate', z.string()),
      taxFeeDate: checkedReading('taxFeeDate', z.string()),
      yearTicketDate: checkedReading('yearTicketDate', z.string()),
      carReviewDate: checkedReading('carReviewDate', z.string()),
    }),
  },
  1022: {
    title: 'Set vehicle profile (partial)',
    kind: 'write',
    request: z
      .object({
        esn,
        maintainMileage: z.string().regex(/^\d+$/, 'expected whole kilometres').optional(),
        modelId: z.number().int().positive().optional(),
        mileage: z.number().int().nonnegative().optional(),
        oilType: fuelGrade.optional(),
        plateNo: z.string().min(1).max(16).optional(),
        vin: z.string().regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'a VIN is 17 letters and digits (no I, O or Q)').optional(),
        engineNo: z.string().min(1).max(32).optional(),
        plateType: z.string().regex(/^\d{2}$/, 'a plate type is a two-digit code').optional(),
        insurer: z.string().min(1).max(64).optional(),
        insuranceDate: dateText.optional(),
        taxFeeDate: dateText.optional(),
        yearTicketDate: dateText.optional(),
        carReviewDate: dateText.optional(),
      })
      .strict(),
    response: noData,
  },
  5001: {
    title: 'Remote door lock/unlock',
    kind: 'write',
    request: z.object({ esn, opCode: z.enum(['UNLOCK_DOOR', 'LOCK_DOOR']) }).strict(),
    response: z.object({ status: wireInt }),
  },
  3001: {
    title: "Fuel and driving statistics of the vehicle's model",
    kind: 'read',
    request: byEsn,
    response: z.object(drivingStatistics),
  },
  3002: { title: 'Fuel and driving statistics, overall', kind: 'read', request: byEsn, response: fuelStatistics },
  3003: { title: 'Fuel and driving statistics, last 7 days', kind: 'read', request: byEsn, response: fuelStatistics },
  3004: { title: 'Fuel and driving statistics, last day', kind: 'read', request: byEsn, response: fuelStatistics },
} as const;

export type ServiceTable = typeof serviceTable;
export type ServiceNumber = keyof ServiceTable;
export type ServiceKind = 'read' | 'write';
/** What a caller passes as the request `data` of a service. */
export type ServiceRequest<S extends ServiceNumber> = z.input<ServiceTable[S]['request']>;
/** The validated response `data` of a service (paging fields included for paged services). */
export type ServiceResponse<S extends ServiceNumber> = z.output<ServiceTable[S]['response']>;

export const serviceNumbers = Object.keys(serviceTable).map(Number) as ServiceNumber[];

export function isServiceNumber(value: number): value is ServiceNumber {
  return Object.hasOwn(serviceTable, value);
}

export function serviceKind(service: ServiceNumber): ServiceKind {
  return serviceTable[service].kind;
}

export function isPaged(service: ServiceNumber): boolean {
  return 'paged' in serviceTable[service];
}

/** Whether the answer for given data never changes, so it may be shared across requests. */
export function isImmutable(service: ServiceNumber): boolean {
  return 'immutable' in serviceTable[service];
}

/** The immutable reads a successful write makes stale, for the same request data. */
export function invalidatedBy(service: ServiceNumber): readonly ServiceNumber[] {
  const definition = serviceTable[service];
  return 'invalidates' in definition ? definition.invalidates : [];
}

/** Whether answers may hold integer ids beyond 2^53, which must be parsed losslessly (docs/upstream.md ambiguity 5). */
export function hasLongIds(service: ServiceNumber): boolean {
  return 'longIds' in serviceTable[service];
}
