import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimRecord, EvidenceRecord } from '../../lib/storage/claim-records';
import { createClaimService } from '../../lib/storage/claim-service';
import { ClaimDb, DB_NAME, applySchemaHistory, openDb } from '../../lib/storage/db';
import { createOrderService } from '../../lib/storage/order-service';
import { createProductService } from '../../lib/storage/product-service';
import { ListingSnapshotRecord, StoreStatRecord } from '../../lib/storage/product-records';
import { DeadlineRecord, OrderRecord, StoreRecord } from '../../lib/storage/records';
import { DeliveredReminderRecord } from '../../lib/storage/reminder-records';
import { SCHEMA_HISTORY } from '../../lib/storage/schema-history';
import { ORDER_A, ORDER_B, STORE_1, T0 } from './fixtures';

/**
 * Rows as each historic version wrote them, keyed by version. Adding a schema version means
 * adding its seed here: rows in that version's shape, covering what its upgrade must carry.
 */
const SEEDS: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('orders').bulkPut([
      {
        orderId: ORDER_A,
        orderDate: '2026-10-20',
        status: 'shipped',
        statusText: 'Awaiting delivery',
        store: { id: STORE_1, name: 'Gadget Store' },
        isChoice: true,
        products: [{ productId: '1005001', title: 'USB-C cable', quantity: 2, unitPrice: { amount: 2.5, currency: 'EUR' } }],
        productCount: 1,
        total: { amount: 5, currency: 'EUR' },
        buttons: ['track'],
        countdown: { text: '10 days', remainingMs: 864000000, observedAt: T0 },
        notes: ['Refund in progress'],
        firstSeenAt: T0,
        lastSeenAt: T0,
        lastSeenNotCompletedAt: T0,
        statusHistory: [{ status: 'shipped', at: T0 }],
        user: { note: 'keep the receipt' },
      },
      {
        orderId: ORDER_B,
        status: 'completed',
        isChoice: false,
        products: [],
        productCount: 0,
        buttons: [],
        notes: [],
        firstSeenAt: T0,
        lastSeenAt: T0,
        firstSeenCompletedAt: T0,
        statusHistory: [{ status: 'completed', at: T0 }],
        user: {},
      },
    ]);
    await db.table('stores').put({
      storeId: STORE_1,
      name: 'Gadget Store',
      isChoice: true,
      firstSeenAt: T0,
      lastSeenAt: T0,
      orderIds: [ORDER_A],
    });
    await db.table('deadlines').bulkPut([
      {
        orderId: ORDER_A,
        kind: 'protection-end',
        source: 'aliexpress',
        rule: 'card-countdown',
        confidence: 'high',
        dueAt: '2026-11-11T10:00:00.000Z',
        observedAt: T0,
        history: [{ dueAt: '2026-11-09T10:00:00.000Z', observedAt: '2026-10-30T10:00:00.000Z', source: 'aliexpress' }],
      },
      {
        orderId: ORDER_B,
        kind: 'return-window',
        source: 'manual',
        rule: 'entered-by-user',
        confidence: 'high',
        dueAt: '2026-11-20T15:59:00.000Z',
        observedAt: T0,
        history: [],
      },
    ]);
  },
  // v2 adds the product-page tables; the v1 rows above must come through untouched.
  2: async (db) => {
    await SEEDS[1]!(db);
    await db.table('storeStats').bulkPut([
      { storeId: STORE_1, observedOn: '2026-10-01', observedAt: '2026-10-01T09:00:00.000Z', name: 'Gadget Store', positiveRatePercent: 97.2, ratingCount: 16083, followers: 1393 },
      { storeId: STORE_1, observedOn: '2026-10-31', observedAt: '2026-10-31T09:00:00.000Z', positiveRatePercent: 96.8 },
    ]);
    await db.table('listingSnapshots').put({
      productId: '1005001',
      contentHash: 'a'.repeat(64),
      storeId: STORE_1,
      title: 'USB-C cable',
      chosenOptions: ['Color: Black'],
      price: { amount: 2.5, currency: 'EUR' },
      seller: { name: 'Gadget Store', positiveRatePercent: 97.2 },
      shippingPromise: 'Free shipping',
      mainImageUrl: 'https://ae01.alicdn.com/kf/S1.jpg',
      firstSeenAt: T0,
      lastSeenAt: T0,
      seenCount: 1,
    });
  },
  // v3 adds the log of delivered reminders; the v1 and v2 tables are unchanged.
  3: async (db) => {
    await SEEDS[2]!(db);
    await db.table('reminders').put({
      id: `${ORDER_A}|protection-end|3|2026-11-11T10:00:00.000Z`,
      orderId: ORDER_A,
      kind: 'protection-end',
      thresholdDays: 3,
      dueAt: '2026-11-11T10:00:00.000Z',
      deliveredAt: T0,
    });
  },
  // v4 adds claims (their events) and the evidence locker; earlier tables are unchanged.
  4: async (db) => {
    await SEEDS[3]!(db);
    await db.table('claims').put({
      orderId: ORDER_A,
      updatedAt: '2026-11-02T10:00:00.000Z',
      events: [
        { type: 'claim-started', at: T0, orderId: ORDER_A },
        { type: 'problem-set', at: '2026-11-01T11:00:00.000Z', problems: [{ itemKey: '1005001', reason: 'damaged' }] },
        {
          type: 'evidence-added',
          at: '2026-11-02T10:00:00.000Z',
          evidence: { id: 'ev-1', kind: 'reference', name: 'Post office report', type: '', size: 0, addedAt: '2026-11-02T10:00:00.000Z', reference: { fileName: 'report.pdf' }, covers: ['post-office-damage-report'] },
        },
      ],
    });
    await db.table('evidence').put({
      orderId: ORDER_A,
      id: 'ev-1',
      item: { id: 'ev-1', kind: 'reference', name: 'Post office report', type: '', size: 0, addedAt: '2026-11-02T10:00:00.000Z', reference: { fileName: 'report.pdf' }, covers: ['post-office-damage-report'] },
    });
  },
};

const RECORD_SCHEMAS = {
  orders: OrderRecord,
  stores: StoreRecord,
  deadlines: DeadlineRecord,
  storeStats: StoreStatRecord,
  listingSnapshots: ListingSnapshotRecord,
  reminders: DeliveredReminderRecord,
  claims: ClaimRecord,
  evidence: EvidenceRecord,
} as const;

let name = '';
afterEach(async () => {
  if (name) await Dexie.delete(name);
});

describe('schema history', () => {
  it('versions strictly increase, starting at 1', () => {
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect(versions[0]).toBe(1);
    versions.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(versions[i]!));
  });

  it('every version has a dated changelog banner', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../../lib/storage/schema-history.ts'), 'utf8');
    for (const { version } of SCHEMA_HISTORY) {
      expect(source).toMatch(new RegExp(`^// v${version} — \\d{4}-\\d{2}-\\d{2}: \\S`, 'm'));
    }
  });

  it('ClaimDb opens the latest declared version, named aca by default', async () => {
    name = `aca-test-latest-${Math.random()}`;
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
    expect(new ClaimDb().name).toBe(DB_NAME);
    expect(DB_NAME).toBe('aca');
    db.close();
  });

  it('every version has a seed', () => {
    expect(Object.keys(SEEDS).map(Number)).toEqual(SCHEMA_HISTORY.map((v) => v.version));
  });

  describe.each(SCHEMA_HISTORY.map((v, i) => [v.version, i] as const))('a database seeded at v%i', (version, index) => {
    it('opens with the current ClaimDb, every row there and readable', async () => {
      name = `aca-test-upgrade-v${version}-${Math.random()}`;

      // The database as that release left it: only the versions up to it declared.
      const old = new Dexie(name);
      applySchemaHistory(old, SCHEMA_HISTORY.slice(0, index + 1));
      await old.open();
      expect(old.verno).toBe(version);
      await SEEDS[version]!(old);
      const seeded = Object.fromEntries(
        await Promise.all(old.tables.map(async (t) => [t.name, await t.toCollection().primaryKeys()] as const)),
      );
      old.close();

      const db = openDb(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
      for (const [table, schema] of Object.entries(RECORD_SCHEMAS)) {
        const rows = await db.table(table).toArray();
        expect(await db.table(table).toCollection().primaryKeys(), table).toEqual(seeded[table] ?? []);
        for (const row of rows) expect(schema.safeParse(row).error, `${table} row`).toBeUndefined();
      }

      // And through the service, as the extension reads them.
      const service = createOrderService(db, () => new Date(T0), { warn: (m) => expect.fail(m) });
      const views = await service.getOrders([ORDER_A, ORDER_B]);
      expect(views.map((v) => v.orderId)).toEqual([ORDER_A, ORDER_B]);
      expect(views[0]!.deadlines).toContainEqual(expect.objectContaining({ kind: 'protection-end', source: 'aliexpress' }));
      expect(views[1]!.deadlines).toContainEqual(expect.objectContaining({ kind: 'return-window', source: 'manual' }));
      expect((await db.orders.get(ORDER_A))?.user).toEqual({ note: 'keep the receipt' });
      if (version >= 2) {
        // The product-page memory, as the product service reads it.
        const products = createProductService(db, { warn: (m) => expect.fail(m) });
        expect((await products.getListingSnapshots('1005001')).map((s) => s.content.title)).toEqual(['USB-C cable']);
        const seen = await products.recordProductSeen({
          observedAt: '2026-11-15T09:00:00.000Z',
          product: { productId: '1005001', sources: ['dom'], store: { id: STORE_1, positiveRatePercent: 96.5 } },
        });
        expect(seen.storeHistory.map((p) => p.positiveRatePercent)).toEqual([97.2, 96.8, 96.5]);
        expect(seen.buyer).toEqual({ orders: 1, completed: 0 });
        expect(seen.linkedOrderIds).toEqual([ORDER_A]);
      }
      if (version >= 4) {
        // The claim replays through the reducer, its locker lists what the timeline names.
        const claims = createClaimService(db, { orders: service, clock: () => new Date(T0), warn: (m) => expect.fail(m) });
        const details = await claims.get(ORDER_A);
        expect(details?.claim.problems).toEqual([{ itemKey: '1005001', reason: 'damaged' }]);
        expect((await claims.listEvidence(ORDER_A)).map((e) => e.id)).toEqual(['ev-1']);
      }
      db.close();
    });
  });
});
