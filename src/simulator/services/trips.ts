import { fail } from '../errors.ts';
import { ExactInteger } from '../json.ts';
import type { Terminal } from '../fleet.ts';
import { reminderText } from '../reminders.ts';
import type { Trip, TripEvaluation } from '../trips.ts';
import { boundTerminalOf, type ServiceContext, type ServiceHandler } from './types.ts';
import { toHundredths } from '../../domain/units.ts';

/** Fixed page size of 1012 and 1014. */
export const PAGE_SIZE = 10;

/**
 * 1012: trips whose ignition-on lies in [timeFrom, timeTo] (unix s, both inclusive), newest first,
 * 10 per page; totalCount counts the whole range; a page past the end has no records.
 */
export const tripRecords: ServiceHandler = (context) => {
  const terminal = boundTerminalOf(context);
  const { from, to, page } = rangeAndPage(context);
  const matching = context.world.tripsOf(terminal.esn).filter((trip) => trip.startTime >= from && trip.startTime <= to);
  return {
    data: { records: pageOf(matching, page).map(tripWire) },
    paging: { totalCount: matching.length, page },
  };
};

function tripWire(trip: Trip): Record<string, unknown> {
  return {
    id: new ExactInteger(trip.id),
    startTime: trip.startTime,
    endTime: trip.endTime,
    mileage: trip.mileageKm,
    avgOil: trip.averageFuelLitresPer100Km,
    totalOil: trip.fuelLitres,
    rapidAccelerate: trip.harshAccelerations,
    rapidBreak: trip.harshBrakings,
    hotTime: trip.warmUpSeconds,
    idleTime: trip.idleSeconds,
    maxSpeed: trip.maxSpeedKmh,
  };
}

/** 1013: the track of one trip, [lng, lat] pairs in chronological order. */
export const tripTrack: ServiceHandler = (context) => {
  const { terminal, tripId } = tripOf(context);
  return { data: { coords: context.world.trackOf(terminal.esn, tripId) ?? [] } };
};

/** 1015: deletes a trip; 1012, 1013 and 1016 no longer see it. */
export const deleteTrip: ServiceHandler = (context) => {
  const { terminal, tripId } = tripOf(context);
  context.world.deleteTrip(terminal, tripId);
  return { data: {} };
};

/** 1016: the trip's evaluation with the ×100 scalings of docs/upstream.md §5. */
export const tripEvaluation: ServiceHandler = (context) => {
  const { terminal, tripId } = tripOf(context);
  const evaluation = context.world.evaluationOf(terminal.esn, tripId);
  if (!evaluation) throw fail.unknownRecord(tripId);
  return { data: evaluationWire(evaluation), separateFields: EVALUATION_FIGURES };
};

/** The figures of 1016 the gateway checks one by one: the numbers (a "?" breaks them). */
const EVALUATION_FIGURES = [
  'totalMileage',
  'avgSpeed',
  'fastestSpeed',
  'breakTimes',
  'accelerateTimes',
  'fatigueDrivingTimes',
  'speedingSpeeds',
  'hotTime',
  'totalExp',
  'startTime',
  'endTime',
  'drivingTime',
  'isLongDrving',
  'oilCost',
  'carbonEmissions',
];

function evaluationWire(evaluation: TripEvaluation): Record<string, unknown> {
  return {
    totalMileage: toHundredths(evaluation.mileageKm),
    avgSpeed: toHundredths(evaluation.averageSpeedKmh),
    fastestSpeed: evaluation.fastestSpeedKmh,
    breakTimes: evaluation.harshBrakings,
    accelerateTimes: evaluation.harshAccelerations,
    fatigueDrivingTimes: evaluation.fatigueDrivingSeconds,
    speedingSpeeds: evaluation.speedingSpeedKmh,
    hotTime: evaluation.warmUpSeconds,
    totalExp: evaluation.experiencePoints,
    startTime: evaluation.startTime,
    endTime: evaluation.endTime,
    drivingTime: evaluation.drivingSeconds,
    isLongDrving: evaluation.longDrive ? 1 : 0,
    totalDes: evaluation.verdict,
    oilType: evaluation.fuelGrade,
    oilCost: toHundredths(evaluation.fuelCostYuan),
    carbonEmissions: toHundredths(evaluation.carbonEmissionsKg),
  };
}

/** 1014: paused upstream; with the remindersEnabled quirk, reminders by time range, id ascending. */
export const reminders: ServiceHandler = (context) => {
  if (!context.quirks.remindersEnabled) throw fail.servicePaused();
  const terminal = boundTerminalOf(context);
  const { from, to, page } = rangeAndPage(context);
  const matching = terminal.vehicle.reminders.filter((reminder) => reminder.time >= from && reminder.time <= to);
  return {
    data: {
      records: pageOf(matching, page).map((reminder) => ({
        id: reminder.id,
        esn: terminal.esn,
        type: reminder.type,
        time: reminder.time,
        location: [...reminder.location],
        text: reminderText(reminder, terminal.vehicle.profile.plateNumber ?? terminal.esn),
      })),
    },
    paging: { totalCount: matching.length, page },
  };
};

function rangeAndPage({ fields }: ServiceContext): { from: number; to: number; page: number } {
  const from = fields.requiredInteger('timeFrom', { min: 0 });
  const to = fields.requiredInteger('timeTo', { min: 0 });
  const page = fields.optionalInteger('page', { min: 1, max: 2 ** 31 - 1 }) ?? 1;
  return { from, to, page };
}

function pageOf<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

function tripOf(context: ServiceContext): { terminal: Terminal; tripId: string } {
  const terminal = boundTerminalOf(context);
  const tripId = context.fields.requiredId('recordId');
  if (!context.world.trip(terminal.esn, tripId)) throw fail.unknownRecord(tripId);
  return { terminal, tripId };
}
