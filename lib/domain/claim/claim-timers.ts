import type { ClaimState } from '../../schemas/claim';
import type { Deadline } from '../../schemas/deadline';
import { disputeDeadline } from './dispute-deadline';
import { DEFAULT_SELLER_REPLY_WAIT_MS, returnShipDue, sellerDisputeAnswerDue, sellerReplyDue } from './timer-rules';

export interface ClaimTimerOptions {
  /** The order's own deadlines: the reply wait never runs past the dispute window. */
  deadlines: readonly Deadline[];
  now: Date;
  sellerReplyWaitMs?: number;
}

/**
 * The clocks running inside a claim, as deadlines the reminder scheduler can carry like any
 * other: source `estimated` (rules, not dates AliExpress showed), each with the rule that made
 * it. Only running clocks are returned: a reply that came, a dispute answered by a proposal or
 * sent to mediation, a return shipped, a finished claim stop theirs.
 */
export function claimTimers(state: ClaimState, options: ClaimTimerOptions): Deadline[] {
  if (state.outcome) return [];
  const timers: Deadline[] = [];
  const { seller, dispute, returnShipment } = state;
  const disputeOpen = dispute !== undefined && !dispute.cancelledAt;
  const base = { orderId: state.orderId, source: 'estimated' as const, confidence: 'medium' as const };

  if (seller.contactedAt && !seller.repliedAt && !seller.silentAt && !dispute) {
    const window = disputeDeadline(options.deadlines, options.now);
    const due = sellerReplyDue(new Date(seller.contactedAt), window.state === 'open' ? window.next.dueAt : undefined, options.sellerReplyWaitMs ?? DEFAULT_SELLER_REPLY_WAIT_MS);
    timers.push({ ...base, kind: 'seller-reply', rule: 'seller-reply-wait', dueAt: due.toISOString(), observedAt: seller.contactedAt });
  }
  if (disputeOpen && !dispute.proposal && !dispute.acceptedProposal && !dispute.mediationRequestedAt && !returnShipment) {
    timers.push({
      ...base,
      kind: 'seller-dispute-answer',
      rule: 'dispute-answer-window',
      dueAt: sellerDisputeAnswerDue(new Date(dispute.openedAt)).toISOString(),
      observedAt: dispute.openedAt,
    });
  }
  if (returnShipment && !returnShipment.shippedAt) {
    timers.push({
      ...base,
      kind: 'return-shipment',
      rule: 'return-shipping-window',
      dueAt: returnShipDue(new Date(returnShipment.agreedAt)).toISOString(),
      observedAt: returnShipment.agreedAt,
    });
  }
  return timers;
}
