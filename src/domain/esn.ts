/*
 * The terminal serial number (ESN, 终端编号), one rule for the schema, the client and the simulator.
 * Every ESN the vendor shows is a string of 15 digits (IMEI-style, e.g. 861677033025167) or 17
 * (86127667888972656); nothing documents other lengths. Holding input to that range makes a typo
 * fail at once, naming the field, instead of costing a billed call that answers "unknown ESN"
 * (docs/upstream.md §4).
 */

export const ESN_MIN_DIGITS = 15;
export const ESN_MAX_DIGITS = 17;
export const ESN_PATTERN = new RegExp(`^\\d{${ESN_MIN_DIGITS},${ESN_MAX_DIGITS}}$`);
export const ESN_RULE_TEXT = `an ESN is the ${ESN_MIN_DIGITS} to ${ESN_MAX_DIGITS} digits printed on the terminal`;

/** A mainland mobile number: 11 digits starting with 1. */
export const MOBILE_PATTERN = /^1\d{10}$/;
export const MOBILE_RULE_TEXT = 'a mobile number is 11 digits starting with 1';
