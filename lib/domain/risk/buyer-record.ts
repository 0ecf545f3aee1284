import type { OrderStatus } from '../../schemas/order';
import { calendarDay } from './signals';

/** What our records show of one of the buyer's orders from a store (detail and tracking pages). */
export interface OrderOutcomeFacts {
  status?: OrderStatus;
  /** The detail page showed a refund or dispute under way; undefined when it was never read. */
  refundInProgress?: boolean;
  /** The latest estimated delivery date AliExpress showed for the order (`YYYY-MM-DD`). */
  estimatedDelivery?: string;
  /** The day of the tracking page's delivered scan (`YYYY-MM-DD`). */
  deliveredDate?: string;
  /**
   * The buyer's own claim for this order records an opened dispute: a dispute, whatever the
   * detail page shows later (a closed refund no longer shows as "under way").
   */
  disputeOpened?: boolean;
}

export interface BuyerRecordCounts {
  /** Orders with a refund or dispute under way; undefined when no order's detail page was read. */
  disputes?: number;
  /** Orders delivered after their estimated date; undefined when no order has both dates. */
  lateDeliveries?: number;
  /**
   * Orders whose record answers both questions (detail page read, delivery and estimate known):
   * the only ones a "went fine" may rest on. Absent when none.
   */
  checkedOrders?: number;
}

/**
 * The buyer's disputes and late deliveries with a store, from what the records hold and nothing
 * more: an order whose detail page was never read is no evidence of "no dispute", and an order
 * with only one of the two dates is neither late nor on time. A count nothing supports stays
 * undefined (unknown), never zero. The refund of a cancelled (or never paid) order is the
 * cancellation's, not a dispute: such an order says nothing about disputes.
 */
const NO_DISPUTE_STATUSES = new Set<OrderStatus | undefined>(['cancelled', 'unpaid']);

export function countBuyerRecord(orders: readonly OrderOutcomeFacts[]): BuyerRecordCounts {
  let disputesKnown = 0;
  let disputes = 0;
  let datesKnown = 0;
  let late = 0;
  let checked = 0;
  for (const order of orders) {
    // A dispute the buyer opened (their claim says so) is known first-hand, in any order state.
    const disputeKnown = order.disputeOpened === true || (typeof order.refundInProgress === 'boolean' && !NO_DISPUTE_STATUSES.has(order.status));
    if (disputeKnown) {
      disputesKnown++;
      if (order.disputeOpened === true || order.refundInProgress) disputes++;
    }
    const estimated = calendarDay(order.estimatedDelivery);
    const delivered = calendarDay(order.deliveredDate);
    const timingKnown = estimated !== undefined && delivered !== undefined;
    if (timingKnown) {
      datesKnown++;
      if (delivered > estimated) late++;
    }
    if (disputeKnown && timingKnown) checked++;
  }
  return {
    ...(disputesKnown > 0 ? { disputes } : {}),
    ...(datesKnown > 0 ? { lateDeliveries: late } : {}),
    ...(checked > 0 ? { checkedOrders: checked } : {}),
  };
}
