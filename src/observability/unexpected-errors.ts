import type { RequestRecord } from './request-record.ts';

/*
 * Yoga logs an unexpected error (one the error masker turned into INTERNAL_SERVER_ERROR: a bug)
 * where it masks it, knowing nothing of the request; without requestLogScope (info level and
 * above) that line would lack the request id a user quotes from `extensions.requestId`. So the
 * line is held until the end of the current turn of the event loop: when the request's answer
 * is stamped with its id (useRequestObservation, WebSocket and graphql-sse answers), which
 * happens in the same turn, the line is written with that id; a line nobody claims (a
 * subscription event's error, masked after its stamping) is still written, without one.
 */

/** The error yoga logged, by the masked error it became. */
const maskedFrom = new WeakMap<object, unknown>();
/** Lines held, by the error yoga logged: each writes its line, with the request's record if known. */
const held = new Map<unknown, (record: RequestRecord | undefined) => void>();

/** Called by the masker wrapper: `masked` is what `error` became. */
export function noteMasked<E extends Error>(error: unknown, masked: E): E {
  if (masked !== error) maskedFrom.set(masked, error);
  return masked;
}

/** Holds the line about `error` until its request claims it, or the turn ends. */
export function holdErrorLine(error: unknown, write: (record: RequestRecord | undefined) => void): void {
  held.set(error, write);
  setImmediate(() => release(error, undefined));
}

/** Writes the held line (if any) about the error `masked` came from, with `record`'s request id. */
export function claimErrorLine(record: RequestRecord, masked: object): void {
  const error = maskedFrom.get(masked);
  if (error !== undefined) release(error, record);
}

function release(error: unknown, record: RequestRecord | undefined): void {
  const write = held.get(error);
  if (write === undefined) return;
  held.delete(error);
  write(record);
}
