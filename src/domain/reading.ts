import { UpstreamBadResponseError } from '../upstream/errors.ts';
import { BadPart } from '../upstream/wire.ts';

/** A reading, or the error of the field iauto360 sent garbled: it fails alone (see BadPart). */
export type Reading<T> = T | UpstreamBadResponseError;

/** A field checked on its own, decoded; or its error, in an answer of `service`. */
export function readingOf<Wire, T>(service: number, value: Wire | BadPart, decode: (value: Wire) => T): Reading<T> {
  return value instanceof BadPart ? value.error(service) : decode(value);
}

/** `decode` applied to a reading's value; its error passed on as it is (one garbled field behind two). */
export function mapReading<T, U>(reading: Reading<T>, decode: (value: T) => U): Reading<U> {
  return reading instanceof UpstreamBadResponseError ? reading : decode(reading);
}
