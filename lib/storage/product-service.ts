import type * as z from 'zod/mini';
import { localCalendarDate } from '../domain/instant';
import { sameProduct } from '../domain/product-id';
import { countBuyerRecord, type OrderOutcomeFacts } from '../domain/risk/buyer-record';
import { sightingOf } from '../domain/risk/signals-from-product';
import type { ProductSeenView } from '../messaging/protocol';
import type { Instant } from '../schemas/common';
import { ListingSnapshot, SnapshotContent, type ParsedProduct } from '../schemas/product';
import type { StoreSighting } from '../schemas/risk';
import { contentHash } from './content-hash';
import type { ClaimDb } from './db';
import { StorageError } from './errors';
import { toUtc } from './instants';
import { createLogOnce, type Warn } from './log-once';
import {
  ListingSnapshotRecord,
  SNAPSHOTS_PER_PRODUCT_MAX,
  STORE_STATS_MAX,
  StoreStatRecord,
  type StoreStatKey,
} from './product-records';
import { ClaimRecord } from './claim-records';
import { OrderRecord, StoreRecord } from './records';

export interface ProductService {
  recordProductSeen(input: { product: ParsedProduct; observedAt: Instant }): Promise<ProductSeenView>;
  getListingSnapshots(productId: string): Promise<ListingSnapshot[]>;
}

export interface ProductServiceOptions {
  warn?: Warn;
}

/** Orders linked to one listing: plenty for a claim, bounded for the answer. */
const LINKED_ORDERS_MAX = 50;

/**
 * Product-page memory in the background: a store's numbers once a local day, and every distinct
 * version of a listing (what was promised) with its SHA-256, linked to the buyer's orders by
 * product id. Reads skip rows that fail their schema (reported once); any IndexedDB failure is a
 * StorageError and the transaction wrote nothing.
 */
export function createProductService(db: ClaimDb, options: ProductServiceOptions = {}): ProductService {
  const logOnce = createLogOnce(options.warn ?? ((message) => console.warn(`[AliExpress Claim Assistant] storage: ${message}`)));

  function readRows<T>(schema: z.ZodMiniType<T>, table: string, rows: readonly unknown[]): T[] {
    return rows.flatMap((raw, i) => {
      const parsed = schema.safeParse(raw);
      if (parsed.success) return [parsed.data];
      logOnce(`${table}/${i}/${JSON.stringify(parsed.error.issues[0]?.path ?? [])}`, `skipped an unreadable ${table} row`);
      return [];
    });
  }

  return {
    async recordProductSeen({ product, observedAt }) {
      const at = toUtc(observedAt);
      const day = localCalendarDate(new Date(at));
      const content = snapshotContent(product);
      const hash = await contentHash(content); // before the transaction: IndexedDB would commit while it waits

      return guard('write', () =>
        db.transaction('rw', [db.storeStats, db.listingSnapshots, db.stores, db.orders, db.claims], async () => {
          const storeId = product.store.id;
          let storeHistory: StoreSighting[] = [];
          let buyer: ProductSeenView['buyer'];
          if (storeId !== undefined) {
            const key: StoreStatKey = [storeId, day];
            const stored = readRows(StoreStatRecord, 'storeStats', [await db.storeStats.get(key)].filter(Boolean));
            // An older observation arriving late must not replace the day's later one.
            if (!stored[0] || stored[0].observedAt <= at) {
              await db.storeStats.put(StoreStatRecord.parse(statRecord(product, storeId, day, at)));
            }
            const points = readRows(StoreStatRecord, 'storeStats', await db.storeStats.where('storeId').equals(storeId).toArray()).sort(byDay);
            const excess = points.length - STORE_STATS_MAX;
            if (excess > 0) {
              await db.storeStats.bulkDelete(points.slice(0, excess).map((p): StoreStatKey => [p.storeId, p.observedOn]));
            }
            storeHistory = points.slice(Math.max(0, excess)).map(toSighting);
            buyer = await buyerWith(storeId);
          }

          const snapshotKey: [string, string] = [product.productId, hash];
          const [existing] = readRows(ListingSnapshotRecord, 'listingSnapshots', [await db.listingSnapshots.get(snapshotKey)].filter(Boolean));
          const snapshot: ListingSnapshotRecord = existing
            ? {
                ...existing,
                firstSeenAt: existing.firstSeenAt < at ? existing.firstSeenAt : at,
                lastSeenAt: existing.lastSeenAt > at ? existing.lastSeenAt : at,
                seenCount: existing.seenCount + 1,
              }
            : { ...content, contentHash: hash, firstSeenAt: at, lastSeenAt: at, seenCount: 1 };
          await db.listingSnapshots.put(ListingSnapshotRecord.parse(snapshot));
          await trimSnapshots(product.productId);

          const linkedOrderIds = await db.orders
            .filter((raw) => isOrderWith(raw, product.productId))
            .limit(LINKED_ORDERS_MAX)
            .primaryKeys();
          return {
            storeHistory,
            ...(buyer ? { buyer } : {}),
            linkedOrderIds: linkedOrderIds.map(String),
            snapshot: { contentHash: hash, firstSeenAt: snapshot.firstSeenAt, seenCount: snapshot.seenCount },
          };
        }),
      );
    },

    async getListingSnapshots(productId) {
      const rows = await guard('read', () => db.listingSnapshots.where('productId').equals(productId).toArray());
      return readRows(ListingSnapshotRecord, 'listingSnapshots', rows)
        .sort((a, b) => (a.firstSeenAt < b.firstSeenAt ? -1 : 1))
        .map(({ contentHash: hash, firstSeenAt, lastSeenAt, seenCount, ...content }) =>
          ListingSnapshot.parse({ content, contentHash: hash, firstSeenAt, lastSeenAt, seenCount }),
        );
    },
  };

  /**
   * The buyer's orders from this store, as My Orders showed them, with the disputes and late
   * deliveries their detail and tracking pages showed (lib/domain/risk/buyer-record.ts).
   */
  async function buyerWith(storeId: string): Promise<ProductSeenView['buyer']> {
    const [store] = readRows(StoreRecord, 'stores', [await db.stores.get(storeId)].filter(Boolean));
    if (!store) return { orders: 0, completed: 0 };
    const orders = readRows(OrderRecord, 'orders', (await db.orders.bulkGet(store.orderIds)).filter(Boolean));
    // The buyer's claims: an opened dispute stays a dispute after its refund closed (the detail page then no longer shows one).
    const claims = readRows(ClaimRecord, 'claims', (await db.claims.bulkGet(store.orderIds)).filter(Boolean));
    const disputed = new Set(claims.filter((c) => c.events.some((e) => e.type === 'dispute-opened')).map((c) => c.orderId));
    return {
      orders: store.orderIds.length,
      completed: orders.filter((o) => o.status === 'completed').length,
      ...countBuyerRecord(orders.map((o) => ({ ...outcomeFacts(o), ...(disputed.has(o.orderId) ? { disputeOpened: true } : {}) }))),
    };
  }

  async function trimSnapshots(productId: string): Promise<void> {
    const keys = await db.listingSnapshots.where('productId').equals(productId).sortBy('lastSeenAt');
    const excess = keys.length - SNAPSHOTS_PER_PRODUCT_MAX;
    if (excess > 0) await db.listingSnapshots.bulkDelete(keys.slice(0, excess).map((r) => [r.productId, r.contentHash] as [string, string]));
  }
}

/** What the listing promised: the fields a claim may need, nothing about the buyer. */
export function snapshotContent(product: ParsedProduct): SnapshotContent {
  const { store } = product;
  const seller = {
    name: store.name,
    sellerType: store.sellerType,
    positiveRatePercent: store.positiveRatePercent,
    ratingCount: store.ratingCount ?? store.positiveRatingCount,
    followers: store.followers,
  };
  return SnapshotContent.parse(
    dropUndefined({
      productId: product.productId,
      storeId: store.id,
      title: product.title,
      chosenOptions: product.chosenOptions,
      price: product.price,
      seller: dropUndefined(seller),
      shippingPromise: product.shippingPromise,
      mainImageUrl: product.mainImageUrl,
    }),
  );
}

function statRecord(product: ParsedProduct, storeId: string, day: string, at: Instant): StoreStatRecord {
  const sighting = sightingOf(product, day);
  return dropUndefined({ storeId, observedAt: at, name: product.store.name, ...sighting }) as StoreStatRecord;
}

function toSighting({ observedOn, positiveRatePercent, ratingCount, followers }: StoreStatRecord): StoreSighting {
  return dropUndefined({ observedOn, positiveRatePercent, ratingCount, followers }) as StoreSighting;
}

const byDay = (a: StoreStatRecord, b: StoreStatRecord) => (a.observedOn < b.observedOn ? -1 : a.observedOn > b.observedOn ? 1 : 0);

/** What an order's detail and tracking pages showed that bears on the store: disputes and lateness. */
function outcomeFacts({ status, detail }: OrderRecord): OrderOutcomeFacts {
  const page = detail?.page;
  return dropUndefined({
    status,
    refundInProgress: page?.refundInProgress,
    estimatedDelivery: page?.estimatedDelivery,
    deliveredDate: detail?.tracking?.deliveredDate,
  });
}

function isOrderWith(raw: unknown, productId: string): boolean {
  const products = (raw as { products?: unknown } | null)?.products;
  if (!Array.isArray(products)) return false;
  return products.some((p) => typeof p?.productId === 'string' && sameProduct(p.productId, productId));
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

async function guard<T>(operation: 'read' | 'write', run: () => PromiseLike<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new StorageError(operation, { cause: error });
  }
}
