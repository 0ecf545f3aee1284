import type * as z from 'zod/mini';
import { deriveDeadlines } from '../domain/deadlines';
import type { OrderView, UpcomingResult } from '../messaging/protocol';
import type { Instant } from '../schemas/common';
import { Deadline, type DeadlineKind } from '../schemas/deadline';
import type { ParsedOrderCard } from '../schemas/order';
import type { ClaimDb } from './db';
import { OrderNotFoundError, StorageError } from './errors';
import { factsFromRecord } from './facts-from-record';
import { toUtc } from './instants';
import { upcomingFrom } from './upcoming';
import { createLogOnce, type Warn } from './log-once';
import { mergeCountdownDeadline, mergeManualDeadline } from './merge-deadline';
import { mergeOrder } from './merge-order';
import { mergeStore } from './merge-store';
import { movedForwardALittle, onlyRefreshes, sameCountdownDeadline, type RefreshRules } from './routine-sighting';
import { detailFactsFromRecord } from './merge-detail';
import { createDetailService, type DetailService } from './order-detail-service';
import { deriveDetailDeadlines } from '../domain/detail-deadlines';
import {
  DeadlineRecord,
  OrderRecord,
  StoreRecord,
  deadlineKey,
  toDeadline,
  type DeadlineKey,
} from './records';

export interface ManualDeadlineResult {
  order: OrderView;
  /** The manual deadline of that kind before the change, `null` if there was none (for undo). */
  previous: Deadline | null;
}

/** An order for lists (popup, reminders): its view and the words that name it to the buyer. */
export interface OrderListing {
  view: OrderView;
  /** The first product's title, as the page showed it. */
  title?: string;
  storeName?: string;
  orderDate?: string;
}

export interface OrderService extends DetailService {
  recordOrdersSeen(input: { orders: readonly ParsedOrderCard[]; observedAt: Instant }): Promise<OrderView[]>;
  getOrders(orderIds: readonly string[]): Promise<OrderView[]>;
  setManualDeadline(input: { orderId: string; kind: DeadlineKind; dueAt: Instant }): Promise<ManualDeadlineResult>;
  removeManualDeadline(input: { orderId: string; kind: DeadlineKind }): Promise<ManualDeadlineResult>;
  /** Every readable order with its deadlines (reminders and the popup work over all of them). */
  listAllOrders(): Promise<OrderListing[]>;
  /** The popup's lists (see upcoming.ts), at most `limit` orders each. */
  listUpcoming(limit: number): Promise<UpcomingResult>;
}

export interface OrderServiceOptions {
  /** Where skipped rows are reported (once each). Defaults to console.warn. */
  warn?: Warn;
}

/** A row that exists but fails its schema: skipped, reported once, never trusted. */
const UNREADABLE = Symbol('unreadable');
type Read<T> = T | undefined | typeof UNREADABLE;

/** What a repeat sighting may refresh without the row being rewritten (routine-sighting.ts). */
const ORDER_REFRESH: RefreshRules<OrderRecord> = {
  lastSeenAt: movedForwardALittle,
  lastSeenNotCompletedAt: movedForwardALittle,
  countdown: sameCountdownDeadline,
};
const STORE_REFRESH: RefreshRules<StoreRecord> = { lastSeenAt: movedForwardALittle };
const DEADLINE_REFRESH: RefreshRules<DeadlineRecord> = { observedAt: movedForwardALittle };

/** Preferred first (POLICY "Rules for estimates": what AliExpress shows, then what the user entered). */
const SOURCE_ORDER = { aliexpress: 0, manual: 1, estimated: 2 } as const;

/**
 * The background's use cases over the database. Errors: OrderNotFoundError for an unknown order in a
 * manual-deadline request, StorageError when IndexedDB fails (the transaction wrote nothing).
 * `clock` dates what the user does here; page observations carry their own `observedAt`.
 */
export function createOrderService(db: ClaimDb, clock: () => Date, options: OrderServiceOptions = {}): OrderService {
  const logOnce = createLogOnce(options.warn ?? ((message) => console.warn(`[AliExpress Claim Assistant] storage: ${message}`)));

  function readRow<T>(schema: z.ZodMiniType<T>, table: string, key: string, raw: unknown): Read<T> {
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => issue.path.join('.') || '(row)')
      .join(', ');
    logOnce(`${table}/${key}`, `skipped unreadable ${table} row ${key} (bad: ${where})`);
    return UNREADABLE;
  }

  const readable = <T>(row: Read<T>): T | undefined => (row === UNREADABLE ? undefined : row);

  /** First-hand deadlines, grouped by order; unreadable rows dropped. */
  function groupDeadlines(rows: readonly unknown[]): Map<string, DeadlineRecord[]> {
    const byOrder = new Map<string, DeadlineRecord[]>();
    rows.forEach((raw, i) => {
      const record = readable(readRow(DeadlineRecord, 'deadlines', rowKey(raw, i), raw));
      if (!record) return;
      byOrder.set(record.orderId, [...(byOrder.get(record.orderId) ?? []), record]);
    });
    return byOrder;
  }

  /**
   * Stored first-hand deadlines plus the *estimated* ones the domain derives from the facts.
   * deriveDeadlines also turns the card countdown into an `aliexpress` deadline; the stored one
   * is the same fact kept with its no-churn rule and history, so the derived copy is dropped
   * rather than shown twice (with a dueAt that may differ by up to the tolerance).
   */
  function buildView(record: OrderRecord, firstHand: readonly DeadlineRecord[]): OrderView {
    const stored = firstHand.map(toDeadline);
    const estimated = derive(record).filter((d) => d.source === 'estimated');
    const deadlines = [...stored, ...estimated].sort(
      (a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.dueAt.localeCompare(b.dueAt),
    );
    // No sighting read the products yet (the content script's short read skips them): ask for a full read.
    return { orderId: record.orderId, status: record.status, deadlines, ...(record.productCount === 0 ? { needsFullRead: true as const } : {}) };
  }

  /** A domain bug must not cost the first-hand deadlines: log it, answer without estimates. */
  function derive(record: OrderRecord): Deadline[] {
    let derived: unknown[];
    try {
      // Estimates from what the detail and tracking pages said (their stated dates are stored rows).
      derived = [...deriveDeadlines(factsFromRecord(record)), ...deriveDetailDeadlines(detailFactsFromRecord(record))];
    } catch (error) {
      logOnce(`derive/${record.orderId}`, `deriving deadlines failed for order ${record.orderId}: ${String(error)}`);
      return [];
    }
    return derived.flatMap((d) => {
      const parsed = Deadline.safeParse(d);
      if (parsed.success && parsed.data.orderId === record.orderId) return [parsed.data];
      logOnce(`derive/${record.orderId}/invalid`, `dropped an invalid derived deadline for order ${record.orderId}`);
      return [];
    });
  }

  function buildViews(records: readonly OrderRecord[], deadlineRows: readonly unknown[]): OrderView[] {
    const byOrder = groupDeadlines(deadlineRows);
    return records.map((record) => buildView(record, byOrder.get(record.orderId) ?? []));
  }

  /** The order a manual request names; unknown or unreadable → OrderNotFoundError (aborts the tx). */
  async function requireOrder(orderId: string): Promise<OrderRecord> {
    const record = readable(readRow(OrderRecord, 'orders', orderId, await db.orders.get(orderId)));
    if (!record) throw new OrderNotFoundError(orderId);
    return record;
  }

  async function manualChange(
    orderId: string,
    kind: DeadlineKind,
    change: (stored: DeadlineRecord | undefined, hadRow: boolean) => Promise<void>,
  ): Promise<ManualDeadlineResult> {
    const key: DeadlineKey = [orderId, kind, 'manual'];
    const { record, rows, previous } = await guard('write', () =>
      db.transaction('rw', db.orders, db.deadlines, async () => {
        const record = await requireOrder(orderId);
        const raw = await db.deadlines.get(key);
        // An unreadable manual row is replaced or deleted: the user is stating the value now.
        const stored = readable(readRow(DeadlineRecord, 'deadlines', key.join('/'), raw));
        await change(stored, raw !== undefined);
        const rows = await db.deadlines.where('orderId').equals(orderId).toArray();
        return { record, rows, previous: stored ? toDeadline(stored) : null };
      }),
    );
    return { order: buildViews([record], rows)[0]!, previous };
  }

  /**
   * Every order as last read, kept while nothing is written: reminders rebuild on every alarm and
   * the popup lists on every opening, and validating 5,000 rows each time is most of their cost.
   * Any write to these tables, by this service or another (ClaimDb.onWrite), drops it.
   */
  let listingCache: OrderListing[] | undefined;
  let writes = 0;
  const LISTED_TABLES = new Set(['orders', 'deadlines', 'stores']);
  db.onWrite((table) => {
    if (!LISTED_TABLES.has(table)) return;
    writes += 1;
    listingCache = undefined;
  });

  async function listAllOrders(): Promise<OrderListing[]> {
    if (listingCache) return listingCache;
    const writesBefore = writes;
    const listings = await readAllListings();
    // A write that ran meanwhile may not be in what was read: answer it, but do not keep it.
    if (writes === writesBefore) listingCache = listings;
    return listings;
  }

  async function readAllListings(): Promise<OrderListing[]> {
    const { orderRows, deadlineRows } = await guard('read', () =>
      db.transaction('r', db.orders, db.deadlines, async () => ({
        orderRows: await db.orders.toArray(),
        deadlineRows: await db.deadlines.toArray(),
      })),
    );
    const byOrder = groupDeadlines(deadlineRows);
    return orderRows.flatMap((raw, i) => {
      const record = readable(readRow(OrderRecord, 'orders', orderRowKey(raw, i), raw));
      if (!record) return [];
      const listing: OrderListing = { view: buildView(record, byOrder.get(record.orderId) ?? []) };
      const title = record.products.find((p) => p.title)?.title;
      if (title) listing.title = title;
      if (record.store?.name) listing.storeName = record.store.name;
      if (record.orderDate) listing.orderDate = record.orderDate;
      return [listing];
    });
  }

  const service: Omit<OrderService, keyof DetailService> = {
    async recordOrdersSeen({ orders, observedAt }) {
      const at = toUtc(observedAt);
      const { records, deadlineRows } = await guard('write', () =>
        db.transaction('rw', db.orders, db.stores, db.deadlines, async () => {
          const orderIds = unique(orders.map((card) => card.orderId));
          const storedOrders = await db.orders.bulkGet(orderIds);
          const records = new Map<string, OrderRecord>();
          const unreadable = new Set<string>();
          orderIds.forEach((id, i) => {
            const row = readRow(OrderRecord, 'orders', id, storedOrders[i]);
            if (row === UNREADABLE) unreadable.add(id);
            else if (row) records.set(id, row);
          });
          // An unreadable order row is left as it is (not overwritten: it may hold the user's
          // note) and the order is left out of the answer.
          const cards = orders.filter((card) => !unreadable.has(card.orderId));
          // A reload shows the same cards again: rows it would only touch are not rewritten.
          const changedOrders = new Set<string>();
          for (const card of cards) {
            const stored = records.get(card.orderId);
            const merged = mergeOrder(stored, card, at);
            if (stored && onlyRefreshes(stored, merged, ORDER_REFRESH)) continue;
            records.set(card.orderId, merged);
            changedOrders.add(card.orderId);
          }

          const storeIds = unique(cards.flatMap((card) => (card.store?.id !== undefined ? [card.store.id] : [])));
          const storedStores = await db.stores.bulkGet(storeIds);
          const stores = new Map<string, StoreRecord>();
          storeIds.forEach((id, i) => {
            // An unreadable store row is rebuilt from this sighting: pages show it all again.
            const row = readable(readRow(StoreRecord, 'stores', id, storedStores[i]));
            if (row) stores.set(id, row);
          });
          const changedStores = new Set<string>();
          for (const card of cards) {
            const id = card.store?.id;
            const stored = id === undefined ? undefined : stores.get(id);
            const merged = id === undefined ? undefined : mergeStore(stored, card, at);
            if (!merged || (stored && onlyRefreshes(stored, merged, STORE_REFRESH))) continue;
            stores.set(merged.storeId, merged);
            changedStores.add(merged.storeId);
          }

          // The countdown is "protection left" only on shipped orders (elsewhere e.g. "pay within").
          const counted = cards.filter((card) => card.countdown && records.get(card.orderId)?.status === 'shipped');
          const keys = unique(counted.map((card) => card.orderId)).map(
            (orderId): DeadlineKey => [orderId, 'protection-end', 'aliexpress'],
          );
          const storedDeadlines = await db.deadlines.bulkGet(keys);
          const deadlines = new Map<string, DeadlineRecord | undefined>();
          keys.forEach((key, i) => {
            // An unreadable countdown row is replaced: the page shows the countdown again.
            deadlines.set(key[0], readable(readRow(DeadlineRecord, 'deadlines', key.join('/'), storedDeadlines[i])));
          });
          const changed = new Map<string, DeadlineRecord>();
          for (const card of counted) {
            const before = deadlines.get(card.orderId);
            const after = mergeCountdownDeadline(before, card.orderId, card.countdown!);
            if (after === before || (before && onlyRefreshes(before, after, DEADLINE_REFRESH))) continue;
            deadlines.set(card.orderId, after);
            changed.set(card.orderId, after);
          }

          // Every write validated; any failure throws and aborts the whole transaction.
          const ordersToWrite = [...changedOrders].map((id) => OrderRecord.parse(records.get(id)));
          if (ordersToWrite.length > 0) await db.orders.bulkPut(ordersToWrite);
          const storesToWrite = [...changedStores].map((id) => StoreRecord.parse(stores.get(id)));
          if (storesToWrite.length > 0) await db.stores.bulkPut(storesToWrite);
          if (changed.size > 0) await db.deadlines.bulkPut([...changed.values()].map((d) => DeadlineRecord.parse(d)));

          const deadlineRows = await db.deadlines.where('orderId').anyOf([...records.keys()]).toArray();
          return { records: [...records.values()], deadlineRows };
        }),
      );
      return buildViews(records, deadlineRows);
    },

    async getOrders(orderIds) {
      const ids = unique(orderIds);
      const { orderRows, deadlineRows } = await guard('read', () =>
        db.transaction('r', db.orders, db.deadlines, async () => ({
          orderRows: await db.orders.bulkGet(ids),
          deadlineRows: await db.deadlines.where('orderId').anyOf(ids).toArray(),
        })),
      );
      const records = ids.flatMap((id, i) => {
        const record = readable(readRow(OrderRecord, 'orders', id, orderRows[i]));
        return record ? [record] : [];
      });
      return buildViews(records, deadlineRows);
    },

    async setManualDeadline({ orderId, kind, dueAt }) {
      const now = clock().toISOString();
      return manualChange(orderId, kind, async (stored) => {
        const next = mergeManualDeadline(stored, { orderId, kind, dueAt }, now);
        if (next !== stored) await db.deadlines.put(DeadlineRecord.parse(next));
      });
    },

    async removeManualDeadline({ orderId, kind }) {
      return manualChange(orderId, kind, async (_stored, hadRow) => {
        if (hadRow) await db.deadlines.delete([orderId, kind, 'manual']);
      });
    },

    async listUpcoming(limit) {
      return upcomingFrom(await listAllOrders(), clock(), limit);
    },

    listAllOrders,
  };
  const warn = (message: string) => logOnce(message, message);
  return { ...service, ...createDetailService(db, (ids) => service.getOrders(ids), warn) };
}

/** Anything that fails inside a transaction means nothing of it was written. */
async function guard<T>(operation: 'read' | 'write', run: () => PromiseLike<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof OrderNotFoundError) throw error;
    const inner: unknown = (error as { inner?: unknown } | null)?.inner;
    if (inner instanceof OrderNotFoundError) throw inner;
    throw new StorageError(operation, { cause: error });
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function orderRowKey(raw: unknown, index: number): string {
  const id = (raw as { orderId?: unknown } | null)?.orderId;
  return typeof id === 'string' ? id : `#${index}`;
}

/** A printable key for a raw deadline row, for the log line only. */
function rowKey(raw: unknown, index: number): string {
  if (typeof raw === 'object' && raw !== null) {
    const { orderId, kind, source } = raw as Record<string, unknown>;
    if ([orderId, kind, source].every((part) => typeof part === 'string')) {
      return deadlineKey({ orderId, kind, source } as DeadlineRecord).join('/');
    }
  }
  return `#${index}`;
}
