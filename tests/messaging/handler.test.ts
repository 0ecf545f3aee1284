import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMessageHandler, createMessageListener, type MessageHandler } from '../../lib/messaging/handler';
import { Request, type Response } from '../../lib/messaging/protocol';
import type { ClaimDb } from '../../lib/storage/db';
import { OrderNotFoundError, StorageError } from '../../lib/storage/errors';
import { createOrderService, type OrderService } from '../../lib/storage/order-service';
import { DAY, ORDER_A, T0, card, countdown, freshDb } from '../storage/fixtures';

let db: ClaimDb;
let service: OrderService;
let handle: MessageHandler;

beforeEach(() => {
  db = freshDb();
  service = createOrderService(db, () => new Date(T0), { warn: vi.fn() });
  handle = createMessageHandler(service);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const seenRequest = (overrides: Record<string, unknown> = {}) => ({
  type: 'orders/seen',
  observedAt: T0,
  orders: [card({ countdown: countdown(T0, 10 * DAY) })],
  ...overrides,
});
const withCard = (overrides: Record<string, unknown>) => seenRequest({ orders: [{ ...card(), ...overrides }] });
const LONG = 'A'.repeat(10_000);

async function tableCounts() {
  return { orders: await db.orders.count(), stores: await db.stores.count(), deadlines: await db.deadlines.count() };
}

describe('valid requests', () => {
  it('orders/seen stores and answers the views', async () => {
    const response = await handle(seenRequest());
    expect(response).toMatchObject({ ok: true, data: { orders: [{ orderId: ORDER_A, status: 'shipped' }] } });
    expect(await tableCounts()).toEqual({ orders: 1, stores: 1, deadlines: 1 });
  });

  it('orders/get answers known orders', async () => {
    await handle(seenRequest());
    expect(await handle({ type: 'orders/get', orderIds: [ORDER_A, '8190000000000999'] })).toMatchObject({
      ok: true,
      data: { orders: [{ orderId: ORDER_A }] },
    });
  });

  it('deadline/set-manual and deadline/remove-manual', async () => {
    await handle(seenRequest());
    const set = await handle({ type: 'deadline/set-manual', orderId: ORDER_A, kind: 'return-window', dueAt: '2026-12-01T00:00:00Z' });
    expect(set).toMatchObject({ ok: true, data: { previous: null, order: { orderId: ORDER_A } } });
    const removed = await handle({ type: 'deadline/remove-manual', orderId: ORDER_A, kind: 'return-window' });
    expect(removed).toMatchObject({ ok: true, data: { previous: { dueAt: '2026-12-01T00:00:00.000Z', source: 'manual' } } });
  });
});

describe('malformed requests: typed error, nothing written', () => {
  const bad: [string, unknown, string][] = [
    ['undefined', undefined, 'request:'],
    ['null', null, 'request:'],
    ['a string', 'orders/seen', 'request:'],
    ['an array', [seenRequest()], 'request:'],
    ['missing type', { observedAt: T0, orders: [] }, 'type: unknown or missing request type'],
    ['unknown type', { type: 'orders/delete-all' }, 'type: unknown or missing request type'],
    ['type of the wrong type', { type: 7 }, 'type:'],
    ['extra key', seenRequest({ debug: true }), 'request: unknown key "debug"'],
    ['extra key in a card', withCard({ sellerPhone: '+1 555' }), 'orders[0]: unknown key "sellerPhone"'],
    ['__proto__ key', JSON.parse(`{"type":"orders/get","orderIds":[],"__proto__":{"admin":true}}`), 'unknown key "__proto__"'],
    ['missing field', { type: 'orders/seen', orders: [] }, 'observedAt:'],
    ['wrong type: observedAt number', seenRequest({ observedAt: Date.now() }), 'observedAt:'],
    ['wrong type: isChoice string', withCard({ isChoice: 'yes' }), 'orders[0].isChoice:'],
    ['observedAt not an instant', seenRequest({ observedAt: 'yesterday' }), 'observedAt:'],
    ['501 orders', seenRequest({ orders: Array.from({ length: 501 }, () => card()) }), 'orders: too many items (max 500)'],
    ['501 order ids', { type: 'orders/get', orderIds: Array.from({ length: 501 }, () => ORDER_A) }, 'orderIds: too many items (max 500)'],
    ['bad order id', withCard({ orderId: '123' }), 'orders[0].orderId: an order id is a run of 12–20 digits'],
    ['order id with script', withCard({ orderId: '<img src=x onerror=alert(1)>' }), 'orders[0].orderId:'],
    ['status text too long', withCard({ statusText: LONG }), 'orders[0].statusText: too long (max 200 characters)'],
    ['product title too long', withCard({ products: [{ title: LONG }] }), 'orders[0].products[0].title: too long'],
    ['too many notes', withCard({ notes: Array.from({ length: 21 }, () => 'x') }), 'orders[0].notes: too many items (max 20)'],
    ['hostile long key', seenRequest({ [LONG]: 1 }), 'unknown key'],
    ['status not ours', withCard({ status: 'refunded' }), 'orders[0].status:'],
    ['set-manual: bad date', { type: 'deadline/set-manual', orderId: ORDER_A, kind: 'return-window', dueAt: 'soon' }, 'dueAt:'],
    ['set-manual: unknown kind', { type: 'deadline/set-manual', orderId: ORDER_A, kind: 'forever', dueAt: T0 }, 'kind:'],
    ['remove-manual: extra key', { type: 'deadline/remove-manual', orderId: ORDER_A, kind: 'return-window', dueAt: T0 }, 'unknown key "dueAt"'],
  ];

  it.each(bad)('%s', async (_name, raw, expected) => {
    const spies = (['recordOrdersSeen', 'getOrders', 'setManualDeadline', 'removeManualDeadline'] as const).map((m) => vi.spyOn(service, m));
    const response = await handle(raw);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('invalid-request');
    expect(response.error.message).toContain(expected);
    expect(response.error.message.length).toBeLessThanOrEqual(200);
    expect(response.error.message).not.toContain('A'.repeat(50));
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(await tableCounts()).toEqual({ orders: 0, stores: 0, deadlines: 0 });
  });

  it('names how many more problems there are', async () => {
    const response = await handle({ type: 'orders/seen', observedAt: 1, orders: 'none' });
    expect(response).toMatchObject({ ok: false, error: { message: expect.stringMatching(/\(\+1 more\)$/) } });
  });

  it('every request schema is strict', () => {
    for (const option of Request.def.options) {
      expect(option.safeParse({ ...Object.fromEntries(Object.keys(option.shape).map((k) => [k, undefined])), zzz: 1 }).success).toBe(false);
      expect(option.def.catchall?._zod.def.type, String(option.shape.type.def.values[0])).toBe('never');
    }
  });
});

describe('failures of the service become typed errors', () => {
  it.each([
    ['unknown order', new OrderNotFoundError(ORDER_A), 'not-found', ORDER_A],
    ['storage write', new StorageError('write', { cause: new Error('QuotaExceededError') }), 'storage-failed', 'not saved'],
    ['anything else', new TypeError('undefined is not a function'), 'internal', 'unexpected error'],
  ])('%s', async (_name, error, code, text) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(service, 'setManualDeadline').mockRejectedValue(error);
    const response = await handle({ type: 'deadline/set-manual', orderId: ORDER_A, kind: 'return-window', dueAt: T0 });
    expect(response).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(text) } });
  });

  it('a storage read failure says it could not read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(service, 'getOrders').mockRejectedValue(new StorageError('read'));
    expect(await handle({ type: 'orders/get', orderIds: [] })).toMatchObject({ ok: false, error: { code: 'storage-failed', message: expect.stringContaining('could not read') } });
  });

  it('set-manual on an unknown order: not-found from the real service, nothing written', async () => {
    const response = await handle({ type: 'deadline/set-manual', orderId: ORDER_A, kind: 'return-window', dueAt: T0 });
    expect(response).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await tableCounts()).toEqual({ orders: 0, stores: 0, deadlines: 0 });
  });

  it('a real IndexedDB failure mid-batch: storage-failed, nothing written', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(db.deadlines, 'bulkPut').mockImplementation(() => {
      throw new Error('injected');
    });
    expect(await handle(seenRequest())).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    vi.restoreAllMocks();
    expect(await tableCounts()).toEqual({ orders: 0, stores: 0, deadlines: 0 });
  });

  it('never rejects, even when the service throws synchronously', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(service, 'getOrders').mockImplementation(() => {
      throw new Error('sync');
    });
    await expect(handle({ type: 'orders/get', orderIds: [] })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('never rejects on a hostile getter', async () => {
    const hostile = {
      type: 'orders/get',
      get orderIds(): never {
        throw new Error('gotcha');
      },
    };
    await expect(handle(hostile)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('createMessageListener', () => {
  const OWN_ID = 'own-extension-id';
  const answer: Response = { ok: true, data: { orders: [] } };

  it('answers this extension’s contexts through sendResponse', async () => {
    const handler = vi.fn(async () => answer);
    const sendResponse = vi.fn();
    const listener = createMessageListener(() => handler, OWN_ID);
    expect(listener({ type: 'orders/get', orderIds: [] }, { id: OWN_ID }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(answer));
    expect(handler).toHaveBeenCalledWith({ type: 'orders/get', orderIds: [] });
  });

  it.each([
    ['another extension', { id: 'someone-else' }],
    ['no id', {}],
  ])('ignores %s', (_name, sender) => {
    const getHandler = vi.fn();
    const sendResponse = vi.fn();
    expect(createMessageListener(getHandler, OWN_ID)({}, sender, sendResponse)).toBe(false);
    expect(getHandler).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('a background that cannot start answers internal', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const sendResponse = vi.fn();
    const listener = createMessageListener(() => {
      throw new Error('IndexedDB unavailable');
    }, OWN_ID);
    expect(listener({}, { id: OWN_ID }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: { code: 'internal', message: expect.any(String) } }));
  });
});
