import { describe, expect, it } from 'vitest';
import { cardProblems, isMoney } from '@/lib/parsers/card-check';
import { Money } from '@/lib/schemas/common';
import { ParsedOrderCard } from '@/lib/schemas/order';
import { ordersFixtures } from './helpers/fixtures';

// The parser checks its cards by hand (lib/parsers/card-check.ts) instead of with the zod schema:
// both must always give the same verdict, and name the same fields.

const schemaProblems = (card: unknown): string[] => {
  const result = ParsedOrderCard.safeParse(card);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? 'card')))].sort();
};
const handProblems = (card: unknown): string[] => [...cardProblems(card as ParsedOrderCard)].sort();

const fixtureCards = ordersFixtures().flatMap((fixture) => fixture.expected.map((card, i) => ({ name: `${fixture.name} #${i}`, card })));

const base: ParsedOrderCard = {
  orderId: '8215062319847731',
  orderDate: '2026-11-22',
  status: 'shipped',
  statusText: 'Awaiting delivery',
  store: { id: '1103987654', name: 'Lumen Home Lighting Store' },
  isChoice: false,
  products: [
    { productId: '1005007731940215', title: 'LED strip', variant: 'Color: RGB', unitPrice: { amount: 12.48, currency: 'USD' }, quantity: 1 },
  ],
  productCount: 1,
  total: { amount: 12.48, currency: 'USD' },
  buttons: ['track', 'confirm-received'],
  countdown: { text: 'Buyer protection ends in 14 days 6 hours', remainingMs: 1_231_200_000, observedAt: '2026-11-23T12:00:00.000Z' },
  notes: [],
};
const product = base.products[0]!;
const long = (n: number) => 'x'.repeat(n);

/** One broken rule each (and a few edges that are valid): [what, the card]. */
const VARIANTS: [string, unknown][] = [
  ['the valid base card', base],
  ['only the required fields', { orderId: base.orderId, status: 'unknown', isChoice: true, products: [], productCount: 0, buttons: [], notes: [] }],
  ['an unknown key', { ...base, extra: 1 }],
  ['an optional field set to undefined', { ...base, statusText: undefined, total: undefined }],
  ['a short order id', { ...base, orderId: '12345678901' }],
  ['a 20-digit order id', { ...base, orderId: '12345678901234567890' }],
  ['a 21-digit order id', { ...base, orderId: '123456789012345678901' }],
  ['an order id with a letter', { ...base, orderId: '8215062319847731a' }],
  ['an order id as a number', { ...base, orderId: 8215062319847731 }],
  ['no order id', { ...base, orderId: undefined }],
  ['a date without dashes', { ...base, orderDate: '20261122' }],
  ['a status no table has', { ...base, status: 'lost' }],
  ['a status text of 200', { ...base, statusText: long(200) }],
  ['a status text of 201', { ...base, statusText: long(201) }],
  ['a store with an unknown key', { ...base, store: { ...base.store, url: 'x' } }],
  ['a store id of 3 digits', { ...base, store: { id: '123' } }],
  ['a store name of 301', { ...base, store: { name: long(301) } }],
  ['an empty store', { ...base, store: {} }],
  ['a store that is an array', { ...base, store: [] }],
  ['isChoice as a string', { ...base, isChoice: 'false' }],
  ['products not an array', { ...base, products: {} }],
  ['201 products', { ...base, products: Array.from({ length: 201 }, () => ({})) }],
  ['200 empty products', { ...base, products: Array.from({ length: 200 }, () => ({})) }],
  ['a product with an unknown key', { ...base, products: [{ ...product, sku: 'x' }] }],
  ['a product id of 5 digits', { ...base, products: [{ ...product, productId: '12345' }] }],
  ['a title of 6000', { ...base, products: [{ ...product, title: long(6000) }] }],
  ['a title of 6001', { ...base, products: [{ ...product, title: long(6001) }] }],
  ['a variant of 501', { ...base, products: [{ ...product, variant: long(501) }] }],
  ['quantity 0', { ...base, products: [{ ...product, quantity: 0 }] }],
  ['quantity 100000', { ...base, products: [{ ...product, quantity: 100_000 }] }],
  ['quantity 100001', { ...base, products: [{ ...product, quantity: 100_001 }] }],
  ['quantity 1.5', { ...base, products: [{ ...product, quantity: 1.5 }] }],
  ['a unit price in lower-case currency', { ...base, products: [{ ...product, unitPrice: { amount: 1, currency: 'usd' } }] }],
  ['a product that is null', { ...base, products: [null] }],
  ['product count -1', { ...base, productCount: -1 }],
  ['product count 2.5', { ...base, productCount: 2.5 }],
  ['product count beyond safe integers', { ...base, productCount: 2 ** 53 }],
  ['a negative total', { ...base, total: { amount: -1, currency: 'USD' } }],
  ['a total of zero', { ...base, total: { amount: 0, currency: 'USD' } }],
  ['an infinite total', { ...base, total: { amount: Infinity, currency: 'USD' } }],
  ['a NaN total', { ...base, total: { amount: NaN, currency: 'USD' } }],
  ['a total as text', { ...base, total: { amount: '1', currency: 'USD' } }],
  ['a total with an extra key', { ...base, total: { amount: 1, currency: 'USD', text: 'US $1' } }],
  ['a total without currency', { ...base, total: { amount: 1 } }],
  ['a button code no table has', { ...base, buttons: ['dance'] }],
  ['30 buttons', { ...base, buttons: Array.from({ length: 30 }, () => 'other') }],
  ['31 buttons', { ...base, buttons: Array.from({ length: 31 }, () => 'other') }],
  ['a countdown text of 301', { ...base, countdown: { ...base.countdown, text: long(301) } }],
  ['a negative countdown', { ...base, countdown: { ...base.countdown, remainingMs: -1 } }],
  ['a countdown of 1.5 ms', { ...base, countdown: { ...base.countdown, remainingMs: 1.5 } }],
  ['a countdown observed at no instant', { ...base, countdown: { ...base.countdown, observedAt: 'yesterday' } }],
  ['a countdown with an extra key', { ...base, countdown: { ...base.countdown, source: 'x' } }],
  ['21 notes', { ...base, notes: Array.from({ length: 21 }, () => 'Refund completed') }],
  ['a note of 501', { ...base, notes: [long(501)] }],
  ['a note as a number', { ...base, notes: [1] }],
  ['two broken fields', { ...base, orderId: 'x', buttons: ['dance'] }],
];

describe('cardProblems: the schema rules by hand', () => {
  it.each(VARIANTS)('agrees with the schema on %s', (_what, card) => {
    expect(handProblems(card)).toEqual(schemaProblems(card));
  });

  it('finds something wrong in most variants (the table tests rules, not only valid cards)', () => {
    const broken = VARIANTS.filter(([, card]) => schemaProblems(card).length > 0);
    expect(broken.length).toBeGreaterThan(VARIANTS.length / 2);
  });

  it.each(fixtureCards.length > 0 ? fixtureCards : [{ name: 'no fixtures', card: base }])('accepts the expected parse of $name', ({ card }) => {
    expect(schemaProblems(card)).toEqual([]);
    expect(handProblems(card)).toEqual([]);
  });
});

describe('isMoney', () => {
  it.each([
    [{ amount: 1.99, currency: 'USD' }],
    [{ amount: 0, currency: 'BRL' }],
    [{ amount: -0.01, currency: 'USD' }],
    [{ amount: 1, currency: 'US' }],
    [{ amount: 1, currency: 'USD', extra: true }],
    [{ amount: Number.NaN, currency: 'EUR' }],
    [{ currency: 'EUR' }],
    [null],
    ['1 USD'],
  ])('agrees with the Money schema on %j', (money) => {
    expect(isMoney(money)).toBe(Money.safeParse(money).success);
  });
});
