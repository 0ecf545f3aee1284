import { describe, expect, it } from 'vitest';
import { COUNTDOWN_TOLERANCE_MS, mergeCountdownDeadline, mergeManualDeadline } from '../../lib/storage/merge-deadline';
import { DEADLINE_HISTORY_MAX, DeadlineRecord } from '../../lib/storage/records';
import { DAY, HOUR, ORDER_A, T0, countdown, plus } from './fixtures';

const first = mergeCountdownDeadline(undefined, ORDER_A, countdown(T0, 10 * DAY));

describe('mergeCountdownDeadline', () => {
  it('a first countdown is due at its observedAt + remainingMs', () => {
    expect(first).toEqual({
      orderId: ORDER_A,
      kind: 'protection-end',
      source: 'aliexpress',
      rule: 'card-countdown',
      confidence: 'high',
      dueAt: plus(T0, 10 * DAY),
      observedAt: T0,
      history: [],
    });
    expect(DeadlineRecord.safeParse(first).success).toBe(true);
  });

  it('normalises offsets to UTC (the dueAt index sorts strings)', () => {
    const d = mergeCountdownDeadline(undefined, ORDER_A, countdown('2026-11-01T18:00:00+08:00', HOUR));
    expect(d.observedAt).toBe('2026-11-01T10:00:00.000Z');
    expect(d.dueAt).toBe('2026-11-01T11:00:00.000Z');
  });

  // A day later the page shows "9 days" give or take its rounding.
  it.each([
    ['exactly the same end', 0, 'kept'],
    ['59 minutes later', 59 * 60 * 1000, 'kept'],
    ['59 minutes earlier', -59 * 60 * 1000, 'kept'],
    ['one hour later', HOUR, 'moved'],
    ['two days later (seller extended)', 2 * DAY, 'moved'],
    ['five days earlier (delivered)', -5 * DAY, 'moved'],
  ])('re-read, %s: dueAt %s', (_name, shift, outcome) => {
    const readAt = plus(T0, DAY);
    const next = mergeCountdownDeadline(first, ORDER_A, countdown(readAt, 9 * DAY + shift));
    expect(next.observedAt).toBe(readAt);
    if (outcome === 'kept') {
      expect(next.dueAt).toBe(first.dueAt);
      expect(next.history).toEqual([]);
    } else {
      expect(next.dueAt).toBe(plus(T0, 10 * DAY + shift));
      expect(next.history).toEqual([{ dueAt: first.dueAt, observedAt: T0, source: 'aliexpress' }]);
    }
  });

  it('tolerance is one hour', () => {
    expect(COUNTDOWN_TOLERANCE_MS).toBe(HOUR);
  });

  it('slow drift below the tolerance does not churn, the sum of it eventually moves', () => {
    let d = first;
    for (let i = 1; i <= 3; i++) d = mergeCountdownDeadline(d, ORDER_A, countdown(plus(T0, i * DAY), (10 - i) * DAY + i * 25 * 60 * 1000));
    expect(d.history).toHaveLength(1);
    expect(d.dueAt).toBe(plus(T0, 10 * DAY + 75 * 60 * 1000));
  });

  it('a countdown read before the stored one is stale: nothing changes', () => {
    const current = mergeCountdownDeadline(first, ORDER_A, countdown(plus(T0, DAY), 2 * DAY));
    expect(mergeCountdownDeadline(current, ORDER_A, countdown(T0, 10 * DAY))).toBe(current);
  });

  it(`history keeps the newest ${DEADLINE_HISTORY_MAX} moves`, () => {
    let d = first;
    for (let i = 1; i <= DEADLINE_HISTORY_MAX + 5; i++) d = mergeCountdownDeadline(d, ORDER_A, countdown(plus(T0, i * HOUR), 10 * DAY + i * DAY));
    expect(d.history).toHaveLength(DEADLINE_HISTORY_MAX);
    expect(DeadlineRecord.safeParse(d).success).toBe(true);
  });
});

describe('mergeManualDeadline', () => {
  const now = plus(T0, 3 * DAY);
  const input = { orderId: ORDER_A, kind: 'protection-end' as const, dueAt: '2026-12-12T23:59:00+08:00' };

  it('keeps the entered instant exactly (in UTC), no tolerance', () => {
    const d = mergeManualDeadline(undefined, input, now);
    expect(d).toMatchObject({ source: 'manual', rule: 'entered-by-user', dueAt: '2026-12-12T15:59:00.000Z', observedAt: now, history: [] });
    const oneMinute = mergeManualDeadline(d, { ...input, dueAt: '2026-12-12T16:00:00.000Z' }, plus(now, HOUR));
    expect(oneMinute.dueAt).toBe('2026-12-12T16:00:00.000Z');
    expect(oneMinute.history).toEqual([{ dueAt: d.dueAt, observedAt: now, source: 'manual' }]);
  });

  it('the same instant again changes nothing', () => {
    const d = mergeManualDeadline(undefined, input, now);
    expect(mergeManualDeadline(d, { ...input, dueAt: '2026-12-12T15:59:00Z' }, plus(now, HOUR))).toBe(d);
  });
});
