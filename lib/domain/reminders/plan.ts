import type { Instant } from '../../schemas/common';
import type { DeadlineKind, DeadlineSource } from '../../schemas/deadline';
import { URGENT_WITHIN_MS } from '../urgency';
import { fireTimeFor } from './fire-time';
import { openOrders, type OpenOrder, type OrderDeadlines } from './open-orders';
import { normaliseThresholds } from './thresholds';

export interface Reminder {
  /** Stable: order, kind, threshold and dueAt. A moved deadline gets new ids; the old ones drop out. */
  id: string;
  orderId: string;
  kind: DeadlineKind;
  source: DeadlineSource;
  dueAt: Instant;
  /** Days before the deadline; 0 = on the day. */
  thresholdDays: number;
  fireAt: Instant;
}

export interface ReminderPlan {
  /** Every reminder of every open deadline, by fireAt (then id). */
  reminders: Reminder[];
  /**
   * To show now: fired (fireAt ≤ now), deadline still open, not delivered yet. One per deadline —
   * after a long downtime only the nearest threshold is worth a notification.
   */
  due: Reminder[];
  /** Fired and undelivered but covered by a nearer threshold of the same deadline: record, do not show. */
  superseded: Reminder[];
  /** When the plan next changes: a reminder fires, an order turns urgent, a deadline passes. */
  nextWakeAt?: Instant;
  /** Orders whose nearest open deadline is urgent (the toolbar badge's number). */
  urgentOrders: number;
  /** Orders with open deadlines, most urgent first. */
  orders: OpenOrder[];
}

export interface PlanInput {
  orders: readonly OrderDeadlines[];
  /** Days before a deadline; normalised here (see thresholds.ts). */
  thresholds: readonly number[];
  /** Ids of reminders already delivered. */
  delivered: ReadonlySet<string>;
  now: Date;
}

export const reminderId = (orderId: string, kind: DeadlineKind, thresholdDays: number, dueAt: Instant): string =>
  `${orderId}|${kind}|${thresholdDays}|${dueAt}`;

/** One open deadline as a key (what a delivered reminder belongs to). */
export const deadlineKeyOf = (d: { orderId: string; kind: string; dueAt: string }): string => `${d.orderId}|${d.kind}|${d.dueAt}`;

/**
 * Delivered reminders whose deadline is no longer open at that date (passed, moved, order gone):
 * their records can go. By deadline, not by reminder id, so a threshold switched off and on again
 * does not fire twice. Ids are ours (reminderId): order|kind|threshold|dueAt.
 */
export function staleDeliveries(
  delivered: Iterable<string>,
  plan: Pick<ReminderPlan, 'orders'>,
  /** Other open clocks with reminders of their own (claim timers, claim-timer-plan.ts). */
  alsoOpen: readonly { orderId: string; kind: string; dueAt: string }[] = [],
): string[] {
  const open = new Set([...plan.orders.flatMap((o) => o.open.map(deadlineKeyOf)), ...alsoOpen.map(deadlineKeyOf)]);
  const stale: string[] = [];
  for (const id of delivered) {
    const [orderId, kind, , dueAt] = id.split('|');
    if (!open.has(`${orderId}|${kind}|${dueAt}`)) stale.push(id);
  }
  return stale;
}

/** Pure: the reminders the database's deadlines call for at `now`. */
export function planReminders({ orders, thresholds, delivered, now }: PlanInput): ReminderPlan {
  const nowMs = now.getTime();
  const days = normaliseThresholds(thresholds);
  const open = openOrders(orders, now);
  const timed: { reminder: Reminder; fireMs: number }[] = [];
  const due: Reminder[] = [];
  const superseded: Reminder[] = [];
  let nextWake = Infinity;
  const wakeAt = (ms: number) => {
    if (ms > nowMs && ms < nextWake) nextWake = ms;
  };

  for (const order of open) {
    for (const deadline of order.open) {
      const dueMs = new Date(deadline.dueAt).getTime();
      wakeAt(dueMs);
      wakeAt(dueMs - URGENT_WITHIN_MS);
      // Farthest threshold first, so the last fired one is the nearest.
      const fired: Reminder[] = [];
      for (const thresholdDays of days) {
        const fireAt = fireTimeFor(new Date(dueMs), thresholdDays);
        const reminder: Reminder = {
          id: reminderId(deadline.orderId, deadline.kind, thresholdDays, deadline.dueAt),
          orderId: deadline.orderId,
          kind: deadline.kind,
          source: deadline.source,
          dueAt: deadline.dueAt,
          thresholdDays,
          fireAt: fireAt.toISOString(),
        };
        timed.push({ reminder, fireMs: fireAt.getTime() });
        if (fireAt.getTime() <= nowMs) {
          if (!delivered.has(reminder.id)) fired.push(reminder);
        } else {
          wakeAt(fireAt.getTime());
        }
      }
      const nearest = fired.pop();
      if (nearest) {
        due.push(nearest);
        superseded.push(...fired);
      }
    }
  }

  // Numbers and plain comparison: localeCompare on 20,000 ids costs more than the whole plan.
  timed.sort((a, b) => a.fireMs - b.fireMs || (a.reminder.id < b.reminder.id ? -1 : a.reminder.id > b.reminder.id ? 1 : 0));
  return {
    reminders: timed.map((t) => t.reminder),
    due,
    superseded,
    nextWakeAt: Number.isFinite(nextWake) ? new Date(nextWake).toISOString() : undefined,
    urgentOrders: open.filter((o) => o.urgency === 'urgent').length,
    orders: open,
  };
}
