import type { RiskFactor } from '../../schemas/risk';
import { factor } from './factor';
import type { CheckedSignals } from './signals';
import * as T from './thresholds';

/**
 * The buyer's own orders with this store: first-hand evidence, so disputes weigh heavily (two
 * reach the strong-raise weight), late deliveries less, and a clean record lowers only a little —
 * a handful of good orders is a small sample.
 */
export function buyerFactors({ buyer }: CheckedSignals): RiskFactor[] {
  if (!buyer) return [];
  const { orders, lateDeliveries, disputes, checkedOrders } = buyer;
  const factors: RiskFactor[] = [];
  if (disputes !== undefined && disputes > 0) {
    const weight = Math.min(T.MAX_WEIGHT_DISPUTES, disputes * T.WEIGHT_PER_DISPUTE);
    factors.push(factor('buyer-disputes', 'raises', weight, 'buyer-disputes', { disputes, orders }));
  }
  if (lateDeliveries !== undefined && lateDeliveries > 0) {
    const weight = Math.min(T.MAX_WEIGHT_LATE_DELIVERIES, lateDeliveries * T.WEIGHT_PER_LATE_DELIVERY);
    factors.push(factor('buyer-late-deliveries', 'raises', weight, 'buyer-late-deliveries', { lateDeliveries, orders }));
  }
  // Clean only when both counts are known to be zero, and only over the orders they were checked
  // on: a missing count is not a clean one, nor is an order nobody looked at.
  const clean = checkedOrders ?? orders;
  if (clean !== undefined && clean >= T.CLEAN_ORDERS_MIN && disputes === 0 && lateDeliveries === 0) {
    factors.push(factor('buyer-clean-orders', 'lowers', T.WEIGHT_CLEAN_ORDERS, 'buyer-clean-orders', { orders: clean }));
  }
  return factors;
}
