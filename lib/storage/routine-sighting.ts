import { canonicalJson } from './content-hash';
import { millis } from './instants';

/**
 * How long a repeat sighting may go unwritten. A buyer reloads My Orders and sees the same cards
 * again: the merge then changes nothing but the "last seen" bounds, by minutes. Rewriting every
 * row anyway costs IndexedDB work and, after each write, a rebuild of all the reminders. Those
 * bounds date a completion to the day (POLICY D2), so an hour's lag is far inside what they tell.
 */
export const SIGHTING_REFRESH_MS = 60 * 60_000;

/**
 * Whether `merged` (the stored row with a new sighting merged in) says nothing new: every field
 * equal but the `movedForward` bounds, each of which moved forward by less than
 * SIGHTING_REFRESH_MS. A bound that appears, disappears or moves back is news.
 */
export function onlyRefreshesBounds<T extends object>(stored: T, merged: T, movedForward: readonly (keyof T & string)[]): boolean {
  for (const field of movedForward) {
    const before = stored[field];
    const after = merged[field];
    if (before === after) continue;
    if (typeof before !== 'string' || typeof after !== 'string') return false;
    const moved = millis(after) - millis(before);
    if (!(moved >= 0 && moved < SIGHTING_REFRESH_MS)) return false;
  }
  return canonicalJson(withoutFields(stored, movedForward)) === canonicalJson(withoutFields(merged, movedForward));
}

function withoutFields<T extends object>(row: T, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !fields.includes(key)));
}
