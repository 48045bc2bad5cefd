import type { EventsConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { RedisEventStore } from './redis-store.ts';
import { SqliteEventStore } from './sqlite-store.ts';
import type { EventStore } from './store.ts';

/** Redis when configured (several instances), else the embedded SQLite file. */
export async function openEventStore(config: EventsConfig, logger: Logger): Promise<EventStore> {
  if (config.redis) return RedisEventStore.open({ ...config.redis, retentionMs: config.retentionMs, logger });
  return new SqliteEventStore(config.sqlitePath);
}
