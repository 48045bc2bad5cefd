import { nonBlank } from './units.ts';

/**
 * Fuel grades iauto360 knows (1016 `oilType`, 1021/1022 `oilType`): research octane numbers of
 * petrol sold in China, as wire strings. The schema's FuelGrade enum, the client's contract and
 * the simulator all take them from here.
 */
export const FUEL_GRADES = ['90', '92', '93', '95', '97'] as const;
export type FuelGrade = (typeof FUEL_GRADES)[number];

/** A wire grade (blanks around it allowed) as a known grade; anything else reads as null. */
export function decodeFuelGrade(text: string | null | undefined): FuelGrade | null {
  const code = nonBlank(text);
  return FUEL_GRADES.find((grade) => grade === code) ?? null;
}
