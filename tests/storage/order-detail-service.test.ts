import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localCalendarDate } from '../../lib/domain/instant';
import { createMessageHandler } from '../../lib/messaging/handler';
import type { ParsedOrderDetail, ParsedTracking } from '../../lib/schemas/order-detail';
import type { ClaimDb } from '../../lib/storage/db';
import { mergePageDeadline } from '../../lib/storage/merge-detail';
import { createOrderService, type OrderService } from '../../lib/storage/order-service';
import { DAY, ORDER_A, STORE_1, T0, card, freshDb, plus } from './fixtures';

let db: ClaimDb;
let service: OrderService;

beforeEach(() => {
  db = freshDb();
  service = createOrderService(db, () => new Date(T0), { warn: vi.fn() });
});
afterEach(async () => {
  await db.delete();
});

const detail = (overrides: Partial<ParsedOrderDetail> = {}): ParsedOrderDetail => ({
  orderId: ORDER_A,
  status: 'completed',
  statusText: 'Completed',
  placedDate: '2026-10-01',
  completedDate: '2026-10-30',
  products: [{ productId: '1005001234567890', title: 'Full title from the detail page', quantity: 1 }],
  store: { id: STORE_1, name: 'Gadget Store' },
  windows: [{ purpose: 'return-refund', days: 7, from: 'receipt-confirmed' }, { purpose: 'quality-dispute', days: 90, from: 'order-placed' }],
  extendTimeOffered: false,
  refundInProgress: false,
  freeReturn: false,
  ...overrides,
});
const tracking = (overrides: Partial<ParsedTracking> = {}): ParsedTracking => ({
  orderId: ORDER_A,
  trackingNumber: 'LP00123456789012',
  delivered: false,
  refundIfNoDeliveryBefore: '2026-12-03',
  ...overrides,
});
const day = (iso: string | undefined) => (iso === undefined ? undefined : localCalendarDate(new Date(iso)));

describe('order-detail/seen', () => {
  it('stores the stated windows as first-hand deadlines and answers with the badge view', async () => {
    const { order, history } = await service.recordDetailSeen({ detail: detail(), observedAt: T0 });
    expect(order?.status).toBe('completed');
    const aliexpress = order!.deadlines.filter((d) => d.source === 'aliexpress').map((d) => [d.kind, day(d.dueAt), d.rule]);
    expect(aliexpress).toEqual([
      ['return-window', '2026-11-06', 'reminder-window'],
      ['quality-dispute', '2026-12-30', 'reminder-window'],
    ]);
    // The stated window wins: no 15-day estimate from the completion date.
    expect(order!.deadlines.some((d) => d.rule === 'completion-date-window')).toBe(false);
    expect(history).toEqual([]);
    expect(await db.deadlines.count()).toBe(2);
  });

  it('merges into the stored order without dropping the user note or what the list knew', async () => {
    await service.recordOrdersSeen({ orders: [card({ status: 'shipped', isChoice: true, buttons: ['track'] })], observedAt: T0 });
    await db.orders.update(ORDER_A, { user: { note: 'asked seller on 2 Nov' } });
    await service.recordDetailSeen({ detail: detail(), observedAt: plus(T0, DAY) });
    const stored = await db.orders.get(ORDER_A);
    expect(stored).toMatchObject({
      status: 'completed',
      isChoice: true,
      buttons: ['track'],
      user: { note: 'asked seller on 2 Nov' },
      detail: { page: { completedDate: '2026-10-30', seenAt: plus(T0, DAY) } },
    });
    // mergeOrder's rule: a reading with fewer titled products does not replace the list's.
    expect(stored!.products).toEqual(card().products);
    // A later My Orders visit keeps what the detail page said.
    await service.recordOrdersSeen({ orders: [card({ status: 'completed' })], observedAt: plus(T0, 2 * DAY) });
    expect((await db.orders.get(ORDER_A))!.detail?.page?.completedDate).toBe('2026-10-30');
  });

  it('without reminder sentences: completion date + 15 days, estimated, 2 days early', async () => {
    const { order } = await service.recordDetailSeen({ detail: detail({ windows: [] }), observedAt: T0 });
    const estimate = order!.deadlines.find((d) => d.rule === 'completion-date-window');
    expect(estimate).toMatchObject({ kind: 'dispute-after-completion', source: 'estimated', confidence: 'medium' });
    expect(day(estimate!.dueAt)).toBe('2026-11-12');
    expect(await db.deadlines.count()).toBe(0);
  });

  it('an unreadable stored order (it may hold a note) is left exactly as it is', async () => {
    const broken = { orderId: ORDER_A, status: 'no-such-status', user: { note: 'mine' } };
    await db.orders.put(broken as never);
    const answer = await service.recordDetailSeen({ detail: detail(), observedAt: T0 });
    expect(answer).toEqual({ order: null, history: [] });
    expect(await db.orders.get(ORDER_A)).toEqual(broken);
    expect(await db.deadlines.count()).toBe(0);
  });

  it('an older reading changes nothing', async () => {
    await service.recordDetailSeen({ detail: detail(), observedAt: plus(T0, DAY) });
    await service.recordDetailSeen({ detail: detail({ completedDate: '2026-10-20' }), observedAt: T0 });
    expect((await db.orders.get(ORDER_A))!.detail?.page?.completedDate).toBe('2026-10-30');
  });
});

describe('tracking/seen', () => {
  it('"Refund if no delivery before" becomes the protection end; a later date keeps the history', async () => {
    const first = await service.recordTrackingSeen({ tracking: tracking(), observedAt: T0 });
    expect(first.order?.deadlines.map((d) => [d.kind, d.source, day(d.dueAt)])).toEqual([['protection-end', 'aliexpress', '2026-12-03']]);

    // The seller extended protection.
    const second = await service.recordTrackingSeen({ tracking: tracking({ refundIfNoDeliveryBefore: '2026-12-20' }), observedAt: plus(T0, DAY) });
    expect(day(second.order!.deadlines[0]!.dueAt)).toBe('2026-12-20');
    expect(second.history).toHaveLength(1);
    expect(second.history[0]).toMatchObject({ kind: 'protection-end', source: 'aliexpress' });
    expect(day(second.history[0]!.moves[0]!.dueAt)).toBe('2026-12-03');

    // The same reading again moves nothing.
    const third = await service.recordTrackingSeen({ tracking: tracking({ refundIfNoDeliveryBefore: '2026-12-20' }), observedAt: plus(T0, 2 * DAY) });
    expect(third.history[0]!.moves).toHaveLength(1);
  });

  it('a tracking page seen first creates the order with status unknown; delivered adds the early estimate', async () => {
    const { order } = await service.recordTrackingSeen({
      tracking: tracking({ delivered: true, latestEvent: { text: 'Delivered', date: '2026-11-02', delivered: true } }),
      observedAt: T0,
    });
    expect(order?.status).toBe('unknown');
    expect(order!.deadlines.map((d) => [d.kind, d.source, day(d.dueAt)])).toEqual([
      ['protection-end', 'aliexpress', '2026-12-03'],
      ['delivered-protection-end', 'estimated', '2026-11-05'],
    ]);
  });

  it('the My Orders answer carries the stored date (the badge reads it)', async () => {
    await service.recordTrackingSeen({ tracking: tracking(), observedAt: T0 });
    const [view] = await service.recordOrdersSeen({ orders: [card({ status: 'shipped' })], observedAt: plus(T0, DAY) });
    expect(view!.deadlines.find((d) => d.kind === 'protection-end')).toMatchObject({ source: 'aliexpress', rule: 'tracking-refund-date' });
  });
});

describe('mergePageDeadline', () => {
  const candidate = { orderId: ORDER_A, kind: 'protection-end' as const, dueAt: '2026-12-03T00:00:00.000Z', source: 'aliexpress' as const, rule: 'tracking-refund-date' as const, confidence: 'high' as const, observedAt: T0 };
  it.each([
    ['new', undefined, candidate, { dueAt: candidate.dueAt, history: 0 }],
    ['same instant: observedAt refreshed only', { ...candidate, history: [] }, { ...candidate, observedAt: plus(T0, DAY) }, { dueAt: candidate.dueAt, history: 0 }],
    ['stale reading', { ...candidate, observedAt: plus(T0, DAY), history: [] }, { ...candidate, dueAt: '2026-12-09T00:00:00.000Z' }, { dueAt: candidate.dueAt, history: 0 }],
    ['moved', { ...candidate, history: [] }, { ...candidate, dueAt: '2026-12-20T00:00:00.000Z', observedAt: plus(T0, DAY) }, { dueAt: '2026-12-20T00:00:00.000Z', history: 1 }],
    [
      'a card countdown within a day keeps its finer instant',
      { ...candidate, rule: 'card-countdown' as const, dueAt: '2026-12-03T15:00:00.000Z', history: [] },
      { ...candidate, observedAt: plus(T0, DAY) },
      { dueAt: '2026-12-03T15:00:00.000Z', history: 0 },
    ],
  ])('%s', (_name, stored, next, expected) => {
    const merged = mergePageDeadline(stored, next);
    expect({ dueAt: merged.dueAt, history: merged.history.length }).toEqual(expected);
  });
});

describe('the protocol', () => {
  it.each([
    ['unknown key in the parsed facts', { type: 'order-detail/seen', observedAt: T0, detail: { ...detail(), address: 'Rua Exemplo 123' } }],
    ['bad order id', { type: 'tracking/seen', observedAt: T0, tracking: { ...tracking(), orderId: '12' } }],
    ['a chat link to another host', { type: 'order-detail/seen', observedAt: T0, detail: { ...detail(), sellerChatUrl: 'https://evil.example/p/message/index.html' } }],
    ['a window of 0 days', { type: 'order-detail/seen', observedAt: T0, detail: { ...detail(), windows: [{ purpose: 'return-refund', days: 0, from: 'order-placed' }] } }],
  ])('%s → invalid-request, nothing written', async (_name, request) => {
    const handler = createMessageHandler(service);
    expect(await handler(request)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await db.orders.count()).toBe(0);
    expect(await db.deadlines.count()).toBe(0);
  });

  it('a valid request is answered with the order view and history', async () => {
    const handler = createMessageHandler(service);
    const answer = await handler({ type: 'tracking/seen', observedAt: T0, tracking: tracking() });
    expect(answer).toMatchObject({ ok: true, data: { order: { orderId: ORDER_A }, history: [] } });
  });
});
