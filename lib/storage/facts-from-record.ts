import type { OrderFacts } from '../domain/order-facts';
import type { OrderRecord } from './records';

/** The facts the domain derives deadlines from: the latest card plus what visits taught. */
export function factsFromRecord(record: OrderRecord): OrderFacts {
  const { orderId, status, orderDate, countdown, lastSeenNotCompletedAt, firstSeenCompletedAt } = record;
  return {
    orderId,
    status,
    ...(orderDate !== undefined ? { orderDate } : {}),
    ...(countdown !== undefined ? { countdown } : {}),
    ...(lastSeenNotCompletedAt !== undefined ? { lastSeenNotCompletedAt } : {}),
    ...(firstSeenCompletedAt !== undefined ? { firstSeenCompletedAt } : {}),
  };
}
