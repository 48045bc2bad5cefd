import { parse, stringify } from 'lossless-json';

/**
 * JSON text that keeps 64-bit integers exact. The protocol carries Long ids (trip and event ids)
 * as JSON numbers that may exceed 2^53; JSON.parse/JSON.stringify would round them.
 * Parsing (lossless-json, as the client) yields a bigint for every integer outside the safe
 * range; stringifying writes a bigint as bare digits.
 */

export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

export function stringifyJson(value: unknown): string {
  // JSON.stringify writes the same text for every value without a bigint, about four times as fast
  // (a track's answer: 67 against 295 µs); it throws at the first bigint, and lossless-json writes those.
  try {
    return JSON.stringify(value) ?? 'null';
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return stringify(value) ?? 'null';
  }
}

/** Parses strict JSON (RFC 8259); throws SyntaxError naming the position of the first problem. */
export function parseJson(text: string): JsonValue {
  return parse(text, null, (digits) => {
    const value = Number(digits);
    return /^-?\d+$/.test(digits) && !Number.isSafeInteger(value) ? BigInt(digits) : value;
  }) as JsonValue;
}
