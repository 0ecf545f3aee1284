// PLACEHOLDER: signatures only, being implemented now (domain helper). Do not rely on behaviour yet.
import type { Deadline } from '../schemas/deadline';
import type { OrderFacts } from './order-facts';

/** Deadlines that follow from the facts alone (card countdowns, estimates). Pure. */
export function deriveDeadlines(_facts: OrderFacts): Deadline[] {
  throw new Error('not implemented');
}
