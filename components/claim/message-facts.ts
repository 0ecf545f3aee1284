import { claimProgress } from '@/lib/domain/claim/progress';
import type { Formatters, MessageFacts } from '@/lib/domain/claim/templates';
import type { ClaimDetails } from '@/lib/messaging/claim-requests';
import type { Resolution } from '@/lib/schemas/claim';
import { formatDateTime } from '../popup/words';
import { formatMoney } from './claim-words';

export const formatters: Formatters = { date: formatDateTime, money: formatMoney };

/** The facts a message is filled from: the claim's problems, evidence and the dispute deadline. */
export function messageFacts(details: ClaimDetails, resolution: Resolution, now: Date): MessageFacts {
  const { claim } = details;
  const progress = claimProgress(claim, { deadlines: details.deadlines, now });
  return {
    orderId: claim.orderId,
    problems: claim.problems,
    resolution,
    evidenceNames: claim.evidence.map((e) => e.name),
    ...(progress.disputeDeadline ? { deadline: progress.disputeDeadline.actBy } : {}),
  };
}

/** The order's seller chat: its stored link, or the IM page for the order (PAGES.md §5). */
export function sellerChatUrl(details: ClaimDetails): string {
  return details.sellerChatUrl ?? `https://www.aliexpress.com/p/message/index.html?orderId=${details.claim.orderId}`;
}
