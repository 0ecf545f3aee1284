import { describe, expect, it } from 'vitest';
import { StorageError } from '../../lib/storage/errors';
import { createPendingMessageStore, MAX_PENDING_MESSAGES, PENDING_MESSAGE_TTL_MS, type SessionArea } from '../../lib/storage/pending-messages';

const A = '8214779947343229';
const B = '8212313961591322';
const T0 = Date.parse('2026-11-23T12:00:00.000Z');

function memoryArea(initial: Record<string, unknown> = {}): SessionArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

function setup(initial?: Record<string, unknown>) {
  let now = T0;
  const area = memoryArea(initial);
  const store = createPendingMessageStore(area, () => new Date(now));
  return { area, store, advance: (ms: number) => (now += ms) };
}

describe('pending chat messages (storage.session)', () => {
  it('keeps one per order with its expiry, and finds it by order', async () => {
    const { store } = setup();
    const set = await store.set({ orderId: A, text: 'Hello' });
    expect(set).toEqual({ orderId: A, text: 'Hello', setAt: new Date(T0).toISOString(), expiresAt: new Date(T0 + PENDING_MESSAGE_TTL_MS).toISOString() });
    expect(await store.get(A)).toEqual(set);
    expect(await store.get(B)).toBeNull();
  });

  it('replaces the message of the same order, and without an order gives the newest', async () => {
    const { store, advance } = setup();
    await store.set({ orderId: A, text: 'first' });
    advance(1000);
    await store.set({ orderId: B, text: 'other order' });
    advance(1000);
    await store.set({ orderId: A, text: 'second' });
    expect((await store.get(A))?.text).toBe('second');
    expect((await store.get(undefined))?.text).toBe('second');
  });

  it.each<[string, number, boolean]>([
    ['just before the time-to-live', PENDING_MESSAGE_TTL_MS - 1, true],
    ['at the time-to-live', PENDING_MESSAGE_TTL_MS, false],
    ['hours later', 5 * 3_600_000, false],
  ])('%s it is %s', async (_name, later, present) => {
    const { store, advance } = setup();
    await store.set({ orderId: A, text: 'Hello' });
    advance(later);
    expect((await store.get(A)) !== null).toBe(present);
    expect((await store.get(undefined)) !== null).toBe(present);
  });

  it('is used once', async () => {
    const { store } = setup();
    await store.set({ orderId: A, text: 'Hello' });
    expect(await store.markUsed(A)).toBe(true);
    expect(await store.get(A)).toBeNull();
    expect(await store.markUsed(A)).toBe(false);
  });

  it(`keeps at most ${MAX_PENDING_MESSAGES}, dropping the oldest`, async () => {
    const { store, area } = setup();
    for (let i = 0; i < MAX_PENDING_MESSAGES + 5; i++) await store.set({ orderId: `80000000000000${String(i).padStart(2, '0')}`, text: `m${i}` });
    const stored = area.data.pendingMessages as { text: string }[];
    expect(stored).toHaveLength(MAX_PENDING_MESSAGES);
    expect(stored[0]!.text).toBe('m5');
  });

  it.each<[string, unknown]>([
    ['not an array', { evil: true }],
    ['a bad entry', [{ orderId: A, text: 'x', setAt: 'now', expiresAt: 'later' }]],
    ['an unknown key', [{ orderId: A, text: 'x', setAt: new Date(T0).toISOString(), expiresAt: new Date(T0 + 60_000).toISOString(), html: '<b>' }]],
  ])('treats a stored value that does not validate (%s) as empty', async (_name, value) => {
    const { store } = setup({ pendingMessages: value });
    expect(await store.get(undefined)).toBeNull();
    expect(await store.markUsed(A)).toBe(false);
  });

  it('turns a failing storage area into a typed StorageError', async () => {
    const broken: SessionArea = { get: () => Promise.reject(new Error('quota')), set: () => Promise.reject(new Error('quota')) };
    const store = createPendingMessageStore(broken, () => new Date(T0));
    await expect(store.get(A)).rejects.toMatchObject({ name: 'StorageError', operation: 'read' });
    const writeOnlyBroken: SessionArea = { get: async () => ({}), set: () => Promise.reject(new Error('quota')) };
    await expect(createPendingMessageStore(writeOnlyBroken, () => new Date(T0)).set({ orderId: A, text: 'x' })).rejects.toBeInstanceOf(StorageError);
  });
});
