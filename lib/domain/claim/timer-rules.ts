import { SAFETY_MARGIN_DAYS } from '../deadlines';

/** Claim clocks (POLICY "The claim path" 4, S1, S5). Durations in elapsed time: the clocks run in hours. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Sellers usually answer in 24–48 h (POLICY "The claim path" 4): wait no longer by default. */
export const DEFAULT_SELLER_REPLY_WAIT_MS = 48 * HOUR_MS;
/** The seller has 5 days to answer a dispute; no answer means a refund (POLICY S1). */
export const SELLER_DISPUTE_ANSWER_MS = 5 * DAY_MS;
/** After "return and refund" is agreed the buyer ships within 10 days (POLICY S5). */
export const RETURN_SHIP_MS = 10 * DAY_MS;
/** "Open the dispute now" once the dispute window closes within this many days. */
export const DEFAULT_OPEN_DISPUTE_THRESHOLD_DAYS = 3;

/**
 * When to stop waiting for the seller's reply: contact + the wait, but never later than the
 * dispute deadline minus the safety margin, so there is still time to open the dispute.
 * Never before the contact itself (a deadline already that close means: do not wait at all).
 */
export function sellerReplyDue(contactedAt: Date, disputeDueAt: Date | undefined, waitMs = DEFAULT_SELLER_REPLY_WAIT_MS): Date {
  const due = contactedAt.getTime() + waitMs;
  if (!disputeDueAt) return new Date(due);
  const cap = disputeDueAt.getTime() - SAFETY_MARGIN_DAYS * DAY_MS;
  return new Date(Math.max(contactedAt.getTime(), Math.min(due, cap)));
}

export const sellerDisputeAnswerDue = (openedAt: Date) => new Date(openedAt.getTime() + SELLER_DISPUTE_ANSWER_MS);
/**
 * The buyer's own obligation, so it errs early by the safety margin like every estimate
 * (POLICY "Rules for estimates"). The seller's 5 days are the seller's: shown as the rule says.
 */
export const returnShipDue = (agreedAt: Date) => new Date(agreedAt.getTime() + RETURN_SHIP_MS - SAFETY_MARGIN_DAYS * DAY_MS);
