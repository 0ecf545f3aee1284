import type { CalendarDate, Instant } from '../schemas/common';
import type { CardCountdown, OrderStatus } from '../schemas/order';

/**
 * Everything known about one order that deadlines are derived from: what the latest card said,
 * plus what we learned by watching it across visits. Built by storage, read by the domain.
 */
export interface OrderFacts {
  orderId: string;
  status: OrderStatus;
  orderDate?: CalendarDate;
  /** The newest countdown a card showed for this order. */
  countdown?: CardCountdown;
  /** The last time the order was seen in a state before completion (processing / shipped). */
  lastSeenNotCompletedAt?: Instant;
  /** The first time the order was seen completed. */
  firstSeenCompletedAt?: Instant;
}
