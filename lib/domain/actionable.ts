import { DeadlineKind } from '../schemas/deadline';
import type { OrderStatus } from '../schemas/order';

/**
 * Deadline kinds a buyer can still act on in each order state. Processing has none: protection
 * only starts at shipment (POLICY P1). Unknown keeps every kind rather than hide a real deadline.
 */
export function actionableKinds(status: OrderStatus): DeadlineKind[] {
  switch (status) {
    case 'shipped':
      return ['protection-end'];
    case 'completed':
      return ['dispute-after-completion', 'return-window', 'quality-dispute'];
    case 'unknown':
      return [...DeadlineKind.options];
    case 'unpaid':
    case 'processing':
    case 'cancelled':
    case 'closed':
      return [];
  }
}
