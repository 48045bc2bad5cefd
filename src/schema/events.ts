import { denialForAll } from '../auth/authorize.ts';
import { type Principal, type Scope, mayReach } from '../auth/principal.ts';
import { fromUnixSeconds } from '../domain/time.ts';
import { nonBlank } from '../domain/units.ts';
import { badUserInput } from '../errors.ts';
import { EVENT_TYPES, type EventDetails, type EventType, type StoredEvent, decodeEventDetails, eventTypeOf } from '../events/event.ts';
import { replayThenLive, stoppable } from '../events/live.ts';
import { resolveEvent } from '../context.ts';
import { isSealedFor, sealCursor, sealedPayload } from '../domain/sealed-cursor.ts';
import { builder } from './builder.ts';
import { DoorAction, TirePosition } from './enums.ts';
import { Coordinate } from './geo.ts';
import { Vehicle } from './terminal.ts';
import { ESN_FORMAT, MAX_ESNS, esnRule, pageSizeRule } from './validation.ts';
import { z } from 'zod';

const DEFAULT_PAGE_SIZE = 20;

const EVENT_TYPE_DESCRIPTIONS: Record<EventType, string> = {
  VIBRATION: 'Vibration while parked (震动). `level`: sensitivity 1 high, 2 medium, 3 low.',
  UNPLUGGED: 'The terminal was pulled out of the OBD port (拔出); repeats within 8 h are not pushed.',
  IGNITION_ON: 'Ignition on (点火).',
  IGNITION_OFF: 'Ignition off (熄火).',
  GEOFENCE_EXIT: 'Driven out of the geofence (越界); at most once per 10 minutes.',
  COLLISION: 'Suspected collision while driving (碰撞). `level`: sensitivity 1 high, 2 low.',
  TRAFFIC_VIOLATION: 'New traffic-violation records were found (违章).',
  FAULT: 'Fault codes appeared (故障).',
  LOW_BATTERY: 'Battery voltage under a warning threshold (电瓶电压). `level`: 1 first tier (low), 2 second tier (too low).',
  TIRE_PRESSURE: 'A tyre-pressure (TPMS) anomaly (胎压).',
  MAINTENANCE_DUE: 'Maintenance mileage nearly reached (保养); pushed after ignition off.',
  DOOR_UNLOCKED: 'The outcome of an unlock command (开锁): success or failure.',
  DOOR_LOCKED: 'The outcome of a lock command (关锁): success or failure.',
  DATA_QUOTA_EXCEEDED: "The terminal's mobile data exceeded its quota (流量超出); Wi-Fi will be switched off.",
  RESTRICTED_AREA_ENTRY: 'Driven into a no-entry area (禁入地界); at most once per 10 minutes.',
  LOCATION: 'The terminal reported its position (定位).',
  UNKNOWN: 'A type this gateway does not know; `wireType` holds the raw type.',
};

export const VehicleEventType = builder.enumType('VehicleEventType', {
  description: 'What a vehicle event reports.',
  values: Object.fromEntries(EVENT_TYPES.map((type) => [type, { value: type, description: EVENT_TYPE_DESCRIPTIONS[type] }])) as Record<
    EventType,
    { value: EventType; description: string }
  >,
});

const DoorEventOutcome = builder.enumType('DoorEventOutcome', {
  description: 'What the car reported for a lock or unlock, read from the event text.',
  values: {
    SUCCEEDED: { value: 'SUCCEEDED', description: 'The text says success (成功).' },
    FAILED: { value: 'FAILED', description: 'The text says failure (失败).' },
    UNKNOWN: { value: 'UNKNOWN', description: 'The text says neither (or both).' },
  } as const,
});

const TirePressureAnomaly = builder.enumType('TirePressureAnomaly', {
  description: 'The kind of tyre-pressure anomaly of a TIRE_PRESSURE event.',
  values: {
    POSSIBLE_LEAK: { value: 'POSSIBLE_LEAK', description: 'The tyre may be leaking (attrs type 1).' },
    ABNORMAL_PRESSURE: { value: 'ABNORMAL_PRESSURE', description: 'Abnormal pressure (attrs type 2).' },
    LOW_PRESSURE: { value: 'LOW_PRESSURE', description: 'Low pressure (attrs type 3).' },
    ABNORMAL_TEMPERATURE: { value: 'ABNORMAL_TEMPERATURE', description: 'Abnormal temperature (attrs type 4).' },
    LOW_SENSOR_BATTERY: { value: 'LOW_SENSOR_BATTERY', description: "The sensor's battery is low (attrs type 5)." },
  } as const,
});

type Details<F extends EventDetails['family']> = Extract<EventDetails, { family: F }>;
const levelOf = (event: StoredEvent) => (decodeEventDetails(event) as { level?: number | null }).level ?? null;
const details = <F extends EventDetails['family']>(event: StoredEvent) => decodeEventDetails(event) as Details<F>;

export const VehicleEvent = builder.interfaceRef<StoredEvent>('VehicleEvent').implement({
  description:
    'Something that happened to a vehicle, pushed by iauto360 to the gateway\'s webhook and kept in its event store. Select type-specific fields with fragments on the implementing types.',
  resolveType: (event) => TYPE_NAME[decodeEventDetails(event).family],
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: "iauto360's event id (unique, increasing)." }),
    type: t.field({ type: VehicleEventType, nullable: false, description: 'What the event reports.', resolve: (event) => eventTypeOf(event.wireType) }),
    wireType: t.exposeString('wireType', { nullable: false, description: 'The type as iauto360 sent it (Chinese), e.g. 点火; useful for UNKNOWN events.' }),
    esn: t.exposeString('esn', { nullable: false, description: 'The ESN of the terminal the event comes from.' }),
    vehicle: t.field({ type: Vehicle, nullable: false, description: 'The vehicle the event comes from (no upstream call).', resolve: (event) => ({ esn: event.esn }) }),
    occurredAt: t.field({ type: 'DateTime', nullable: false, description: 'When it happened, as the terminal reported it (whole seconds).', resolve: (event) => fromUnixSeconds(event.time)! }),
    receivedAt: t.field({ type: 'DateTime', nullable: false, description: 'When the gateway received and stored it.', resolve: (event) => new Date(event.receivedAt) }),
    location: t.field({ type: Coordinate, description: 'Where it happened (GCJ-02, with `wgs84`); null when not reported.', resolve: (event) => event.location }),
    text: t.exposeString('text', { description: 'The ready-to-display Chinese message iauto360 sent; null when none.' }),
    userId: t.string({
      description:
        "iauto360's id of the user (or the user's vehicle) the event concerns, as iauto360 sent it: opaque, and not documented to equal the `partnerUserId` given at binding. Null when not sent (or blank).",
      resolve: (event) => nonBlank(event.uid),
    }),
    attributes: t.field({
      type: 'JSON',
      description:
        "The event's extra attributes exactly as iauto360 sent them (`attrs`, e.g. {\"level\":1}), including those the typed fields do not decode (UNKNOWN events); null when none were sent.",
      resolve: (event) => event.attrs,
    }),
  }),
});

const eventObject = (name: string, description: string) => builder.objectRef<StoredEvent>(name).implement({ description, interfaces: [VehicleEvent] });

const VibrationEvent = eventObject('VibrationEvent', 'Vibration while the vehicle was parked (VIBRATION).');
const CollisionEvent = eventObject('CollisionEvent', 'A suspected collision while driving (COLLISION).');
const LowBatteryEvent = eventObject('LowBatteryEvent', 'Battery voltage under a warning threshold (LOW_BATTERY).');
const IgnitionEvent = eventObject('IgnitionEvent', 'Ignition switched on (IGNITION_ON) or off (IGNITION_OFF).');
const TirePressureEvent = eventObject('TirePressureEvent', 'A tyre-pressure anomaly (TIRE_PRESSURE).');
const DoorEvent = eventObject('DoorEvent', 'The outcome of a remote lock or unlock (DOOR_LOCKED, DOOR_UNLOCKED); settles the matching door command.');
const DataQuotaEvent = eventObject('DataQuotaEvent', "The terminal's mobile data exceeded its quota (DATA_QUOTA_EXCEEDED).");
const RestrictedAreaEvent = eventObject('RestrictedAreaEvent', 'The vehicle entered a no-entry area (RESTRICTED_AREA_ENTRY).');
eventObject(
  'GeneralVehicleEvent',
  'An event with no fields beyond the common ones: UNPLUGGED, GEOFENCE_EXIT, TRAFFIC_VIOLATION, FAULT, MAINTENANCE_DUE, LOCATION and UNKNOWN.',
);

const TYPE_NAME: Record<EventDetails['family'], string> = {
  VIBRATION: 'VibrationEvent',
  COLLISION: 'CollisionEvent',
  LOW_BATTERY: 'LowBatteryEvent',
  IGNITION: 'IgnitionEvent',
  TIRE_PRESSURE: 'TirePressureEvent',
  DOOR: 'DoorEvent',
  DATA_QUOTA: 'DataQuotaEvent',
  RESTRICTED_AREA: 'RestrictedAreaEvent',
  GENERAL: 'GeneralVehicleEvent',
};

builder.objectFields(VibrationEvent, (t) => ({
  level: t.int({ description: 'Sensitivity level: 1 high, 2 medium, 3 low (not an intensity); null when not sent.', resolve: levelOf }),
}));
builder.objectFields(CollisionEvent, (t) => ({
  level: t.int({ description: 'Sensitivity level: 1 high, 2 low (not an intensity); null when not sent.', resolve: levelOf }),
}));
builder.objectFields(LowBatteryEvent, (t) => ({
  level: t.int({ description: 'Warning tier: 1 low, 2 too low; null when not sent.', resolve: levelOf }),
}));
builder.objectFields(IgnitionEvent, (t) => ({
  ignitionOn: t.boolean({ nullable: false, description: 'True for ignition on, false for ignition off.', resolve: (event) => details<'IGNITION'>(event).ignitionOn }),
  anomalous: t.boolean({
    description: 'For ignition on: true when iauto360 flagged the start as anomalous (attrs status 2), false when not; null when not sent.',
    resolve: (event) => details<'IGNITION'>(event).anomaly,
  }),
}));
builder.objectFields(TirePressureEvent, (t) => ({
  anomaly: t.field({ type: TirePressureAnomaly, description: 'The kind of anomaly; null when not sent or unknown.', resolve: (event) => details<'TIRE_PRESSURE'>(event).anomaly }),
  tire: t.field({ type: TirePosition, description: 'Which tyre, read from the text; null when the text does not say.', resolve: (event) => details<'TIRE_PRESSURE'>(event).position }),
}));
builder.objectFields(DoorEvent, (t) => ({
  action: t.field({ type: DoorAction, nullable: false, description: 'The command whose outcome this is.', resolve: (event) => details<'DOOR'>(event).action }),
  outcome: t.field({ type: DoorEventOutcome, nullable: false, description: 'Success or failure, as the text says.', resolve: (event) => details<'DOOR'>(event).outcome }),
}));
builder.objectFields(DataQuotaEvent, (t) => ({
  usedMegabytes: t.float({ description: 'Mobile data used, MB; null when not sent.', resolve: (event) => details<'DATA_QUOTA'>(event).usedMegabytes }),
}));
builder.objectFields(RestrictedAreaEvent, (t) => ({
  reportedPosition: t.field({ type: Coordinate, description: 'The current position iauto360 sent with the event; null when not sent.', resolve: (event) => details<'RESTRICTED_AREA'>(event).position }),
}));

/** Events need the `read` scope and a terminal the principal may reach (refused as every upstream call is: authorize.ts). */
export function requireAccess(principal: Principal, scope: Scope, esns: Iterable<string>): void {
  const denied = denialForAll(principal, scope, esns);
  if (denied) throw denied;
}

const esnListRule = z.array(esnRule).min(1, 'ask for at least one ESN').max(MAX_ESNS, `ask for at most ${MAX_ESNS} ESNs at once`);

const NOT_A_CURSOR = "not a cursor of this vehicle's event list; pass an `endCursor` you received";
const cursorPosition = (cursor: string) => /^event:(\d{1,20}(?:-\d{1,20})?)$/.exec(sealedPayload(cursor) ?? '')?.[1] ?? null;
const cursorRule = z.string().refine((cursor) => cursorPosition(cursor) !== null, NOT_A_CURSOR);
const eventCursorScope = (esn: string, seq: string) => `event:${esn}:${seq}`;

interface EventConnectionValue {
  edges: Array<{ cursor: string; node: StoredEvent }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const VehicleEventConnection = builder.connectionObject<typeof VehicleEvent, EventConnectionValue, { list: false; items: false }, false>(
  {
    type: VehicleEvent,
    name: 'VehicleEventConnection',
    description: "A page of a vehicle's events, newest first.",
    edgesNullable: { list: false, items: false },
    nodeNullable: false,
    edgesField: { description: 'The events on this page, each with its cursor.' },
    fields: (t) => ({
      pageInfo: t.field({
        type: builder.pageInfoRef(),
        nullable: false,
        description: 'Where this page sits in the whole list: pass `endCursor` as `after` to get older events.',
        resolve: (connection) => connection.pageInfo,
      }),
    }),
  },
  {
    name: 'VehicleEventEdge',
    description: 'One event in an event list.',
    nodeField: { description: 'The event.' },
    fields: (t) => ({
      cursor: t.exposeString('cursor', { nullable: false, description: 'Opaque position of this event; pass it as `after`.' }),
    }),
  },
);

const typesArgDescription = 'Only events of these types; all types when empty or null.';

builder.objectField(Vehicle, 'events', (t) =>
  t.field({
    type: VehicleEventConnection,
    description:
      "The vehicle's events as the gateway received them through iauto360's push, newest first, from the gateway's event store (no upstream call). Kept for EVENTS_RETENTION_DAYS. Needs the `read` scope.",
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: `How many events to return, 0 to 100; null means ${DEFAULT_PAGE_SIZE}.`, validate: pageSizeRule }),
      after: t.arg.string({
        description: "Return events older than this cursor (an `endCursor` or edge `cursor` of this vehicle's event list; any other text is refused).",
        validate: cursorRule,
      }),
      types: t.arg({ type: [VehicleEventType], required: false, description: typesArgDescription }),
      since: t.arg({ type: 'DateTime', description: 'Only events received at or after this time.' }),
    },
    resolve: async (vehicle, args, context) => {
      requireAccess(context.principal, 'read', [vehicle.esn]);
      const limit = args.first ?? DEFAULT_PAGE_SIZE;
      let beforeSeq: string | undefined;
      if (args.after) {
        const seq = cursorPosition(args.after);
        // Sealed for one vehicle: another vehicle's cursor (or a forged position) is refused, never read as a position in this list.
        if (seq === null || !isSealedFor(args.after, eventCursorScope(vehicle.esn, seq), context.cursorKey)) {
          throw badUserInput([{ message: NOT_A_CURSOR, path: ['after'] }]);
        }
        beforeSeq = seq;
      }
      const events = await context.events.readBackward({
        esn: vehicle.esn,
        types: args.types ? new Set(args.types) : undefined,
        beforeSeq,
        receivedFrom: args.since?.getTime(),
        limit: limit + 1,
      });
      const edges = events.slice(0, limit).map((event) => ({
        cursor: sealCursor(`event:${event.seq}`, eventCursorScope(vehicle.esn, event.seq), context.cursorKey),
        node: event,
      }));
      return {
        edges,
        pageInfo: {
          hasNextPage: events.length > limit,
          hasPreviousPage: args.after != null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
);

const sinceRule = z.union([z.string().regex(/^\d{1,20}$/), z.iso.datetime({ offset: true })], {
  error: 'expected an event id (digits) or a date-time such as 2024-03-01T08:00:00Z',
});

builder.subscriptionType({ description: 'Live data: vehicle events as they arrive, and the progress of door commands.' });

builder.subscriptionField('vehicleEvents', (t) =>
  t.field({
    type: VehicleEvent,
    nullable: false,
    description: [
      'Vehicle events as the gateway receives them, in the order received.',
      'With `since`, the stored events after it are replayed first, then live ones follow, with no gap and no duplicate between the two.',
      'Needs the `read` scope; a principal limited to some terminals gets only those.',
    ].join(' '),
    args: {
      esns: t.arg.stringList({
        description: `Only events of these terminals: 1 to 100 ESNs of ${ESN_FORMAT} (else the subscription is refused, BAD_USER_INPUT); all the caller may reach when null.`,
        validate: esnListRule,
      }),
      types: t.arg({ type: [VehicleEventType], required: false, description: typesArgDescription }),
      since: t.arg.string({
        description:
          'Replay stored events first: after this event id (an `id` you received, exclusive), or received at or after this date-time (ISO 8601). Without it only new events are sent.',
        validate: sinceRule,
      }),
    },
    subscribe: async (_root, args, context) => {
      const { principal, events } = context;
      requireAccess(principal, 'read', args.esns ?? []);
      const esns = args.esns ? new Set(args.esns) : principal.esns;
      let afterSeq: string | undefined;
      if (args.since != null) {
        if (/^\d+$/.test(args.since)) {
          // An event of a terminal out of the caller's reach is answered as one not kept: whether it
          // exists is not the caller's to learn.
          const event = await events.eventById(args.since);
          if (event === null || !mayReach(principal, event.esn)) {
            throw badUserInput([{ path: ['since'], message: `no stored event has id ${args.since} (it may be older than the retention)` }]);
          }
          afterSeq = event.seq;
        } else {
          afterSeq = await events.seqBeforeTime(new Date(args.since).getTime());
        }
      }
      const filter = { esns, types: args.types ? new Set(args.types) : undefined };
      return stoppable((signal) => replayThenLive(events, filter, afterSeq, signal));
    },
    resolve: (event: StoredEvent, args, context) => resolveEvent(event, args, context),
  }),
);
