/** Calendar helpers in China Standard Time (UTC+8, no daylight saving), on unix seconds. */

export const SECONDS_PER_DAY = 86_400;
const CHINA_OFFSET_SECONDS = 8 * 3600;

export function toUnixSeconds(milliseconds: number): number {
  return Math.floor(milliseconds / 1000);
}

/** Unix seconds of 00:00 China time on the day containing `unixSeconds`. */
export function chinaDayStart(unixSeconds: number): number {
  return Math.floor((unixSeconds + CHINA_OFFSET_SECONDS) / SECONDS_PER_DAY) * SECONDS_PER_DAY - CHINA_OFFSET_SECONDS;
}

/** `yyyy-MM-dd` in China time. */
export function formatChinaDate(unixSeconds: number): string {
  return chinaIso(unixSeconds).slice(0, 10);
}

/** `yyyy-MM-dd HH:mm:ss` in China time. */
export function formatChinaDateTime(unixSeconds: number): string {
  return chinaIso(unixSeconds).slice(0, 19).replace('T', ' ');
}

/** Whether `text` is a real calendar date written as `yyyy-MM-dd`. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function chinaIso(unixSeconds: number): string {
  return new Date((unixSeconds + CHINA_OFFSET_SECONDS) * 1000).toISOString();
}
