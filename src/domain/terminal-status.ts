import type { ServiceResponse } from '../upstream/services.ts';
import { type Reading, mapReading, readingOf } from './reading.ts';
import { fromUnixSeconds } from './time.ts';
import { nonBlank } from './units.ts';

/** A terminal's status (1001) in clear names: each value, or the error of the field iauto360 sent garbled. */
export interface TerminalStatus {
  /** 1 bound, 0 not (any other code reads as not bound). */
  bindStatus: Reading<0 | 1>;
  bound: Reading<boolean>;
  pluggedIn: Reading<boolean | null>;
  lastActiveAt: Reading<Date | null>;
  mobile: Reading<string | null>;
  plateNumber: Reading<string | null>;
}

/** Decodes 1001. A garbled bind status is the error of both `bindStatus` and `bound` (the same fact). */
export function decodeTerminalStatus(data: ServiceResponse<1001>): TerminalStatus {
  const bindStatus = readingOf(1001, data.bindStatus, (status: number) => (status === 1 ? 1 : 0));
  return {
    bindStatus,
    bound: mapReading(bindStatus, (status) => status === 1),
    pluggedIn: readingOf(1001, data.inserted, (inserted) => (inserted === undefined ? null : inserted === 1)),
    lastActiveAt: readingOf(1001, data.activeTime, fromUnixSeconds),
    mobile: readingOf(1001, data.mobile, nonBlank),
    plateNumber: readingOf(1001, data.plateNo, nonBlank),
  };
}
