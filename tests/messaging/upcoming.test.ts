import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type MessageHandler } from '../../lib/messaging/handler';
import { responseSchema, type UpcomingResult } from '../../lib/messaging/protocol';
import type { ClaimDb } from '../../lib/storage/db';
import { createOrderService } from '../../lib/storage/order-service';
import { DAY, ORDER_A, ORDER_B, ORDER_C, T0, card, countdown, freshDb } from '../storage/fixtures';

const ORDER_D = '8190000000000004';
const ORDER_E = '8190000000000005';
let db: ClaimDb;
let handle: MessageHandler;

beforeEach(async () => {
  db = freshDb();
  const service = createOrderService(db, () => new Date(T0), { warn: vi.fn() });
  handle = createMessageHandler(service);
  await service.recordOrdersSeen({
    observedAt: T0,
    orders: [
      card({ orderId: ORDER_A, countdown: countdown(T0, 10 * DAY), products: [{ title: 'USB-C cable' }] }),
      card({ orderId: ORDER_B, countdown: countdown(T0, 2 * DAY), store: { id: '1100002', name: 'Lamp Store' } }),
      card({ orderId: ORDER_C, status: 'completed', orderDate: '2026-10-01' }),
      card({ orderId: ORDER_D, status: 'cancelled' }),
      card({ orderId: ORDER_E, countdown: undefined, orderDate: '2026-10-25' }),
    ],
  });
});
afterEach(async () => {
  await db.delete();
});

describe('deadlines/upcoming', () => {
  it('lists orders with open deadlines most urgent first, then those needing a deadline', async () => {
    const response = await handle({ type: 'deadlines/upcoming', limit: 50 });
    expect(responseSchema('deadlines/upcoming').safeParse(response).success).toBe(true);
    if (!response.ok) throw new Error(response.error.message);
    const data = response.data as UpcomingResult;
    expect(data.orders.map((o) => [o.orderId, o.urgency])).toEqual([
      [ORDER_B, 'urgent'],
      [ORDER_A, 'ok'],
    ]);
    expect(data.orders[0]).toMatchObject({ storeName: 'Lamp Store', deadlines: [{ kind: 'protection-end', source: 'aliexpress' }] });
    expect(data.orders[1]!.title).toBe('USB-C cable');
    expect(data).toMatchObject({ total: 2, urgent: 1, withoutDeadlineTotal: 2 });
    // Newest order first; the cancelled order needs nothing.
    expect(data.withoutDeadline.map((o) => o.orderId)).toEqual([ORDER_E, ORDER_C]);
  });

  it('sends at most `limit` of each list, with the totals', async () => {
    const response = await handle({ type: 'deadlines/upcoming', limit: 1 });
    expect(response).toMatchObject({ ok: true, data: { total: 2, withoutDeadlineTotal: 2 } });
    if (!response.ok) return;
    const data = response.data as UpcomingResult;
    expect([data.orders.length, data.withoutDeadline.length]).toEqual([1, 1]);
  });

  it.each([
    { name: 'no limit', request: { type: 'deadlines/upcoming' } },
    { name: 'limit 0', request: { type: 'deadlines/upcoming', limit: 0 } },
    { name: 'limit too big', request: { type: 'deadlines/upcoming', limit: 10_001 } },
    { name: 'fractional limit', request: { type: 'deadlines/upcoming', limit: 2.5 } },
    { name: 'unknown key', request: { type: 'deadlines/upcoming', limit: 5, all: true } },
  ])('$name → invalid-request', async ({ request }) => {
    expect(await handle(request)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
