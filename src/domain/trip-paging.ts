/*
 * Offset paging over an upstream that serves fixed pages of 10, numbered from 1. A cursor is
 * the opaque text of one item's offset in the whole range; pages are fetched only for the
 * offsets a request actually returns.
 */

import { isSealedFor, sealCursor, sealedPayload } from './sealed-cursor.ts';

export const UPSTREAM_PAGE_SIZE = 10;

const CURSOR_PREFIX = 'trip:';

/** Where a cursor points: an offset in the range, and the id of the trip it was issued at (when known). */
export interface TripCursor {
  offset: number;
  /** Null for a trip whose record was malformed, and in cursors from before ids were carried. */
  tripId: string | null;
}

/** A cursor's payload (`trip:<offset>` or `trip:<offset>:<tripId>`), or null when it is not one of ours. */
const payloadOf = (text: string): TripCursor | null => {
  const match = /^trip:(0|[1-9]\d{0,8})(?::(\d{1,20}))?$/.exec(text);
  return match ? { offset: Number(match[1]), tripId: match[2] ?? null } : null;
};

/** A cursor's place as text: `<offset>`, or `<offset>:<tripId>` when it names its trip (what the payload carries and the seal covers). */
const placeText = (cursor: TripCursor) => (cursor.tripId === null ? `${cursor.offset}` : `${cursor.offset}:${cursor.tripId}`);

const sealedText = (esn: string, cursor: TripCursor) => `${esn}:${placeText(cursor)}`;

/**
 * A cursor sealed for one vehicle's trip list: the offset, the trip's id, and a MAC of them with
 * the ESN. Only the gateway issues them, so a forged cursor (an offset past the last page,
 * another vehicle's list) is refused before any upstream call.
 */
export function sealTripCursor(cursor: TripCursor, esn: string, key: Buffer): string {
  return sealCursor(`${CURSOR_PREFIX}${placeText(cursor)}`, sealedText(esn, cursor), key);
}

/** Where a cursor this gateway sealed for this ESN points, or null. */
export function openTripCursor(text: string, esn: string, key: Buffer): TripCursor | null {
  const payload = sealedPayload(text);
  const cursor = payload === null ? null : payloadOf(payload);
  return cursor !== null && isSealedFor(text, sealedText(esn, cursor), key) ? cursor : null;
}

/** Where a sealed cursor claims to point, without checking its seal (for shape checks and cost estimates). */
export function claimedTripCursor(text: string): TripCursor | null {
  const payload = sealedPayload(text);
  return payload === null ? null : payloadOf(payload);
}

/** The offset a sealed cursor claims, without checking its seal. */
export function sealedCursorOffset(text: string): number | null {
  return claimedTripCursor(text)?.offset ?? null;
}

/**
 * The upstream page numbers holding the items at offsets [start, start + count). An empty
 * window still needs one page, for the total count: page 1, which any query shares.
 */
export function pagesCovering(start: number, count: number, pageSize = UPSTREAM_PAGE_SIZE): number[] {
  if (count <= 0) return [1];
  const firstPage = Math.floor(start / pageSize) + 1;
  const lastPage = Math.floor((start + count - 1) / pageSize) + 1;
  return Array.from({ length: lastPage - firstPage + 1 }, (_, index) => firstPage + index);
}

export interface UpstreamPage<T> {
  records: readonly T[];
  totalCount: number;
}

export interface Window<T> {
  items: T[];
  totalCount: number;
}

/**
 * The items at offsets [start, start + count). The first covering page comes first and its
 * total count clamps the window, so no page past the end of the range is ever fetched; the
 * remaining pages then load concurrently.
 */
export async function loadWindow<T>(
  start: number,
  count: number,
  fetchPage: (page: number) => Promise<UpstreamPage<T>>,
  pageSize = UPSTREAM_PAGE_SIZE,
): Promise<Window<T>> {
  const firstPage = pagesCovering(start, count, pageSize)[0] ?? 1;
  const first = await fetchPage(firstPage);
  const available = Math.max(0, Math.min(count, first.totalCount - start));
  const later = available > 0 ? pagesCovering(start, available, pageSize).filter((page) => page !== firstPage) : [];
  const loaded = await Promise.all(later.map(async (page) => [page, (await fetchPage(page)).records] as const));
  const pages = new Map<number, readonly T[]>([[firstPage, first.records], ...loaded]);

  const items: T[] = [];
  for (let offset = start; offset < start + available; offset++) {
    const item = pages.get(Math.floor(offset / pageSize) + 1)?.[offset % pageSize];
    if (item === undefined) break;
    items.push(item);
  }
  return { items, totalCount: first.totalCount };
}
