import { describe, expect, it } from 'vitest';
import { fireTimeFor } from '../../lib/domain/reminders/fire-time';
import { planReminders, reminderId, staleDeliveries, type PlanInput } from '../../lib/domain/reminders/plan';
import { DEFAULT_THRESHOLDS, normaliseThresholds } from '../../lib/domain/reminders/thresholds';
import type { OrderDeadlines } from '../../lib/domain/reminders/open-orders';
import { DAY, HOUR, ORDER_ID, deadline, local, localIso, zone } from './helpers';

const OTHER = '8001234567890999';
const THIRD = '8001234567890555';

describe('fireTimeFor: local calendar days, in the morning', () => {
  it.each([
    { name: '7 days before a noon deadline', due: '2026-06-20 12:00', days: 7, fire: '2026-06-13 09:00' },
    { name: '3 days before', due: '2026-06-20 12:00', days: 3, fire: '2026-06-17 09:00' },
    { name: '1 day before', due: '2026-06-20 12:00', days: 1, fire: '2026-06-19 09:00' },
    { name: 'on the day', due: '2026-06-20 12:00', days: 0, fire: '2026-06-20 09:00' },
    { name: 'late-evening deadline: still the morning', due: '2026-06-20 23:59', days: 3, fire: '2026-06-17 09:00' },
    { name: 'early deadline: same time N days before', due: '2026-06-20 05:00', days: 7, fire: '2026-06-13 05:00' },
    { name: 'early deadline on the day: 2 h before', due: '2026-06-20 05:00', days: 0, fire: '2026-06-20 03:00' },
    { name: 'just after midnight on the day: at midnight', due: '2026-06-20 01:00', days: 0, fire: '2026-06-20 00:00' },
    { name: 'across a month end', due: '2026-03-02 12:00', days: 3, fire: '2026-02-27 09:00' },
    { name: 'across a year end', due: '2027-01-02 18:00', days: 7, fire: '2026-12-26 09:00' },
    { name: 'into a leap day', due: '2028-03-01 12:00', days: 1, fire: '2028-02-29 09:00' },
    // Los Angeles springs forward on 2026-03-08, falls back on 2026-11-01; Auckland ends DST
    // on 2026-04-05 and starts it on 2026-09-27. The hour stays 09:00 on either side.
    { name: 'across spring-forward (LA)', due: '2026-03-10 12:00', days: 3, fire: '2026-03-07 09:00' },
    { name: 'on the spring-forward day (LA)', due: '2026-03-08 12:00', days: 0, fire: '2026-03-08 09:00' },
    { name: 'across fall-back (LA)', due: '2026-11-02 12:00', days: 7, fire: '2026-10-26 09:00' },
    { name: 'across DST end (Auckland)', due: '2026-04-06 08:00', days: 1, fire: '2026-04-05 08:00' },
    { name: 'across DST start (Auckland)', due: '2026-09-28 12:00', days: 1, fire: '2026-09-27 09:00' },
  ])('$name', ({ due, days, fire }) => {
    expect(fireTimeFor(local(due), days).toISOString()).toBe(localIso(fire));
  });

  it('each threshold fires before the deadline and the nearer one later', () => {
    const due = local('2026-03-08 12:00');
    const times = DEFAULT_THRESHOLDS.map((n) => fireTimeFor(due, n).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const t of times) expect(t).toBeLessThan(due.getTime());
  });
});

describe('normaliseThresholds', () => {
  it.each([
    { given: [7, 3, 1, 0], want: [7, 3, 1, 0] },
    { given: [0, 1, 3, 7], want: [7, 3, 1, 0] },
    { given: [3, 3, 1], want: [3, 1] },
    { given: [-1, 1.5, 91, Number.NaN, 2], want: [2] },
    { given: [], want: [] },
    { given: [90, 0], want: [90, 0] },
  ])('$given → $want', ({ given, want }) => {
    expect(normaliseThresholds(given)).toEqual(want);
  });
});

const now = local('2026-06-10 12:00');
const shipped = (dueAt: string, orderId = ORDER_ID, source: 'aliexpress' | 'manual' | 'estimated' = 'aliexpress'): OrderDeadlines => ({
  orderId,
  status: 'shipped',
  deadlines: [deadline({ orderId, dueAt: localIso(dueAt), source, observedAt: localIso('2026-06-01 12:00') })],
});
const plan = (overrides: Partial<PlanInput>) =>
  planReminders({ orders: [], thresholds: DEFAULT_THRESHOLDS, delivered: new Set(), now, ...overrides });

describe('planReminders', () => {
  it('plans every threshold of an open deadline, nothing due yet, wakes at the first', () => {
    const result = plan({ orders: [shipped('2026-06-25 12:00')] });
    expect(result.reminders.map((r) => [r.thresholdDays, r.fireAt])).toEqual([
      [7, localIso('2026-06-18 09:00')],
      [3, localIso('2026-06-22 09:00')],
      [1, localIso('2026-06-24 09:00')],
      [0, localIso('2026-06-25 09:00')],
    ]);
    expect(result.due).toEqual([]);
    expect(result.nextWakeAt).toBe(localIso('2026-06-18 09:00'));
    expect(result.urgentOrders).toBe(0);
    expect(result.reminders[0]!.id).toBe(reminderId(ORDER_ID, 'protection-end', 7, localIso('2026-06-25 12:00')));
  });

  it('after a downtime only the nearest missed threshold is shown; the farther ones are recorded', () => {
    const result = plan({ orders: [shipped('2026-06-12 18:00')] });
    expect(result.due.map((r) => r.thresholdDays)).toEqual([3]);
    expect(result.superseded.map((r) => r.thresholdDays)).toEqual([7]);
    expect(result.nextWakeAt).toBe(localIso('2026-06-11 09:00'));
  });

  it('delivered reminders are not due again', () => {
    const first = plan({ orders: [shipped('2026-06-12 18:00')] });
    const delivered = new Set([...first.due, ...first.superseded].map((r) => r.id));
    expect(plan({ orders: [shipped('2026-06-12 18:00')], delivered }).due).toEqual([]);
  });

  it('a moved deadline gets new reminders; what was delivered for the old date does not hide them', () => {
    const before = plan({ orders: [shipped('2026-06-12 18:00')] });
    const delivered = new Set([...before.due, ...before.superseded].map((r) => r.id));
    const after = plan({ orders: [shipped('2026-06-11 20:00')], delivered });
    expect(after.due.map((r) => [r.thresholdDays, r.dueAt])).toEqual([[1, localIso('2026-06-11 20:00')]]);
    const oldIds = new Set(before.reminders.map((r) => r.id));
    expect(after.reminders.some((r) => oldIds.has(r.id))).toBe(false);
  });

  it('the same input gives the same ids', () => {
    const ids = () => plan({ orders: [shipped('2026-06-25 12:00')] }).reminders.map((r) => r.id);
    expect(ids()).toEqual(ids());
  });

  it.each([
    { name: 'a passed deadline', order: shipped('2026-06-10 11:59') },
    { name: 'a deadline at exactly now', order: shipped('2026-06-10 12:00') },
    {
      name: 'a deadline the status makes moot (processing)',
      order: { ...shipped('2026-06-25 12:00'), status: 'processing' } as OrderDeadlines,
    },
    {
      name: 'a cancelled order',
      order: { ...shipped('2026-06-25 12:00'), status: 'cancelled' } as OrderDeadlines,
    },
  ])('no reminder for $name', ({ order }) => {
    const result = plan({ orders: [order] });
    expect(result.reminders).toEqual([]);
    expect(result.orders).toEqual([]);
    expect(result.nextWakeAt).toBeUndefined();
  });

  it('counts urgent orders, lists the most urgent first and wakes when one turns urgent', () => {
    const orders = [shipped('2026-06-15 12:00', THIRD), shipped('2026-06-11 12:00', OTHER), shipped('2026-06-12 12:00')];
    const result = plan({ orders, thresholds: [] });
    expect(result.orders.map((o) => o.orderId)).toEqual([OTHER, ORDER_ID, THIRD]);
    expect(result.urgentOrders).toBe(2);
    // No thresholds: the next change is the 5-day order turning urgent (72 h before it).
    expect(result.nextWakeAt).toBe(new Date(local('2026-06-11 12:00').getTime()).toISOString());
    expect(plan({ orders: [shipped('2026-06-15 12:00')], thresholds: [] }).nextWakeAt).toBe(
      new Date(local('2026-06-15 12:00').getTime() - 72 * HOUR).toISOString(),
    );
  });

  it('estimated and manual deadlines get reminders with their source', () => {
    const completed: OrderDeadlines = {
      orderId: OTHER,
      status: 'completed',
      deadlines: [
        deadline({
          orderId: OTHER,
          kind: 'dispute-after-completion',
          source: 'estimated',
          rule: 'completion-window-bounded',
          confidence: 'low',
          dueAt: localIso('2026-06-14 10:00'),
        }),
      ],
    };
    const result = plan({ orders: [completed, shipped('2026-06-20 12:00', ORDER_ID, 'manual')] });
    expect(result.due).toEqual([expect.objectContaining({ orderId: OTHER, source: 'estimated', thresholdDays: 7 })]);
    expect(result.reminders.filter((r) => r.orderId === ORDER_ID).every((r) => r.source === 'manual')).toBe(true);
  });

  it('a first-hand date replaces the estimate of the same kind (one deadline per kind)', () => {
    const both: OrderDeadlines = {
      orderId: ORDER_ID,
      status: 'shipped',
      deadlines: [
        deadline({ dueAt: localIso('2026-06-30 12:00'), source: 'aliexpress' }),
        deadline({ dueAt: localIso('2026-06-20 12:00'), source: 'estimated' }),
      ],
    };
    const result = plan({ orders: [both], thresholds: [0] });
    expect(result.reminders.map((r) => [r.source, r.dueAt])).toEqual([['aliexpress', localIso('2026-06-30 12:00')]]);
  });

  it('configured thresholds replace the defaults; invalid ones are ignored', () => {
    const result = plan({ orders: [shipped('2026-06-30 12:00')], thresholds: [14, 2, -3, 2] });
    expect(result.reminders.map((r) => r.thresholdDays)).toEqual([14, 2]);
  });

  it('a deadline on a DST day gets its morning reminders at 09:00 local', () => {
    const result = planReminders({
      orders: [shipped('2026-11-01 12:00')],
      thresholds: [1, 0],
      delivered: new Set(),
      now: local('2026-10-20 12:00'),
    });
    expect(result.reminders.map((r) => r.fireAt)).toEqual([localIso('2026-10-31 09:00'), localIso('2026-11-01 09:00')]);
    const gap = new Date(result.reminders[1]!.fireAt).getTime() - new Date(result.reminders[0]!.fireAt).getTime();
    expect(gap).toBe(zone === 'America/Los_Angeles' ? DAY + HOUR : DAY);
  });
});

describe('staleDeliveries', () => {
  it('keeps deliveries of open deadlines (any threshold), drops passed and moved ones', () => {
    const result = plan({ orders: [shipped('2026-06-20 12:00'), shipped('2026-06-25 12:00', OTHER)] });
    const open = reminderId(ORDER_ID, 'protection-end', 3, localIso('2026-06-20 12:00'));
    const switchedOff = reminderId(ORDER_ID, 'protection-end', 14, localIso('2026-06-20 12:00'));
    const moved = reminderId(OTHER, 'protection-end', 3, localIso('2026-06-22 12:00'));
    const gone = reminderId(THIRD, 'protection-end', 1, localIso('2026-06-01 12:00'));
    expect(staleDeliveries([open, switchedOff, moved, gone], result)).toEqual([moved, gone]);
  });
});
