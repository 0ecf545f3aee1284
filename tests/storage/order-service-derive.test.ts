import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveDeadlines } from '../../lib/domain/deadlines';
import { createOrderService } from '../../lib/storage/order-service';
import { DAY, ORDER_A, T0, card, countdown, freshDb } from './fixtures';

// The real deriveDeadlines by default; single tests make it misbehave.
vi.mock('../../lib/domain/deadlines', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/domain/deadlines')>();
  return { ...actual, deriveDeadlines: vi.fn(actual.deriveDeadlines) };
});

const db = freshDb();
afterEach(() => db.orders.clear());

describe('when deriveDeadlines misbehaves', () => {
  const shipped = card({ countdown: countdown(T0, 10 * DAY) });

  it.each([
    ['throws', () => vi.mocked(deriveDeadlines).mockImplementationOnce(() => {
      throw new Error('domain bug');
    })],
    ['returns an invalid deadline', () => vi.mocked(deriveDeadlines).mockImplementationOnce(() => [
      { orderId: ORDER_A, kind: 'protection-end', dueAt: 'tomorrow', source: 'estimated', rule: 'card-countdown', confidence: 'high', observedAt: T0 },
    ] as never)],
    ['returns another order’s deadline', () => vi.mocked(deriveDeadlines).mockImplementationOnce(() => [
      { orderId: '8190000000000099', kind: 'protection-end', dueAt: T0, source: 'estimated', rule: 'card-countdown', confidence: 'high', observedAt: T0 },
    ])],
  ])('%s: the stored first-hand deadlines still answer, one warning', async (_name, breakIt) => {
    const warn = vi.fn();
    const service = createOrderService(db, () => new Date(T0), { warn });
    await service.recordOrdersSeen({ orders: [shipped], observedAt: T0 });
    breakIt();
    const [view] = await service.getOrders([ORDER_A]);
    expect(view!.deadlines).toEqual([expect.objectContaining({ kind: 'protection-end', source: 'aliexpress' })]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('is called with the facts built from the stored record', async () => {
    const service = createOrderService(db, () => new Date(T0), { warn: vi.fn() });
    await service.recordOrdersSeen({ orders: [shipped], observedAt: T0 });
    expect(vi.mocked(deriveDeadlines)).toHaveBeenLastCalledWith({
      orderId: ORDER_A,
      status: 'shipped',
      orderDate: shipped.orderDate,
      countdown: shipped.countdown,
      lastSeenNotCompletedAt: T0,
    });
  });
});
