import { ClaimStep, type ClaimState, type StepStatus } from '../../schemas/claim';
import type { Deadline } from '../../schemas/deadline';
import type { EvidenceRequirement } from '../../schemas/evidence';
import { disputeDeadline, type DisputeDeadline } from './dispute-deadline';
import { evidenceChecklist } from './evidence-checklist';
import {
  DAY_MS,
  DEFAULT_OPEN_DISPUTE_THRESHOLD_DAYS,
  DEFAULT_SELLER_REPLY_WAIT_MS,
  returnShipDue,
  sellerDisputeAnswerDue,
  sellerReplyDue,
} from './timer-rules';

/** What the buyer should do now; the popup turns the code into words (i18n `claim_now_*`). */
export type NowAction =
  | { code: 'describe-problem' }
  | { code: 'collect-evidence'; missing: EvidenceRequirement[] }
  | { code: 'check-deadlines' }
  /** No dispute window is known: read it on the order's detail or tracking page first. */
  | { code: 'find-deadline' }
  | { code: 'contact-seller' }
  | { code: 'wait-for-seller'; until: Date }
  | { code: 'open-dispute' }
  /** The dispute window closes within the threshold: do not wait for the seller any longer. */
  | { code: 'open-dispute-now'; actBy: Date; deadline: Deadline }
  | { code: 'dispute-window-closed' }
  | { code: 'wait-for-dispute-answer'; until: Date }
  | { code: 'answer-seller-proposal' }
  | { code: 'request-mediation' }
  | { code: 'ship-return'; by: Date }
  | { code: 'wait-for-decision' }
  | { code: 'wait-for-refund' }
  | { code: 'record-outcome' }
  | { code: 'none' };

export interface StepView {
  step: ClaimStep;
  status: StepStatus;
}

export interface ClaimProgress {
  steps: StepView[];
  now: NowAction;
  /** The dispute window that matters, when one is known and still open. */
  disputeDeadline?: DisputeDeadline;
  /** The dispute window closes within the threshold and no dispute is open yet. */
  disputeUrgent: boolean;
}

export interface ProgressOptions {
  /** The order's deadlines (any kinds; only dispute windows count here). */
  deadlines: readonly Deadline[];
  now: Date;
  thresholdDays?: number;
  sellerReplyWaitMs?: number;
}

const STEPS: readonly ClaimStep[] = ClaimStep.options;

/**
 * Where a claim stands: a status per step and the one thing to do now. Pure; `now` and the
 * order's deadlines are passed in. The claim path is walked in order, one current step; a step
 * left behind unfinished is `skipped`. Deadline-aware: while no dispute is open and the window
 * closes within the threshold, "open the dispute now" overrides waiting for the seller.
 */
export function claimProgress(state: ClaimState, options: ProgressOptions): ClaimProgress {
  const { now, thresholdDays = DEFAULT_OPEN_DISPUTE_THRESHOLD_DAYS, sellerReplyWaitMs = DEFAULT_SELLER_REPLY_WAIT_MS } = options;
  const window = disputeDeadline(options.deadlines, now);
  const next = window.state === 'open' ? window.next : undefined;
  const checklist = evidenceChecklist(state.problems, state.evidence);
  const hasProblem = state.problems.length > 0;
  const { dispute, seller } = state;

  const replyDue = seller.contactedAt ? sellerReplyDue(new Date(seller.contactedAt), next?.dueAt, sellerReplyWaitMs) : undefined;
  // Contacting is done once the seller answered, was marked silent, or the wait is over — and
  // when the claim moved on (a dispute, an outcome) after a message: it did happen.
  const contacted =
    seller.repliedAt !== undefined ||
    seller.silentAt !== undefined ||
    (replyDue !== undefined && (dispute !== undefined || state.outcome !== undefined || now.getTime() >= replyDue.getTime()));

  const done: Record<ClaimStep, boolean> = {
    'identify-problem': hasProblem,
    'collect-evidence': hasProblem && checklist.complete,
    'check-deadlines': state.deadlinesCheckedAt !== undefined,
    'contact-seller': contacted,
    'open-dispute': dispute !== undefined,
    mediation: dispute?.mediationRequestedAt !== undefined,
    'follow-up': state.outcome !== undefined,
  };

  const waitingForSeller = replyDue !== undefined && !contacted;
  const disputeUrgent = !dispute && !state.outcome && next !== undefined && next.actBy.getTime() - now.getTime() <= thresholdDays * DAY_MS;
  const windowClosed = !dispute && !state.outcome && window.state === 'closed';

  // How far the facts have carried the claim: the index of the current step.
  let reached: number;
  if (state.outcome) reached = STEPS.length;
  else if (dispute && (dispute.cancelledAt || dispute.acceptedProposal || state.returnShipment || dispute.mediationRequestedAt)) reached = 6;
  else if (dispute) reached = 5;
  else if (seller.contactedAt && !waitingForSeller) reached = 4;
  else if (seller.contactedAt) reached = 3;
  else if (!hasProblem) reached = 0;
  else if (!done['collect-evidence']) reached = 1;
  else if (!done['check-deadlines']) reached = 2;
  else reached = 3;
  const current = disputeUrgent || windowClosed ? 4 : reached;

  const steps = STEPS.map((step, index): StepView => {
    if (done[step]) return { step, status: 'done' };
    if (index === 4 && windowClosed) return { step, status: 'blocked' };
    if (index === current) return { step, status: 'current' };
    if (index < reached) return { step, status: 'skipped' };
    // The claim finished (or was resolved in the dispute) without reaching this step.
    if (state.outcome) return { step, status: 'skipped' };
    return { step, status: 'todo' };
  });
  // A dispute settled without mediation: that step was not needed.
  if (reached === 6 && !done.mediation) steps[5] = { step: 'mediation', status: 'skipped' };

  return { steps, now: nowAction(), disputeDeadline: next, disputeUrgent };

  function nowAction(): NowAction {
    if (state.outcome) return { code: 'none' };
    if (windowClosed) return { code: 'dispute-window-closed' };
    if (disputeUrgent) return { code: 'open-dispute-now', actBy: next!.actBy, deadline: next!.deadline };
    switch (current) {
      case 0:
        return { code: 'describe-problem' };
      case 1:
        return { code: 'collect-evidence', missing: checklist.missing };
      case 2:
        return window.state === 'unknown' ? { code: 'find-deadline' } : { code: 'check-deadlines' };
      case 3:
        return replyDue ? { code: 'wait-for-seller', until: replyDue } : { code: 'contact-seller' };
      case 4:
        return { code: 'open-dispute' };
      case 5: {
        if (dispute!.proposal) return { code: 'answer-seller-proposal' };
        const until = sellerDisputeAnswerDue(new Date(dispute!.openedAt));
        return now.getTime() < until.getTime() ? { code: 'wait-for-dispute-answer', until } : { code: 'request-mediation' };
      }
      default: {
        if (dispute?.cancelledAt) return { code: 'record-outcome' };
        const shipment = state.returnShipment;
        if (shipment && !shipment.shippedAt) return { code: 'ship-return', by: returnShipDue(new Date(shipment.agreedAt)) };
        if (dispute?.proposal) return { code: 'answer-seller-proposal' };
        if (dispute?.mediationRequestedAt && !dispute.acceptedProposal && !shipment) return { code: 'wait-for-decision' };
        return { code: 'wait-for-refund' };
      }
    }
  }
}
