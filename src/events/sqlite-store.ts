import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type EventType, type NewEvent, type StoredEvent, eventTypeOf } from './event.ts';
import type {
  BackwardQuery,
  DoorCommandLog,
  DoorCommandPatch,
  DoorCommandRecord,
  DoorCommandState,
  EventStore,
  ForwardQuery,
} from './store.ts';

interface EventRow {
  seq: number;
  id: string;
  esn: string;
  uid: string | null;
  wire_type: string;
  time: number;
  lng: number | null;
  lat: number | null;
  text: string | null;
  attrs: string | null;
  received_at: number;
}

interface CommandRow {
  id: string;
  principal: string;
  idempotency_key: string;
  action: DoorCommandRecord['action'];
  esn: string;
  state: DoorCommandState;
  requested_at: number;
  accepted_at: number | null;
  completed_at: number | null;
  outcome_event_id: string | null;
  message: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  esn TEXT NOT NULL,
  uid TEXT,
  type TEXT NOT NULL,
  wire_type TEXT NOT NULL,
  time INTEGER NOT NULL,
  lng REAL,
  lat REAL,
  text TEXT,
  attrs TEXT,
  received_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_esn ON events (esn, seq);
CREATE INDEX IF NOT EXISTS events_by_time ON events (received_at);
CREATE TABLE IF NOT EXISTS door_commands (
  id TEXT PRIMARY KEY,
  principal TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  action TEXT NOT NULL,
  esn TEXT NOT NULL,
  state TEXT NOT NULL,
  requested_at INTEGER NOT NULL,
  accepted_at INTEGER,
  completed_at INTEGER,
  outcome_event_id TEXT UNIQUE,
  message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS door_commands_by_key ON door_commands (principal, idempotency_key, requested_at);
CREATE INDEX IF NOT EXISTS door_commands_open ON door_commands (esn, action, state, requested_at);
`;

const AWAITING: readonly DoorCommandState[] = ['SENT', 'ACCEPTED', 'UNKNOWN'];

/**
 * The embedded store: one SQLite file in WAL mode with synchronous=FULL, so an event is on disk
 * before the webhook answers 200. Live delivery stays inside this process.
 */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  readonly commands: DoorCommandLog;
  private readonly db: Database.Database;
  private readonly listeners = new Set<(event: StoredEvent) => void>();
  private readonly insertEvent: Database.Statement;
  private readonly appendAll: (events: readonly NewEvent[]) => StoredEvent[];

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.insertEvent = this.db.prepare(
      `INSERT INTO events (id, esn, uid, type, wire_type, time, lng, lat, text, attrs, received_at)
       VALUES (@id, @esn, @uid, @type, @wireType, @time, @lng, @lat, @text, @attrs, @receivedAt)
       ON CONFLICT (id) DO NOTHING`,
    );
    this.appendAll = this.db.transaction((events: readonly NewEvent[]) => {
      const stored: StoredEvent[] = [];
      for (const event of events) {
        const result = this.insertEvent.run({
          ...event,
          type: eventTypeOf(event.wireType),
          lng: event.location?.[0] ?? null,
          lat: event.location?.[1] ?? null,
          attrs: event.attrs ? JSON.stringify(event.attrs) : null,
        });
        if (result.changes === 1) stored.push({ ...event, seq: String(result.lastInsertRowid) });
      }
      return stored;
    });
    this.commands = new SqliteDoorCommandLog(this.db);
  }

  async append(events: readonly NewEvent[]): Promise<StoredEvent[]> {
    const stored = this.appendAll(events);
    for (const event of stored) for (const listener of this.listeners) listener(event);
    return stored;
  }

  async readForward(query: ForwardQuery): Promise<StoredEvent[]> {
    const where = ['seq > ?'];
    const params: unknown[] = [Number(query.afterSeq ?? 0)];
    if (query.esns !== '*') {
      where.push(`esn IN (${[...query.esns].map(() => '?').join(',') || 'NULL'})`);
      params.push(...query.esns);
    }
    addTypeFilter(where, params, query.types);
    params.push(query.limit);
    return this.db
      .prepare<unknown[], EventRow>(`SELECT * FROM events WHERE ${where.join(' AND ')} ORDER BY seq ASC LIMIT ?`)
      .all(...params)
      .map(eventFromRow);
  }

  async readBackward(query: BackwardQuery): Promise<StoredEvent[]> {
    const where = ['esn = ?'];
    const params: unknown[] = [query.esn];
    if (query.beforeSeq !== undefined) {
      where.push('seq < ?');
      params.push(Number(query.beforeSeq));
    }
    if (query.receivedFrom !== undefined) {
      where.push('received_at >= ?');
      params.push(query.receivedFrom);
    }
    addTypeFilter(where, params, query.types);
    params.push(query.limit);
    return this.db
      .prepare<unknown[], EventRow>(`SELECT * FROM events WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`)
      .all(...params)
      .map(eventFromRow);
  }

  async eventById(id: string): Promise<StoredEvent | null> {
    const row = this.db.prepare<[string], EventRow>('SELECT * FROM events WHERE id = ?').get(id);
    return row ? eventFromRow(row) : null;
  }

  async seqOfEvent(id: string): Promise<string | null> {
    const row = this.db.prepare<[string], { seq: number }>('SELECT seq FROM events WHERE id = ?').get(id);
    return row ? String(row.seq) : null;
  }

  async seqBeforeTime(timeMs: number): Promise<string> {
    const row = this.db.prepare<[number], { seq: number | null }>('SELECT MIN(seq) AS seq FROM events WHERE received_at >= ?').get(timeMs);
    if (row?.seq != null) return String(row.seq - 1);
    const last = this.db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM events').get();
    return String(last?.seq ?? 0);
  }

  subscribe(listener: (event: StoredEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async prune(timeMs: number): Promise<number> {
    const events = this.db.prepare('DELETE FROM events WHERE received_at < ?').run(timeMs).changes;
    this.db.prepare('DELETE FROM door_commands WHERE requested_at < ?').run(timeMs);
    return events;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    if (this.db.open) this.db.close();
  }
}

function addTypeFilter(where: string[], params: unknown[], types: ReadonlySet<EventType> | undefined): void {
  if (!types || types.size === 0) return;
  where.push(`type IN (${[...types].map(() => '?').join(',')})`);
  params.push(...types);
}

function eventFromRow(row: EventRow): StoredEvent {
  return {
    seq: String(row.seq),
    id: row.id,
    esn: row.esn,
    uid: row.uid,
    wireType: row.wire_type,
    time: row.time,
    location: row.lng !== null && row.lat !== null ? [row.lng, row.lat] : null,
    text: row.text,
    attrs: row.attrs ? (JSON.parse(row.attrs) as Record<string, unknown>) : null,
    receivedAt: row.received_at,
  };
}

class SqliteDoorCommandLog implements DoorCommandLog {
  constructor(private readonly db: Database.Database) {}

  async createOrGet(command: DoorCommandRecord, keyTtlMs: number) {
    return this.db.transaction(() => {
      const existing = this.db
        .prepare<[string, string, number], CommandRow>(
          'SELECT * FROM door_commands WHERE principal = ? AND idempotency_key = ? AND requested_at >= ? ORDER BY requested_at DESC LIMIT 1',
        )
        .get(command.principal, command.idempotencyKey, command.requestedAt - keyTtlMs);
      if (existing) return { command: commandFromRow(existing), created: false };
      this.db
        .prepare(
          `INSERT INTO door_commands (id, principal, idempotency_key, action, esn, state, requested_at, accepted_at, completed_at, outcome_event_id, message)
           VALUES (@id, @principal, @idempotencyKey, @action, @esn, @state, @requestedAt, @acceptedAt, @completedAt, @outcomeEventId, @message)`,
        )
        .run(command);
      return { command, created: true };
    }).immediate();
  }

  async get(id: string): Promise<DoorCommandRecord | null> {
    const row = this.db.prepare<[string], CommandRow>('SELECT * FROM door_commands WHERE id = ?').get(id);
    return row ? commandFromRow(row) : null;
  }

  async transition(id: string, fromStates: readonly DoorCommandState[], patch: DoorCommandPatch): Promise<DoorCommandRecord | null> {
    const columns: Record<keyof DoorCommandPatch, string> = {
      state: 'state',
      acceptedAt: 'accepted_at',
      completedAt: 'completed_at',
      outcomeEventId: 'outcome_event_id',
      message: 'message',
    };
    const entries = Object.entries(patch).filter(([, value]) => value !== undefined) as Array<[keyof DoorCommandPatch, unknown]>;
    const set = entries.map(([key]) => `${columns[key]} = ?`).join(', ');
    const result = this.db
      .prepare(`UPDATE door_commands SET ${set} WHERE id = ? AND completed_at IS NULL AND state IN (${fromStates.map(() => '?').join(',')})`)
      .run(...entries.map(([, value]) => value), id, ...fromStates);
    return result.changes === 1 ? this.get(id) : null;
  }

  async awaitingOutcome(esn: string, action: DoorCommandRecord['action']): Promise<DoorCommandRecord[]> {
    return this.db
      .prepare<unknown[], CommandRow>(
        `SELECT * FROM door_commands WHERE esn = ? AND action = ? AND outcome_event_id IS NULL AND completed_at IS NULL AND state IN (${AWAITING.map(() => '?').join(',')}) ORDER BY requested_at ASC`,
      )
      .all(esn, action, ...AWAITING)
      .map(commandFromRow);
  }

  async claimOutcomeEvent(eventId: string, commandId: string): Promise<boolean> {
    const taken = this.db.prepare<[string, string], { id: string }>('SELECT id FROM door_commands WHERE outcome_event_id = ? AND id != ?').get(eventId, commandId);
    return taken === undefined;
  }
}

function commandFromRow(row: CommandRow): DoorCommandRecord {
  return {
    id: row.id,
    principal: row.principal,
    idempotencyKey: row.idempotency_key,
    action: row.action,
    esn: row.esn,
    state: row.state,
    requestedAt: row.requested_at,
    acceptedAt: row.accepted_at,
    completedAt: row.completed_at,
    outcomeEventId: row.outcome_event_id,
    message: row.message,
  };
}
