import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedOrderCard } from '@/lib/schemas/order';

/** Saved My Orders pages with their exact expected parse (tests/fixtures/pages/orders-*.html). */
export const FIXTURE_DIR = join(process.cwd(), 'tests/fixtures/pages');

export interface OrdersFixture {
  name: string;
  html: string;
  expected: ParsedOrderCard[];
}

export function ordersFixtures(): OrdersFixture[] {
  let files: string[];
  try {
    files = readdirSync(FIXTURE_DIR);
  } catch {
    return [];
  }
  return files
    .filter((f) => /^orders-.+\.html$/.test(f) && files.includes(f.replace(/\.html$/, '.expected.json')))
    .sort()
    .map((f) => ({
      name: f.replace(/\.html$/, ''),
      html: readFileSync(join(FIXTURE_DIR, f), 'utf8'),
      expected: JSON.parse(readFileSync(join(FIXTURE_DIR, f.replace(/\.html$/, '.expected.json')), 'utf8')) as ParsedOrderCard[],
    }));
}

/**
 * The saved page as its own document (never the test's global one; pass another window's parser
 * to keep it out of the test's window), with every later batch of
 * cards (`<template class="aca-fixture-batch">`, what "View orders" appends) appended to the list.
 */
export function loadOrdersPage(html: string, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(html, 'text/html');
  const list = doc.querySelector('.comet-checkbox-group');
  for (const template of Array.from(doc.querySelectorAll('template.aca-fixture-batch'))) {
    const content = (template as HTMLTemplateElement).content;
    list?.append(content.cloneNode(true));
    template.remove();
  }
  return doc;
}

/** What the short read (readBadgeFacts) of a card gives, from that card's full read. */
export function badgeFactsOf(order: ParsedOrderCard): ParsedOrderCard {
  const { orderId, status, statusText, orderDate, countdown, notes } = order;
  const facts: ParsedOrderCard = { orderId, status, isChoice: false, products: [], productCount: 0, buttons: [], notes };
  if (orderDate !== undefined) facts.orderDate = orderDate;
  if (countdown !== undefined) facts.countdown = countdown;
  if (statusText !== undefined) facts.statusText = statusText;
  return facts;
}
