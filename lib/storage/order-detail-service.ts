import type { OrderView } from '../messaging/protocol';
import { deriveDetailDeadlines } from '../domain/detail-deadlines';
import type { Instant } from '../schemas/common';
import type { Deadline } from '../schemas/deadline';
import type { DeadlineMoves } from '../schemas/deadline-history';
import type { ParsedOrderDetail, ParsedTracking } from '../schemas/order-detail';
import type { ClaimDb } from './db';
import { StorageError } from './errors';
import { toUtc } from './instants';
import type { Warn } from './log-once';
import { cardFromDetail, cardFromTracking, detailFactsFromRecord, mergeDetailPage, mergePageDeadline, mergeTracking } from './merge-detail';
import { mergeOrder } from './merge-order';
import { mergeStore } from './merge-store';
import { DeadlineRecord, OrderRecord, StoreRecord, type DeadlineKey } from './records';

export interface DetailSeenResult {
  /** The order as the badge sees it now; null when its stored row is unreadable (left untouched). */
  order: OrderView | null;
  /** Where each stored deadline of the order was before it moved. */
  history: DeadlineMoves[];
}

export interface DetailService {
  recordDetailSeen(input: { detail: ParsedOrderDetail; observedAt: Instant }): Promise<DetailSeenResult>;
  recordTrackingSeen(input: { tracking: ParsedTracking; observedAt: Instant }): Promise<DetailSeenResult>;
}

/**
 * The detail and tracking pages' use cases. Each reading merges into the stored order through
 * mergeOrder (user fields and the list's knowledge kept), keeps the page facts on the record, and
 * stores the first-hand dates the pages state with their history. `getOrders` builds the answer
 * exactly as the badge gets it, estimates included.
 */
export function createDetailService(db: ClaimDb, getOrders: (ids: readonly string[]) => Promise<OrderView[]>, warn: Warn): DetailService {
  async function record(
    orderId: string,
    observedAt: Instant,
    update: (stored: OrderRecord | undefined, at: Instant) => OrderRecord,
  ): Promise<DetailSeenResult> {
    const at = toUtc(observedAt);
    const written = await guard(() =>
      db.transaction('rw', db.orders, db.stores, db.deadlines, async () => {
        const raw = await db.orders.get(orderId);
        const parsed = raw === undefined ? undefined : OrderRecord.safeParse(raw);
        if (parsed && !parsed.success) {
          // May hold the user's note: never overwritten by page data.
          warn(`skipped unreadable orders row ${orderId}`);
          return false;
        }
        const next = OrderRecord.parse(update(parsed?.data, at));
        await db.orders.put(next);

        const storeId = next.store?.id;
        if (storeId !== undefined) {
          const storedStore = StoreRecord.safeParse(await db.stores.get(storeId));
          const merged = mergeStore(storedStore.success ? storedStore.data : undefined, next, at);
          if (merged) await db.stores.put(StoreRecord.parse(merged));
        }

        const stated = deriveDetailDeadlines(detailFactsFromRecord(next)).filter(
          (d): d is Deadline & { source: 'aliexpress' } => d.source === 'aliexpress',
        );
        const keys = stated.map((d): DeadlineKey => [d.orderId, d.kind, 'aliexpress']);
        const rows = await db.deadlines.bulkGet(keys);
        const changed = stated.flatMap((candidate, i) => {
          const storedRow = DeadlineRecord.safeParse(rows[i]);
          const before = storedRow.success ? storedRow.data : undefined;
          const after = mergePageDeadline(before, candidate);
          return after === before ? [] : [DeadlineRecord.parse(after)];
        });
        if (changed.length > 0) await db.deadlines.bulkPut(changed);
        return true;
      }),
    );
    if (!written) return { order: null, history: [] };
    const [order] = await getOrders([orderId]);
    return { order: order ?? null, history: await historyOf(orderId) };
  }

  async function historyOf(orderId: string): Promise<DeadlineMoves[]> {
    const rows = await guard(() => db.deadlines.where('orderId').equals(orderId).toArray());
    return rows.flatMap((raw) => {
      const row = DeadlineRecord.safeParse(raw);
      if (!row.success || row.data.history.length === 0) return [];
      const { kind, source, history } = row.data;
      return [{ kind, source, moves: history.map(({ dueAt, observedAt }) => ({ dueAt, observedAt })) }];
    });
  }

  return {
    recordDetailSeen({ detail, observedAt }) {
      return record(detail.orderId, observedAt, (stored, at) => {
        const merged = mergeOrder(stored, cardFromDetail(detail), at);
        return { ...merged, detail: mergeDetailPage(stored?.detail, detail, at) };
      });
    },
    recordTrackingSeen({ tracking, observedAt }) {
      return record(tracking.orderId, observedAt, (stored, at) => {
        const merged = mergeOrder(stored, cardFromTracking(tracking.orderId), at);
        return { ...merged, detail: mergeTracking(stored?.detail, tracking, at) };
      });
    },
  };
}

async function guard<T>(run: () => PromiseLike<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new StorageError('write', { cause: error });
  }
}

