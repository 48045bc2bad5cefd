/**
 * What a type whose values iauto360 sends are checked one by one says of a garbled one, so the
 * rule reads the same on every such type: `noun` is what is checked (reading, figure, field),
 * `detail` what garbled means there, when it needs saying.
 */
export function eachCheckedAlone(noun: string, detail = ''): string {
  return ` Each ${noun} is checked on its own: one iauto360 sent garbled${detail} is null with UPSTREAM_BAD_RESPONSE at its own path, the others kept.`;
}
