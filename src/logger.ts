import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * The process's structured logger (JSON lines). Every component takes a child of the one logger
 * the gateway was built with; nothing writes to the console directly.
 */
export function createRootLogger(options: { level?: string } = {}): Logger {
  return pino({ level: options.level ?? 'info', base: undefined });
}
