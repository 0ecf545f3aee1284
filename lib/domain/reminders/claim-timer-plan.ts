import type { Deadline } from '../../schemas/deadline';
import { DAY_MS } from '../claim/timer-rules';
import { fireTimeFor } from './fire-time';
import { reminderId, type Reminder } from './plan';

/** One open claim's running clocks (claimTimers at the scheduler's `now`). */
export interface ClaimTimerListing {
  orderId: string;
  timers: readonly Deadline[];
}

export interface ClaimTimerPlan {
  /** Every reminder of every running claim clock, by fireAt (then id). */
  reminders: Reminder[];
  /** Fired and not delivered yet: one per clock (its nearest threshold). */
  due: Reminder[];
  /** Fired, undelivered, covered by a nearer threshold of the same clock: record, do not show. */
  superseded: Reminder[];
  /** The next fire time after `now`. */
  nextWakeAt?: string;
  /** The clocks as deadline keys (orderId, kind, dueAt): their deliveries are not stale. */
  open: { orderId: string; kind: string; dueAt: string }[];
}

/**
 * Which reminders a claim clock gets, per kind. The order thresholds (7/3/1/0 days before) fit
 * deadlines weeks away; these clocks are hours to days long, so:
 * - seller-reply (48 h): one reminder when the wait is over — that is when the buyer acts
 *   (follow up or open the dispute); a days-before one would fire before the message was sent.
 * - seller-dispute-answer (5 days): one when the seller's time is up — nothing for the buyer to
 *   do before it; after it, AliExpress should refund or the buyer checks the dispute.
 * - return-shipment (10 days, the buyer's own obligation, already 2 days early): the buyer's
 *   thresholds that fall inside the clock, at the usual morning hour, like an order deadline.
 */
export type ClaimReminderRule = { at: 'end' } | { at: 'thresholds' };
export const CLAIM_REMINDER_RULES: Readonly<Record<string, ClaimReminderRule>> = {
  'seller-reply': { at: 'end' },
  'seller-dispute-answer': { at: 'end' },
  'return-shipment': { at: 'thresholds' },
};

/** Pure: the reminders the open claims' clocks call for at `now`; `days` are normalised thresholds. */
export function planClaimTimerReminders(
  listings: readonly ClaimTimerListing[],
  days: readonly number[],
  delivered: ReadonlySet<string>,
  now: Date,
): ClaimTimerPlan {
  const nowMs = now.getTime();
  const timed: { reminder: Reminder; fireMs: number }[] = [];
  const due: Reminder[] = [];
  const superseded: Reminder[] = [];
  const open: ClaimTimerPlan['open'] = [];
  let nextWake = Infinity;

  for (const { timers } of listings) {
    for (const timer of timers) {
      const rule = CLAIM_REMINDER_RULES[timer.kind];
      const dueMs = new Date(timer.dueAt).getTime();
      if (!rule || !Number.isFinite(dueMs)) continue;
      open.push({ orderId: timer.orderId, kind: timer.kind, dueAt: timer.dueAt });
      const startMs = new Date(timer.observedAt).getTime();
      // Farthest first, so the last fired one is the nearest.
      const fires: { thresholdDays: number; fireMs: number }[] =
        rule.at === 'end'
          ? [{ thresholdDays: 0, fireMs: dueMs }]
          : days
              .map((thresholdDays) => ({ thresholdDays, fireMs: fireTimeFor(new Date(dueMs), thresholdDays).getTime() }))
              // A reminder before the clock started (or a threshold as long as the clock) says nothing new.
              .filter((f) => f.thresholdDays * DAY_MS < dueMs - startMs && f.fireMs > startMs);
      // A passed clock is still running (the seller has not replied): its end reminder fires once,
      // even after a downtime. A passed return-shipment threshold before the end fires only until the end.
      const fired: Reminder[] = [];
      for (const { thresholdDays, fireMs } of fires) {
        const reminder: Reminder = {
          id: reminderId(timer.orderId, timer.kind, thresholdDays, timer.dueAt),
          orderId: timer.orderId,
          kind: timer.kind,
          source: timer.source,
          dueAt: timer.dueAt,
          thresholdDays,
          fireAt: new Date(fireMs).toISOString(),
        };
        timed.push({ reminder, fireMs });
        if (fireMs <= nowMs) {
          if (!delivered.has(reminder.id)) fired.push(reminder);
        } else if (fireMs < nextWake) {
          nextWake = fireMs;
        }
      }
      const nearest = fired.pop();
      if (nearest && (rule.at === 'end' || dueMs > nowMs)) {
        due.push(nearest);
        superseded.push(...fired);
      } else if (nearest) {
        // A return clock that ran out while the browser was closed: its end is past; record, do not nag.
        superseded.push(nearest, ...fired);
      }
    }
  }
  timed.sort((a, b) => a.fireMs - b.fireMs || (a.reminder.id < b.reminder.id ? -1 : a.reminder.id > b.reminder.id ? 1 : 0));
  return {
    reminders: timed.map((t) => t.reminder),
    due,
    superseded,
    nextWakeAt: Number.isFinite(nextWake) ? new Date(nextWake).toISOString() : undefined,
    open,
  };
}
