import { describe, expect, it } from 'vitest';
import { planClaimTimerReminders, type ClaimTimerListing } from '../../lib/domain/reminders/claim-timer-plan';
import { fireTimeFor } from '../../lib/domain/reminders/fire-time';
import { reminderId, staleDeliveries } from '../../lib/domain/reminders/plan';
import type { Deadline } from '../../lib/schemas/deadline';
import { DAY, HOUR, ORDER_ID } from './helpers';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const THRESHOLDS = [7, 3, 1, 0];

function timer(kind: Deadline['kind'], startMs: number, lengthMs: number): Deadline {
  const rule = kind === 'seller-reply' ? 'seller-reply-wait' : kind === 'seller-dispute-answer' ? 'dispute-answer-window' : 'return-shipping-window';
  return { orderId: ORDER_ID, kind, rule, source: 'estimated', confidence: 'medium', observedAt: iso(startMs), dueAt: iso(startMs + lengthMs) };
}
const listing = (...timers: Deadline[]): ClaimTimerListing[] => [{ orderId: ORDER_ID, timers }];

describe('claim timer reminders: which reminders each clock gets', () => {
  it.each<[string, Deadline, { days: number; fireAt: string }[]]>([
    // 48 h: one reminder when the wait is over, never a "7 days before".
    ['seller reply: at its end only', timer('seller-reply', T0, 48 * HOUR), [{ days: 0, fireAt: iso(T0 + 48 * HOUR) }]],
    ['seller dispute answer: at its end only', timer('seller-dispute-answer', T0, 5 * DAY), [{ days: 0, fireAt: iso(T0 + 5 * DAY) }]],
    [
      'return shipment (8 days): the thresholds inside the clock, in the morning',
      timer('return-shipment', T0, 8 * DAY),
      [7, 3, 1, 0].map((days) => ({ days, fireAt: fireTimeFor(new Date(T0 + 8 * DAY), days).toISOString() })),
    ],
    [
      'a short return clock drops the thresholds that would fire before it started',
      timer('return-shipment', T0, 2 * DAY + HOUR),
      [1, 0].map((days) => ({ days, fireAt: fireTimeFor(new Date(T0 + 2 * DAY + HOUR), days).toISOString() })),
    ],
  ])('%s', (_name, clock, expected) => {
    const plan = planClaimTimerReminders(listing(clock), THRESHOLDS, new Set(), new Date(T0));
    expect(plan.reminders.map((r) => ({ days: r.thresholdDays, fireAt: r.fireAt }))).toEqual([...expected].sort((a, b) => a.fireAt.localeCompare(b.fireAt)));
    expect(plan.reminders.every((r) => r.id === reminderId(ORDER_ID, clock.kind, r.thresholdDays, clock.dueAt))).toBe(true);
    expect(plan.due).toEqual([]);
    expect(plan.nextWakeAt).toBe([...expected].sort((a, b) => a.fireAt.localeCompare(b.fireAt))[0]!.fireAt);
  });

  it('a seller reply wait that ran out while the browser was closed is due once, then never again', () => {
    const clock = timer('seller-reply', T0, 48 * HOUR);
    const later = new Date(T0 + 5 * DAY);
    const first = planClaimTimerReminders(listing(clock), THRESHOLDS, new Set(), later);
    expect(first.due.map((r) => r.kind)).toEqual(['seller-reply']);
    const again = planClaimTimerReminders(listing(clock), THRESHOLDS, new Set(first.due.map((r) => r.id)), later);
    expect(again.due).toEqual([]);
    expect(again.nextWakeAt).toBeUndefined();
  });

  it('after a downtime a return clock shows only its nearest threshold; a passed end is recorded, not shown', () => {
    const clock = timer('return-shipment', T0, 8 * DAY);
    const mid = planClaimTimerReminders(listing(clock), THRESHOLDS, new Set(), new Date(T0 + 6 * DAY));
    expect(mid.due.map((r) => r.thresholdDays)).toEqual([3]);
    expect(mid.superseded.map((r) => r.thresholdDays)).toEqual([7]);
    const past = planClaimTimerReminders(listing(clock), THRESHOLDS, new Set(), new Date(T0 + 9 * DAY));
    expect(past.due).toEqual([]);
    expect(past.superseded).toHaveLength(4);
  });

  it('deliveries of a running clock are not stale; those of a clock that stopped or moved are', () => {
    const clock = timer('seller-reply', T0, 48 * HOUR);
    const plan = planClaimTimerReminders(listing(clock), THRESHOLDS, new Set(), new Date(T0 + 3 * DAY));
    const id = plan.due[0]!.id;
    expect(staleDeliveries([id], { orders: [] }, plan.open)).toEqual([]);
    const moved = planClaimTimerReminders(listing(timer('seller-reply', T0 + DAY, 48 * HOUR)), THRESHOLDS, new Set([id]), new Date(T0 + 3 * DAY));
    expect(staleDeliveries([id], { orders: [] }, moved.open)).toEqual([id]);
    expect(staleDeliveries([id], { orders: [] }, [])).toEqual([id]);
  });
});
