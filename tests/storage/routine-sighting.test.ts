import { describe, expect, it } from 'vitest';
import type { CardCountdown } from '../../lib/schemas/order';
import { COUNTDOWN_TOLERANCE_MS } from '../../lib/storage/merge-deadline';
import {
  SIGHTING_REFRESH_MS,
  movedForwardALittle,
  onlyRefreshes,
  sameCountdownDeadline,
  type RefreshRules,
} from '../../lib/storage/routine-sighting';
import { DAY, HOUR, T0, plus } from './fixtures';

type Row = { id: string; status: string; tags: string[]; seenAt?: string; openAt?: string };
const RULES: RefreshRules<Row> = { seenAt: movedForwardALittle, openAt: movedForwardALittle };
const row = (overrides: Partial<Row> = {}): Row => ({ id: '1', status: 'shipped', tags: ['a'], seenAt: T0, openAt: T0, ...overrides });

describe('onlyRefreshes', () => {
  it('an identical row says nothing new', () => {
    expect(onlyRefreshes(row(), row(), RULES)).toBe(true);
  });

  it('fields its rules accept say nothing new; any rule refusing is news', () => {
    const later = plus(T0, SIGHTING_REFRESH_MS - 1);
    expect(onlyRefreshes(row(), row({ seenAt: later, openAt: later }), RULES)).toBe(true);
    expect(onlyRefreshes(row(), row({ seenAt: later, openAt: plus(T0, SIGHTING_REFRESH_MS) }), RULES)).toBe(false);
  });

  it('any field without a rule that differs is news, however deep', () => {
    expect(onlyRefreshes(row(), row({ status: 'completed' }), RULES)).toBe(false);
    expect(onlyRefreshes(row(), row({ tags: ['a', 'b'] }), RULES)).toBe(false);
    expect(onlyRefreshes(row(), row({ openAt: plus(T0, 1) }), { seenAt: movedForwardALittle })).toBe(false);
  });

  it('the order fields were built in does not matter', () => {
    const reordered: Row = { tags: ['a'], openAt: T0, seenAt: T0, status: 'shipped', id: '1' };
    expect(onlyRefreshes(row(), reordered, RULES)).toBe(true);
  });
});

describe('movedForwardALittle', () => {
  it('accepts the same instant and a step forward shorter than the refresh interval', () => {
    expect(movedForwardALittle(T0, T0)).toBe(true);
    expect(movedForwardALittle(undefined, undefined)).toBe(true);
    expect(movedForwardALittle(T0, plus(T0, SIGHTING_REFRESH_MS - 1))).toBe(true);
  });

  it('refuses a step of the refresh interval or more, a step back, and a bound appearing or disappearing', () => {
    expect(movedForwardALittle(T0, plus(T0, SIGHTING_REFRESH_MS))).toBe(false);
    expect(movedForwardALittle(T0, plus(T0, -1))).toBe(false);
    expect(movedForwardALittle(undefined, T0)).toBe(false);
    expect(movedForwardALittle(T0, undefined)).toBe(false);
  });
});

describe('sameCountdownDeadline', () => {
  const countdown = (observedAt: string, remainingMs: number, text = 'Buyer protection: 10 days left'): CardCountdown => ({ text, remainingMs, observedAt });

  it('a countdown read again later that points at the same deadline says nothing new', () => {
    const first = countdown(T0, 10 * DAY);
    // 20 minutes on, the page shows 20 minutes less (its text may round differently).
    expect(sameCountdownDeadline(first, countdown(plus(T0, HOUR / 3), 10 * DAY - HOUR / 3, 'Buyer protection: 9 days 23 hours left'))).toBe(true);
    // Hour-resolution texts: the same deadline read as up to just under an hour off.
    expect(sameCountdownDeadline(first, countdown(plus(T0, HOUR / 3), 10 * DAY + COUNTDOWN_TOLERANCE_MS / 2))).toBe(true);
    expect(sameCountdownDeadline(undefined, undefined)).toBe(true);
  });

  it('a moved deadline, a reading from long after or before, or a countdown appearing or going is news', () => {
    const first = countdown(T0, 10 * DAY);
    expect(sameCountdownDeadline(first, countdown(plus(T0, HOUR / 3), 15 * DAY))).toBe(false); // protection extended
    expect(sameCountdownDeadline(first, countdown(plus(T0, SIGHTING_REFRESH_MS), 10 * DAY - SIGHTING_REFRESH_MS))).toBe(false);
    expect(sameCountdownDeadline(first, countdown(plus(T0, -HOUR / 3), 10 * DAY + HOUR / 3))).toBe(false);
    expect(sameCountdownDeadline(first, undefined)).toBe(false);
    expect(sameCountdownDeadline(undefined, first)).toBe(false);
  });
});
