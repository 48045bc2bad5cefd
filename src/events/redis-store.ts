import type { Redis } from 'ioredis';
import { REDIS_COMMAND_TIMEOUT_MS, createRedis } from '../redis-client.ts';
import { type Logger, warnOncePerMinute } from '../logger.ts';
import { type NewEvent, type StoredEvent, eventTypeOf } from './event.ts';
import {
  type BackwardQuery,
  type DoorCommandLog,
  type DoorCommandPatch,
  type DoorCommandRecord,
  type DoorCommandState,
  type EventStore,
  type ForwardQuery,
  matchesFilter,
} from './store.ts';

const APPEND_EVENT = `
if redis.call('EXISTS', KEYS[3]) == 1 then return false end
local seq = redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
redis.call('XADD', KEYS[2], seq, unpack(ARGV, 2))
redis.call('SET', KEYS[3], seq, 'EX', ARGV[1])
return seq`;

const CREATE_COMMAND = `
local existing = redis.call('GET', KEYS[1])
if existing then
  local json = redis.call('GET', ARGV[4] .. existing)
  if json then return json end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[5])
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[6])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
return false`;

const TRANSITION_COMMAND = `
local json = redis.call('GET', KEYS[1])
if not json then return false end
local command = cjson.decode(json)
if type(command.completedAt) == 'number' then return false end
local allowed = cjson.decode(ARGV[1])
local ok = false
for _, state in ipairs(allowed) do if command.state == state then ok = true end end
if not ok then return false end
local patch = cjson.decode(ARGV[2])
for key, value in pairs(patch) do command[key] = value end
local updated = cjson.encode(command)
redis.call('SET', KEYS[1], updated, 'KEEPTTL')
if patch.outcomeEventId or type(command.completedAt) == 'number' or (command.state ~= 'SENT' and command.state ~= 'ACCEPTED' and command.state ~= 'UNKNOWN') then
  redis.call('ZREM', KEYS[2], command.id)
end
return updated`;

const MAX_ID_LOW = 18446744073709551615n;

/** How long one read of the stream's tail waits for new entries. */
const TAIL_BLOCK_MS = 1_000;

/** The position right after `seq`, as an inclusive XRANGE start. */
function nextStreamId(seq: string): string {
  const [high = 0n, low = 0n] = seq.split('-').map(BigInt);
  return low === MAX_ID_LOW ? `${high + 1n}-0` : `${high}-${low + 1n}`;
}

function previousStreamId(seq: string): string {
  const [high = 0n, low = 0n] = seq.split('-').map(BigInt);
  return low === 0n ? `${high - 1n}-${MAX_ID_LOW}` : `${high}-${low - 1n}`;
}

type StreamEntry = [id: string, fields: string[]];

function eventFromEntry([seq, fields]: StreamEntry): StoredEvent {
  const value: Record<string, string> = {};
  for (let index = 0; index + 1 < fields.length; index += 2) value[fields[index]!] = fields[index + 1]!;
  return {
    seq,
    id: value.id ?? '',
    esn: value.esn ?? '',
    uid: value.uid || null,
    wireType: value.type ?? '',
    time: Number(value.time),
    location: value.location ? (JSON.parse(value.location) as [number, number]) : null,
    text: value.text ?? null,
    attrs: value.attrs ? (JSON.parse(value.attrs) as Record<string, unknown>) : null,
    receivedAt: Number(value.receivedAt),
  };
}

function entryFields(event: NewEvent): string[] {
  const fields = ['id', event.id, 'esn', event.esn, 'type', event.wireType, 'time', String(event.time), 'receivedAt', String(event.receivedAt)];
  if (event.uid !== null) fields.push('uid', event.uid);
  if (event.location) fields.push('location', JSON.stringify(event.location));
  if (event.text !== null) fields.push('text', event.text);
  if (event.attrs) fields.push('attrs', JSON.stringify(event.attrs));
  return fields;
}

export interface RedisEventStoreOptions {
  url: string;
  /** Key prefix of this deployment: one stream `{prefix}:events` per deployment. */
  prefix: string;
  retentionMs: number;
  logger: Logger;
}

/**
 * Events in a Redis Stream shared by every instance of a deployment. An event id is stored once
 * (an atomic script checks a per-id key before XADD); each instance tails the stream with XREAD
 * and hands every new entry to its local subscribers, so an event received by one instance
 * reaches subscribers on all of them. Durability is Redis's: run it with `appendonly yes`.
 */
export class RedisEventStore implements EventStore {
  readonly kind = 'redis';
  readonly commands: DoorCommandLog;
  private readonly redis: Redis;
  private readonly tail: Redis;
  private readonly listeners = new Set<(event: StoredEvent) => void>();
  private readonly streamKey: string;
  private closed = false;
  private tailing: Promise<void> | undefined;
  private readonly warnTailFailed: (error: unknown) => void;

  private constructor(private readonly options: RedisEventStoreOptions) {
    const warning = warnOncePerMinute(options.logger, 'events: Redis unreachable; reconnecting');
    this.redis = createRedis(options.url, { lazyConnect: true, maxRetriesPerRequest: 2 }, warning);
    // The tail's read blocks for TAIL_BLOCK_MS by design: its timeout comes on top of that.
    this.tail = createRedis(options.url, { lazyConnect: true, maxRetriesPerRequest: 2, commandTimeout: TAIL_BLOCK_MS + REDIS_COMMAND_TIMEOUT_MS }, warning);
    this.warnTailFailed = warnOncePerMinute(options.logger, 'events: reading the Redis stream failed; retrying');
    this.streamKey = `${options.prefix}:events`;
    this.commands = new RedisDoorCommandLog(this.redis, options.prefix, options.retentionMs);
  }

  static async open(options: RedisEventStoreOptions): Promise<RedisEventStore> {
    const store = new RedisEventStore(options);
    let last: StreamEntry | undefined;
    try {
      await store.redis.connect();
      await store.tail.connect();
      [last] = (await store.redis.xrevrange(store.streamKey, '+', '-', 'COUNT', 1)) as StreamEntry[];
    } catch (error) {
      store.redis.disconnect();
      store.tail.disconnect();
      throw error;
    }
    store.tailing = store.tailFrom(last?.[0] ?? '0-0');
    return store;
  }

  private async tailFrom(start: string): Promise<void> {
    let cursor = start;
    while (!this.closed) {
      try {
        const reply = (await this.tail.xread('COUNT', 1000, 'BLOCK', TAIL_BLOCK_MS, 'STREAMS', this.streamKey, cursor)) as Array<
          [string, StreamEntry[]]
        > | null;
        for (const [, entries] of reply ?? []) {
          for (const entry of entries) {
            cursor = entry[0];
            const event = eventFromEntry(entry);
            for (const listener of this.listeners) listener(event);
          }
        }
      } catch (error) {
        if (this.closed) return;
        this.warnTailFailed(error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async append(events: readonly NewEvent[]): Promise<StoredEvent[]> {
    const ttlSeconds = Math.ceil(this.options.retentionMs / 1000);
    const pipeline = this.redis.pipeline();
    for (const event of events) {
      pipeline.eval(
        APPEND_EVENT,
        3,
        this.streamKey,
        `${this.streamKey}:esn:${event.esn}`,
        `${this.options.prefix}:event-id:${event.id}`,
        ttlSeconds,
        ...entryFields(event),
      );
    }
    const results = (await pipeline.exec()) ?? [];
    const stored: StoredEvent[] = [];
    results.forEach(([error, seq], index) => {
      if (error) throw error;
      if (typeof seq === 'string') stored.push({ ...events[index]!, seq });
    });
    return stored;
  }

  async readForward(query: ForwardQuery): Promise<StoredEvent[]> {
    const found: StoredEvent[] = [];
    let start = query.afterSeq ? nextStreamId(query.afterSeq) : '-';
    const batch = Math.max(query.limit, 200);
    for (;;) {
      const entries = (await this.redis.xrange(this.streamKey, start, '+', 'COUNT', batch)) as StreamEntry[];
      for (const entry of entries) {
        const event = eventFromEntry(entry);
        if (matchesFilter(event, query, eventTypeOf)) found.push(event);
        if (found.length === query.limit) return found;
      }
      if (entries.length < batch) return found;
      start = nextStreamId(entries.at(-1)![0]);
    }
  }

  async readBackward(query: BackwardQuery): Promise<StoredEvent[]> {
    const key = `${this.streamKey}:esn:${query.esn}`;
    const found: StoredEvent[] = [];
    let end = query.beforeSeq ? previousStreamId(query.beforeSeq) : '+';
    const floor = query.receivedFrom !== undefined ? `${query.receivedFrom}-0` : '-';
    const batch = Math.max(query.limit, 200);
    for (;;) {
      const entries = (await this.redis.xrevrange(key, end, floor, 'COUNT', batch)) as StreamEntry[];
      for (const entry of entries) {
        const event = eventFromEntry(entry);
        if (matchesFilter(event, { esns: '*', types: query.types }, eventTypeOf)) found.push(event);
        if (found.length === query.limit) return found;
      }
      if (entries.length < batch) return found;
      end = previousStreamId(entries.at(-1)![0]);
    }
  }

  async eventById(id: string): Promise<StoredEvent | null> {
    const seq = await this.seqOfEvent(id);
    if (!seq) return null;
    const [entry] = (await this.redis.xrange(this.streamKey, seq, seq)) as StreamEntry[];
    return entry ? eventFromEntry(entry) : null;
  }

  async seqOfEvent(id: string): Promise<string | null> {
    return this.redis.get(`${this.options.prefix}:event-id:${id}`);
  }

  async seqBeforeTime(timeMs: number): Promise<string> {
    return previousStreamId(`${Math.max(1, timeMs)}-0`);
  }

  subscribe(listener: (event: StoredEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async prune(timeMs: number): Promise<number> {
    const removed = await this.redis.xtrim(this.streamKey, 'MINID', `${timeMs}-0`);
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.streamKey}:esn:*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) await this.redis.xtrim(key, 'MINID', `${timeMs}-0`);
    } while (cursor !== '0');
    return removed;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    this.tail.disconnect();
    await this.tailing;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

class RedisDoorCommandLog implements DoorCommandLog {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly retentionMs: number,
  ) {}

  private commandKey(id: string): string {
    return `${this.prefix}:door-command:${id}`;
  }

  private awaitingKey(esn: string, action: string): string {
    return `${this.prefix}:door-commands-awaiting:${esn}:${action}`;
  }

  async createOrGet(command: DoorCommandRecord, keyTtlMs: number) {
    const existing = (await this.redis.eval(
      CREATE_COMMAND,
      3,
      `${this.prefix}:door-command-key:${command.principal.length}:${command.principal}:${command.idempotencyKey}`,
      this.commandKey(command.id),
      this.awaitingKey(command.esn, command.action),
      command.id,
      JSON.stringify(command),
      command.requestedAt,
      `${this.prefix}:door-command:`,
      keyTtlMs,
      Math.max(this.retentionMs, keyTtlMs),
    )) as string | null;
    return existing ? { command: JSON.parse(existing) as DoorCommandRecord, created: false } : { command, created: true };
  }

  async get(id: string): Promise<DoorCommandRecord | null> {
    const json = await this.redis.get(this.commandKey(id));
    return json ? (JSON.parse(json) as DoorCommandRecord) : null;
  }

  async transition(id: string, fromStates: readonly DoorCommandState[], patch: DoorCommandPatch): Promise<DoorCommandRecord | null> {
    const current = await this.get(id);
    if (!current) return null;
    const updated = (await this.redis.eval(
      TRANSITION_COMMAND,
      2,
      this.commandKey(id),
      this.awaitingKey(current.esn, current.action),
      JSON.stringify(fromStates),
      JSON.stringify(patch),
    )) as string | null;
    return updated ? (JSON.parse(updated) as DoorCommandRecord) : null;
  }

  async awaitingOutcome(esn: string, action: DoorCommandRecord['action']): Promise<DoorCommandRecord[]> {
    const ids = await this.redis.zrange(this.awaitingKey(esn, action), 0, -1);
    const commands = await Promise.all(ids.map((id) => this.get(id)));
    return commands.filter((command): command is DoorCommandRecord => command !== null);
  }

  async claimOutcomeEvent(eventId: string, commandId: string): Promise<boolean> {
    const key = `${this.prefix}:door-outcome-claim:${eventId}`;
    const reply = await this.redis.set(key, commandId, 'PX', Math.max(this.retentionMs, 86_400_000), 'NX');
    return reply === 'OK' || (await this.redis.get(key)) === commandId;
  }
}
