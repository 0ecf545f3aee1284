import type { Instant } from '../schemas/common';

/**
 * Instants arrive with any offset ("…+08:00", "…Z"). Stored ones are normalised to UTC so the
 * string indexes (dueAt, lastSeenAt) sort in time order; comparisons always go through numbers.
 */
export const toUtc = (instant: Instant): Instant => new Date(instant).toISOString();

export const millis = (instant: Instant): number => new Date(instant).getTime();

export const isBefore = (a: Instant, b: Instant): boolean => millis(a) < millis(b);

export const earliest = (a: Instant, b: Instant | undefined): Instant =>
  b !== undefined && isBefore(b, a) ? b : a;

export const latest = (a: Instant, b: Instant | undefined): Instant =>
  b !== undefined && isBefore(a, b) ? b : a;
