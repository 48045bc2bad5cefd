import type { EventType, NewEvent, StoredEvent } from './event.ts';

/** What a reader asks for: which terminals (all when '*') and which types (all when empty). */
export interface EventFilter {
  readonly esns: '*' | ReadonlySet<string>;
  readonly types?: ReadonlySet<EventType>;
}

export interface ForwardQuery extends EventFilter {
  /** Exclusive start position; none = from the oldest kept event. */
  readonly afterSeq?: string;
  readonly limit: number;
}

export interface BackwardQuery {
  readonly esn: string;
  readonly types?: ReadonlySet<EventType>;
  /** Exclusive: events stored before this position. */
  readonly beforeSeq?: string;
  /** Only events received at or after this time, unix ms. */
  readonly receivedFrom?: number;
  readonly limit: number;
}

export type DoorCommandAction = 'LOCK_DOOR' | 'UNLOCK_DOOR';
export type DoorCommandState = 'SENT' | 'ACCEPTED' | 'REJECTED' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'UNKNOWN';

/** A door command as logged; times in unix ms. */
export interface DoorCommandRecord {
  readonly id: string;
  readonly principal: string;
  readonly idempotencyKey: string;
  readonly action: DoorCommandAction;
  readonly esn: string;
  readonly state: DoorCommandState;
  readonly requestedAt: number;
  readonly acceptedAt: number | null;
  readonly completedAt: number | null;
  /** The iauto360 id of the event that settled the command. */
  readonly outcomeEventId: string | null;
  readonly message: string;
}

export type DoorCommandPatch = Partial<Pick<DoorCommandRecord, 'state' | 'acceptedAt' | 'completedAt' | 'outcomeEventId' | 'message'>>;

/** The door-command log, in the same store as the events. */
export interface DoorCommandLog {
  /**
   * Logs `command` unless its principal already used its idempotency key within `keyTtlMs`;
   * then returns that command instead (`created: false`). Atomic across instances.
   */
  createOrGet(command: DoorCommandRecord, keyTtlMs: number): Promise<{ command: DoorCommandRecord; created: boolean }>;
  get(id: string): Promise<DoorCommandRecord | null>;
  /** Applies the patch only while the command is in one of `fromStates` and not completed (final); the command after it, or null when it was not. */
  transition(id: string, fromStates: readonly DoorCommandState[], patch: DoorCommandPatch): Promise<DoorCommandRecord | null>;
  /** Commands of this terminal and action still waiting for their outcome event (not completed), oldest first. */
  awaitingOutcome(esn: string, action: DoorCommandAction): Promise<DoorCommandRecord[]>;
  /** Marks a door event as the outcome of one command; false when another command already has it. */
  claimOutcomeEvent(eventId: string, commandId: string): Promise<boolean>;
}

/**
 * Durable vehicle events plus live delivery. `append` resolves only once the events are stored
 * durably; every newly stored event then reaches every `subscribe` listener (of every instance
 * sharing the store) exactly once, in store order.
 */
export interface EventStore {
  readonly kind: 'sqlite' | 'redis';
  /** Stores the events whose ids are new and returns them, in order; known ids are skipped. */
  append(events: readonly NewEvent[]): Promise<StoredEvent[]>;
  /** Oldest first, after `afterSeq`. */
  readForward(query: ForwardQuery): Promise<StoredEvent[]>;
  /** One terminal's events, newest first, before `beforeSeq`. */
  readBackward(query: BackwardQuery): Promise<StoredEvent[]>;
  /** An event by its iauto360 id; null when not kept. */
  eventById(id: string): Promise<StoredEvent | null>;
  /** The position of an event by its iauto360 id; null when not kept. */
  seqOfEvent(id: string): Promise<string | null>;
  /** A position such that exactly the events received at or after `timeMs` come after it. */
  seqBeforeTime(timeMs: number): Promise<string>;
  /** Every newly stored event, in store order, from now on; returns the unsubscribe function. */
  subscribe(listener: (event: StoredEvent) => void): () => void;
  /** Drops events received before `timeMs`; returns how many. */
  prune(timeMs: number): Promise<number>;
  readonly commands: DoorCommandLog;
  close(): Promise<void>;
}

export function matchesFilter(event: StoredEvent, filter: EventFilter, typeOf: (wireType: string) => EventType): boolean {
  if (filter.esns !== '*' && !filter.esns.has(event.esn)) return false;
  return !filter.types || filter.types.size === 0 || filter.types.has(typeOf(event.wireType));
}
