import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler } from '../../lib/messaging/handler';
import type { OrderService } from '../../lib/storage/order-service';
import { createPendingMessageStore, type SessionArea } from '../../lib/storage/pending-messages';

const A = '8214779947343229';
const T0 = Date.parse('2026-11-23T12:00:00.000Z');

function setup() {
  const data: Record<string, unknown> = {};
  const area: SessionArea = { get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}), set: async (items) => void Object.assign(data, structuredClone(items)) };
  const handle = createMessageHandler({} as OrderService, { pendingMessages: createPendingMessageStore(area, () => new Date(T0)) });
  return { handle, data };
}

describe('message/* requests', () => {
  it('set, get (by order and without), mark used', async () => {
    const { handle } = setup();
    const set = await handle({ type: 'message/set-pending', orderId: A, text: 'Hello,\nmy order has not arrived.' });
    expect(set).toMatchObject({ ok: true, data: { pending: { orderId: A, text: 'Hello,\nmy order has not arrived.' } } });
    expect(await handle({ type: 'message/get-pending', orderId: A })).toMatchObject({ ok: true, data: { pending: { orderId: A } } });
    expect(await handle({ type: 'message/get-pending' })).toMatchObject({ ok: true, data: { pending: { orderId: A } } });
    expect(await handle({ type: 'message/get-pending', orderId: '8212313961591322' })).toEqual({ ok: true, data: { pending: null } });
    expect(await handle({ type: 'message/mark-used', orderId: A })).toEqual({ ok: true, data: { used: true } });
    expect(await handle({ type: 'message/get-pending' })).toEqual({ ok: true, data: { pending: null } });
  });

  it.each<[string, unknown]>([
    ['a blank text', { type: 'message/set-pending', orderId: A, text: '   ' }],
    ['an empty text', { type: 'message/set-pending', orderId: A, text: '' }],
    ['a control character', { type: 'message/set-pending', orderId: A, text: 'Hi\u0000there' }],
    ['an escape sequence', { type: 'message/set-pending', orderId: A, text: 'Hi \u001b[2J' }],
    ['too long', { type: 'message/set-pending', orderId: A, text: 'a'.repeat(2001) }],
    ['not an order id', { type: 'message/set-pending', orderId: '123', text: 'Hi' }],
    ['no order id', { type: 'message/set-pending', text: 'Hi' }],
    ['an unknown key', { type: 'message/set-pending', orderId: A, text: 'Hi', send: true }],
    ['text not a string', { type: 'message/set-pending', orderId: A, text: { toString: 'x' } }],
    ['get with a bad order id', { type: 'message/get-pending', orderId: 'abc' }],
    ['mark-used without an order', { type: 'message/mark-used' }],
  ])('refuses %s with a typed error and stores nothing', async (_name, request) => {
    const { handle, data } = setup();
    const response = await handle(request);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(data).toEqual({});
  });

  it('answers internal when no store is wired, without throwing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handle = createMessageHandler({} as OrderService);
    expect(await handle({ type: 'message/get-pending' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    vi.restoreAllMocks();
  });

  it('reports a storage failure as storage-failed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken: SessionArea = { get: async () => ({}), set: () => Promise.reject(new Error('quota')) };
    const handle = createMessageHandler({} as OrderService, { pendingMessages: createPendingMessageStore(broken, () => new Date(T0)) });
    expect(await handle({ type: 'message/set-pending', orderId: A, text: 'Hi' })).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    vi.restoreAllMocks();
  });
});
