import { describe, expect, it } from 'vitest';
import { mergeStore } from '../../lib/storage/merge-store';
import { STORE_ORDER_IDS_MAX, StoreRecord } from '../../lib/storage/records';
import { DAY, ORDER_A, ORDER_B, STORE_1, T0, card, plus } from './fixtures';

const T1 = plus(T0, DAY);

describe('mergeStore', () => {
  it('needs a store id', () => {
    expect(mergeStore(undefined, card({ store: { name: 'No id' } }), T0)).toBeUndefined();
    expect(mergeStore(undefined, card({ store: undefined }), T0)).toBeUndefined();
  });

  it('creates a store from its first order', () => {
    const store = mergeStore(undefined, card(), T0);
    expect(store).toEqual({ storeId: STORE_1, name: 'Gadget Store', firstSeenAt: T0, lastSeenAt: T0, orderIds: [ORDER_A] });
    expect(StoreRecord.safeParse(store).success).toBe(true);
  });

  it.each([
    ['a card without the name keeps it', { id: STORE_1 }, 'Gadget Store'],
    ['a new name overwrites', { id: STORE_1, name: 'Gadget Store Official' }, 'Gadget Store Official'],
  ])('%s', (_name, store, expected) => {
    const first = mergeStore(undefined, card(), T0);
    expect(mergeStore(first, card({ store }), T1)!.name).toBe(expected);
  });

  it('an older reading does not rename the store', () => {
    const current = mergeStore(undefined, card({ store: { id: STORE_1, name: 'New name' } }), T1);
    const late = mergeStore(current, card({ store: { id: STORE_1, name: 'Old name' } }), T0)!;
    expect(late.name).toBe('New name');
    expect(late.firstSeenAt).toBe(T0);
    expect(late.lastSeenAt).toBe(T1);
  });

  it('isChoice sticks once an order was Choice', () => {
    const choice = mergeStore(undefined, card({ isChoice: true }), T0);
    expect(mergeStore(choice, card({ orderId: ORDER_B, isChoice: false }), T1)!.isChoice).toBe(true);
  });

  it('orderIds is a bounded set, newest kept', () => {
    let store = mergeStore(undefined, card(), T0);
    store = mergeStore(store, card(), T1);
    expect(store!.orderIds).toEqual([ORDER_A]);
    for (let i = 0; i < STORE_ORDER_IDS_MAX + 5; i++) {
      store = mergeStore(store, card({ orderId: String(900000000000 + i) }), T1);
    }
    expect(store!.orderIds).toHaveLength(STORE_ORDER_IDS_MAX);
    expect(store!.orderIds.at(-1)).toBe(String(900000000000 + STORE_ORDER_IDS_MAX + 4));
    expect(StoreRecord.safeParse(store).success).toBe(true);
  });
});
