/*
 * Cursors only this gateway issues: the opaque text of a position, then a MAC binding it to the
 * list it came from (a vehicle's trips, a vehicle's events). A forged cursor, or one of another
 * list, is refused before it reaches the upstream or the event store.
 */

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The key sealing cursors, derived from a gateway secret (the upstream secure code): the same for
 * every instance using the same credentials, so a cursor survives restarts and load balancing.
 */
export function cursorKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('iauto-graph trip cursor').digest();
}

const tag = (key: Buffer, scope: string) => createHmac('sha256', key).update(scope).digest().subarray(0, 12).toString('base64url');

/** `payload` as opaque text, sealed for `scope` (a text naming the list and the position). */
export function sealCursor(payload: string, scope: string, key: Buffer): string {
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${tag(key, scope)}`;
}

/** The payload a sealed cursor claims, without checking its seal (for shape checks and cost estimates); null when it is no sealed cursor. */
export function sealedPayload(cursor: string): string | null {
  const match = /^([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]{16}$/.exec(cursor);
  return match ? Buffer.from(match[1]!, 'base64url').toString('utf8') : null;
}

/** True when `cursor` was sealed by this key for `scope`. */
export function isSealedFor(cursor: string, scope: string, key: Buffer): boolean {
  const given = Buffer.from(cursor.slice(cursor.lastIndexOf('.') + 1));
  const expected = Buffer.from(tag(key, scope));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
