import * as z from 'zod/mini';
import { CalendarDate } from './common';
import { Deadline, Urgency } from './deadline';

/** What the buyer should do next; codes only, the UI maps each to localised words. */
export const NextStep = z.enum([
  /** Unpaid, cancelled or closed: nothing to act on. */
  'none',
  /** Processing: protection starts when the seller ships (POLICY P1). */
  'wait-for-shipment',
  /** Shipped or completed but no deadline known: the order detail / tracking page shows it (P3). */
  'read-deadline-on-detail-page',
  /** Shipped, protection not yet pressing: dispute if the parcel does not arrive in time. */
  'open-dispute-if-not-received',
  /** Shipped, protection urgent: ask the seller to extend, or open a dispute now (P6). */
  'ask-extension-or-open-dispute',
  /** Completed, a dispute / return window is still open. */
  'open-dispute-if-problem',
  /** The deadline shown has passed; AliExpress may still help through the order page. */
  'deadline-passed',
]);
export type NextStep = z.infer<typeof NextStep>;

/** What a badge shows for one order. */
export const OrderSummary = z.strictObject({
  /** The deadline on the badge: the earliest still open, else the latest passed. */
  shown: z.optional(Deadline),
  urgency: Urgency,
  /** Whole local days until `shown` (truncated toward zero; negative once passed). */
  daysLeft: z.optional(z.int()),
  /** The local calendar day of `shown.dueAt`. */
  dueDate: z.optional(CalendarDate),
  nextStep: NextStep,
  /** Selected, actionable for the status, sorted by dueAt ascending. */
  deadlines: z.array(Deadline),
});
export type OrderSummary = z.infer<typeof OrderSummary>;
