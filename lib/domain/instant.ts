import type { Instant } from '../schemas/common';

/** Parses an instant; `undefined` when it is not a real date, so callers drop it instead of throwing. */
export function toValidDate(instant: Instant): Date | undefined {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function isValidDate(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/**
 * The local calendar day of an instant, `YYYY-MM-DD`. Written out rather than date-fns `format`,
 * whose locale machinery would add ~18 KB to every content script for one fixed pattern.
 */
export function localCalendarDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
