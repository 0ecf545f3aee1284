import type { CalendarDate, Instant } from '../schemas/common';
import type { Confidence, Deadline, DeadlineKind, DeadlineRule, DeadlineSource } from '../schemas/deadline';
import { dueAtStartOf } from './calendar-due';
import { DISPUTE_DAYS_AFTER_COMPLETION, SAFETY_MARGIN_DAYS } from './deadlines';
import type { DetailFacts } from './detail-facts';
import { toValidDate } from './instant';

/** POLICY P5: after a delivered scan the remaining protection may drop to 5 days. */
export const DAYS_LEFT_AFTER_DELIVERY = 5;
/** POLICY "Resolutions and returns": free returns for 15 days after delivery. */
export const FREE_RETURN_DAYS = 15;

/**
 * Every deadline the detail and tracking pages give an order. Pure; never throws; a fact with an
 * unreadable date gives nothing. Sources, following POLICY "Rules for estimates":
 * - `aliexpress`: a date the page states ("Refund if no delivery before", "coupon if delayed
 *   by"), or a window the page states counted from a date the page shows (D3: the stated window
 *   wins — the 15-day rule is then not applied at all);
 * - `estimated`: a published rule applied to a date the page shows (completion + 15 days, D2;
 *   delivered + 5 days, P5; free return + 15 days), always 2 days early.
 */
export function deriveDetailDeadlines(facts: DetailFacts): Deadline[] {
  const out: (Deadline | undefined)[] = [];
  const detailAt = facts.detailSeenAt;
  const trackingAt = facts.trackingSeenAt;

  if (facts.refundIfNoDeliveryBefore && trackingAt) {
    out.push(make(facts, 'protection-end', facts.refundIfNoDeliveryBefore, 0, 'aliexpress', 'tracking-refund-date', 'high', trackingAt));
  }
  if (facts.couponIfDelayedBy && trackingAt && !facts.delivered) {
    out.push(make(facts, 'delay-coupon', facts.couponIfDelayedBy, 0, 'aliexpress', 'tracking-coupon-date', 'high', trackingAt));
  }
  if (detailAt) {
    for (const window of facts.windows) {
      const from = window.from === 'order-placed' ? facts.placedDate : facts.completedDate;
      if (!from) continue;
      const kind: DeadlineKind = window.purpose === 'return-refund' ? 'return-window' : 'quality-dispute';
      // Receipt is confirmed when the order completes, or the page's completion date is when
      // protection ran out instead: the same day in either case, but not said in so many words.
      const confidence: Confidence = window.from === 'order-placed' ? 'high' : 'medium';
      out.push(make(facts, kind, from, window.days, 'aliexpress', 'reminder-window', confidence, detailAt));
    }
    if (facts.status === 'completed' && facts.completedDate && facts.windows.length === 0) {
      out.push(
        make(facts, 'dispute-after-completion', facts.completedDate, DISPUTE_DAYS_AFTER_COMPLETION - SAFETY_MARGIN_DAYS, 'estimated', 'completion-date-window', 'medium', detailAt),
      );
    }
  }
  if (facts.delivered && facts.deliveredDate && trackingAt && facts.status !== 'completed') {
    const early = make(facts, 'delivered-protection-end', facts.deliveredDate, DAYS_LEFT_AFTER_DELIVERY - SAFETY_MARGIN_DAYS, 'estimated', 'delivered-shortening', 'low', trackingAt);
    const stated = out.find((d) => d?.kind === 'protection-end');
    // Only worth saying when it comes before the end AliExpress states.
    if (early && (!stated || early.dueAt < stated.dueAt)) out.push(early);
  }
  if (facts.freeReturn) {
    const from = earliestDate(facts.deliveredDate, facts.completedDate);
    const seen = facts.deliveredDate ? trackingAt ?? detailAt : detailAt;
    if (from && seen) out.push(make(facts, 'free-return', from, FREE_RETURN_DAYS - SAFETY_MARGIN_DAYS, 'estimated', 'free-return-window', 'low', seen));
  }
  return out.filter((d): d is Deadline => d !== undefined);
}

function make(
  facts: DetailFacts,
  kind: DeadlineKind,
  from: CalendarDate,
  plusDays: number,
  source: DeadlineSource,
  rule: DeadlineRule,
  confidence: Confidence,
  observedAt: Instant,
): Deadline | undefined {
  const due = dueAtStartOf(from, plusDays);
  const observed = toValidDate(observedAt);
  if (!due || !observed) return undefined;
  return { orderId: facts.orderId, kind, dueAt: due.toISOString(), source, rule, confidence, observedAt: observed.toISOString() };
}

function earliestDate(a: CalendarDate | undefined, b: CalendarDate | undefined): CalendarDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
