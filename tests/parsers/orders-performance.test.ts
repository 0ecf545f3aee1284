import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseOrdersPage } from '@/lib/parsers/orders-list';
import { Money, OrderId, ProductId, StoreId } from '@/lib/schemas/common';
import { ParsedOrderCard } from '@/lib/schemas/order';
import { cardHtml, pageHtml, type CardSpec } from './helpers/order-card-html';
import { loadOrdersPage, ordersFixtures } from './helpers/fixtures';

const OBSERVED_AT = new Date('2026-11-23T12:00:00.000Z');
const CARDS = 500;

/** 500 cards: the richest saved page's cards repeated, or generated ones when no fixture is there yet. */
function bigPage(): Document {
  const fixture = ordersFixtures().find((f) => f.name === 'orders-2026-en') ?? ordersFixtures()[0];
  if (fixture) {
    const doc = loadOrdersPage(fixture.html);
    const list = doc.querySelector('.comet-checkbox-group')!;
    const originals = Array.from(list.children);
    for (let i = originals.length; i < CARDS; i++) list.append(originals[i % originals.length]!.cloneNode(true));
    return doc;
  }
  const spec: CardSpec = {
    status: 'Awaiting delivery',
    dateLine: 'Date: Jul 15, 2026',
    idLine: 'Ref. Number: 8212313961591322',
    detailId: '8212313961591322',
    storeId: '1102345678',
    storeName: 'Store',
    products: [{ id: '1005006123456789', title: 'Title', variant: 'Color: Black', price: ['US $', '1', '.', '99'], quantity: 'x1' }],
    total: ['Total:', 'US $', '1', '.', '99'],
    buttons: ['Track order', 'Confirm received'],
    lines: ['Buyer protection ends in 14 days 6 hours'],
  };
  return new DOMParser().parseFromString(pageHtml(Array.from({ length: CARDS }, () => cardHtml(spec))), 'text/html');
}

describe('performance sanity', () => {
  it(`parses ${CARDS} cards quickly (printed, not asserted tightly)`, { timeout: 120_000 }, () => {
    const doc = bigPage();
    parseOrdersPage(doc, OBSERVED_AT); // warm up the JIT
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const result = parseOrdersPage(doc, OBSERVED_AT);
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      expect(result.ok && result.data.orders.length).toBe(CARDS);
    }
    const fmt = (xs: number[]) => `best ${Math.min(...xs).toFixed(1)} ms, median ${[...xs].sort((a, b) => a - b)[2]!.toFixed(1)} ms`;
    console.info(`[perf] parseOrdersPage, ${CARDS} cards in happy-dom: wall ${fmt(wall)}; process CPU ${fmt(cpu)}`);
    // A loose bound that only catches an accidental blow-up (quadratic walks, a runaway regex).
    expect(Math.min(...wall)).toBeLessThan(3000);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  // In the bench browser zod's walk over each card was a tenth of the content script's parse; the
  // parser applies the same rules by hand (lib/parsers/card-check.ts, held to the schema by
  // card-check.test.ts). Only a countdown's instant still goes through zod, once per such card.
  it('checks cards, ids and prices without a zod parse per card', { timeout: 60_000 }, () => {
    const schemas = { ParsedOrderCard, Money, OrderId, ProductId, StoreId };
    const spies = Object.entries(schemas).map(([name, schema]) => ({ name, spy: vi.spyOn(schema, 'safeParse') }));
    const result = parseOrdersPage(bigPage(), OBSERVED_AT);
    expect(result.ok && result.data.orders.length).toBe(CARDS);
    expect(spies.filter(({ spy }) => spy.mock.calls.length > 0).map(({ name }) => name)).toEqual([]);
  });
});
