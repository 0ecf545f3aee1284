import type { ParsedOrderCard } from '../schemas/order';
import type { OrderFacts } from './order-facts';

/**
 * The facts one card gives on its own, before the background adds what earlier visits taught.
 * A card seen unfinished right now is itself a "last seen not completed" sighting.
 */
export function factsFromCard(card: ParsedOrderCard): OrderFacts {
  const observedAt = card.countdown?.observedAt;
  return {
    orderId: card.orderId,
    status: card.status,
    orderDate: card.orderDate,
    countdown: card.countdown,
    ...(observedAt && (card.status === 'processing' || card.status === 'shipped') ? { lastSeenNotCompletedAt: observedAt } : {}),
  };
}
