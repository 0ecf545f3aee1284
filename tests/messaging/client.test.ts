import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendRequest } from '../../lib/messaging/client';
import { createMessageHandler, createMessageListener } from '../../lib/messaging/handler';
import type { ClaimDb } from '../../lib/storage/db';
import { createOrderService } from '../../lib/storage/order-service';
import { DAY, ORDER_A, T0, card, countdown, freshDb } from '../storage/fixtures';

const EXTENSION_ID = fakeBrowser.runtime.id;
beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
  // reset() does not restore an id a test removed (it resets a different object).
  fakeBrowser.runtime.id = EXTENSION_ID;
});

/** The background as the listener would answer, whatever it answers. */
const backgroundAnswers = (answer: unknown) => {
  fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
    sendResponse(answer);
    return true;
  });
};

describe('sendRequest against the real background', () => {
  let db: ClaimDb;
  beforeEach(() => {
    db = freshDb();
    const listener = createMessageListener(() => createMessageHandler(createOrderService(db, () => new Date(T0))), fakeBrowser.runtime.id);
    // fakeBrowser sends an empty sender; a real browser fills in the extension id.
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) =>
      listener(message, { id: fakeBrowser.runtime.id }, sendResponse),
    );
  });
  afterEach(() => db.delete());

  it('a round trip: orders/seen then orders/get', async () => {
    const seen = await sendRequest({ type: 'orders/seen', observedAt: T0, orders: [card({ countdown: countdown(T0, 10 * DAY) })] });
    expect(seen.ok).toBe(true);
    const got = await sendRequest({ type: 'orders/get', orderIds: [ORDER_A] });
    expect(got).toEqual(seen);
    if (got.ok) expect(got.data.orders[0]!.deadlines[0]).toMatchObject({ source: 'aliexpress', kind: 'protection-end' });
  });

  it('an error from the background comes through typed', async () => {
    const response = await sendRequest({ type: 'deadline/remove-manual', orderId: ORDER_A, kind: 'return-window' });
    expect(response).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a request the types forbid is still refused by the background', async () => {
    const response = await sendRequest({ type: 'orders/get', orderIds: ['nope'] });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('sendRequest validates the answer', () => {
  it.each<[string, unknown]>([
    ['data of the wrong shape', { ok: true, data: { orders: 'all of them' } }],
    ['a view with a bad deadline', { ok: true, data: { orders: [{ orderId: ORDER_A, status: 'shipped', deadlines: [{ dueAt: 'soon' }] }] } }],
    ['no ok flag', { data: { orders: [] } }],
    ['an error code we do not know', { ok: false, error: { code: 'teapot', message: 'short and stout' } }],
    ['a string', 'ok'],
    ['null', null],
  ])('%s → internal', async (_name, answer) => {
    backgroundAnswers(answer);
    expect(await sendRequest({ type: 'orders/get', orderIds: [] })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('a missing answer → internal', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    expect(await sendRequest({ type: 'orders/get', orderIds: [] })).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('did not answer') } });
  });

  it('no background listening → internal', async () => {
    expect(await sendRequest({ type: 'orders/get', orderIds: [] })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('a valid answer passes, extra keys stripped', async () => {
    backgroundAnswers({ ok: true, data: { orders: [], extra: 1 } });
    expect(await sendRequest({ type: 'orders/get', orderIds: [] })).toEqual({ ok: true, data: { orders: [] } });
  });

  it('an answer is checked against the schema of its own request type', async () => {
    backgroundAnswers({ ok: true, data: { orders: [] } });
    const response = await sendRequest({ type: 'deadline/remove-manual', orderId: ORDER_A, kind: 'return-window' });
    expect(response).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('sendRequest never throws', () => {
  it.each([
    ['rejects', () => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'))],
    ['throws synchronously', () => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    })],
    ['runtime lost its id', () => {
      (fakeBrowser.runtime as { id?: string }).id = undefined;
    }],
  ])('context invalidated (sendMessage %s) → context-invalidated', async (_name, breakIt) => {
    breakIt();
    expect(await sendRequest({ type: 'orders/get', orderIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'context-invalidated', message: expect.stringContaining('reload') },
    });
  });

  it('any other failure → internal', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await sendRequest({ type: 'orders/get', orderIds: [] })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
