import { ConfigError, type EventsConfig } from '../config.ts';
import { EventStoreUnavailableError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { RedisEventStore } from './redis-store.ts';
import { SqliteEventStore } from './sqlite-store.ts';
import type { EventStore } from './store.ts';

/**
 * Redis when configured (several instances), else the embedded SQLite file; its failures while
 * running (not at opening) are EventStoreUnavailableError.
 */
export async function openEventStore(config: EventsConfig, logger: Logger): Promise<EventStore> {
  const store = config.redis ? await RedisEventStore.open({ ...config.redis, retentionMs: config.retentionMs, logger }) : openSqlite(config.sqlitePath);
  return withCodedFailures(store);
}

/** The SQLite store; a file that cannot be made or opened stops the start naming EVENTS_DB, without a stack trace. */
function openSqlite(path: string): SqliteEventStore {
  try {
    return new SqliteEventStore(path);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  EVENTS_DB: cannot open ${path} as the event store (${(error as Error).message})`);
  }
}

/**
 * The store (and its door-command log) with every rejection of its asynchronous methods turned
 * into EventStoreUnavailableError: a field that reads or writes it then fails at its own path with
 * a code a client can act on, instead of being masked as a bug of ours (and logged with a stack).
 */
function withCodedFailures<T extends object>(target: T): T {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (property === 'commands') return wrapped.get(property) ?? wrapped.set(property, withCodedFailures(value as object)).get(property);
      if (typeof value !== 'function' || property === 'subscribe' || property === 'close') return value;
      return (
        wrapped.get(property) ??
        wrapped
          .set(property, (...args: unknown[]) =>
            (value as (...args: unknown[]) => Promise<unknown>).apply(object, args).catch((error: unknown) => {
              throw error instanceof EventStoreUnavailableError ? error : new EventStoreUnavailableError((error as Error)?.message ?? String(error));
            }),
          )
          .get(property)
      );
    },
  });
}
