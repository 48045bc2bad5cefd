import { parse, stringify } from 'lossless-json';

/**
 * JSON text that keeps 64-bit integers exact. The protocol carries Long ids (trip and event ids)
 * as JSON numbers that may exceed 2^53; JSON.parse/JSON.stringify would round them.
 * Parsing (lossless-json, as the client) yields a bigint for every integer outside the safe
 * range; stringifying writes a bigint as bare digits.
 */

export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

export function stringifyJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

/** Parses strict JSON (RFC 8259); throws SyntaxError naming the position of the first problem. */
export function parseJson(text: string): JsonValue {
  return parse(text, null, (digits) => {
    const value = Number(digits);
    return /^-?\d+$/.test(digits) && !Number.isSafeInteger(value) ? BigInt(digits) : value;
  }) as JsonValue;
}
