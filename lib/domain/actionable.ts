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
      return ['protection-end', 'delivered-protection-end'];
    case 'completed':
      return ['dispute-after-completion', 'return-window', 'quality-dispute', 'free-return'];
    case 'unknown':
      // The delay coupon is a chance, not a claim deadline: never the one a badge leads with.
      return ORDER_KINDS.filter((kind) => kind !== 'delay-coupon');
    case 'unpaid':
    case 'processing':
    case 'cancelled':
    case 'closed':
      return [];
  }
}

/**
 * Kinds a buyer can enter by hand for an order in this state: the actionable ones AliExpress
 * shows as a date. The delivered-scan shortening is our estimate of an earlier protection end;
 * when AliExpress shows the shortened date, the buyer enters it as the protection end itself.
 */
export function manualEntryKinds(status: OrderStatus): DeadlineKind[] {
  const kinds = actionableKinds(status).filter((kind) => kind !== 'delivered-protection-end');
  return kinds.length > 0 ? kinds : ORDER_KINDS.filter((kind) => kind !== 'delivered-protection-end');
}
