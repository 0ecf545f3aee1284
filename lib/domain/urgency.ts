import { differenceInDays } from 'date-fns';
import type { Urgency } from '../schemas/deadline';
import { isValidDate } from './instant';

const HOUR_MS = 60 * 60 * 1000;
/** Urgent at 72 h: POLICY P6 says to ask for an extension 5–7 days ahead, P7 warns 3–4 days ahead. */
export const URGENT_WITHIN_MS = 72 * HOUR_MS;
/** "Soon" is the P6 window in which the buyer should already be asking the seller. */
export const SOON_WITHIN_MS = 7 * 24 * HOUR_MS;

/**
 * How pressing a deadline is. Thresholds are elapsed time (a DST switch does not stretch them);
 * a deadline at exactly `now` has passed. Unreadable dates give `none` rather than a false alarm.
 */
export function urgencyOf(dueAt: Date, now: Date): Urgency {
  if (!isValidDate(dueAt) || !isValidDate(now)) return 'none';
  const leftMs = dueAt.getTime() - now.getTime();
  if (leftMs <= 0) return 'expired';
  if (leftMs <= URGENT_WITHIN_MS) return 'urgent';
  if (leftMs <= SOON_WITHIN_MS) return 'soon';
  return 'ok';
}

/**
 * Whole local calendar days between now and dueAt, truncated toward zero (date-fns
 * differenceInDays): 12 days 5 h left → 12; 5 h left → 0; passed 1 day 5 h ago → -1;
 * passed 5 h ago → 0 (never -0). A day is a local calendar day, so across a DST switch
 * 10:00 → 10:00 the next day counts as 1 even when it lasted 23 or 25 hours.
 */
export function wholeDaysLeft(dueAt: Date, now: Date): number {
  return differenceInDays(dueAt, now);
}
