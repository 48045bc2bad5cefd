import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Logger, warnOncePerMinute } from '../logger.ts';
import { type SharedAnswers, type SharedAnswersObserver, accountOf, answerAsJson } from './shared-cache.ts';

export interface SqliteSharedAnswersOptions {
  /** The SQLite file (EVENTS_DB): the event store's, in a table of its own. */
  path: string;
  /** Whose answers these are: an instance started with another iauto360 account never reads them. */
  openId: string;
  ttlMs: number;
  observer?: SharedAnswersObserver;
  logger: Logger;
  now?: () => number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS shared_answers (
  account TEXT NOT NULL,
  key TEXT NOT NULL,
  answer TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (account, key)
);
CREATE INDEX IF NOT EXISTS shared_answers_by_expiry ON shared_answers (expires_at);
`;

/**
 * Shared answers kept in the gateway's SQLite file when there is no Redis, so that what one run
 * of the gateway fetched and may keep (the car catalog) is read by the next run while it is fresh,
 * instead of being fetched and billed again after each restart or deploy: the first model lookup
 * reads the brand list and every brand's tree, one call per brand. Like Redis, it is an
 * optimisation: a failing read is a miss (the answer is fetched), a failing write keeps nothing,
 * each logged at most once a minute; an answer holding a part that broke the contract is not kept
 * (JSON would bring that part back as a well-formed record). Expired rows are deleted as new ones
 * are written.
 */
export class SqliteSharedAnswers implements SharedAnswers {
  readonly #db: Database.Database;
  readonly #account: string;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #observer: SharedAnswersObserver;
  readonly #warn: (error: unknown) => void;
  readonly #select: Database.Statement<[string, string, number], { answer: string }>;
  readonly #selectExpiry: Database.Statement<[string, string, number], { expires_at: number }>;
  readonly #upsert: Database.Statement<[string, string, string, number]>;
  readonly #deleteOne: Database.Statement<[string, string]>;
  readonly #deleteAccount: Database.Statement<[string]>;
  readonly #deleteExpired: Database.Statement<[number]>;

  private constructor(db: Database.Database, options: SqliteSharedAnswersOptions) {
    this.#db = db;
    this.#account = accountOf(options.openId);
    this.#ttlMs = options.ttlMs;
    this.#now = options.now ?? Date.now;
    this.#observer = options.observer ?? {};
    this.#warn = warnOncePerMinute(options.logger, 'shared answers in SQLite unavailable: reading upstream');
    this.#select = db.prepare('SELECT answer FROM shared_answers WHERE account = ? AND key = ? AND expires_at > ?');
    this.#selectExpiry = db.prepare('SELECT expires_at FROM shared_answers WHERE account = ? AND key = ? AND expires_at > ?');
    this.#upsert = db.prepare(
      'INSERT INTO shared_answers (account, key, answer, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (account, key) DO UPDATE SET answer = excluded.answer, expires_at = excluded.expires_at',
    );
    this.#deleteOne = db.prepare('DELETE FROM shared_answers WHERE account = ? AND key = ?');
    this.#deleteAccount = db.prepare('DELETE FROM shared_answers WHERE account = ?');
    this.#deleteExpired = db.prepare('DELETE FROM shared_answers WHERE expires_at <= ?');
  }

  /** Opens (and makes, when missing) the file and its table; throws when the file cannot be opened. */
  static open(options: SqliteSharedAnswersOptions): SqliteSharedAnswers {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    const db = new Database(options.path);
    try {
      db.pragma('journal_mode = WAL');
      // A cache: a write need not wait for the disk (the event store's own connection keeps FULL).
      // In WAL mode a power loss may lose the last writes, never the file.
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      db.exec(SCHEMA);
      return new SqliteSharedAnswers(db, options);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  get(key: string): object | undefined {
    try {
      const row = this.#select.get(this.#account, key, this.#now());
      this.#observer.lookup?.(row === undefined ? 'miss' : 'hit');
      return row === undefined ? undefined : (JSON.parse(row.answer) as object);
    } catch (error) {
      this.#warn(error);
      return undefined;
    }
  }

  remainingTtl(key: string): number | undefined {
    try {
      const now = this.#now();
      const row = this.#selectExpiry.get(this.#account, key, now);
      return row === undefined ? undefined : row.expires_at - now;
    } catch (error) {
      this.#warn(error);
      return undefined;
    }
  }

  set(key: string, answer: object, ttlMs?: number): void {
    const text = answerAsJson(answer);
    if (text === undefined) return;
    try {
      const now = this.#now();
      this.#deleteExpired.run(now);
      this.#upsert.run(this.#account, key, text, now + Math.max(1, Math.round(ttlMs ?? this.#ttlMs)));
    } catch (error) {
      this.#warn(error);
    }
  }

  delete(key: string): void {
    try {
      this.#deleteOne.run(this.#account, key);
    } catch (error) {
      this.#warn(error);
    }
  }

  clear(): void {
    this.#deleteAccount.run(this.#account);
  }

  close(): void {
    this.#db.close();
  }
}
