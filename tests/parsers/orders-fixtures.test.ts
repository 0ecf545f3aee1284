import { describe, expect, it } from 'vitest';
import { findOrderCards, parseOrderCard, parseOrdersPage } from '@/lib/parsers/orders-list';
import { loadOrdersPage, ordersFixtures } from './helpers/fixtures';

const OBSERVED_AT = new Date('2026-11-23T12:00:00.000Z');
const fixtures = ordersFixtures();

describe.runIf(fixtures.length > 0)('saved My Orders pages parse exactly as expected', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const doc = loadOrdersPage(fixture.html);
    const result = parseOrdersPage(doc, OBSERVED_AT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.unreadCards).toBe(0);
    expect(result.data.orders).toEqual(fixture.expected);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: card by card, with no undefined-valued keys', (_name, fixture) => {
    const doc = loadOrdersPage(fixture.html);
    const cards = findOrderCards(doc);
    expect(cards).toHaveLength(fixture.expected.length);
    cards.forEach((card, i) => {
      const result = parseOrderCard(card, OBSERVED_AT);
      expect(result.ok && JSON.parse(JSON.stringify(result.data))).toStrictEqual(fixture.expected[i]);
      expect(result.ok && result.data).toStrictEqual(fixture.expected[i]);
    });
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the static HTML alone is the first batch', (_name, fixture) => {
    const doc = new DOMParser().parseFromString(fixture.html, 'text/html');
    const result = parseOrdersPage(doc, OBSERVED_AT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.orders).toEqual(fixture.expected.slice(0, result.data.orders.length));
  });
});
