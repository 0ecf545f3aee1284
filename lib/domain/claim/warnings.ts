import type { ClaimState, Resolution } from '../../schemas/claim';

/** Before accepting a seller's proposal or cancelling a dispute (POLICY S4). i18n `claim_warning_*`. */
export type ClaimWarning =
  /** Accepting closes the case: nothing more can be claimed for this order. */
  | 'accepting-closes-case'
  /** The proposal gives less than the buyer asked for in the dispute. */
  | 'proposal-below-request'
  /** One dispute per order (POLICY D4): once cancelled, it cannot be opened again. */
  | 'cancel-is-final'
  /** Sellers press buyers to cancel or wait until protection runs out (POLICY S4). */
  | 'seller-may-run-out-the-clock';

export type GuardedAction = 'accept-proposal' | 'cancel-dispute';

/** The warnings to show and have acknowledged before the action; pure. */
export function claimWarnings(state: ClaimState, action: GuardedAction): ClaimWarning[] {
  const dispute = state.dispute;
  if (action === 'cancel-dispute') return ['cancel-is-final', 'seller-may-run-out-the-clock'];
  const warnings: ClaimWarning[] = ['accepting-closes-case'];
  if (dispute?.proposal && isBelowRequest(dispute.proposal.resolution, dispute.resolution)) warnings.push('proposal-below-request');
  return warnings;
}

/**
 * A full refund (with or without a return) is all there is; a partial refund is less than that,
 * or than a bigger partial amount. Amounts in different currencies cannot be compared: warn.
 */
function isBelowRequest(proposal: Resolution, request: Resolution): boolean {
  if (proposal.kind !== 'partial-refund') return false;
  if (request.kind !== 'partial-refund') return true;
  return proposal.amount.currency !== request.amount.currency || proposal.amount.amount < request.amount.amount;
}
