import type { CalendarDate } from '../schemas/common';

/**
 * A deadline AliExpress states as a calendar day ("before Sep 3, 2026", "within 7 days of …")
 * becomes the start of that day in the user's zone: the badge and the panel then show that very
 * day, and the reminder fires before it rather than at its end (err early). `plusDays` counts
 * calendar days (DST-safe: the Date constructor normalises day overflow across month ends, and a
 * midnight that does not exist in the zone moves to the first hour that does).
 */
export function dueAtStartOf(date: CalendarDate, plusDays = 0): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || !Number.isInteger(plusDays)) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  const due = new Date(year, month - 1, day + plusDays);
  return Number.isNaN(due.getTime()) ? undefined : due;
}
