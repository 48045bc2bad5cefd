import { z } from 'zod';
import type { Context } from '../context.ts';
import { type GeoDatum as GeoDatumValue, type TripTrack as TripTrackValue, trackGeoJson, trackLengthKm } from '../domain/track.ts';
import { type TripCursor, loadWindow, openTripCursor, sealTripCursor, sealedCursorOffset } from '../domain/trip-paging.ts';
import { type Trip as TripValue, type TripEvaluation as TripEvaluationValue, decodeTrip, decodeTripEvaluation, decodeTripRecord } from '../domain/trips.ts';
import { toUnixSeconds } from '../domain/time.ts';
import { badUserInput, readingOrThrow as reading } from '../errors.ts';
import { BadPart } from '../upstream/wire.ts';
import { builder } from './builder.ts';
import { eachCheckedAlone } from './descriptions.ts';
import { FuelGrade } from './enums.ts';
import { Coordinate } from './geo.ts';
import { defineNode } from './node.ts';
import { Vehicle, resolveTerminal } from './terminal.ts';
import { TRIP_ID_FORMAT, dateTimeRule, esnArgumentDescription, esnRule, maxRangeDays, pageSizeRule, tripIdRule } from './validation.ts';

const DAY_MS = 86_400_000;
const DEFAULT_RANGE_DAYS = 90;
const DEFAULT_PAGE_SIZE = 10;

const tripCursorRule = z.string().refine((cursor) => sealedCursorOffset(cursor) !== null, 'not a cursor from this trip list');

export const GeoDatum = builder.enumType('GeoDatum', {
  description: 'The geodetic datum coordinates are expressed in.',
  values: {
    WGS84: { value: 'WGS84', description: 'WGS-84, the datum of GPS, GeoJSON (RFC 7946) and maps outside China.' },
    GCJ02: { value: 'GCJ02', description: 'GCJ-02, the datum iauto360 reports and Chinese maps (AMap, Tencent) expect.' },
  } as const satisfies Record<GeoDatumValue, { value: GeoDatumValue; description: string }>,
});

export const TripVerdict = builder.enumType('TripVerdict', {
  description: "The overall verdict of iauto360's trip evaluation.",
  values: {
    EXCELLENT: { value: 'EXCELLENT', description: 'Excellent driving (极佳).' },
    GOOD: { value: 'GOOD', description: 'Good driving (良好).' },
    AVERAGE: { value: 'AVERAGE', description: 'Average driving (一般).' },
    POOR: { value: 'POOR', description: 'Poor driving (较差).' },
    BAD: { value: 'BAD', description: 'Bad driving (糟糕).' },
    UNKNOWN: { value: 'UNKNOWN', description: 'A verdict this API does not know; see `verdictText`.' },
  } as const,
});

export const TripTrack = builder.objectRef<TripTrackValue>('TripTrack').implement({
  description: 'The recorded path of one trip.',
  fields: (t) => ({
    points: t.field({
      type: [Coordinate],
      nullable: false,
      description: 'Track points in chronological order.',
      resolve: (track) => [...track.points],
    }),
    pointCount: t.int({ nullable: false, description: 'Number of track points.', resolve: (track) => track.points.length }),
    lengthKm: t.float({
      nullable: false,
      description: 'Length along the track in kilometres (great-circle distance between consecutive points).',
      resolve: (track) => trackLengthKm(track),
    }),
    geoJson: t.field({
      type: 'JSON',
      nullable: false,
      description:
        'The track as a GeoJSON Feature with a LineString geometry (null geometry when the track has fewer than two points). `properties` carry tripId, datum, pointCount and lengthKm.',
      args: {
        datum: t.arg({
          type: GeoDatum,
          required: true,
          defaultValue: 'WGS84',
          description: 'Datum of the coordinates: WGS-84 as RFC 7946 requires (default), or GCJ-02 for Chinese map SDKs.',
        }),
      },
      resolve: (track, args) => trackGeoJson(track, args.datum),
    }),
  }),
});

export const TripEvaluation = builder.objectRef<TripEvaluationValue>('TripEvaluation').implement({
  description:
    `iauto360's evaluation of one trip's driving behaviour.${eachCheckedAlone('figure')}`,
  fields: (t) => ({
    distanceKm: t.float({ description: 'Distance driven, km.', resolve: (evaluation) => reading(evaluation.distanceKm) }),
    averageSpeedKmh: t.float({ description: 'Average speed, km/h.', resolve: (evaluation) => reading(evaluation.averageSpeedKmh) }),
    topSpeedKmh: t.float({ description: 'Top speed, km/h.', resolve: (evaluation) => reading(evaluation.topSpeedKmh) }),
    harshBrakings: t.int({ description: 'Number of harsh brakings.', resolve: (evaluation) => reading(evaluation.harshBrakings) }),
    harshAccelerations: t.int({ description: 'Number of harsh accelerations.', resolve: (evaluation) => reading(evaluation.harshAccelerations) }),
    fatigueDrivingSeconds: t.int({
      description: 'Time spent driving while fatigued, seconds.',
      resolve: (evaluation) => reading(evaluation.fatigueDrivingSeconds),
    }),
    speedingSpeedKmh: t.float({
      description: 'Speed reached while speeding, km/h (iauto360 does not define it further); null when the trip had no speeding.',
      resolve: (evaluation) => reading(evaluation.speedingSpeedKmh),
    }),
    warmUpSeconds: t.int({
      description: 'Engine warm-up time before driving off, seconds.',
      resolve: (evaluation) => reading(evaluation.warmUpSeconds),
    }),
    experiencePoints: t.int({
      description: 'Experience points the trip earned in the iauto360 app; negative for poor driving.',
      resolve: (evaluation) => reading(evaluation.experiencePoints),
    }),
    startedAt: t.field({ type: 'DateTime', description: 'When the trip started.', resolve: (evaluation) => reading(evaluation.startedAt) }),
    endedAt: t.field({ type: 'DateTime', description: 'When the trip ended.', resolve: (evaluation) => reading(evaluation.endedAt) }),
    drivingSeconds: t.int({ description: 'Driving time, seconds.', resolve: (evaluation) => reading(evaluation.drivingSeconds) }),
    longDrive: t.boolean({
      description: 'True when iauto360 counts the trip as a long drive.',
      resolve: (evaluation) => reading(evaluation.longDrive),
    }),
    verdict: t.field({
      type: TripVerdict,
      nullable: false,
      description: 'Overall verdict on the driving.',
      resolve: (evaluation) => evaluation.verdict,
    }),
    verdictText: t.exposeString('verdictText', { description: 'The verdict as iauto360 words it, in Chinese (e.g. 较差).' }),
    fuelGrade: t.field({ type: FuelGrade, description: 'Fuel grade the cost is based on.', resolve: (evaluation) => reading(evaluation.fuelGrade) }),
    fuelCostYuan: t.float({ description: 'Fuel cost of the trip, yuan.', resolve: (evaluation) => reading(evaluation.fuelCostYuan) }),
    carbonEmissionsKg: t.float({ description: 'CO2 emitted, kg.', resolve: (evaluation) => reading(evaluation.carbonEmissionsKg) }),
  }),
});

export const Trip = builder.objectRef<TripValue>('Trip').implement({
  description: 'One trip, from ignition on to ignition off.',
  fields: (t) => ({
    tripId: t.exposeID('id', {
      nullable: false,
      description: "iauto360's record id of the trip, as exact decimal text (it may exceed 2^53); pass it to `deleteTrip`.",
    }),
    startedAt: t.field({ type: 'DateTime', description: 'Ignition on.', resolve: (trip) => trip.startedAt }),
    endedAt: t.field({ type: 'DateTime', description: 'Ignition off.', resolve: (trip) => trip.endedAt }),
    durationSeconds: t.exposeInt('durationSeconds', { description: 'Time from ignition on to ignition off, seconds.' }),
    distanceKm: t.exposeFloat('distanceKm', { nullable: false, description: 'Distance driven, km.' }),
    averageFuelConsumptionLitersPer100Km: t.exposeFloat('averageFuelConsumptionLitersPer100Km', {
      nullable: false,
      description: 'Average fuel consumption, litres per 100 km.',
    }),
    fuelUsedLiters: t.exposeFloat('fuelUsedLiters', { nullable: false, description: 'Fuel used, litres.' }),
    harshAccelerations: t.exposeInt('harshAccelerations', { description: 'Number of harsh accelerations.' }),
    harshBrakings: t.exposeInt('harshBrakings', { description: 'Number of harsh brakings.' }),
    warmUpSeconds: t.exposeInt('warmUpSeconds', { nullable: false, description: 'Engine warm-up time before driving off, seconds.' }),
    idleSeconds: t.exposeInt('idleSeconds', { nullable: false, description: 'Time spent idling, seconds.' }),
    topSpeedKmh: t.exposeFloat('maxSpeedKmh', { nullable: false, description: 'Top speed, km/h (as `TripEvaluation.topSpeedKmh` names it).' }),
    maxSpeedKmh: t.exposeFloat('maxSpeedKmh', {
      nullable: false,
      description: 'Top speed, km/h.',
      deprecationReason: 'Use `topSpeedKmh`, the name the trip evaluation uses for the same figure.',
    }),
    track: t.field({
      type: TripTrack,
      description: 'The path driven (one upstream call, made only when asked).',
      resolve: async (trip, _args, context) => {
        const { coords } = await context.upstream.read(1013, { esn: trip.esn, recordId: trip.id });
        return { tripId: trip.id, points: coords };
      },
    }),
    evaluation: t.field({
      type: TripEvaluation,
      description: "iauto360's evaluation of the driving (one upstream call, made only when asked).",
      resolve: async (trip, _args, context) =>
        decodeTripEvaluation(await context.upstream.read(1016, { esn: trip.esn, recordId: trip.id })),
    }),
  }),
});

defineNode(Trip, {
  description:
    'The opaque, stable global id of this trip: it carries the ESN, the record id and the start time, so `node(id:)` refetches the trip alone with one trip-list call.',
  key: (trip) => `${trip.esn}:${trip.id}:${trip.startedAt ? toUnixSeconds(trip.startedAt) : 0}`,
  load: async (key, argument, context) => {
    const [esn = '', recordId = '', start = ''] = key.split(':');
    if (!tripIdRule.safeParse(recordId).success || !/^\d{1,12}$/.test(start)) {
      throw badUserInput([{ message: 'not an id given by this API (take it from an `id` field)', path: [argument] }]);
    }
    const { esn: checkedEsn } = resolveTerminal(esn, argument, context);
    const startTime = Number(start);
    const page = await context.upstream.read(1012, { esn: checkedEsn, timeFrom: startTime, timeTo: startTime, page: 1 });
    let malformed: BadPart | undefined;
    for (const record of page.records) {
      if (record instanceof BadPart) malformed ??= record;
      else if (record.id === recordId) return decodeTrip(checkedEsn, record);
    }
    // Not found, but a record that breaks the contract may be this trip: its error, not "no such trip".
    if (malformed) throw malformed.error(1012);
    return null;
  },
});

interface TripConnectionValue {
  edges: Array<{ cursor: string; node: TripValue | null }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const TripConnection = builder.connectionObject<typeof Trip, TripConnectionValue, { list: false; items: false }, true>(
  {
    type: Trip,
    name: 'TripConnection',
    description: "A page of a vehicle's trips, in iauto360's order (see Vehicle.trips).",
    edgesNullable: { list: false, items: false },
    nodeNullable: true,
    edgesField: { description: 'The trips on this page, each with its cursor.' },
    fields: (t) => ({
      pageInfo: t.field({
        type: builder.pageInfoRef(),
        nullable: false,
        description: 'Where this page sits in the whole list: pass `endCursor` as `after` to get the next page.',
        resolve: (connection) => connection.pageInfo,
      }),
      totalCount: t.int({
        nullable: false,
        description: 'Number of trips in the whole time range, across all pages.',
        resolve: (connection) => connection.totalCount,
      }),
    }),
  },
  {
    name: 'TripEdge',
    description: 'One trip in a trip list.',
    nodeField: {
      description: 'The trip; null, with UPSTREAM_BAD_RESPONSE at this path, when iauto360 sent its record malformed (the other trips of the page stand, and the cursor still counts its place).',
    },
    fields: (t) => ({
      cursor: t.exposeString('cursor', { nullable: false, description: 'Opaque position of this trip in the list; pass it as `after`.' }),
    }),
  },
);

interface TripRange {
  timeFrom: number;
  timeTo: number;
}

/** The trip range in unix seconds, with the defaults applied: to = request time, from = to − 90 days. */
function tripRange(args: { from?: Date | null; to?: Date | null }, requestTime: Date): TripRange {
  const to = args.to ?? requestTime;
  const from = args.from ?? new Date(Math.max(0, to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS));
  if (from > to) throw badUserInput([{ message: `must not be after \`to\` (${to.toISOString()})`, path: ['from'] }]);
  if (to.getTime() - from.getTime() > maxRangeDays * DAY_MS) {
    throw badUserInput([{ message: `the range may span at most ${maxRangeDays} days`, path: ['from'] }]);
  }
  return { timeFrom: toUnixSeconds(from), timeTo: toUnixSeconds(to) };
}

/**
 * The `count` trips after `after` (from the first without it). A cursor names the trip it was
 * issued at: when iauto360 has recorded trips since, that trip has moved down the list (newest
 * first) and is found further on in the loaded page, so the page goes on after it, where it is now,
 * instead of repeating it. Only pages the window touches are fetched; the loader sends each once.
 */
async function tripPage(esn: string, range: TripRange, after: TripCursor | null, count: number, context: Context): Promise<TripConnectionValue> {
  const fetchPage = (page: number) => context.upstream.read(1012, { esn, ...range, page });
  let start = after ? after.offset + 1 : 0;
  let window = await loadWindow(start, count, fetchPage);
  const moved = after?.tripId ? window.items.findIndex((record) => !(record instanceof BadPart) && record.id === after.tripId) : -1;
  if (moved >= 0) {
    start += moved + 1;
    window = await loadWindow(start, count, fetchPage);
  }
  const edges = window.items.map((record, index) => new TripEdgeValue(decodeTripRecord(esn, record), start + index, esn, context.cursorKey));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + edges.length < window.totalCount,
      hasPreviousPage: start > 0,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount: window.totalCount,
  };
}

/**
 * One trip of a page. Its cursor is an HMAC, sealed only when a query selects it (most dashboards
 * never do). A malformed record's edge throws its error where its node is read: that node's error.
 */
class TripEdgeValue {
  #cursor: string | undefined;

  constructor(
    private readonly trip: TripValue | Error,
    private readonly offset: number,
    private readonly esn: string,
    private readonly key: Buffer,
  ) {}

  get node(): TripValue {
    if (this.trip instanceof Error) throw this.trip;
    return this.trip;
  }

  get cursor(): string {
    this.#cursor ??= sealTripCursor({ offset: this.offset, tripId: this.trip instanceof Error ? null : this.trip.id }, this.esn, this.key);
    return this.#cursor;
  }
}

builder.objectField(Vehicle, 'trips', (t) =>
  t.field({
    type: TripConnection,
    description: [
      'Trips whose ignition time falls in [from, to], paged forward with `first`/`after`, in the order iauto360 lists them: newest first from the sandbox; the service does not document its order, and the gateway keeps it as given (sorting would need every page).',
      'Null, with the coded error at this path, when the trip list cannot be fetched (or a bad range is given).',
      'Only the upstream pages (10 trips each) that the requested slice touches are fetched.',
      'A cursor names the trip it was issued at: when trips are recorded by iauto360 between two pages (at ignition off, listed first), the next page goes on after that trip where it now is, so none is seen twice (as long as fewer trips were recorded than the page asks for). A trip deleted between two pages still shifts the next page by one (one skipped); start again from the first page to see the list as it now is.',
      'Backward paging (`last`/`before`) is not offered; narrow `from`/`to` instead.',
    ].join(' '),
    args: {
      first: t.arg.int({
        defaultValue: DEFAULT_PAGE_SIZE,
        description: `How many trips to return, 0 to 100 (0 returns only totalCount); null means ${DEFAULT_PAGE_SIZE}.`,
        validate: pageSizeRule,
      }),
      after: t.arg.string({
        description: "Return trips after this cursor (an `endCursor` or edge `cursor` of this vehicle's trip list; any other text is refused).",
        validate: tripCursorRule,
      }),
      from: t.arg({
        type: 'DateTime',
        description: `Start of the range (inclusive), not before 1970 nor after \`to\`. Defaults to ${DEFAULT_RANGE_DAYS} days before \`to\`.`,
        validate: dateTimeRule,
      }),
      to: t.arg({
        type: 'DateTime',
        description: `End of the range (inclusive). Defaults to the time of the request. The range may span at most ${maxRangeDays} days.`,
        validate: dateTimeRule,
      }),
    },
    resolve: (vehicle, args, context) => {
      const range = tripRange(args, context.requestTime);
      let after: TripCursor | null = null;
      if (args.after) {
        after = openTripCursor(args.after, vehicle.esn, context.cursorKey);
        // A cursor this gateway did not issue for this vehicle (forged past the last page, say) costs no call.
        if (after === null) throw badUserInput([{ message: 'not a cursor from this trip list', path: ['after'] }]);
      }
      return tripPage(vehicle.esn, range, after, args.first ?? DEFAULT_PAGE_SIZE, context);
    },
  }),
);

const DeleteTripPayload = builder.objectRef<{ esn: string; tripId: string }>('DeleteTripPayload').implement({
  description: 'The result of deleting a trip.',
  fields: (t) => ({
    deletedTripId: t.exposeID('tripId', { nullable: false, description: 'The id of the trip that was deleted.' }),
    vehicle: t.field({
      type: Vehicle,
      nullable: false,
      description: 'The vehicle the trip belonged to, to refetch its trips (e.g. `trips { totalCount }`).',
      resolve: (payload) => ({ esn: payload.esn }),
    }),
  }),
});

builder.mutationField('deleteTrip', (t) =>
  t.field({
    type: DeleteTripPayload,
    description: 'Delete one trip record of a vehicle, with its track and evaluation. Irreversible; sent once, never retried.',
    args: {
      esn: t.arg.string({ required: true, description: esnArgumentDescription("The ESN of the vehicle's terminal"), validate: esnRule }),
      tripId: t.arg.id({ required: true, description: `The record id of the trip to delete (\`Trip.tripId\`, ${TRIP_ID_FORMAT}; not its global \`id\`).`, validate: tripIdRule }),
    },
    resolve: async (_root, args, context) => {
      const tripId = String(args.tripId);
      await context.upstream.write(1015, { esn: args.esn, recordId: tripId });
      return { esn: args.esn, tripId };
    },
  }),
);
