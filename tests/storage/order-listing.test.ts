import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimDb } from '../../lib/storage/db';
import { createOrderService, type OrderService } from '../../lib/storage/order-service';
import { DAY, ORDER_A, ORDER_B, T0, card, countdown, freshDb, plus } from './fixtures';

let db: ClaimDb;
let service: OrderService;
beforeEach(() => {
  db = freshDb();
  service = createOrderService(db, () => new Date(plus(T0, DAY)), { warn: vi.fn() });
});
afterEach(async () => {
  await db.delete();
});

describe('listAllOrders', () => {
  it('lists every readable order with its deadlines and the words that name it', async () => {
    await service.recordOrdersSeen({ observedAt: T0, orders: [card({ countdown: countdown(T0, 10 * DAY) }), card({ orderId: ORDER_B, status: 'completed', store: undefined, products: [] })] });
    await db.orders.put({ orderId: '8190000000000009', broken: true } as never);
    const listings = await service.listAllOrders();
    expect(listings.map((l) => l.view.orderId).sort()).toEqual([ORDER_A, ORDER_B]);
    const a = listings.find((l) => l.view.orderId === ORDER_A)!;
    expect(a).toMatchObject({ title: 'USB-C cable 2 m', storeName: 'Gadget Store', orderDate: '2026-10-20' });
    expect(a.view.deadlines).toEqual([expect.objectContaining({ kind: 'protection-end', source: 'aliexpress' })]);
    expect(listings.find((l) => l.view.orderId === ORDER_B)!.title).toBeUndefined();
  });

  it('answers from memory until something is written, then reads again', async () => {
    await service.recordOrdersSeen({ observedAt: T0, orders: [card({ countdown: countdown(T0, 10 * DAY) })] });
    const first = await service.listAllOrders();
    expect(await service.listAllOrders()).toBe(first);

    const dueAt = plus(T0, 5 * DAY);
    await service.setManualDeadline({ orderId: ORDER_A, kind: 'protection-end', dueAt });
    const afterSet = await service.listAllOrders();
    expect(afterSet).not.toBe(first);
    expect(afterSet[0]!.view.deadlines.map((d) => d.source)).toContain('manual');

    await service.removeManualDeadline({ orderId: ORDER_A, kind: 'protection-end' });
    expect((await service.listAllOrders())[0]!.view.deadlines.map((d) => d.source)).toEqual(['aliexpress']);

    await service.recordOrdersSeen({ observedAt: T0, orders: [card({ orderId: ORDER_B })] });
    expect((await service.listAllOrders()).map((l) => l.view.orderId).sort()).toEqual([ORDER_A, ORDER_B]);
  });

  it('a write by anyone else (another service on the same database) drops what was kept too', async () => {
    await service.recordOrdersSeen({ observedAt: T0, orders: [card({ countdown: countdown(T0, 10 * DAY) })] });
    const first = await service.listAllOrders();
    const row = (await db.deadlines.get([ORDER_A, 'protection-end', 'aliexpress']))!;
    await db.deadlines.put({ ...row, dueAt: plus(T0, 4 * DAY) });
    const after = await service.listAllOrders();
    expect(after).not.toBe(first);
    expect(after[0]!.view.deadlines[0]!.dueAt).toBe(plus(T0, 4 * DAY));
    // Writes elsewhere (e.g. the reminder log) leave it alone.
    await db.reminders.put({ id: 'x', orderId: ORDER_A, kind: 'protection-end', thresholdDays: 1, dueAt: T0, deliveredAt: T0 });
    expect(await service.listAllOrders()).toBe(after);
  });

  it('a refused write (unknown order) writes nothing, so the list stays', async () => {
    await service.recordOrdersSeen({ observedAt: T0, orders: [card()] });
    const first = await service.listAllOrders();
    await expect(service.setManualDeadline({ orderId: ORDER_B, kind: 'protection-end', dueAt: T0 })).rejects.toThrow();
    expect(await service.listAllOrders()).toBe(first);
  });
});
