import * as z from 'zod/mini';
import { Instant, OrderId, PageText, StoreId } from '../schemas/common';
import { Deadline, DeadlineKind, DeadlineSource } from '../schemas/deadline';
import { OrderStatus, ParsedOrderCard } from '../schemas/order';
import { OrderDetailRecord } from './detail-records';

/**
 * What the database holds. Every write goes through these schemas (`parse`, then the parsed
 * value is written, so nothing outside the schema reaches a table) and every read is checked
 * with them (a row that fails is skipped, never trusted). Bounds keep a hostile or buggy
 * caller from growing a row without limit.
 */

export const STATUS_HISTORY_MAX = 50;
export const STORE_ORDER_IDS_MAX = 500;
export const DEADLINE_HISTORY_MAX = 20;
export const USER_NOTE_MAX = 5000;

export const StatusSighting = z.strictObject({ status: OrderStatus, at: Instant });
export type StatusSighting = z.infer<typeof StatusSighting>;

/** Fields only the user writes. Page parsing never touches them (merge-order.ts). */
export const UserOrderFields = z.strictObject({ note: z.optional(z.string().check(z.maxLength(USER_NOTE_MAX))) });
export type UserOrderFields = z.infer<typeof UserOrderFields>;

export const OrderRecord = z.extend(ParsedOrderCard, {
  firstSeenAt: Instant,
  /** Latest observation; a repeat sighting that says nothing else new moves it at most hourly (routine-sighting.ts). */
  lastSeenAt: Instant,
  /** Latest observation while processing or shipped: bounds the completion day from below. Also
   *  moved at most hourly by routine sightings: an earlier bound only brings an estimate forward. */
  lastSeenNotCompletedAt: z.optional(Instant),
  /** Earliest observation as completed: bounds the completion day from above. */
  firstSeenCompletedAt: z.optional(Instant),
  /** One entry per status change, oldest first, the newest STATUS_HISTORY_MAX kept. */
  statusHistory: z.array(StatusSighting).check(z.maxLength(STATUS_HISTORY_MAX)),
  user: UserOrderFields,
  /** What the order detail and tracking pages said (issue 3); absent until one was seen. */
  detail: z.optional(OrderDetailRecord),
});
export type OrderRecord = z.infer<typeof OrderRecord>;

export const StoreRecord = z.strictObject({
  storeId: StoreId,
  /** Absent until a card shows the store's name next to its id. */
  name: z.optional(PageText(300)),
  /** True once one of the buyer's orders from this store was a Choice order. */
  isChoice: z.optional(z.boolean()),
  firstSeenAt: Instant,
  lastSeenAt: Instant,
  /** The buyer's orders from this store, oldest first, a set (no repeats), newest kept. */
  orderIds: z
    .array(OrderId)
    .check(
      z.maxLength(STORE_ORDER_IDS_MAX),
      z.refine((ids) => new Set(ids).size === ids.length, 'order ids repeat'),
    ),
});
export type StoreRecord = z.infer<typeof StoreRecord>;

/** Only first-hand deadlines are stored; estimates are derived from the facts on every read. */
export const FirstHandSource = z.enum(['aliexpress', 'manual']) satisfies z.ZodMiniType<DeadlineSource>;
export type FirstHandSource = z.infer<typeof FirstHandSource>;

export const DeadlineMove = z.strictObject({ dueAt: Instant, observedAt: Instant, source: FirstHandSource });
export type DeadlineMove = z.infer<typeof DeadlineMove>;

export const DeadlineRecord = z.extend(Deadline, {
  source: FirstHandSource,
  /** Earlier values, oldest first, pushed whenever dueAt moved; the newest DEADLINE_HISTORY_MAX kept. */
  history: z.array(DeadlineMove).check(z.maxLength(DEADLINE_HISTORY_MAX)),
});
export type DeadlineRecord = z.infer<typeof DeadlineRecord>;

/** The compound primary key of `deadlines`: `[orderId+kind+source]`. */
export type DeadlineKey = [orderId: string, kind: DeadlineKind, source: FirstHandSource];
export const deadlineKey = (d: Pick<DeadlineRecord, 'orderId' | 'kind' | 'source'>): DeadlineKey => [
  d.orderId,
  d.kind,
  d.source,
];

/** The public shape of a stored deadline (what OrderView carries): history stays in storage. */
export function toDeadline(record: DeadlineRecord): Deadline {
  const { orderId, kind, dueAt, source, rule, confidence, observedAt } = record;
  return { orderId, kind, dueAt, source, rule, confidence, observedAt };
}
