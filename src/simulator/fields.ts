import { ESN_MAX_DIGITS, ESN_MIN_DIGITS } from '../domain/esn.ts';
import { fail } from './errors.ts';
import type { JsonValue } from './json.ts';

export type JsonObject = { [key: string]: JsonValue };

interface IntegerRange {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Reads the request `data` of a service, failing with the path of the first missing or invalid field
 * (`missing field data.esn`, `invalid field data.page: expected an integer ≥ 1`). `null` counts as invalid.
 */
export class RequestFields {
  constructor(private readonly data: JsonObject) {}

  has(name: string): boolean {
    return Object.hasOwn(this.data, name);
  }

  requiredString(name: string, pattern: RegExp, expected: string): string {
    const value = this.optionalString(name, pattern, expected);
    if (value === undefined) throw fail.missingField(path(name));
    return value;
  }

  optionalString(name: string, pattern: RegExp, expected: string): string | undefined {
    if (!this.has(name)) return undefined;
    const value = this.data[name];
    if (typeof value !== 'string' || !pattern.test(value)) throw fail.invalidField(path(name), expected);
    return value;
  }

  requiredInteger(name: string, range: IntegerRange = {}): number {
    const value = this.optionalInteger(name, range);
    if (value === undefined) throw fail.missingField(path(name));
    return value;
  }

  optionalInteger(name: string, { min = -(2 ** 53), max = 2 ** 53 }: IntegerRange = {}): number | undefined {
    if (!this.has(name)) return undefined;
    const value = this.data[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw fail.invalidField(path(name), `expected an integer from ${min} to ${max}`);
    }
    return value;
  }

  /** A Long id sent as a string of digits or as a JSON integer (read losslessly); returned as decimal text. */
  requiredId(name: string): string {
    if (!this.has(name)) throw fail.missingField(path(name));
    const value = this.data[name];
    if (typeof value === 'string' && /^\d{1,19}$/.test(value)) return BigInt(value).toString();
    if (typeof value === 'bigint' && value >= 0n) return value.toString();
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
    throw fail.invalidField(path(name), 'expected a non-negative integer id, as a string of digits or a number');
  }

  oneOf<T extends string>(name: string, values: readonly T[], required: boolean): T | undefined {
    if (!this.has(name)) {
      if (required) throw fail.missingField(path(name));
      return undefined;
    }
    const value = this.data[name];
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      throw fail.invalidField(path(name), `expected one of ${values.join(', ')}`);
    }
    return value as T;
  }
}

/** The ESN rule of the gateway (src/domain/esn.ts), in the simulator's wording. */
export const ESN_EXPECTED = `expected the terminal number as a string of ${ESN_MIN_DIGITS} to ${ESN_MAX_DIGITS} digits`;

function path(name: string): string {
  return `data.${name}`;
}
