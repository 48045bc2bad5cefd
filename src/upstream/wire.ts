import { z } from 'zod';
import { ESN_PATTERN, ESN_RULE_TEXT } from '../domain/esn.ts';
import { FUEL_GRADES } from '../domain/fuel-grades.ts';
import { UpstreamBadResponseError, describeIssues } from './errors.ts';

/*
 * Wire primitives for the iauto360 protocol. They are tolerant where docs/upstream.md shows the
 * upstream as sloppy (numbers sent as strings and strings as numbers, optional fields missing
 * or null) and strict where a wrong value would mislead (ids, coordinates).
 */

const numericText = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'expected a number');

// z.number() refuses NaN and ±Infinity, so a JSON number is checked once; only text goes through
// the conversion (these run for every numeric field of every answer).

/** A finite number, also accepted as numeric text. */
export const wireNumber = z.union([z.number(), numericText.transform(Number).pipe(z.number())], {
  error: 'expected a number (a JSON number or numeric text)',
});

/** An integer, also accepted as integer text. */
export const wireInt = z.union([z.number().int(), numericText.transform(Number).pipe(z.number().int())], {
  error: 'expected a whole number (a JSON integer or integer text)',
});

/** Text, also accepted as a number (1001 `mobile` is sent as a JSON number). */
export const wireText = z.union([z.string(), z.number().transform(String)], { error: 'expected text or a number' });

/**
 * A long id (trip and event ids may exceed 2^53). The client parses unsafe integers to text
 * before validation, so an id arrives here as text or as a safe integer; it leaves as text.
 */
const LONG_ID_EXPECTED = 'expected an integer id (digits, or a JSON integer)';
export const wireLongId = z.union([z.string().regex(/^-?\d+$/, LONG_ID_EXPECTED), z.number().int().transform(String)], { error: LONG_ID_EXPECTED });

/** `[longitude, latitude]` in GCJ-02: exactly two finite numbers. */
export const wireCoordinate = z.tuple([z.number().finite(), z.number().finite()]);

/** An optional wire field: missing and null both read as undefined. */
export function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

/**
 * A part of an answer that breaks the contract (a record of a list, one tyre's text), in its place.
 * Each such part is checked on its own, so the rest of the answer is kept: what shows this one
 * gives null and UPSTREAM_BAD_RESPONSE at its own path (a trip edge's node, a battery reading, a
 * tyre), not the whole field.
 */
export class BadPart {
  constructor(
    readonly path: readonly PropertyKey[],
    readonly issues: readonly z.core.$ZodIssue[],
  ) {}

  /**
   * The error this part gives, in an answer of `service`. `within` is the path of the record holding
   * this part's list, when it is a nested one (a brand tree's series sit in `records.2.records`).
   */
  error(service: number, within: readonly PropertyKey[] = []): UpstreamBadResponseError {
    return new UpstreamBadResponseError(service, describeIssues(this.issues, [...within, ...this.path]), this.issues);
  }
}

/** The value of `schema`, or the BadPart at `path` when the value breaks it. */
function checked<T extends z.ZodType>(schema: T, value: unknown, path: readonly PropertyKey[]): z.output<T> | BadPart {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : new BadPart(path, parsed.error.issues);
}

/** A list of records each checked against `record` on its own (see BadPart); missing or null reads as empty. */
export function eachRecord<T extends z.ZodType>(record: T) {
  return optional(z.array(z.unknown())).transform((items) => checkEach(record, items ?? []));
}

/**
 * The same for a `records` list the contract requires, inside a record (a brand tree's series and
 * models): a record without it breaks the contract itself.
 */
export function eachRequiredRecord<T extends z.ZodType>(record: T) {
  return z.array(z.unknown()).transform((items) => checkEach(record, items));
}

function checkEach<T extends z.ZodType>(record: T, items: unknown[]): Array<z.output<T> | BadPart> {
  return items.map((item, index) => checked(record, item, ['records', index]));
}

/**
 * A field checked against `schema` on its own (see BadPart): `field` names it in the error. A
 * missing field is checked too, so one the contract requires is its own error when missing.
 */
export function checkedAlone<T extends z.ZodType>(field: string, schema: T) {
  return z
    .unknown()
    .optional()
    .transform((value) => checked(schema, value, [field]));
}

/**
 * How many parts of an answer broke the contract: BadParts among its fields (checkedAlone) and in
 * its `records`, at any depth (eachRecord and eachRequiredRecord, the only lists checked record by
 * record). Other lists, a track's thousand points say, cannot hold one and are not scanned: this
 * runs on every answer.
 */
export function countBadParts(data: unknown): number {
  if (typeof data !== 'object' || data === null) return 0;
  let count = 0;
  for (const value of Object.values(data)) if (value instanceof BadPart) count++;
  return count + badRecords(data);
}

/** BadParts in `records`, and in the `records` of its well-formed records (a brand tree's levels). */
function badRecords(data: object): number {
  const { records } = data as { records?: unknown };
  if (!Array.isArray(records)) return 0;
  let count = 0;
  for (const record of records) {
    if (record instanceof BadPart) count++;
    else if (typeof record === 'object' && record !== null) count += badRecords(record);
  }
  return count;
}

/** The records of a list answer, all of them; or the error of the first that breaks the contract. */
export function wellFormedRecords<T>(records: ReadonlyArray<T | BadPart>, service: number): T[] {
  const bad = records.find((record) => record instanceof BadPart);
  if (bad) throw bad.error(service);
  return records as T[];
}

/** Digits of a terminal serial number (ESN). */
export const esn = z.string().regex(ESN_PATTERN, ESN_RULE_TEXT);

/** A trip id as sent in `recordId` (always text on the wire since 2018-12). */
export const recordId = z.string().regex(/^\d{1,20}$/, 'a record id is a string of digits');

/** Unix seconds, as the business timestamps and query ranges are. */
/** The latest time the service takes, in unix seconds (11 digits: November 5138). */
export const MAX_UNIX_SECONDS = 99_999_999_999;

export const unixSeconds = z.number().int().nonnegative().max(MAX_UNIX_SECONDS);

/** The text of a date, yyyy-MM-dd. */
export const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-MM-dd');

/** Fuel grades the upstream knows. */
export const fuelGrade = z.enum(FUEL_GRADES);
