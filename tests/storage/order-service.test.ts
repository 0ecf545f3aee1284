import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParsedOrderCard } from '../../lib/schemas/order';
import type { ClaimDb } from '../../lib/storage/db';
import { OrderNotFoundError, StorageError } from '../../lib/storage/errors';
import { createOrderService, type OrderService } from '../../lib/storage/order-service';
import type { DeadlineRecord, OrderRecord } from '../../lib/storage/records';
import { SIGHTING_REFRESH_MS } from '../../lib/storage/routine-sighting';
import { DAY, HOUR, ORDER_A, ORDER_B, ORDER_C, STORE_1, T0, card, countdown, degradedCard, freshDb, plus } from './fixtures';

const NOW = '2026-11-10T12:00:00.000Z';

let db: ClaimDb;
let service: OrderService;
let warn: ReturnType<typeof vi.fn<(message: string) => void>>;

beforeEach(() => {
  db = freshDb();
  warn = vi.fn<(message: string) => void>();
  service = createOrderService(db, () => new Date(NOW), { warn });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const seen = (orders: ParsedOrderCard[], observedAt = T0) => service.recordOrdersSeen({ orders, observedAt });
const protectionRow = (orderId = ORDER_A) => db.deadlines.get([orderId, 'protection-end', 'aliexpress']);

describe('recordOrdersSeen', () => {
  it('stores orders, their store and the countdown of a shipped order', async () => {
    const views = await seen([card({ countdown: countdown(T0, 10 * DAY) }), card({ orderId: ORDER_B, status: 'processing' })]);

    expect(views.map((v) => [v.orderId, v.status])).toEqual([[ORDER_A, 'shipped'], [ORDER_B, 'processing']]);
    expect(await db.orders.count()).toBe(2);
    expect(await db.stores.get(STORE_1)).toMatchObject({ name: 'Gadget Store', orderIds: [ORDER_A, ORDER_B] });
    expect(await protectionRow()).toMatchObject({ dueAt: plus(T0, 10 * DAY), source: 'aliexpress', history: [] });
  });

  it.each(['processing', 'unpaid', 'completed', 'unknown'] as const)(
    'a countdown on a %s order is not a protection deadline',
    async (status) => {
      await seen([card({ status, countdown: countdown(T0, 2 * DAY) })]);
      expect(await db.deadlines.count()).toBe(0);
    },
  );

  it('a degraded re-parse keeps a shipped order shipped and its countdown counts', async () => {
    await seen([card()]);
    await seen([degradedCard({ countdown: countdown(plus(T0, HOUR), 3 * DAY) })], plus(T0, HOUR));
    expect((await db.orders.get(ORDER_A))?.status).toBe('shipped');
    expect(await protectionRow()).toBeDefined();
  });

  it('asks for a full read while no sighting has read the products, and keeps them once one has', async () => {
    // The content script's short read of a card (readBadgeFacts): id, status and date only.
    const shortRead = { ...degradedCard(), orderDate: '2026-10-20', status: 'shipped' as const, statusText: 'Awaiting delivery' };
    expect((await seen([shortRead]))[0]?.needsFullRead).toBe(true);

    const [afterFull] = await seen([card()], plus(T0, HOUR));
    expect(afterFull?.needsFullRead).toBeUndefined();

    // A later short read changes nothing it lacks: the products and the store stay.
    const [afterShort] = await seen([shortRead], plus(T0, 2 * HOUR));
    expect(afterShort?.needsFullRead).toBeUndefined();
    expect(await db.orders.get(ORDER_A)).toMatchObject({ products: card().products, productCount: 2, store: card().store, total: card().total });
  });

  it('returns each order once, merged over duplicates in one batch', async () => {
    const views = await seen([card({ status: 'processing' }), card({ status: 'shipped' })]);
    expect(views).toHaveLength(1);
    expect(views[0]!.status).toBe('shipped');
    expect((await db.orders.get(ORDER_A))?.statusHistory.map((s) => s.status)).toEqual(['processing', 'shipped']);
  });

  it('keeps the user note across re-parses', async () => {
    await seen([card()]);
    await db.orders.update(ORDER_A, { user: { note: 'seller promised a refund' } });
    await seen([card({ status: 'completed' })], plus(T0, DAY));
    await seen([degradedCard()], plus(T0, 2 * DAY));
    const stored = await db.orders.get(ORDER_A);
    expect(stored?.user).toEqual({ note: 'seller promised a refund' });
    expect(stored?.status).toBe('completed');
  });

  it('refuses keys the record schemas do not define, and writes nothing', async () => {
    const extra = { ...card(), debugHtml: '<div>…</div>', store: { id: STORE_1, name: 'Gadget Store', phone: '+1 555' } } as ParsedOrderCard;
    await expect(seen([extra])).rejects.toThrow(/storage write failed/);
    expect(await db.orders.count()).toBe(0);
    expect(await db.stores.count()).toBe(0);
  });

  it('takes a full batch of 500 orders in one go', async () => {
    const cards = Array.from({ length: 500 }, (_, i) =>
      card({ orderId: String(8190000000100000 + i), countdown: countdown(T0, (i + 1) * HOUR) }),
    );
    const views = await seen(cards);
    expect(views).toHaveLength(500);
    expect(await db.deadlines.count()).toBe(500);
    expect((await db.stores.get(STORE_1))?.orderIds).toHaveLength(500);
  });

  it('takes timestamps from observedAt, normalised to UTC', async () => {
    await seen([card()], '2026-11-01T18:00:00+08:00');
    expect(await db.orders.get(ORDER_A)).toMatchObject({ firstSeenAt: T0, lastSeenAt: T0, lastSeenNotCompletedAt: T0 });
  });
});

describe('repeat sightings', () => {
  const writesDuring = async (run: () => Promise<unknown>) => {
    const tables: string[] = [];
    const stop = db.onWrite((table) => tables.push(table));
    await run();
    stop();
    return [...new Set(tables)];
  };

  it('a reload within the refresh interval writes nothing and answers what is stored', async () => {
    const first = await seen([card(), card({ orderId: ORDER_B, status: 'completed' })]);
    const stored = await db.orders.toArray();
    let again: Awaited<ReturnType<typeof seen>> = [];
    const tables = await writesDuring(async () => {
      again = await seen([card(), card({ orderId: ORDER_B, status: 'completed' })], plus(T0, SIGHTING_REFRESH_MS - 60_000));
    });
    expect(tables).toEqual([]);
    expect(await db.orders.toArray()).toEqual(stored);
    expect(again).toEqual(first);
  });

  it('a reload after the refresh interval moves the last-seen bounds of the order and its store', async () => {
    await seen([card()]);
    const later = plus(T0, SIGHTING_REFRESH_MS);
    const tables = await writesDuring(() => seen([card()], later));
    expect(tables.sort()).toEqual(['orders', 'stores']);
    expect(await db.orders.get(ORDER_A)).toMatchObject({ firstSeenAt: T0, lastSeenAt: later, lastSeenNotCompletedAt: later });
    expect((await db.stores.get(STORE_1))?.lastSeenAt).toBe(later);
  });

  it('a countdown read again on a reload, pointing at the same deadline, writes nothing', async () => {
    await seen([card({ countdown: countdown(T0, 10 * DAY) })]);
    const soon = plus(T0, 20 * 60_000);
    const before = { order: await db.orders.get(ORDER_A), deadline: await protectionRow() };
    const tables = await writesDuring(() => seen([card({ countdown: countdown(soon, 10 * DAY - 20 * 60_000) })], soon));
    expect(tables).toEqual([]);
    expect({ order: await db.orders.get(ORDER_A), deadline: await protectionRow() }).toEqual(before);
  });

  it('a countdown that moved the deadline is written at once, order and deadline', async () => {
    await seen([card({ countdown: countdown(T0, 10 * DAY) })]);
    const soon = plus(T0, 20 * 60_000);
    const tables = await writesDuring(() => seen([card({ countdown: countdown(soon, 15 * DAY) })], soon));
    expect(tables.sort()).toEqual(['deadlines', 'orders']);
    expect(await protectionRow()).toMatchObject({ dueAt: plus(soon, 15 * DAY), history: [{ dueAt: plus(T0, 10 * DAY) }] });
    expect((await db.orders.get(ORDER_A))?.countdown?.remainingMs).toBe(15 * DAY);
  });

  it('a change within the interval is written at once: status, a new countdown, a new order of the store', async () => {
    await seen([card({ status: 'processing' })]);
    const soon = plus(T0, 60_000);
    expect(await writesDuring(() => seen([card({ status: 'shipped' })], soon))).toContain('orders');
    expect((await db.orders.get(ORDER_A))?.statusHistory.map((s) => s.status)).toEqual(['processing', 'shipped']);

    expect(await writesDuring(() => seen([card({ countdown: countdown(soon, 5 * DAY) })], soon))).toContain('orders');
    expect((await db.orders.get(ORDER_A))?.countdown?.remainingMs).toBe(5 * DAY);

    await seen([card({ orderId: ORDER_B })], soon);
    expect((await db.stores.get(STORE_1))?.orderIds).toEqual([ORDER_A, ORDER_B]);
  });
});

describe('countdown upsert', () => {
  it.each([
    ['40 minutes off: stored dueAt kept, no history', 40 * 60 * 1000, false],
    ['3 hours off: dueAt moves, old value in history', 3 * HOUR, true],
  ])('%s', async (_name, shift, moves) => {
    await seen([card({ countdown: countdown(T0, 10 * DAY) })]);
    const later = plus(T0, DAY);
    await seen([card({ countdown: countdown(later, 9 * DAY + shift) })], later);
    const row = await protectionRow();
    expect(row?.observedAt).toBe(later);
    expect(row?.dueAt).toBe(moves ? plus(T0, 10 * DAY + shift) : plus(T0, 10 * DAY));
    expect(row?.history).toEqual(moves ? [{ dueAt: plus(T0, 10 * DAY), observedAt: T0, source: 'aliexpress' }] : []);
  });
});

describe('order views', () => {
  it('returns the stored countdown deadline once, not again from deriveDeadlines', async () => {
    await seen([card({ countdown: countdown(T0, 10 * DAY) })]);
    // 30 minutes of drift: deriveDeadlines alone would say a different dueAt.
    const later = plus(T0, DAY);
    const [view] = await seen([card({ countdown: countdown(later, 9 * DAY + 30 * 60 * 1000) })], later);
    const protection = view!.deadlines.filter((d) => d.kind === 'protection-end');
    expect(protection).toEqual([
      { orderId: ORDER_A, kind: 'protection-end', source: 'aliexpress', rule: 'card-countdown', confidence: 'high', dueAt: plus(T0, 10 * DAY), observedAt: later },
    ]);
    expect(view!.deadlines.every((d) => !('history' in d))).toBe(true);
  });

  it('adds the estimates deriveDeadlines makes from the stored facts', async () => {
    await seen([card({ status: 'shipped' })]);
    const [view] = await seen([card({ status: 'completed' })], plus(T0, 2 * DAY));
    expect(view!.deadlines).toEqual([
      expect.objectContaining({ orderId: ORDER_A, kind: 'dispute-after-completion', source: 'estimated', rule: 'completion-window-bounded' }),
    ]);
  });

  it('orders first-hand deadlines before estimates', async () => {
    await seen([card({ countdown: countdown(T0, 30 * DAY) })]);
    await seen([card({ status: 'completed' })], plus(T0, DAY));
    await service.setManualDeadline({ orderId: ORDER_A, kind: 'return-window', dueAt: plus(T0, 40 * DAY) });
    const [view] = await service.getOrders([ORDER_A]);
    expect(view!.deadlines.map((d) => d.source)).toEqual(['aliexpress', 'manual', 'estimated']);
  });
});

describe('getOrders', () => {
  it('answers known orders in the asked order; unknown ids are absent', async () => {
    await seen([card(), card({ orderId: ORDER_B })]);
    const views = await service.getOrders([ORDER_B, ORDER_C, ORDER_A, ORDER_B]);
    expect(views.map((v) => v.orderId)).toEqual([ORDER_B, ORDER_A]);
  });

  it('an empty list asks for nothing', async () => {
    expect(await service.getOrders([])).toEqual([]);
  });
});

describe('one transaction', () => {
  const injected = () => {
    throw new Error('QuotaExceededError (injected)');
  };
  it.each<[string, () => void]>([
    ['stores (bulkPut throws)', () => vi.spyOn(db.stores, 'bulkPut').mockImplementation(injected)],
    ['deadlines (bulkPut throws)', () => vi.spyOn(db.deadlines, 'bulkPut').mockImplementation(injected)],
    ['deadlines (Dexie creating hook throws)', () => db.deadlines.hook('creating', injected)],
  ])('a failure writing %s leaves nothing half-written', async (_table, inject) => {
    await seen([card({ orderId: ORDER_B, status: 'processing' })]);
    const before = { orders: await db.orders.toArray(), stores: await db.stores.toArray(), deadlines: await db.deadlines.toArray() };

    inject();
    const failing = seen([card({ countdown: countdown(plus(T0, DAY), 5 * DAY) }), card({ orderId: ORDER_B, status: 'shipped' })], plus(T0, DAY));
    await expect(failing).rejects.toBeInstanceOf(StorageError);
    await expect(failing).rejects.toMatchObject({ operation: 'write' });
    vi.restoreAllMocks();
    db.deadlines.hook('creating').unsubscribe(injected);

    expect({ orders: await db.orders.toArray(), stores: await db.stores.toArray(), deadlines: await db.deadlines.toArray() }).toEqual(before);
  });

  it('a record that fails its schema on write aborts the batch', async () => {
    const invalid = card({ orderId: ORDER_B, statusText: 'x'.repeat(201) });
    await expect(seen([card(), invalid])).rejects.toBeInstanceOf(StorageError);
    expect(await db.orders.count()).toBe(0);
  });

  it('a failing read is a StorageError too', async () => {
    vi.spyOn(db.orders, 'bulkGet').mockImplementation(() => {
      throw new Error('backing store gone (injected)');
    });
    await expect(service.getOrders([ORDER_A])).rejects.toMatchObject({ name: 'StorageError', operation: 'read' });
  });
});

describe('manual deadlines', () => {
  const DUE_1 = '2026-12-12T23:59:00+08:00';
  const DUE_2 = '2026-12-20T23:59:00+08:00';
  const manual = (view: { deadlines: { source: string; dueAt: string }[] }) =>
    view.deadlines.filter((d) => d.source === 'manual').map((d) => d.dueAt);

  beforeEach(async () => {
    await seen([card({ countdown: countdown(T0, 10 * DAY) })]);
  });

  it('set, change, remove, each answering what was there before', async () => {
    const set = await service.setManualDeadline({ orderId: ORDER_A, kind: 'protection-end', dueAt: DUE_1 });
    expect(set.previous).toBeNull();
    expect(manual(set.order)).toEqual(['2026-12-12T15:59:00.000Z']);
    expect(set.order.deadlines.find((d) => d.source === 'manual')).toMatchObject({ rule: 'entered-by-user', observedAt: NOW });
    // The countdown deadline of the same kind stays: the view offers both, selection picks.
    expect(set.order.deadlines.filter((d) => d.kind === 'protection-end')).toHaveLength(2);

    const changed = await service.setManualDeadline({ orderId: ORDER_A, kind: 'protection-end', dueAt: DUE_2 });
    expect(changed.previous).toMatchObject({ dueAt: '2026-12-12T15:59:00.000Z', source: 'manual' });
    expect(manual(changed.order)).toEqual(['2026-12-20T15:59:00.000Z']);
    expect((await db.deadlines.get([ORDER_A, 'protection-end', 'manual']))?.history).toHaveLength(1);

    const removed = await service.removeManualDeadline({ orderId: ORDER_A, kind: 'protection-end' });
    expect(removed.previous).toMatchObject({ dueAt: '2026-12-20T15:59:00.000Z' });
    expect(manual(removed.order)).toEqual([]);
    expect(await protectionRow()).toBeDefined();
  });

  it('undo of a set restores the previous value; undo of the first set removes it', async () => {
    const first = await service.setManualDeadline({ orderId: ORDER_A, kind: 'return-window', dueAt: DUE_1 });
    const second = await service.setManualDeadline({ orderId: ORDER_A, kind: 'return-window', dueAt: DUE_2 });
    const undone = await service.setManualDeadline({ orderId: ORDER_A, kind: 'return-window', dueAt: second.previous!.dueAt });
    expect(manual(undone.order)).toEqual(manual(first.order));
    expect(first.previous).toBeNull();
    const undoneFirst = await service.removeManualDeadline({ orderId: ORDER_A, kind: 'return-window' });
    expect(manual(undoneFirst.order)).toEqual([]);
  });

  it('undo of a remove restores the removed value', async () => {
    const set = await service.setManualDeadline({ orderId: ORDER_A, kind: 'protection-end', dueAt: DUE_1 });
    const removed = await service.removeManualDeadline({ orderId: ORDER_A, kind: 'protection-end' });
    const restored = await service.setManualDeadline({ orderId: ORDER_A, kind: 'protection-end', dueAt: removed.previous!.dueAt });
    expect(restored.order).toEqual({ ...set.order });
  });

  it('removing what is not there is a no-op', async () => {
    const result = await service.removeManualDeadline({ orderId: ORDER_A, kind: 'quality-dispute' });
    expect(result.previous).toBeNull();
    expect(await db.deadlines.count()).toBe(1);
  });

  it.each([
    ['set', () => service.setManualDeadline({ orderId: ORDER_C, kind: 'protection-end', dueAt: DUE_1 })],
    ['remove', () => service.removeManualDeadline({ orderId: ORDER_C, kind: 'protection-end' })],
  ])('%s on an unknown order: OrderNotFoundError, nothing written', async (_name, run) => {
    const before = await db.deadlines.toArray();
    await expect(run()).rejects.toBeInstanceOf(OrderNotFoundError);
    expect(await db.deadlines.toArray()).toEqual(before);
  });

  it('a re-parse never touches a manual deadline', async () => {
    await service.setManualDeadline({ orderId: ORDER_A, kind: 'protection-end', dueAt: DUE_1 });
    const later = plus(T0, DAY);
    await seen([card({ countdown: countdown(later, 20 * DAY) })], later);
    expect(await db.deadlines.get([ORDER_A, 'protection-end', 'manual'])).toMatchObject({ dueAt: '2026-12-12T15:59:00.000Z', history: [] });
  });
});

describe('corrupted rows', () => {
  /** Writes a row past the schemas, the way a bug or a bad upgrade would. */
  const corruptOrder = (orderId: string) =>
    db.orders.put({ orderId, status: 'teleported', user: 'not an object' } as unknown as OrderRecord);
  const corruptDeadline = () =>
    db.deadlines.put({ orderId: ORDER_A, kind: 'return-window', source: 'manual', dueAt: 'soon' } as unknown as DeadlineRecord);

  it('getOrders skips an unreadable order, answers the rest, logs once', async () => {
    await seen([card()]);
    await corruptOrder(ORDER_B);
    expect((await service.getOrders([ORDER_B, ORDER_A])).map((v) => v.orderId)).toEqual([ORDER_A]);
    await service.getOrders([ORDER_B]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(ORDER_B);
  });

  it('an unreadable deadline row is left out of the view', async () => {
    await seen([card({ countdown: countdown(T0, 10 * DAY) })]);
    await corruptDeadline();
    const [view] = await service.getOrders([ORDER_A]);
    expect(view!.deadlines.map((d) => d.kind)).toEqual(['protection-end']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('recordOrdersSeen leaves an unreadable order as it is and answers the rest', async () => {
    await corruptOrder(ORDER_B);
    const views = await seen([card(), card({ orderId: ORDER_B })]);
    expect(views.map((v) => v.orderId)).toEqual([ORDER_A]);
    expect(await db.orders.get(ORDER_B)).toMatchObject({ status: 'teleported' });
    expect((await db.stores.get(STORE_1))?.orderIds).toEqual([ORDER_A]);
  });

  it('an unreadable store row is rebuilt from the sighting', async () => {
    await db.stores.put({ storeId: STORE_1, orderIds: 'many' } as unknown as never);
    await seen([card()]);
    expect(await db.stores.get(STORE_1)).toMatchObject({ name: 'Gadget Store', orderIds: [ORDER_A] });
  });

  it('set-manual on an unreadable order is not-found; an unreadable manual row is replaced', async () => {
    await corruptOrder(ORDER_B);
    await expect(service.setManualDeadline({ orderId: ORDER_B, kind: 'protection-end', dueAt: NOW })).rejects.toBeInstanceOf(OrderNotFoundError);

    await seen([card()]);
    await corruptDeadline();
    const result = await service.setManualDeadline({ orderId: ORDER_A, kind: 'return-window', dueAt: NOW });
    expect(result.previous).toBeNull();
    expect(result.order.deadlines).toEqual([expect.objectContaining({ kind: 'return-window', dueAt: NOW })]);
  });
});
