/*
 * Scaled integers and placeholder values of the wire, turned into real units and nulls.
 * Dividing a wire integer by 10 or 100 gives the nearest double to the decimal value
 * (1349 / 100 prints as 13.49), so no rounding is needed.
 */

/** Hundredths (×100 on the wire) to the unit itself: 8800 → 88; missing stays null. */
export function fromHundredths(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : value / 100;
}

/** Tenths (×10 on the wire) to the unit itself: 131 → 13.1; missing stays null. */
export function fromTenths(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : value / 10;
}

/** The unit to hundredths, as the wire sends it (the simulator's encoding): 88 → 8800. */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** The unit to tenths, as the wire sends it (the simulator's encoding): 13.1 → 131. */
export function toTenths(value: number): number {
  return Math.round(value * 10);
}

/** A missing wire value as null. */
export function orNull<T>(value: T | null | undefined): T | null {
  return value ?? null;
}

/** Text with surrounding blanks removed; empty or blank text is a placeholder and reads as null. */
export function nonBlank(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
