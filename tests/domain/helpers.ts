import type { Deadline } from '../../lib/schemas/deadline';

export const ORDER_ID = '8001234567890123';
export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The zone this project runs in (vitest.config.ts sets TZ per project). */
export const zone = process.env.TZ ?? '';

/**
 * A local wall-clock time in the zone under test: `local('2026-03-08 10:00')`. Built with the
 * local-time Date constructor, so expectations hold in every zone.
 */
export function local(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`bad local time: ${text}`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(year, month - 1, day, hour, minute);
}

/** `local(...)` as the Instant string stored in schemas. */
export function localIso(text: string): string {
  return local(text).toISOString();
}

export function deadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    orderId: ORDER_ID,
    kind: 'protection-end',
    dueAt: localIso('2026-06-20 12:00'),
    source: 'aliexpress',
    rule: 'card-countdown',
    confidence: 'high',
    observedAt: localIso('2026-06-01 12:00'),
    ...overrides,
  };
}
