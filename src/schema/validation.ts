import { z } from 'zod';
import { MAX_UNIX_SECONDS } from '../upstream/wire.ts';
import { ESN_MAX_DIGITS, ESN_MIN_DIGITS, ESN_PATTERN, ESN_RULE_TEXT, MOBILE_PATTERN, MOBILE_RULE_TEXT } from '../domain/esn.ts';
import { MAX_PROFILE_KM } from '../domain/profile.ts';

/*
 * Zod rules for user input, shared by every argument and input field that takes the same kind
 * of value. A value that breaks one becomes a BAD_USER_INPUT error naming the field, before
 * any upstream call.
 */

export const esnRule = z.string().regex(ESN_PATTERN, ESN_RULE_TEXT);

/** The rule `esnRule` holds an argument to, for the argument's description. */
export const ESN_FORMAT = `${ESN_MIN_DIGITS} to ${ESN_MAX_DIGITS} digits`;

/** The description of an argument or input field taking one ESN: what it is, then the rule. */
export const esnArgumentDescription = (what: string) => `${what}: ${ESN_FORMAT}, else refused (BAD_USER_INPUT) with no upstream call.`;

/**
 * The most items one list argument may ask for: ESNs, global ids, a page of trips or events. The
 * upstream-cost estimate (src/cost/fields.ts) reads the same numbers: a list beyond its limit is
 * refused by its rule before any call, so it costs nothing.
 */
export const MAX_ESNS = 100;
export const MAX_IDS = 100;
export const MAX_PAGE_SIZE = 100;

/** The size of an ESN list; each ESN is checked on its own (a malformed one fails only its item). */
export const esnListSizeRule = z.array(z.string()).min(1, 'ask for at least one ESN').max(MAX_ESNS, `ask for at most ${MAX_ESNS} ESNs at once`);

/** The size of a list of global ids; each id is checked on its own. */
export const idListSizeRule = z
  .array(z.union([z.string(), z.number()]))
  .min(1, 'ask for at least one id')
  .max(MAX_IDS, `ask for at most ${MAX_IDS} ids at once`);

export const mobileRule = z.string().regex(MOBILE_PATTERN, MOBILE_RULE_TEXT);

/** The largest trip id the service can hold (a Java long: 2^63 − 1). */
const MAX_TRIP_ID = 2n ** 63n - 1n;

/** Trip ids as `tripIdRule` takes them, for descriptions. */
export const TRIP_ID_FORMAT = `its digits, at most ${MAX_TRIP_ID}`;

export const tripIdRule = z
  .string()
  .regex(/^\d{1,19}$/, 'a trip id is a string of digits')
  .refine((id) => !/^\d+$/.test(id) || BigInt(id) <= MAX_TRIP_ID, `a trip id is at most ${MAX_TRIP_ID}`);

export const catalogIdRule = z.number().int().positive('ids are positive integers');

export const pageSizeRule = z.number().int().min(0, 'must not be negative').max(MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE} per page`);

/** The longest span a trip or statistics range may cover. */
export const maxRangeDays = 366;

export const dateTimeRule = z
  .date()
  .refine((date) => !Number.isNaN(date.getTime()), 'not a valid date-time')
  .refine((date) => date.getTime() >= 0, 'must not be before 1970')
  // The service takes times of at most 11 digits of unix seconds: a later one would be refused as its wire field.
  .refine((date) => date.getTime() < (MAX_UNIX_SECONDS + 1) * 1000, `must not be after ${new Date(MAX_UNIX_SECONDS * 1000).toISOString()}`);

export const calendarDateRule = z.iso.date('expected a date as yyyy-MM-dd');

/** A VIN: 17 letters and digits without I, O or Q; lower case is accepted and upper-cased. */
export const vinRule = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-HJ-NPR-Z0-9]{17}$/, 'a VIN is 17 letters and digits (no I, O or Q)');

/** A Chinese licence plate: province character, issuing-office letter, then 5 or 6 letters and digits, or 4 and a suffix (挂, 学, 警…). */
export const plateNumberRule = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z](?:[A-Z0-9]{5,6}|[A-Z0-9]{4}[挂学警港澳领试超])$/,
    'a plate number is a province character, a letter and 5 or 6 letters or digits, or 4 and a suffix such as 挂 (e.g. 粤A12345, 粤A1234挂)',
  );

/** A two-digit plate type code (GA 36), e.g. 02. */
export const plateTypeCodeRule = z.string().regex(/^\d{2}$/, 'a plate type code is two digits, e.g. 02');

/** An engine number: 1 to 32 letters, digits and dashes; upper-cased. */
export const engineNumberRule = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{1,32}$/, 'an engine number is 1 to 32 letters, digits or dashes');

/**
 * Free text sent upstream holds no control character (NUL, line breaks, tabs, escapes, U+0000–U+001F
 * and U+007F–U+009F): none belongs in a name or a code, and they would reach every screen and log
 * that shows the value.
 */
export const printableText = z.string().regex(/^\P{Cc}*$/u, 'must not hold control characters (line breaks, tabs, NUL…)');

/** A short free-text name (an insurer, say): 1 to 64 printable characters after trimming. */
export const shortNameRule = z.string().trim().min(1, 'must not be blank').max(64, 'at most 64 characters').pipe(printableText);

/** A distance in whole kilometres, not negative. */
export const kilometresRule = z.number().int().nonnegative('must not be negative').max(MAX_PROFILE_KM, `at most ${MAX_PROFILE_KM} km`);
