import { describe, expect, it } from 'vitest';
import { SOON_WITHIN_MS, URGENT_WITHIN_MS, urgencyOf, wholeDaysLeft } from '../../lib/domain/urgency';
import { DAY, HOUR, local, zone } from './helpers';

const now = local('2026-06-10 12:00');
const after = (ms: number) => new Date(now.getTime() + ms);

describe('urgencyOf: thresholds', () => {
  it('urgent within 72 h, soon within 7 days', () => {
    expect(URGENT_WITHIN_MS).toBe(72 * HOUR);
    expect(SOON_WITHIN_MS).toBe(7 * DAY);
  });

  it.each([
    { name: 'a week ago', leftMs: -7 * DAY, urgency: 'expired' },
    { name: '1 ms ago', leftMs: -1, urgency: 'expired' },
    { name: 'dueAt == now', leftMs: 0, urgency: 'expired' },
    { name: '1 ms left', leftMs: 1, urgency: 'urgent' },
    { name: 'exactly 72 h left', leftMs: 72 * HOUR, urgency: 'urgent' },
    { name: '72 h + 1 ms left', leftMs: 72 * HOUR + 1, urgency: 'soon' },
    { name: 'exactly 7 days left', leftMs: 7 * DAY, urgency: 'soon' },
    { name: '7 days + 1 ms left', leftMs: 7 * DAY + 1, urgency: 'ok' },
    { name: '60 days left', leftMs: 60 * DAY, urgency: 'ok' },
  ])('$name → $urgency', ({ leftMs, urgency }) => {
    expect(urgencyOf(after(leftMs), now)).toBe(urgency);
  });

  it.each([
    { name: 'dueAt invalid', dueAt: new Date(NaN), now },
    { name: 'now invalid', dueAt: now, now: new Date(NaN) },
  ])('$name → none, no throw', ({ dueAt, now: at }) => {
    expect(urgencyOf(dueAt, at)).toBe('none');
  });

  // Urgency counts elapsed time; Los Angeles falls back on 2026-11-01, so 3 wall-clock days are 73 h.
  it('counts elapsed hours across a DST switch', () => {
    const urgency = urgencyOf(local('2026-11-01 12:00'), local('2026-10-29 12:00'));
    expect(urgency).toBe(zone === 'America/Los_Angeles' ? 'soon' : 'urgent');
  });
});

describe('wholeDaysLeft: local calendar days, truncated toward zero', () => {
  it.each([
    { name: '12 days 5 hours left', dueAt: '2026-06-22 17:00', days: 12 },
    { name: 'exactly 3 days left', dueAt: '2026-06-13 12:00', days: 3 },
    { name: '3 days less 1 minute left', dueAt: '2026-06-13 11:59', days: 2 },
    { name: '23 h 59 min left', dueAt: '2026-06-11 11:59', days: 0 },
    { name: 'dueAt == now', dueAt: '2026-06-10 12:00', days: 0 },
    { name: 'passed 5 hours ago', dueAt: '2026-06-10 07:00', days: 0 },
    { name: 'passed exactly 1 day ago', dueAt: '2026-06-09 12:00', days: -1 },
    { name: 'passed 1 day 5 hours ago', dueAt: '2026-06-09 07:00', days: -1 },
    { name: 'passed 2 days 23 hours ago', dueAt: '2026-06-07 13:00', days: -2 },
    { name: 'across a month end', dueAt: '2026-07-01 12:00', days: 21 },
  ])('$name → $days', ({ dueAt, days }) => {
    const result = wholeDaysLeft(local(dueAt), now);
    expect(result).toBe(days);
    expect(Object.is(result, -0)).toBe(false);
  });

  // 10:00 → 10:00 three days later is 3 days everywhere, although it lasts 71 h in Los Angeles
  // (spring forward 2026-03-08) and 73 h in Auckland (fall back 2026-04-05).
  it.each([
    { now: '2026-03-07 10:00', dueAt: '2026-03-10 10:00', days: 3 },
    { now: '2026-03-07 10:00', dueAt: '2026-03-10 09:59', days: 2 },
    { now: '2026-04-04 10:00', dueAt: '2026-04-07 10:00', days: 3 },
    { now: '2026-04-04 10:00', dueAt: '2026-04-07 09:59', days: 2 },
  ])('across DST: $now → $dueAt is $days days', ({ now: from, dueAt, days }) => {
    expect(wholeDaysLeft(local(dueAt), local(from))).toBe(days);
  });
});
