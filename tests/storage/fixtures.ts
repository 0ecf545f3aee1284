import type { ParsedOrderCard } from '../../lib/schemas/order';
import { openDb, type ClaimDb } from '../../lib/storage/db';

export const ORDER_A = '8190000000000001';
export const ORDER_B = '8190000000000002';
export const ORDER_C = '8190000000000003';
export const STORE_1 = '1100001';

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** `base` shifted by `ms`, as an ISO instant. */
export const plus = (base: string, ms: number): string => new Date(new Date(base).getTime() + ms).toISOString();

export const T0 = '2026-11-01T10:00:00.000Z';

/** A complete, well-read card; each test overrides what it is about. */
export function card(overrides: Partial<ParsedOrderCard> = {}): ParsedOrderCard {
  return {
    orderId: ORDER_A,
    orderDate: '2026-10-20',
    status: 'shipped',
    statusText: 'Awaiting delivery',
    store: { id: STORE_1, name: 'Gadget Store' },
    isChoice: false,
    products: [
      { productId: '1005001', title: 'USB-C cable 2 m', variant: 'Black', unitPrice: { amount: 2.5, currency: 'EUR' }, quantity: 2 },
      { productId: '1005002', title: 'Phone stand', quantity: 1 },
    ],
    productCount: 2,
    total: { amount: 7.4, currency: 'EUR' },
    buttons: ['track', 'confirm-received'],
    notes: [],
    ...overrides,
  };
}

/** A card as a half-broken parser returns it: only what a parser always has. */
export function degradedCard(overrides: Partial<ParsedOrderCard> = {}): ParsedOrderCard {
  return {
    orderId: ORDER_A,
    status: 'unknown',
    isChoice: false,
    products: [],
    productCount: 0,
    buttons: [],
    notes: [],
    ...overrides,
  };
}

/** A countdown read at `observedAt` with `remainingMs` left. */
export const countdown = (observedAt: string, remainingMs: number) => ({
  text: `${Math.floor(remainingMs / DAY)} days`,
  remainingMs,
  observedAt,
});

let counter = 0;
/** A database of its own per test: no state leaks between tests. */
export function freshDb(): ClaimDb {
  counter += 1;
  return openDb(`aca-test-${counter}-${Math.random().toString(36).slice(2)}`);
}
