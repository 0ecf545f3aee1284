import { describe, expect, it } from 'vitest';
import { dueAtStartOf } from '../../lib/domain/calendar-due';
import { deriveDetailDeadlines } from '../../lib/domain/detail-deadlines';
import type { DetailFacts } from '../../lib/domain/detail-facts';
import { localCalendarDate } from '../../lib/domain/instant';
import { ORDER_ID, zone } from './helpers';

const SEEN = '2026-08-05T12:00:00.000Z';
const base: DetailFacts = { orderId: ORDER_ID, status: 'shipped', windows: [], freeReturn: false, delivered: false };
const day = (iso: string) => localCalendarDate(new Date(iso));
const summary = (facts: DetailFacts) =>
  deriveDetailDeadlines(facts).map((d) => ({ kind: d.kind, day: day(d.dueAt), source: d.source, rule: d.rule, confidence: d.confidence }));

describe(`calendar days to instants (${zone})`, () => {
  it.each([
    ['2026-09-03', 0, '2026-09-03'],
    ['2026-01-31', 30, '2026-03-02'], // month end, not a leap year
    ['2028-02-28', 1, '2028-02-29'], // leap day
    ['2026-12-25', 7, '2027-01-01'], // year end
    ['2026-03-01', 7, '2026-03-08'], // US DST starts on 2026-03-08
    ['2026-04-01', 4, '2026-04-05'], // New Zealand DST ends on 2026-04-05
    ['2026-09-20', 7, '2026-09-27'], // New Zealand DST starts on 2026-09-27
    ['2026-10-25', 7, '2026-11-01'], // US DST ends on 2026-11-01
  ])('%s + %i days starts the local day %s', (from, plus, expected) => {
    const due = dueAtStartOf(from, plus)!;
    expect(localCalendarDate(due)).toBe(expected);
    expect(due.getHours()).toBe(0);
    expect(due.getMinutes()).toBe(0);
  });

  it.each(['2026-02-30', '2026-13-01', 'soon', ''])('%s is no date', (text) => {
    expect(dueAtStartOf(text)).toBeUndefined();
  });
});

describe(`deadlines from the detail and tracking pages (${zone})`, () => {
  it.each<[string, DetailFacts, ReturnType<typeof summary>]>([
    [
      'tracking: "Refund if no delivery before" is the protection end; coupon date too',
      { ...base, refundIfNoDeliveryBefore: '2026-09-03', couponIfDelayedBy: '2026-08-03', trackingSeenAt: SEEN },
      [
        { kind: 'protection-end', day: '2026-09-03', source: 'aliexpress', rule: 'tracking-refund-date', confidence: 'high' },
        { kind: 'delay-coupon', day: '2026-08-03', source: 'aliexpress', rule: 'tracking-coupon-date', confidence: 'high' },
      ],
    ],
    [
      'delivered: no coupon any more, and an early estimate 5 - 2 days after the scan',
      { ...base, refundIfNoDeliveryBefore: '2026-09-03', couponIfDelayedBy: '2026-08-03', delivered: true, deliveredDate: '2026-08-01', trackingSeenAt: SEEN },
      [
        { kind: 'protection-end', day: '2026-09-03', source: 'aliexpress', rule: 'tracking-refund-date', confidence: 'high' },
        { kind: 'delivered-protection-end', day: '2026-08-04', source: 'estimated', rule: 'delivered-shortening', confidence: 'low' },
      ],
    ],
    [
      'delivered at the month end',
      { ...base, delivered: true, deliveredDate: '2026-01-30', trackingSeenAt: SEEN },
      [{ kind: 'delivered-protection-end', day: '2026-02-02', source: 'estimated', rule: 'delivered-shortening', confidence: 'low' }],
    ],
    [
      'delivered, but the stated end comes sooner: no estimate',
      { ...base, refundIfNoDeliveryBefore: '2026-08-02', delivered: true, deliveredDate: '2026-08-01', trackingSeenAt: SEEN },
      [{ kind: 'protection-end', day: '2026-08-02', source: 'aliexpress', rule: 'tracking-refund-date', confidence: 'high' }],
    ],
    [
      'completed with reminder sentences: the stated windows, no 15-day rule',
      {
        ...base,
        status: 'completed',
        placedDate: '2026-07-15',
        completedDate: '2026-08-02',
        windows: [{ purpose: 'return-refund', days: 7, from: 'receipt-confirmed' }, { purpose: 'quality-dispute', days: 90, from: 'order-placed' }],
        detailSeenAt: SEEN,
      },
      [
        { kind: 'return-window', day: '2026-08-09', source: 'aliexpress', rule: 'reminder-window', confidence: 'medium' },
        { kind: 'quality-dispute', day: '2026-10-13', source: 'aliexpress', rule: 'reminder-window', confidence: 'high' },
      ],
    ],
    [
      'completed without a reminder: completion date + 15 days, 2 days early',
      { ...base, status: 'completed', completedDate: '2026-02-20', detailSeenAt: SEEN },
      [{ kind: 'dispute-after-completion', day: '2026-03-05', source: 'estimated', rule: 'completion-date-window', confidence: 'medium' }],
    ],
    [
      'a window counted from a date the page does not show gives nothing',
      { ...base, status: 'completed', windows: [{ purpose: 'return-refund', days: 7, from: 'receipt-confirmed' }], placedDate: '2026-07-15', detailSeenAt: SEEN },
      [],
    ],
    [
      'free-return order: 15 days after delivery, 2 days early (earliest of delivery and completion)',
      { ...base, status: 'completed', freeReturn: true, completedDate: '2026-08-06', deliveredDate: '2026-08-01', delivered: true, windows: [{ purpose: 'quality-dispute', days: 90, from: 'order-placed' }], placedDate: '2026-07-15', detailSeenAt: SEEN, trackingSeenAt: SEEN },
      [
        { kind: 'quality-dispute', day: '2026-10-13', source: 'aliexpress', rule: 'reminder-window', confidence: 'high' },
        { kind: 'free-return', day: '2026-08-14', source: 'estimated', rule: 'free-return-window', confidence: 'low' },
      ],
    ],
    ['nothing seen: nothing', base, []],
    ['a date without an observation time: nothing', { ...base, refundIfNoDeliveryBefore: '2026-09-03' }, []],
    ['an unreadable date: nothing', { ...base, refundIfNoDeliveryBefore: '2026-02-31', trackingSeenAt: SEEN }, []],
  ])('%s', (_name, facts, expected) => {
    expect(summary(facts)).toEqual(expected);
  });

  it('stamps every deadline with the order and the observation', () => {
    const deadlines = deriveDetailDeadlines({ ...base, refundIfNoDeliveryBefore: '2026-09-03', trackingSeenAt: '2026-08-05T14:00:00+02:00' });
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ orderId: ORDER_ID, observedAt: '2026-08-05T12:00:00.000Z' });
  });
});
