import { DeadlineKind } from '../schemas/deadline';
import type { OrderStatus } from '../schemas/order';

/**
 * Deadline kinds a buyer can still act on in each order state. Processing has none: protection
 * only starts at shipment (POLICY P1). Unknown keeps every kind rather than hide a real deadline.
 */
export function actionableKinds(status: OrderStatus): DeadlineKind[] {
  switch (status) {
    case 'shipped':
      return ['protection-end', 'delivered-protection-end'];
    case 'completed':
      return ['dispute-after-completion', 'return-window', 'quality-dispute', 'free-return'];
    case 'unknown':
      // The delay coupon is a chance, not a claim deadline: never the one a badge leads with.
      return DeadlineKind.options.filter((kind) => kind !== 'delay-coupon');
    case 'unpaid':
    case 'processing':
    case 'cancelled':
    case 'closed':
      return [];
  }
}
