import type { Instant } from '../schemas/common';

/** Parses an instant; `undefined` when it is not a real date, so callers drop it instead of throwing. */
export function toValidDate(instant: Instant): Date | undefined {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function isValidDate(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}
