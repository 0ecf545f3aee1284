import * as z from 'zod/mini';
import { Instant, OrderId } from './common';

export const DeadlineKind = z.enum([
  /** Buyer protection runs out: the "not received" clock (POLICY P1–P4). */
  'protection-end',
  /** Last day to open a dispute after the order completed (POLICY D2). */
  'dispute-after-completion',
  /** "Return/refund within N days of confirming receipt" (POLICY D3). */
  'return-window',
  /** "Defective or not as described: dispute within N days after order placed" (POLICY D3). */
  'quality-dispute',
  // Order detail and tracking pages (issue 3):
  /** POLICY P5: once delivered, the remaining protection may drop to 5 days (an early estimate). */
  'delivered-protection-end',
  /** "Apply for a coupon if delayed by <date>": after that day without delivery, ask for it. */
  'delay-coupon',
  /** Free-return window of orders tagged LOCAL_FREE_RETURN (POLICY: 15 days after delivery). */
  'free-return',
  // Claim timers (issue 5): clocks inside a claim, estimated from its events.
  /** How long to wait for the seller's reply to a message (POLICY "The claim path" 4). */
  'seller-reply',
  /** The seller's time to answer an open dispute (POLICY S1). */
  'seller-dispute-answer',
  /** The buyer's time to ship an agreed return (POLICY S5). */
  'return-shipment',
]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/** Kinds that are clocks inside a claim rather than deadlines AliExpress keeps for the order. */
export const CLAIM_TIMER_KINDS: readonly DeadlineKind[] = ['seller-reply', 'seller-dispute-answer', 'return-shipment'];

export const DeadlineSource = z.enum(['aliexpress', 'estimated', 'manual']);
export type DeadlineSource = z.infer<typeof DeadlineSource>;

export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

/** Which rule produced a deadline; each has an i18n text that explains it. */
export const DeadlineRule = z.enum([
  'card-countdown',
  'completion-window-bounded',
  'entered-by-user',
  // Order detail and tracking pages (issue 3):
  /** Tracking page: "Refund if no delivery before <date>". */
  'tracking-refund-date',
  /** A window the order detail page's reminder states, counted from a date the page shows (D3). */
  'reminder-window',
  /** The completion date the detail page shows + 15 days (D2), 2 days early. */
  'completion-date-window',
  /** Delivered scan + 5 days (P5), 2 days early. */
  'delivered-shortening',
  /** Tracking page: "coupon code if delayed by <date>". */
  'tracking-coupon-date',
  /** Delivery (or completion) + 15 days for free-return orders, 2 days early. */
  'free-return-window',
  // Claim timers (issue 5)
  'seller-reply-wait',
  'dispute-answer-window',
  'return-shipping-window',
]);
export type DeadlineRule = z.infer<typeof DeadlineRule>;

export const Deadline = z.strictObject({
  orderId: OrderId,
  kind: DeadlineKind,
  dueAt: Instant,
  source: DeadlineSource,
  rule: DeadlineRule,
  confidence: Confidence,
  /** When the facts behind it were read; a newer observation replaces an older one. */
  observedAt: Instant,
});
export type Deadline = z.infer<typeof Deadline>;

export const Urgency = z.enum(['expired', 'urgent', 'soon', 'ok', 'none']);
export type Urgency = z.infer<typeof Urgency>;
