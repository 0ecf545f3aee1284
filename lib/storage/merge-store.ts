import type { Instant } from '../schemas/common';
import type { ParsedOrderCard } from '../schemas/order';
import { earliest, isBefore, latest } from './instants';
import { STORE_ORDER_IDS_MAX, type StoreRecord } from './records';

/**
 * Records that `card` (an order from a store with a known id) was seen at `observedAt`.
 * Pure. Same rules as orders: a name the card lacks keeps the stored one, a reading older than
 * the stored `lastSeenAt` only fills gaps. `undefined` when the card names no store id.
 */
export function mergeStore(
  stored: StoreRecord | undefined,
  card: ParsedOrderCard,
  observedAt: Instant,
): StoreRecord | undefined {
  const storeId = card.store?.id;
  if (storeId === undefined) return undefined;
  const seenName = card.store?.name;
  const fresh = !stored || !isBefore(observedAt, stored.lastSeenAt);
  const name = fresh ? (seenName ?? stored?.name) : (stored?.name ?? seenName);
  const isChoice = card.isChoice || stored?.isChoice;
  return {
    storeId,
    ...(name !== undefined ? { name } : {}),
    ...(isChoice !== undefined ? { isChoice } : {}),
    firstSeenAt: earliest(observedAt, stored?.firstSeenAt),
    lastSeenAt: latest(observedAt, stored?.lastSeenAt),
    orderIds: addToBoundedSet(stored?.orderIds ?? [], card.orderId, STORE_ORDER_IDS_MAX),
  };
}

/** Keeps insertion order, drops the oldest past `max`. */
function addToBoundedSet(ids: readonly string[], id: string, max: number): string[] {
  return ids.includes(id) ? [...ids] : [...ids, id].slice(-max);
}
