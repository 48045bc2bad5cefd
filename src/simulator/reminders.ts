import type { LngLat } from '../domain/geo.ts';
import { addressNear, locationOfNode } from './geo.ts';
import type { Random } from './random.ts';
import { formatChinaDateTime } from './time.ts';
import type { Trip } from './trips.ts';

/** A 1014 reminder (the paused service); vocabulary `安防` (security) and `启动` (start) as in its example. */
export interface Reminder {
  readonly id: number;
  readonly type: '安防' | '启动';
  /** unix s */
  readonly time: number;
  readonly location: LngLat;
}

/** A start reminder per trip and an occasional parked-vibration reminder, ids ascending with time. */
export function generateReminders(random: Random, trips: readonly Trip[]): Reminder[] {
  const reminders: Reminder[] = [];
  let id = random.int(30_000, 35_000);
  trips.forEach((trip, index) => {
    id += random.int(1, 3);
    reminders.push({ id, type: '启动', time: trip.startTime, location: locationOfNode(trip.route[0] ?? 0) });
    const next = trips[index + 1];
    if (next && next.startTime - trip.endTime > 6 * 3600 && random.chance(0.05)) {
      id += random.int(1, 3);
      const time = random.int(trip.endTime + 600, next.startTime - 600);
      reminders.push({ id, type: '安防', time, location: locationOfNode(trip.route.at(-1) ?? 0) });
    }
  });
  return reminders;
}

/** The human-readable text of a reminder for the vehicle with this plate. */
export function reminderText(reminder: Reminder, plateNumber: string): string {
  if (reminder.type === '启动') return `[${plateNumber}] 于 [${formatChinaDateTime(reminder.time)}] 启动点火`;
  const when = formatChinaDateTime(reminder.time).slice(0, 16);
  return `[${plateNumber}] 于 [${when}] 在 [${addressNear(reminder.location)}]附近发生轻微震动,请留意.`;
}
