import { CLAIM_TIMER_KINDS, DeadlineKind } from '../schemas/deadline';

/** The order's own deadlines; claim timers (seller reply, return shipment) belong to a claim, not a badge. */
const ORDER_KINDS = DeadlineKind.options.filter((kind) => !CLAIM_TIMER_KINDS.includes(kind));
import type { OrderStatus } from '../schemas/order';

/**
 * Deadline kinds a buyer can still act on in each order state. Processing has none: protection
 * only starts at shipment (POLICY P1). Unknown keeps every order kind rather than hide a real deadline.
 */
export function actionableKinds(status: OrderStatus): DeadlineKind[] {
  switch (status) {
    case 'shipped':
      return ['protection-end'];
    case 'completed':
      return ['dispute-after-completion', 'return-window', 'quality-dispute'];
    case 'unknown':
      return [...ORDER_KINDS];
    case 'unpaid':
    case 'processing':
    case 'cancelled':
    case 'closed':
      return [];
  }
}
