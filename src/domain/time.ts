/** Unix seconds (the upstream's business timestamps) to a Date; 0, missing and null read as unknown. */
export function fromUnixSeconds(seconds: number | null | undefined): Date | null {
  return seconds ? new Date(seconds * 1000) : null;
}

/** A Date to whole unix seconds, as the upstream's query ranges expect. */
export function toUnixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
