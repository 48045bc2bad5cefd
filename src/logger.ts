import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, pino } from 'pino';
import type PinoPretty from 'pino-pretty';
import { type RequestRecord, requestLogScope } from './observability/request-record.ts';

export type { Logger };

export interface RootLoggerOptions {
  level?: string;
  /** `json` lines, or `pretty` for people; undefined: pretty only when the output is a terminal. */
  format?: 'json' | 'pretty';
  /** Where lines go; standard output by default (tests capture them here). */
  destination?: DestinationStream;
  /**
   * How long a line may wait for standard output (default LOG_BATCH_MS): the lines logged
   * meanwhile go out in one write. Set by the first logger of the process that writes there.
   */
  batchMs?: number;
}

/** Lines wait at most this long for standard output: a busy gateway writes it at most 50 times a second, not once a request. */
export const LOG_BATCH_MS = 20;

/**
 * The process's structured logger. Every component takes a child of the one logger the gateway
 * was built with; nothing writes to the console directly. A line the gateway writes on behalf of
 * a request carries its `requestId` (through `requestLogger`); at debug level, so do yoga's own
 * lines, through requestLogScope.
 * Fields that could carry a secret are censored wherever they appear, as a second line of
 * defence: no code logs them.
 */
export function createRootLogger(options: RootLoggerOptions = {}): Logger {
  const destination = options.destination ?? standardOutputBatched(options.batchMs ?? LOG_BATCH_MS);
  const usePretty = options.format === 'pretty' || (options.format === undefined && options.destination === undefined && process.stdout.isTTY);
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      // At debug level, the request a line is written during (yoga's own lines included): see requestLogScope.
      mixin: () => {
        const record = requestLogScope.current();
        return record === undefined ? {} : { requestId: record.id };
      },
      timestamp: isoTimeBySecond(),
      redact: { paths: ['secureCode', '*.secureCode', 'signature', '*.signature', 'token', '*.token', 'authorization', '*.authorization'], censor: '***' },
    },
    usePretty ? loadPretty()({ destination: options.destination ?? 1, colorize: options.destination === undefined && process.stdout.isTTY === true, sync: true }) : destination,
  );
}

let batched: (DestinationStream & { flush(callback?: () => void): void }) | undefined;

/**
 * Standard output, written in batches: the lines logged within `batchMs` of the first one pending
 * (under load, the access lines of every request that ended meanwhile) go out in one write, not
 * one write each: on a pipe, a line written alone cost about 9 µs of CPU, one written among 20
 * about 3 (medians of 5 runs), a few per cent of a small request's. Lines keep their order and content. `logger.flush()` writes what
 * is pending at once, and so does the exit of the process (a crash included), so a line can be
 * lost only to a SIGKILL, at most `batchMs` worth. One per process, for every logger writing to
 * standard output.
 */
function standardOutputBatched(batchMs: number): DestinationStream {
  if (batched) return batched;
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  const writePending = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending === '') return;
    const text = pending;
    pending = '';
    process.stdout.write(text);
  };
  process.once('exit', writePending);
  batched = {
    write(line: string) {
      pending += line;
      // Unref'd: pending lines never keep the process alive; its exit writes them.
      timer ??= setTimeout(writePending, batchMs).unref();
    },
    flush(callback) {
      writePending();
      callback?.();
    },
  };
  return batched;
}

/**
 * pino's `isoTime` (`"time":"2026-01-02T03:04:05.678Z"`), with the part up to the second
 * formatted once a second: Date#toISOString costs microseconds, more than the rest of the stamp.
 */
function isoTimeBySecond(): () => string {
  let second = Number.NaN;
  let head = '';
  return () => {
    const now = Date.now();
    const milliseconds = now % 1000;
    if (now - milliseconds !== second) {
      second = now - milliseconds;
      head = `,"time":"${new Date(second).toISOString().slice(0, 20)}`;
    }
    return `${head}${String(milliseconds).padStart(3, '0')}Z"`;
  };
}

/** pino-pretty, loaded only when lines are written for people (JSON lines need none of it). */
function loadPretty(): typeof PinoPretty {
  return createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
}

/**
 * The logger for a line written on behalf of `record`'s request: it carries its `requestId`. A
 * child, made where such a line is written (warnings, errors: never on the way of a request that
 * goes well); when requestLogScope is on, `logger` itself (its mixin adds the id: a child would
 * write it twice).
 */
export function requestLogger(logger: Logger, record: RequestRecord | undefined): Logger {
  if (record === undefined || requestLogScope.enabled) return logger;
  return logger.child({ requestId: record.id });
}

/**
 * `logger.warn(fields, message)` at most once a minute. The first line after skipped ones says how
 * many were skipped (`suppressed`): a flood of one fault (unsigned webhook posts, refused
 * connections, an unreachable Redis) writes a line a minute instead of one per occurrence, which
 * would fill the disk and bury everything else.
 */
export function warnAtMostOncePerMinute(logger: Logger, message: string): (fields?: Record<string, unknown>, on?: () => Logger) => void {
  let lastAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  /** `on`: gives the logger of the request the fault came with (requestLogger), asked only when a line is written. */
  return (fields = {}, on) => {
    const now = Date.now();
    if (now - lastAt < 60_000) {
      suppressed++;
      return;
    }
    lastAt = now;
    (on?.() ?? logger).warn(suppressed > 0 ? { ...fields, suppressed } : fields, message);
    suppressed = 0;
  };
}

/**
 * Logs `message` with the error's message (never its stack) at most once a minute, as a line of
 * the process: not of the request during which a connection (Redis, a SQLite file) happened to fail.
 */
export function warnOncePerMinute(logger: Logger, message: string): (error: unknown) => void {
  const warn = warnAtMostOncePerMinute(logger, message);
  return (error) => requestLogScope.exit(() => warn({ err: { message: error instanceof Error ? error.message : String(error) } }));
}
