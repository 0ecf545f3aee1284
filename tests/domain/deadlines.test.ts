import { addDays, differenceInCalendarDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  DISPUTE_DAYS_AFTER_COMPLETION,
  SAFETY_MARGIN_DAYS,
  deriveDeadlines,
} from '../../lib/domain/deadlines';
import type { OrderFacts } from '../../lib/domain/order-facts';
import { Deadline } from '../../lib/schemas/deadline';
import type { OrderStatus } from '../../lib/schemas/order';
import { DAY, HOUR, MINUTE, ORDER_ID, local, localIso, zone } from './helpers';

const countdown = (observedAt: string, remainingMs: number) => ({
  text: 'Buyer protection: 12 days 5 hours',
  remainingMs,
  observedAt,
});

describe('deriveDeadlines: card countdown on a shipped order', () => {
  // Instants in UTC: a countdown is elapsed time, so these hold in every zone.
  it.each([
    { name: '12 days 5 hours', observedAt: '2026-03-01T10:00:00.000Z', remainingMs: 12 * DAY + 5 * HOUR, dueAt: '2026-03-13T15:00:00.000Z' },
    { name: '59 minutes', observedAt: '2026-03-01T23:30:00.000Z', remainingMs: 59 * MINUTE, dueAt: '2026-03-02T00:29:00.000Z' },
    { name: 'zero (ends as read)', observedAt: '2026-03-01T10:00:00.000Z', remainingMs: 0, dueAt: '2026-03-01T10:00:00.000Z' },
    { name: 'across a month end', observedAt: '2026-01-31T10:00:00.000Z', remainingMs: 15 * DAY, dueAt: '2026-02-15T10:00:00.000Z' },
    { name: 'into Feb 29 of 2028', observedAt: '2028-02-14T10:00:00.000Z', remainingMs: 15 * DAY, dueAt: '2028-02-29T10:00:00.000Z' },
    { name: 'observedAt with an offset', observedAt: '2026-03-01T10:00:00+05:30', remainingMs: HOUR, dueAt: '2026-03-01T05:30:00.000Z' },
  ])('$name → due $dueAt', ({ observedAt, remainingMs, dueAt }) => {
    const facts: OrderFacts = { orderId: ORDER_ID, status: 'shipped', countdown: countdown(observedAt, remainingMs) };
    expect(deriveDeadlines(facts)).toEqual([
      {
        orderId: ORDER_ID,
        kind: 'protection-end',
        dueAt,
        source: 'aliexpress',
        rule: 'card-countdown',
        confidence: 'high',
        observedAt: new Date(observedAt).toISOString(),
      },
    ]);
  });

  it('yields deadlines that satisfy the Deadline schema', () => {
    const facts: OrderFacts = { orderId: ORDER_ID, status: 'shipped', countdown: countdown(localIso('2026-03-01 10:00'), DAY) };
    for (const d of deriveDeadlines(facts)) expect(Deadline.safeParse(d).success).toBe(true);
  });

  it.each<OrderStatus>(['unpaid', 'processing', 'completed', 'cancelled', 'closed', 'unknown'])(
    'ignores a countdown on a %s order (it is not the protection clock)',
    (status) => {
      const facts: OrderFacts = { orderId: ORDER_ID, status, countdown: countdown(localIso('2026-03-01 10:00'), DAY) };
      expect(deriveDeadlines(facts)).toEqual([]);
    },
  );

  it('drops a countdown whose observedAt is not a date', () => {
    const facts: OrderFacts = { orderId: ORDER_ID, status: 'shipped', countdown: countdown('not a date', DAY) };
    expect(deriveDeadlines(facts)).toEqual([]);
  });
});

describe('deriveDeadlines: completed order, dispute window estimated from sightings', () => {
  it('uses D2 = 15 days and a 2-day safety margin', () => {
    expect([DISPUTE_DAYS_AFTER_COMPLETION, SAFETY_MARGIN_DAYS]).toEqual([15, 2]);
  });

  // lastSeen + 15 days − 2 days margin = lastSeen + 13 calendar days, same local wall-clock time.
  it.each([
    { name: 'sightings 2 days apart', lastSeen: '2026-05-10 14:30', firstSeen: '2026-05-12 09:00', due: '2026-05-23 14:30', confidence: 'medium' },
    { name: 'sightings exactly 3 days apart', lastSeen: '2026-05-10 14:30', firstSeen: '2026-05-13 14:30', due: '2026-05-23 14:30', confidence: 'medium' },
    { name: 'sightings 3 days 1 minute apart', lastSeen: '2026-05-10 14:30', firstSeen: '2026-05-13 14:31', due: '2026-05-23 14:30', confidence: 'low' },
    { name: 'completion sighting unknown', lastSeen: '2026-05-10 14:30', firstSeen: undefined, due: '2026-05-23 14:30', confidence: 'low' },
    { name: 'sightings contradict (completed before last open)', lastSeen: '2026-05-10 14:30', firstSeen: '2026-05-09 08:00', due: '2026-05-23 14:30', confidence: 'low' },
    { name: 'across a month end', lastSeen: '2026-01-31 10:00', firstSeen: '2026-02-01 10:00', due: '2026-02-13 10:00', confidence: 'medium' },
    { name: 'onto Feb 29 of leap year 2028', lastSeen: '2028-02-16 10:00', firstSeen: '2028-02-17 10:00', due: '2028-02-29 10:00', confidence: 'medium' },
    { name: 'over Feb 29 of leap year 2028', lastSeen: '2028-02-20 08:00', firstSeen: '2028-02-21 08:00', due: '2028-03-04 08:00', confidence: 'medium' },
    { name: 'over Feb 28 of 2026 (no leap day)', lastSeen: '2026-02-20 08:00', firstSeen: '2026-02-21 08:00', due: '2026-03-05 08:00', confidence: 'medium' },
    { name: 'over the year end', lastSeen: '2026-12-25 18:00', firstSeen: '2026-12-26 18:00', due: '2027-01-07 18:00', confidence: 'medium' },
  ] as const)('$name → due $due ($confidence)', ({ lastSeen, firstSeen, due, confidence }) => {
    const facts: OrderFacts = {
      orderId: ORDER_ID,
      status: 'completed',
      lastSeenNotCompletedAt: localIso(lastSeen),
      firstSeenCompletedAt: firstSeen === undefined ? undefined : localIso(firstSeen),
    };
    const [estimate, ...rest] = deriveDeadlines(facts);
    expect(rest).toEqual([]);
    expect(estimate).toMatchObject({
      orderId: ORDER_ID,
      kind: 'dispute-after-completion',
      dueAt: localIso(due),
      source: 'estimated',
      rule: 'completion-window-bounded',
      confidence,
    });
    expect(Deadline.safeParse(estimate).success).toBe(true);
  });

  it('errs early: the estimate is SAFETY_MARGIN_DAYS calendar days before lastSeen + 15 days', () => {
    const lastSeen = local('2026-05-10 14:30');
    const [estimate] = deriveDeadlines({ orderId: ORDER_ID, status: 'completed', lastSeenNotCompletedAt: lastSeen.toISOString() });
    const due = new Date(estimate!.dueAt);
    expect(differenceInCalendarDays(addDays(lastSeen, DISPUTE_DAYS_AFTER_COMPLETION), due)).toBe(SAFETY_MARGIN_DAYS);
  });

  it.each([
    { name: 'both sightings known, newer wins', lastSeen: '2026-05-10 14:30', firstSeen: '2026-05-12 09:00', observed: '2026-05-12 09:00' },
    { name: 'no completion sighting', lastSeen: '2026-05-10 14:30', firstSeen: undefined, observed: '2026-05-10 14:30' },
  ])('observedAt is the newest sighting: $name', ({ lastSeen, firstSeen, observed }) => {
    const [estimate] = deriveDeadlines({
      orderId: ORDER_ID,
      status: 'completed',
      lastSeenNotCompletedAt: localIso(lastSeen),
      firstSeenCompletedAt: firstSeen === undefined ? undefined : localIso(firstSeen),
    });
    expect(estimate?.observedAt).toBe(localIso(observed));
  });

  // Each span contains one zone's DST switch: there the elapsed time is 13 days ± 1 h, while the
  // local wall-clock time stays put (calendar-day arithmetic). In the other zones it is 13 × 24 h.
  it.each([
    { name: 'Los Angeles springs forward on 2026-03-08', lastSeen: '2026-03-01 10:00', due: '2026-03-14 10:00', switchZone: 'America/Los_Angeles', shiftHours: -1 },
    { name: 'Los Angeles falls back on 2026-11-01', lastSeen: '2026-10-25 10:00', due: '2026-11-07 10:00', switchZone: 'America/Los_Angeles', shiftHours: 1 },
    { name: 'Auckland falls back on 2026-04-05', lastSeen: '2026-03-30 10:00', due: '2026-04-12 10:00', switchZone: 'Pacific/Auckland', shiftHours: 1 },
    { name: 'Auckland springs forward on 2026-09-27', lastSeen: '2026-09-20 10:00', due: '2026-10-03 10:00', switchZone: 'Pacific/Auckland', shiftHours: -1 },
  ])('keeps the wall-clock time when $name', ({ lastSeen, due, switchZone, shiftHours }) => {
    const [estimate] = deriveDeadlines({ orderId: ORDER_ID, status: 'completed', lastSeenNotCompletedAt: localIso(lastSeen) });
    const dueAt = new Date(estimate!.dueAt);
    expect(dueAt).toEqual(local(due));
    expect(dueAt.getHours()).toBe(10);
    const elapsedHours = (dueAt.getTime() - local(lastSeen).getTime()) / HOUR;
    expect(elapsedHours).toBe(13 * 24 + (zone === switchZone ? shiftHours : 0));
  });
});

describe('deriveDeadlines: nothing known → nothing derived (never assume a protection length, P2)', () => {
  it.each<{ name: string; facts: OrderFacts }>([
    { name: 'shipped, no countdown', facts: { orderId: ORDER_ID, status: 'shipped', orderDate: '2026-03-01', lastSeenNotCompletedAt: localIso('2026-03-05 10:00') } },
    { name: 'completed, never seen before completion', facts: { orderId: ORDER_ID, status: 'completed', firstSeenCompletedAt: localIso('2026-03-05 10:00') } },
    { name: 'completed, sighting not a date', facts: { orderId: ORDER_ID, status: 'completed', lastSeenNotCompletedAt: 'yesterday' } },
    { name: 'processing with sightings', facts: { orderId: ORDER_ID, status: 'processing', lastSeenNotCompletedAt: localIso('2026-03-05 10:00') } },
    { name: 'unknown status with sightings', facts: { orderId: ORDER_ID, status: 'unknown', lastSeenNotCompletedAt: localIso('2026-03-05 10:00') } },
    { name: 'only an order date', facts: { orderId: ORDER_ID, status: 'shipped', orderDate: '2026-03-01' } },
  ])('$name', ({ facts }) => {
    expect(deriveDeadlines(facts)).toEqual([]);
  });
});
