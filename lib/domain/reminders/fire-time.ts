import { addDays, startOfDay } from 'date-fns';

/** Reminders arrive in the morning of their day: a 23:59 deadline should not wake anyone at 23:59. */
export const REMINDER_HOUR = 9;
/** "On the day" of an early-morning deadline still comes this long before it. */
export const SAME_DAY_LEAD_MS = 2 * 60 * 60 * 1000;

/**
 * When the reminder `thresholdDays` before `due` fires, in the local zone: at 09:00 of the local
 * calendar day that many days before the deadline's day, but never later than the same wall-clock
 * time that many days before (a 05:00 deadline is announced at 05:00). On the day (0): 09:00, or
 * 2 h before an earlier deadline, never before its day starts. Calendar days, so DST keeps the hour.
 */
export function fireTimeFor(due: Date, thresholdDays: number): Date {
  const morning = atHour(addDays(startOfDay(due), -thresholdDays), REMINDER_HOUR);
  if (thresholdDays > 0) {
    const sameTime = addDays(due, -thresholdDays);
    return morning.getTime() < sameTime.getTime() ? morning : sameTime;
  }
  const dayStart = startOfDay(due).getTime();
  const lead = due.getTime() - SAME_DAY_LEAD_MS;
  return new Date(Math.max(dayStart, Math.min(morning.getTime(), lead)));
}

function atHour(day: Date, hour: number): Date {
  const at = new Date(day);
  at.setHours(hour, 0, 0, 0);
  return at;
}
