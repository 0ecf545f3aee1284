import type { Instant } from '../schemas/common';
import type { OrderProduct, OrderStatus, ParsedOrderCard } from '../schemas/order';
import { earliest, isBefore, latest } from './instants';
import { STATUS_HISTORY_MAX, type OrderRecord } from './records';

/**
 * Merges one card observation into the stored order. Pure: every timestamp comes from
 * `observedAt` (the content script's clock when it read the page), never from `Date.now()`.
 *
 * Rules, field by field (tests/storage/merge-order.test.ts has the tables):
 * - A field the newer reading has overwrites; a field it lacks keeps the older value, so a
 *   degraded parse never erases data. "Lacks" includes the values a parser falls back to when it
 *   could not read a thing: status `unknown`, an empty `buttons` / `notes` list, `productCount` 0.
 * - `products`: the newer list wins only with at least as many titled products (ties: at least
 *   as many products); thumbnail-only or half-rendered cards do not replace full ones.
 * - `store`: merged per field (id, name). `isChoice`: once a Choice order, always one (a missing
 *   badge is the likelier parse failure than an order leaving Choice).
 * - `user` is never touched by page data.
 * - `firstSeenAt` / `lastSeenAt`: earliest / latest observation. `lastSeenNotCompletedAt`: the
 *   latest observation while processing or shipped. `firstSeenCompletedAt`: the earliest
 *   observation as completed, set once (an even earlier one arriving late only moves it back).
 * - `statusHistory` gets `{ status, at }` appended only when the status changes, newest 50 kept.
 * - Readings arrive out of order (two tabs, a slow content script): one older than the stored
 *   `lastSeenAt` only fills gaps and widens the time bounds; it never overwrites newer values
 *   and never appends to the status history.
 */
export function mergeOrder(
  stored: OrderRecord | undefined,
  card: ParsedOrderCard,
  observedAt: Instant,
): OrderRecord {
  if (!stored) return newOrderRecord(card, observedAt);

  const fresh = !isBefore(observedAt, stored.lastSeenAt);
  const storedCard = cardFieldsOf(stored);
  const fields = fresh ? mergeCardFields(storedCard, card) : mergeCardFields(card, storedCard);

  return {
    ...fields,
    firstSeenAt: earliest(observedAt, stored.firstSeenAt),
    lastSeenAt: latest(observedAt, stored.lastSeenAt),
    ...optional('lastSeenNotCompletedAt', isOpen(card.status) ? latest(observedAt, stored.lastSeenNotCompletedAt) : stored.lastSeenNotCompletedAt),
    ...optional('firstSeenCompletedAt', card.status === 'completed' ? earliest(observedAt, stored.firstSeenCompletedAt) : stored.firstSeenCompletedAt),
    statusHistory: fresh ? appendStatus(stored.statusHistory, fields.status, observedAt) : stored.statusHistory,
    user: stored.user,
    // What the detail and tracking pages said is theirs to change (merge-detail.ts).
    ...optional('detail', stored.detail),
  };
}

function newOrderRecord(card: ParsedOrderCard, observedAt: Instant): OrderRecord {
  return {
    ...card,
    firstSeenAt: observedAt,
    lastSeenAt: observedAt,
    ...optional('lastSeenNotCompletedAt', isOpen(card.status) ? observedAt : undefined),
    ...optional('firstSeenCompletedAt', card.status === 'completed' ? observedAt : undefined),
    statusHistory: appendStatus([], card.status, observedAt),
    user: {},
  };
}

/** Before completion: the states whose sighting bounds the completion day from below (D2). */
const isOpen = (status: OrderStatus): boolean => status === 'processing' || status === 'shipped';

/** `newer` wins where it has a value; `older` fills what `newer` lacks. */
export function mergeCardFields(older: ParsedOrderCard, newer: ParsedOrderCard): ParsedOrderCard {
  const store = { ...older.store, ...defined(newer.store ?? {}) };
  return {
    orderId: newer.orderId,
    ...optional('orderDate', newer.orderDate ?? older.orderDate),
    status: newer.status !== 'unknown' ? newer.status : older.status,
    ...optional('statusText', newer.statusText ?? older.statusText),
    ...(store.id !== undefined || store.name !== undefined ? { store } : {}),
    isChoice: newer.isChoice || older.isChoice,
    products: pickProducts(older.products, newer.products),
    productCount: newer.productCount > 0 ? newer.productCount : older.productCount,
    ...optional('total', newer.total ?? older.total),
    buttons: newer.buttons.length > 0 ? newer.buttons : older.buttons,
    ...optional('countdown', newer.countdown ?? older.countdown),
    notes: newer.notes.length > 0 ? newer.notes : older.notes,
  };
}

function pickProducts(older: OrderProduct[], newer: OrderProduct[]): OrderProduct[] {
  const titled = (list: OrderProduct[]) => list.filter((p) => p.title !== undefined && p.title.trim() !== '').length;
  const diff = titled(newer) - titled(older);
  return diff > 0 || (diff === 0 && newer.length >= older.length) ? newer : older;
}

function appendStatus(history: OrderRecord['statusHistory'], status: OrderStatus, at: Instant): OrderRecord['statusHistory'] {
  if (status === 'unknown' || history.at(-1)?.status === status) return history;
  return [...history, { status, at }].slice(-STATUS_HISTORY_MAX);
}

function cardFieldsOf(record: OrderRecord): ParsedOrderCard {
  const {
    firstSeenAt: _firstSeenAt,
    lastSeenAt: _lastSeenAt,
    lastSeenNotCompletedAt: _lastSeenNotCompletedAt,
    firstSeenCompletedAt: _firstSeenCompletedAt,
    statusHistory: _statusHistory,
    user: _user,
    detail: _detail,
    ...card
  } = record;
  return card;
}

/** `{ key: value }` when the value is present, `{}` otherwise: records never hold `undefined`. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
