import type { Instant } from '../schemas/common';
import type { CardCountdown } from '../schemas/order';
import { canonicalJson } from './content-hash';
import { COUNTDOWN_TOLERANCE_MS } from './merge-deadline';
import { millis } from './instants';

/**
 * How long a repeat sighting may go unwritten. A buyer reloads My Orders and sees the same cards
 * again: the merge then changes nothing but the "last seen" bounds, by minutes, and the time a
 * countdown was read. Rewriting every row anyway costs IndexedDB work and, after each write, a
 * rebuild of all the reminders. Those bounds date a completion to the day (POLICY D2), so an
 * hour's lag is far inside what they tell.
 */
export const SIGHTING_REFRESH_MS = 60 * 60_000;

/** For each field a sighting may refresh: whether going from `before` to `after` says nothing new. */
export type RefreshRules<T> = { [K in keyof T]?: (before: T[K], after: T[K]) => boolean };

/**
 * Whether `merged` (the stored row with a new sighting merged in) says nothing new: every field
 * equal, except those with a rule, where the rule accepts the change.
 */
export function onlyRefreshes<T extends object>(stored: T, merged: T, rules: RefreshRules<T>): boolean {
  const refreshed = Object.keys(rules) as (keyof T & string)[];
  for (const field of refreshed) {
    if (!rules[field]!(stored[field], merged[field])) return false;
  }
  return canonicalJson(withoutFields(stored, refreshed)) === canonicalJson(withoutFields(merged, refreshed));
}

/** A time bound moved forward by less than SIGHTING_REFRESH_MS; one appearing, disappearing or moving back is news. */
export function movedForwardALittle(before: Instant | undefined, after: Instant | undefined): boolean {
  if (before === after) return true;
  if (before === undefined || after === undefined) return false;
  return isSmallStepForward(before, after);
}

/**
 * A countdown read again, soon after, that points at the same deadline (within the tolerance the
 * deadline merge keeps a due date for): its text and time left moved with the clock, nothing else.
 */
export function sameCountdownDeadline(before: CardCountdown | undefined, after: CardCountdown | undefined): boolean {
  if (before === undefined || after === undefined) return before === after;
  const dueBefore = millis(before.observedAt) + before.remainingMs;
  const dueAfter = millis(after.observedAt) + after.remainingMs;
  return Math.abs(dueAfter - dueBefore) < COUNTDOWN_TOLERANCE_MS && isSmallStepForward(before.observedAt, after.observedAt);
}

function isSmallStepForward(before: Instant, after: Instant): boolean {
  const moved = millis(after) - millis(before);
  return moved >= 0 && moved < SIGHTING_REFRESH_MS;
}

function withoutFields<T extends object>(row: T, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !fields.includes(key)));
}
