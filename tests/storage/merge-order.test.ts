import { describe, expect, it } from 'vitest';
import type { ParsedOrderCard } from '../../lib/schemas/order';
import { mergeOrder } from '../../lib/storage/merge-order';
import { OrderRecord, STATUS_HISTORY_MAX } from '../../lib/storage/records';
import { DAY, ORDER_A, T0, card, countdown, degradedCard, plus } from './fixtures';

const T1 = plus(T0, DAY);
const T2 = plus(T0, 2 * DAY);

/** A stored record from a first, complete reading at T0, with a note the user wrote. */
function storedRecord(overrides: Partial<ParsedOrderCard> = {}) {
  return { ...mergeOrder(undefined, card(overrides), T0), user: { note: 'asked seller about colour' } };
}

describe('mergeOrder: first sighting', () => {
  it('copies the card and stamps the observation', () => {
    const record = mergeOrder(undefined, card(), T0);
    expect(record).toMatchObject({ ...card(), firstSeenAt: T0, lastSeenAt: T0, lastSeenNotCompletedAt: T0, user: {} });
    expect(record.statusHistory).toEqual([{ status: 'shipped', at: T0 }]);
    expect(record).not.toHaveProperty('firstSeenCompletedAt');
    expect(OrderRecord.safeParse(record).success).toBe(true);
  });

  it('holds no undefined-valued keys (IndexedDB would store them)', () => {
    const record = mergeOrder(undefined, degradedCard(), T0);
    expect(Object.entries(record).filter(([, v]) => v === undefined)).toEqual([]);
    expect(record.statusHistory).toEqual([]);
  });
});

describe('mergeOrder: a degraded parse keeps what it lacks', () => {
  const stored = storedRecord({ countdown: countdown(T0, 10 * DAY), notes: ['Refund in progress'], isChoice: true });
  const merged = mergeOrder(stored, degradedCard(), T1);

  it.each([
    'orderDate',
    'status',
    'statusText',
    'store',
    'isChoice',
    'products',
    'productCount',
    'total',
    'buttons',
    'countdown',
    'notes',
  ] as const)('keeps %s', (field) => {
    expect(merged[field]).toEqual(stored[field]);
  });

  it('still records the sighting time', () => {
    expect(merged.lastSeenAt).toBe(T1);
    expect(merged.firstSeenAt).toBe(T0);
  });

  it('keeps the store name when the new card names only the id', () => {
    const next = mergeOrder(stored, card({ store: { id: '1100001' } }), T1);
    expect(next.store).toEqual({ id: '1100001', name: 'Gadget Store' });
  });
});

describe('mergeOrder: a field the new parse has overwrites', () => {
  const stored = storedRecord();
  it.each<[string, Partial<ParsedOrderCard>]>([
    ['status', { status: 'completed' }],
    ['statusText', { statusText: 'Completed' }],
    ['orderDate', { orderDate: '2026-10-21' }],
    ['total', { total: { amount: 9, currency: 'USD' } }],
    ['buttons', { buttons: ['leave-feedback'] }],
    ['notes', { notes: ['Refund completed'] }],
    ['productCount', { productCount: 3 }],
    ['countdown', { countdown: countdown(T1, 5 * DAY) }],
    ['store', { store: { id: '1100002', name: 'Other Store' } }],
    ['isChoice', { isChoice: true }],
  ])('%s', (field, override) => {
    const merged = mergeOrder(stored, card(override), T1);
    expect(merged[field as keyof ParsedOrderCard]).toEqual(override[field as keyof ParsedOrderCard]);
  });
});

describe('mergeOrder: products', () => {
  const titled = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Item ${i}` }));
  const untitled = (n: number) => Array.from({ length: n }, (_, i) => ({ productId: `100500${i}` }));
  it.each([
    ['more titled products replace', titled(2), titled(3), 'new'],
    ['as many titled products replace', titled(2), [{ title: 'Renamed' }, { title: 'Other' }], 'new'],
    ['fewer titled products keep', titled(2), titled(1), 'stored'],
    ['thumbnails only (no titles) keep', titled(2), untitled(2), 'stored'],
    ['an empty list keeps', titled(2), [], 'stored'],
    ['blank titles do not count', titled(1), [{ title: '  ' }], 'stored'],
    ['tie without titles: more products replace', untitled(1), untitled(2), 'new'],
    ['tie without titles: fewer products keep', untitled(2), [], 'stored'],
  ])('%s', (_name, before, after, expected) => {
    const stored = storedRecord({ products: before });
    const merged = mergeOrder(stored, card({ products: after }), T1);
    expect(merged.products).toEqual(expected === 'new' ? after : before);
  });
});

describe('mergeOrder: user fields', () => {
  it.each([
    ['a full re-parse', card({ status: 'completed' })],
    ['a degraded re-parse', degradedCard()],
  ])('the user note survives %s', (_name, next) => {
    expect(mergeOrder(storedRecord(), next, T1).user).toEqual({ note: 'asked seller about colour' });
  });

  it('page data cannot inject user fields', () => {
    const hostile = { ...card(), user: { note: 'from the page' } } as ParsedOrderCard;
    expect(mergeOrder(storedRecord(), hostile, T1).user).toEqual({ note: 'asked seller about colour' });
  });
});

describe('mergeOrder: status history', () => {
  it.each<[string, ParsedOrderCard['status'][], ParsedOrderCard['status'][]]>([
    ['same status twice: one entry', ['shipped', 'shipped'], ['shipped']],
    ['each change appends', ['processing', 'shipped', 'completed'], ['processing', 'shipped', 'completed']],
    ['unknown is not a change', ['shipped', 'unknown', 'shipped'], ['shipped']],
    ['unknown first, then known', ['unknown', 'processing'], ['processing']],
    ['back and forth is kept as seen', ['shipped', 'completed', 'shipped'], ['shipped', 'completed', 'shipped']],
  ])('%s', (_name, seen, expected) => {
    let record: OrderRecord | undefined;
    seen.forEach((status, i) => {
      record = mergeOrder(record, card({ status }), plus(T0, i * DAY));
    });
    expect(record!.statusHistory.map((s) => s.status)).toEqual(expected);
  });

  it('stamps each change with its observation time', () => {
    const first = mergeOrder(undefined, card({ status: 'processing' }), T0);
    const second = mergeOrder(first, card({ status: 'shipped' }), T1);
    expect(second.statusHistory).toEqual([
      { status: 'processing', at: T0 },
      { status: 'shipped', at: T1 },
    ]);
  });

  it(`keeps the newest ${STATUS_HISTORY_MAX} entries`, () => {
    let record = mergeOrder(undefined, card({ status: 'processing' }), T0);
    for (let i = 1; i <= STATUS_HISTORY_MAX + 10; i++) {
      record = mergeOrder(record, card({ status: i % 2 ? 'shipped' : 'processing' }), plus(T0, i * 1000));
    }
    expect(record.statusHistory).toHaveLength(STATUS_HISTORY_MAX);
    expect(record.statusHistory.at(-1)!.at).toBe(plus(T0, (STATUS_HISTORY_MAX + 10) * 1000));
    expect(OrderRecord.safeParse(record).success).toBe(true);
  });
});

describe('mergeOrder: completion sightings', () => {
  type Row = [string, [ParsedOrderCard['status'], string][], string | undefined, string | undefined];
  it.each<Row>([
    ['processing sets lastSeenNotCompletedAt', [['processing', T0]], T0, undefined],
    ['shipped moves it forward', [['processing', T0], ['shipped', T1]], T1, undefined],
    ['unpaid does not count as open', [['unpaid', T0]], undefined, undefined],
    ['completed sets firstSeenCompletedAt', [['shipped', T0], ['completed', T1]], T0, T1],
    ['firstSeenCompletedAt is set once', [['shipped', T0], ['completed', T1], ['completed', T2]], T0, T1],
    ['a degraded parse moves neither', [['shipped', T0], ['unknown', T1]], T0, undefined],
    ['a late, older completed reading moves it back', [['completed', T2], ['completed', T1]], undefined, T1],
    ['a late, older shipped reading does not move it back', [['shipped', T2], ['shipped', T1]], T2, undefined],
  ])('%s', (_name, sightings, lastOpen, firstDone) => {
    let record: OrderRecord | undefined;
    for (const [status, at] of sightings) record = mergeOrder(record, card({ status }), at);
    expect(record!.lastSeenNotCompletedAt).toBe(lastOpen);
    expect(record!.firstSeenCompletedAt).toBe(firstDone);
  });
});

describe('mergeOrder: readings out of order', () => {
  const stored = mergeOrder(mergeOrder(undefined, card({ status: 'processing' }), T0), card({ status: 'completed', statusText: 'Completed' }), T2);
  const late = mergeOrder(stored, card({ status: 'shipped', statusText: 'Awaiting delivery', orderDate: '2026-10-19' }), T1);

  it('an older reading does not overwrite newer values', () => {
    expect(late.status).toBe('completed');
    expect(late.statusText).toBe('Completed');
    expect(late.orderDate).toBe(stored.orderDate);
    expect(late.lastSeenAt).toBe(T2);
    expect(late.statusHistory).toEqual(stored.statusHistory);
  });

  it('an older reading fills gaps and widens the bounds', () => {
    const sparse = mergeOrder(undefined, degradedCard({ status: 'completed' }), T2);
    const filled = mergeOrder(sparse, card({ status: 'shipped' }), T1);
    expect(filled.orderDate).toBe(card().orderDate);
    expect(filled.total).toEqual(card().total);
    expect(filled.status).toBe('completed');
    expect(filled.firstSeenAt).toBe(T1);
    expect(filled.lastSeenNotCompletedAt).toBe(T1);
  });

  it('uses only observedAt, never the wall clock', () => {
    const far = '2031-01-01T00:00:00.000Z';
    expect(mergeOrder(undefined, card({ orderId: ORDER_A }), far).lastSeenAt).toBe(far);
  });
});
