import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedProduct } from '@/lib/schemas/product';
import { FIXTURE_DIR } from './fixtures';

/** Saved product pages (tests/fixtures/pages/product-*.html) with their exact expected parse. */
export interface ProductFixture {
  name: string;
  html: string;
  url: string;
  expected: ParsedProduct;
  /** The page's pdp JSON response and the parse expected with it, where the fixture has one. */
  pdp?: { body: unknown; expected: ParsedProduct };
}

const read = (file: string) => readFileSync(join(FIXTURE_DIR, file), 'utf8');

export function productFixtures(): ProductFixture[] {
  const files = existsSync(FIXTURE_DIR) ? readdirSync(FIXTURE_DIR) : [];
  return files
    .filter((f) => /^product-.+\.html$/.test(f))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, '');
      const expected = JSON.parse(read(`${name}.expected.json`)) as ParsedProduct;
      const fixture: ProductFixture = { name, html: read(f), url: `https://www.aliexpress.com/item/${expected.productId}.html`, expected };
      if (files.includes(`${name}.pdp.json`)) {
        fixture.pdp = { body: JSON.parse(read(`${name}.pdp.json`)), expected: JSON.parse(read(`${name}.pdp.expected.json`)) as ParsedProduct };
      }
      return fixture;
    });
}

/**
 * The saved page as its own document, drawn as the live app draws it: a store block the page
 * inserts late (`template#aca-fixture-late-*`) is put in place, as its own script would.
 */
export function loadProductPage(html: string, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(html, 'text/html');
  const store = doc.querySelector<HTMLTemplateElement>('template#aca-fixture-late-store');
  const card = doc.querySelector<HTMLTemplateElement>('template#aca-fixture-late-card');
  if (store) doc.getElementById('aca-fixture-store-slot')?.append(store.content.cloneNode(true));
  if (card) doc.querySelector('.pdp-description')?.prepend(card.content.cloneNode(true));
  store?.remove();
  card?.remove();
  return doc;
}
