import { z } from 'zod';

/*
 * Zod rules for user input, shared by every argument and input field that takes the same kind
 * of value. A value that breaks one becomes a BAD_USER_INPUT error naming the field, before
 * any upstream call.
 */

export const esnRule = z.string().regex(/^\d{15,17}$/, 'an ESN is the 15 to 17 digits printed on the terminal');

export const esnListRule = z.array(esnRule).min(1, 'ask for at least one ESN').max(100, 'ask for at most 100 ESNs at once');

export const mobileRule = z.string().regex(/^1\d{10}$/, 'a mobile number is 11 digits starting with 1');

export const tripIdRule = z.string().regex(/^\d{1,20}$/, 'a trip id is a string of digits');

export const catalogIdRule = z.number().int().positive('ids are positive integers');

export const pageSizeRule = z.number().int().min(0, 'must not be negative').max(100, 'at most 100 per page');

/** The longest span a trip or statistics range may cover. */
export const maxRangeDays = 366;

export const dateTimeRule = z
  .date()
  .refine((date) => !Number.isNaN(date.getTime()), 'not a valid date-time')
  .refine((date) => date.getTime() >= 0, 'must not be before 1970');

export const calendarDateRule = z.iso.date('expected a date as yyyy-MM-dd');
