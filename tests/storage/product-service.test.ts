import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessageHandler } from '../../lib/messaging/handler';
import type { ParsedOrderDetail, ParsedTracking } from '../../lib/schemas/order-detail';
import type { ParsedProduct } from '../../lib/schemas/product';
import type { ClaimDb } from '../../lib/storage/db';
import { canonicalJson, contentHash } from '../../lib/storage/content-hash';
import { createClaimService } from '../../lib/storage/claim-service';
import { createOrderService } from '../../lib/storage/order-service';
import { SNAPSHOTS_PER_PRODUCT_MAX, STORE_STATS_MAX } from '../../lib/storage/product-records';
import { createProductService, type ProductService } from '../../lib/storage/product-service';
import { DAY, HOUR, ORDER_A, ORDER_B, card, freshDb, plus } from './fixtures';

const T0 = '2026-11-01T12:00:00.000Z';
const STORE = '1103456789';

const product = (overrides: Partial<ParsedProduct> = {}, store: Partial<ParsedProduct['store']> = {}): ParsedProduct => ({
  productId: '1005006812345678',
  sources: ['dom'],
  title: 'Wireless Earbuds',
  price: { amount: 19.84, currency: 'USD' },
  store: { id: STORE, name: 'Sound Wave', sellerType: 'trader', positiveRatePercent: 97.2, followers: 1393, openedOn: '2019-03-01', ...store },
  chosenOptions: ['Color: Black'],
  shippingPromise: 'Free shipping · Delivery: Dec 07 - 15',
  mainImageUrl: 'https://ae01.alicdn.com/kf/S1.jpg',
  ...overrides,
});

let db: ClaimDb;
let service: ProductService;
let warn: ReturnType<typeof vi.fn<(message: string) => void>>;

beforeEach(() => {
  db = freshDb();
  warn = vi.fn<(message: string) => void>();
  service = createProductService(db, { warn });
});

afterEach(async () => {
  await db.delete();
});

const seen = (p: ParsedProduct, observedAt = T0) => service.recordProductSeen({ product: p, observedAt });

describe('store numbers over time', () => {
  it('one point per store per local day: a later visit that day replaces it', async () => {
    await seen(product());
    const view = await seen(product({}, { positiveRatePercent: 96.9 }), plus(T0, HOUR));
    expect(await db.storeStats.count()).toBe(1);
    expect(view.storeHistory).toHaveLength(1);
    expect(view.storeHistory[0]).toMatchObject({ positiveRatePercent: 96.9, followers: 1393 });
  });

  it('an older observation arriving late does not replace the day’s later one', async () => {
    await seen(product({}, { positiveRatePercent: 96.9 }), plus(T0, HOUR));
    const view = await seen(product({}, { positiveRatePercent: 90 }), T0);
    expect(view.storeHistory[0]!.positiveRatePercent).toBe(96.9);
  });

  it('visits on different days make a series, oldest first, answered with the store’s whole history', async () => {
    await seen(product({}, { positiveRatePercent: 97.2 }), plus(T0, -30 * DAY));
    await seen(product({ productId: '1005006812345679' }, { positiveRatePercent: 95 }), plus(T0, -10 * DAY));
    const view = await seen(product({}, { positiveRatePercent: 89.4 }));
    expect(view.storeHistory.map((s) => s.positiveRatePercent)).toEqual([97.2, 95, 89.4]);
    expect(view.storeHistory.map((s) => s.observedOn)).toEqual([...view.storeHistory.map((s) => s.observedOn)].sort());
  });

  it(`keeps the newest ${STORE_STATS_MAX} points of a store`, async () => {
    const rows = Array.from({ length: STORE_STATS_MAX + 5 }, (_, i) => ({
      storeId: STORE,
      observedOn: `2020-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      observedAt: '2020-01-01T00:00:00.000Z',
      positiveRatePercent: 90,
    }));
    await db.storeStats.bulkPut(rows);
    const view = await seen(product());
    expect(view.storeHistory).toHaveLength(STORE_STATS_MAX);
    expect(await db.storeStats.count()).toBe(STORE_STATS_MAX);
    expect(view.storeHistory.at(-1)!.positiveRatePercent).toBe(97.2);
  });

  it('a page without a store id stores a snapshot but no point', async () => {
    const view = await seen(product({}, { id: undefined }));
    expect(view.storeHistory).toEqual([]);
    expect(view.buyer).toBeUndefined();
    expect(await db.storeStats.count()).toBe(0);
    expect(await db.listingSnapshots.count()).toBe(1);
  });

  it('an unreadable stored point is skipped and reported, not trusted', async () => {
    await db.storeStats.put({ storeId: STORE, observedOn: '2026-10-01', observedAt: 'yesterday', positiveRatePercent: 140 } as never);
    const view = await seen(product());
    expect(view.storeHistory).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('storeStats'));
  });
});

describe('listing snapshots', () => {
  it('keeps one row per distinct content, with its SHA-256, first and last seen', async () => {
    const first = await seen(product());
    const again = await seen(product(), plus(T0, 2 * DAY));
    expect(again.snapshot).toEqual({ contentHash: first.snapshot.contentHash, firstSeenAt: T0, seenCount: 2 });
    const changed = await seen(product({ price: { amount: 24.99, currency: 'USD' } }), plus(T0, 3 * DAY));
    expect(changed.snapshot.contentHash).not.toBe(first.snapshot.contentHash);
    const snapshots = await service.getListingSnapshots('1005006812345678');
    expect(snapshots.map((s) => [s.content.price?.amount, s.seenCount, s.lastSeenAt])).toEqual([
      [19.84, 2, plus(T0, 2 * DAY)],
      [24.99, 1, plus(T0, 3 * DAY)],
    ]);
    expect(snapshots[0]).toMatchObject({
      content: {
        productId: '1005006812345678', storeId: STORE, title: 'Wireless Earbuds', chosenOptions: ['Color: Black'],
        shippingPromise: 'Free shipping · Delivery: Dec 07 - 15', mainImageUrl: 'https://ae01.alicdn.com/kf/S1.jpg',
        seller: { name: 'Sound Wave', sellerType: 'trader', positiveRatePercent: 97.2, followers: 1393 },
      },
    });
    expect(snapshots[0]!.contentHash).toBe(await contentHash(snapshots[0]!.content));
  });

  it('the hash is SHA-256 of canonical JSON (key order does not matter)', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(await contentHash({ b: 1, a: 2 })).toBe(await contentHash({ a: 2, b: 1 }));
    // sha256('{}')
    expect(await contentHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  it(`keeps the ${SNAPSHOTS_PER_PRODUCT_MAX} most recently seen versions of a listing`, async () => {
    for (let i = 0; i < SNAPSHOTS_PER_PRODUCT_MAX + 3; i++) await seen(product({ title: `Title ${i}` }), plus(T0, i * HOUR));
    const snapshots = await service.getListingSnapshots('1005006812345678');
    expect(snapshots).toHaveLength(SNAPSHOTS_PER_PRODUCT_MAX);
    expect(snapshots[0]!.content.title).toBe('Title 3');
  });
});

describe('the buyer’s history with the store and orders linked by product id', () => {
  it('counts the buyer’s orders from the store and links orders containing the product (.us ids too)', async () => {
    const orders = createOrderService(db, () => new Date(T0));
    await orders.recordOrdersSeen({
      observedAt: T0,
      orders: [
        card({ orderId: ORDER_A, status: 'completed', store: { id: STORE, name: 'Sound Wave' }, products: [{ productId: '1005006812345678', title: 'Earbuds', quantity: 1 }], productCount: 1 }),
        card({ orderId: ORDER_B, status: 'shipped', store: { id: STORE, name: 'Sound Wave' }, products: [{ productId: '1005000000000001', quantity: 1 }], productCount: 1 }),
      ],
    });
    const view = await seen(product());
    expect(view.buyer).toEqual({ orders: 2, completed: 1 });
    expect(view.linkedOrderIds).toEqual([ORDER_A]);
    const us = await seen(product({ productId: '3256806812345678' }));
    expect(us.linkedOrderIds).toEqual([ORDER_A]);
  });

  describe('disputes and late deliveries, from what the detail and tracking pages showed', () => {
    const ORDER_C = '8190000000000003';
    const detail = (orderId: string, over: Partial<ParsedOrderDetail> = {}): ParsedOrderDetail => ({
      orderId,
      status: 'completed',
      products: [{ productId: '1005000000000001', quantity: 1 }],
      store: { id: STORE, name: 'Sound Wave' },
      windows: [],
      extendTimeOffered: false,
      refundInProgress: false,
      freeReturn: false,
      ...over,
    });
    const delivered = (orderId: string, date: string): ParsedTracking => ({
      orderId,
      delivered: true,
      latestEvent: { text: 'Delivered', date, delivered: true },
    });
    const ordersOfStore = async (ids: string[]) => {
      const orders = createOrderService(db, () => new Date(T0), { warn: vi.fn() });
      await orders.recordOrdersSeen({
        observedAt: T0,
        orders: ids.map((orderId) => card({ orderId, status: 'completed', store: { id: STORE, name: 'Sound Wave' }, products: [{ productId: '1005000000000001', quantity: 1 }], productCount: 1 })),
      });
      return orders;
    };

    it('orders only seen on My Orders: disputes and late deliveries stay unknown', async () => {
      await ordersOfStore([ORDER_A, ORDER_B]);
      expect((await seen(product())).buyer).toStrictEqual({ orders: 2, completed: 2 });
    });

    it('a refund under way on a detail page is a dispute; delivered after the estimate is late; the rest went fine', async () => {
      const orders = await ordersOfStore([ORDER_A, ORDER_B, ORDER_C]);
      await orders.recordDetailSeen({ detail: detail(ORDER_A, { refundInProgress: true, estimatedDelivery: '2026-10-20' }), observedAt: T0 });
      await orders.recordTrackingSeen({ tracking: delivered(ORDER_A, '2026-10-24'), observedAt: T0 });
      await orders.recordDetailSeen({ detail: detail(ORDER_B, { estimatedDelivery: '2026-10-20' }), observedAt: T0 });
      await orders.recordTrackingSeen({ tracking: delivered(ORDER_B, '2026-10-19'), observedAt: T0 });
      // Only a detail page, no delivery date: no dispute, lateness not known.
      await orders.recordDetailSeen({ detail: detail(ORDER_C, { estimatedDelivery: '2026-10-20' }), observedAt: T0 });
      expect((await seen(product())).buyer).toStrictEqual({ orders: 3, completed: 3, disputes: 1, lateDeliveries: 1, checkedOrders: 2 });
    });

    it('an estimate seen before delivery still counts when the later detail page no longer shows one', async () => {
      const orders = await ordersOfStore([ORDER_A]);
      await orders.recordDetailSeen({ detail: detail(ORDER_A, { status: 'shipped', estimatedDelivery: '2026-10-20' }), observedAt: plus(T0, -20 * DAY) });
      await orders.recordDetailSeen({ detail: detail(ORDER_A), observedAt: T0 });
      await orders.recordTrackingSeen({ tracking: delivered(ORDER_A, '2026-10-27'), observedAt: T0 });
      expect((await seen(product())).buyer).toMatchObject({ lateDeliveries: 1, disputes: 0, checkedOrders: 1 });
    });

    it('an order whose claim opened a dispute counts as one (and as checked), even after its refund closed', async () => {
      const orders = await ordersOfStore([ORDER_A, ORDER_B, ORDER_C]);
      // The detail page read after the refund closed shows no refund under way.
      await orders.recordDetailSeen({ detail: detail(ORDER_A, { estimatedDelivery: '2026-10-20' }), observedAt: T0 });
      await orders.recordTrackingSeen({ tracking: delivered(ORDER_A, '2026-10-19'), observedAt: T0 });
      const claims = createClaimService(db, { orders, clock: () => new Date(T0) });
      await claims.start(ORDER_A);
      await claims.record(ORDER_A, { type: 'problem-set', at: T0, problems: [{ itemKey: '1005000000000001', reason: 'defective' }] });
      await claims.record(ORDER_A, { type: 'dispute-opened', at: T0, resolution: { kind: 'refund-only' } });
      await claims.record(ORDER_A, { type: 'outcome-recorded', at: T0, outcome: 'refunded-full' });
      // A claim that never reached a dispute is no dispute.
      await claims.start(ORDER_B);
      expect((await seen(product())).buyer).toStrictEqual({ orders: 3, completed: 3, disputes: 1, lateDeliveries: 0, checkedOrders: 1 });
    });

    it('tracking without any detail page: no estimate, so neither late nor on time', async () => {
      const orders = await ordersOfStore([ORDER_A]);
      await orders.recordTrackingSeen({ tracking: delivered(ORDER_A, '2026-10-27'), observedAt: T0 });
      expect((await seen(product())).buyer).toStrictEqual({ orders: 1, completed: 1 });
    });
  });

  it('a store the buyer never ordered from: zero orders', async () => {
    expect((await seen(product())).buyer).toEqual({ orders: 0, completed: 0 });
  });
});

describe('through the message handler', () => {
  const handler = () => createMessageHandler(createOrderService(db, () => new Date(T0)), { products: service });

  it('product/seen answers with the view', async () => {
    const response = await handler()({ type: 'product/seen', observedAt: T0, product: product() });
    expect(response).toMatchObject({ ok: true, data: { storeHistory: [{ positiveRatePercent: 97.2 }], linkedOrderIds: [] } });
  });

  it.each<[string, unknown]>([
    ['an unknown key on the product', { type: 'product/seen', observedAt: T0, product: { ...product(), extra: 1 } }],
    ['a foreign image host', { type: 'product/seen', observedAt: T0, product: product({ mainImageUrl: 'https://evil.example/x.jpg' }) }],
    ['a javascript: image', { type: 'product/seen', observedAt: T0, product: product({ mainImageUrl: 'javascript:alert(1)' }) }],
    ['a rate over 100', { type: 'product/seen', observedAt: T0, product: product({}, { positiveRatePercent: 101 }) }],
    ['no observedAt', { type: 'product/seen', product: product() }],
    ['a bad product id', { type: 'product/snapshots', productId: 'abc' }],
  ])('%s → invalid-request, nothing written', async (_name, request) => {
    const response = await handler()(request);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await db.storeStats.count()).toBe(0);
    expect(await db.listingSnapshots.count()).toBe(0);
  });

  it('a handler without the product service says so as an internal error', async () => {
    const bare = createMessageHandler(createOrderService(db, () => new Date(T0)));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await bare({ type: 'product/seen', observedAt: T0, product: product() })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
