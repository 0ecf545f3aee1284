import type { ParsedOrderCard } from '../schemas/order';
import type { OrderFacts } from './order-facts';

/**
 * The facts one card gives on its own, for the badge's first paint before the background answers
 * with what earlier visits taught (sightings across visits are what bound a completion date).
 */
export function factsFromCard(card: ParsedOrderCard): OrderFacts {
  return { orderId: card.orderId, status: card.status, orderDate: card.orderDate, countdown: card.countdown };
}
