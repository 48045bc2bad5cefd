import { z } from 'zod';
import type { LngLat } from '../domain/geo.ts';
import type { TirePositionName } from '../domain/tires.ts';
import { optional, unixSeconds, wireCoordinate, wireInt, wireLongId, wireNumber, wireText } from '../upstream/wire.ts';

/**
 * Vehicle events pushed by iauto360 (see docs/events.md): the wire record, the stored form and
 * the typed details decoded per type. Chinese wire names stop here.
 */

/** Wire `type` → event type. An unknown wire type is kept as UNKNOWN with its raw text. */
export const EVENT_TYPE_BY_WIRE = {
  震动: 'VIBRATION',
  拔出: 'UNPLUGGED',
  点火: 'IGNITION_ON',
  熄火: 'IGNITION_OFF',
  越界: 'GEOFENCE_EXIT',
  碰撞: 'COLLISION',
  违章: 'TRAFFIC_VIOLATION',
  故障: 'FAULT',
  电瓶电压: 'LOW_BATTERY',
  胎压: 'TIRE_PRESSURE',
  保养: 'MAINTENANCE_DUE',
  开锁: 'DOOR_UNLOCKED',
  关锁: 'DOOR_LOCKED',
  流量超出: 'DATA_QUOTA_EXCEEDED',
  禁入地界: 'RESTRICTED_AREA_ENTRY',
  定位: 'LOCATION',
} as const;

export type WireEventType = keyof typeof EVENT_TYPE_BY_WIRE;
export type EventType = (typeof EVENT_TYPE_BY_WIRE)[WireEventType] | 'UNKNOWN';
export const EVENT_TYPES = [...Object.values(EVENT_TYPE_BY_WIRE), 'UNKNOWN'] as const satisfies readonly EventType[];
export const WIRE_EVENT_TYPES = Object.keys(EVENT_TYPE_BY_WIRE) as WireEventType[];

export function eventTypeOf(wireType: string): EventType {
  return Object.hasOwn(EVENT_TYPE_BY_WIRE, wireType) ? EVENT_TYPE_BY_WIRE[wireType as WireEventType] : 'UNKNOWN';
}

/** One record of a push body, validated; ids as decimal text (they are Int64). */
export const wireEventRecord = z.object({
  id: wireLongId,
  esn: wireText.pipe(z.string().min(1).max(32)),
  uid: optional(wireText),
  type: z.string().min(1).max(64),
  // A 0 or a millisecond value is no time an event list can show (and one such event would null the whole list).
  time: wireInt.pipe(unixSeconds.min(1, 'expected unix seconds after 1970')),
  location: optional(wireCoordinate),
  text: optional(z.string()),
  attrs: optional(z.record(z.string(), z.unknown())),
});

/** A push body: its records are checked one by one (wireEventRecord), so one bad record costs only itself. */
export const wirePushBody = z.object({ records: optional(z.array(z.unknown()).max(10_000)) });
export type WireEventRecord = z.output<typeof wireEventRecord>;

/** An event as kept in the store. `seq` orders events by receipt and serves as the cursor. */
export interface StoredEvent {
  /** The store's position of the event: a decimal number (SQLite) or a stream id `ms-n` (Redis). */
  readonly seq: string;
  /** iauto360's event id (Int64, as decimal text). */
  readonly id: string;
  readonly esn: string;
  readonly uid: string | null;
  readonly wireType: string;
  /** When it happened, unix s. */
  readonly time: number;
  /** GCJ-02. */
  readonly location: LngLat | null;
  readonly text: string | null;
  readonly attrs: Record<string, unknown> | null;
  /** When the gateway stored it, unix ms. */
  readonly receivedAt: number;
}

/** The fields of a new event, before the store gives it a position. */
export type NewEvent = Omit<StoredEvent, 'seq'>;

export function newEventFromWire(record: WireEventRecord, receivedAt: number): NewEvent {
  return {
    id: record.id,
    esn: record.esn,
    uid: record.uid ?? null,
    wireType: record.type,
    time: record.time,
    location: record.location ?? null,
    text: record.text ?? null,
    attrs: record.attrs ?? null,
    receivedAt,
  };
}

/** Orders store positions: decimal numbers, or Redis stream ids `ms-n`. */
export function compareSeq(a: string, b: string): number {
  const [aHigh = 0n, aLow = 0n] = a.split('-').map(BigInt);
  const [bHigh = 0n, bLow = 0n] = b.split('-').map(BigInt);
  if (aHigh !== bHigh) return aHigh < bHigh ? -1 : 1;
  return aLow === bLow ? 0 : aLow < bLow ? -1 : 1;
}

export type DoorOutcome = 'SUCCEEDED' | 'FAILED' | 'UNKNOWN';
export type TireAnomaly = 'POSSIBLE_LEAK' | 'ABNORMAL_PRESSURE' | 'LOW_PRESSURE' | 'ABNORMAL_TEMPERATURE' | 'LOW_SENSOR_BATTERY';

const TIRE_ANOMALIES: Readonly<Record<number, TireAnomaly>> = {
  1: 'POSSIBLE_LEAK',
  2: 'ABNORMAL_PRESSURE',
  3: 'LOW_PRESSURE',
  4: 'ABNORMAL_TEMPERATURE',
  5: 'LOW_SENSOR_BATTERY',
};

/** Tyre position words of the tyre-pressure text, e.g. "(左前轮)". */
const TIRE_POSITION_WORDS: ReadonlyArray<readonly [RegExp, TirePositionName]> = [
  [/左前/, 'frontLeft'],
  [/右前/, 'frontRight'],
  [/左后/, 'rearLeft'],
  [/右后/, 'rearRight'],
];

/** The outcome of a lock/unlock: only the words 成功 (success) / 失败 (failure) in the text say it. */
export function doorOutcomeOf(text: string | null): DoorOutcome {
  const failed = text?.includes('失败') ?? false;
  const succeeded = text?.includes('成功') ?? false;
  if (failed === succeeded) return 'UNKNOWN';
  return succeeded ? 'SUCCEEDED' : 'FAILED';
}

const attrNumber = (attrs: Record<string, unknown> | null, key: string): number | null => {
  const parsed = wireNumber.safeParse(attrs?.[key]);
  return parsed.success ? parsed.data : null;
};

const attrInt = (attrs: Record<string, unknown> | null, key: string): number | null => {
  const value = attrNumber(attrs, key);
  return value !== null && Number.isInteger(value) ? value : null;
};

/** The type-specific details of an event, decoded from `attrs` and, where only the text says it, the text. */
export type EventDetails =
  | { family: 'VIBRATION' | 'COLLISION' | 'LOW_BATTERY'; level: number | null }
  | { family: 'IGNITION'; ignitionOn: boolean; anomaly: boolean | null }
  | { family: 'TIRE_PRESSURE'; anomaly: TireAnomaly | null; position: TirePositionName | null }
  | { family: 'DOOR'; action: 'LOCK_DOOR' | 'UNLOCK_DOOR'; outcome: DoorOutcome }
  | { family: 'DATA_QUOTA'; usedMegabytes: number | null }
  | { family: 'RESTRICTED_AREA'; position: LngLat | null }
  | { family: 'GENERAL' };

export function decodeEventDetails(event: Pick<StoredEvent, 'wireType' | 'attrs' | 'text'>): EventDetails {
  const { attrs, text } = event;
  const type = eventTypeOf(event.wireType);
  switch (type) {
    case 'VIBRATION':
    case 'COLLISION':
    case 'LOW_BATTERY':
      return { family: type, level: attrInt(attrs, 'level') };
    case 'IGNITION_ON': {
      const status = attrInt(attrs, 'status');
      return { family: 'IGNITION', ignitionOn: true, anomaly: status === 1 ? false : status === 2 ? true : null };
    }
    case 'IGNITION_OFF':
      return { family: 'IGNITION', ignitionOn: false, anomaly: null };
    case 'TIRE_PRESSURE': {
      const code = attrInt(attrs, 'type');
      const position = TIRE_POSITION_WORDS.find(([pattern]) => text && pattern.test(text))?.[1] ?? null;
      return { family: 'TIRE_PRESSURE', anomaly: (code !== null && TIRE_ANOMALIES[code]) || null, position };
    }
    case 'DOOR_LOCKED':
    case 'DOOR_UNLOCKED':
      return { family: 'DOOR', action: type === 'DOOR_LOCKED' ? 'LOCK_DOOR' : 'UNLOCK_DOOR', outcome: doorOutcomeOf(text) };
    case 'DATA_QUOTA_EXCEEDED':
      return { family: 'DATA_QUOTA', usedMegabytes: attrNumber(attrs, 'use') };
    case 'RESTRICTED_AREA_ENTRY': {
      const lng = attrNumber(attrs, 'lng');
      const lat = attrNumber(attrs, 'lat');
      return { family: 'RESTRICTED_AREA', position: lng !== null && lat !== null ? [lng, lat] : null };
    }
    default:
      return { family: 'GENERAL' };
  }
}

/** The wire type of a door command's outcome event. */
export const DOOR_EVENT_WIRE_TYPE = { LOCK_DOOR: '关锁', UNLOCK_DOOR: '开锁' } as const satisfies Record<string, WireEventType>;
