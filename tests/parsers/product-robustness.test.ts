import { describe, expect, it } from 'vitest';
import { parseProductPage } from '@/lib/parsers/product-page';
import type { ParsedProduct } from '@/lib/schemas/product';
import { loadProductPage, productFixtures, type ProductFixture } from './helpers/product-fixtures';

/**
 * ARCHITECTURE §4 for product pages: classes removed or renamed, wrappers inserted, anchors moved,
 * numbers and dates cut short, the inline runParams cut off → fewer fields or unrecognised,
 * never a wrong value. Every saved page is mutated; whatever still parses must equal the expected
 * parse field by field.
 */

const fixtures = productFixtures();

function expectNothingWrong(got: ParsedProduct, want: ParsedProduct, where: string): void {
  expect(got.productId, where).toBe(want.productId);
  for (const [key, value] of Object.entries(got)) {
    if (key === 'store' || key === 'sources') continue;
    expect(value, `${where}: ${key}`).toEqual(want[key as keyof ParsedProduct]);
  }
  for (const [key, value] of Object.entries(got.store)) {
    // `unknown` is "not read", never a claim.
    if (key === 'sellerType' && value === 'unknown') continue;
    expect(value, `${where}: store.${key}`).toEqual(want.store[key as keyof ParsedProduct['store']]);
  }
}

function expectNeverWrong(doc: Document, fixture: ProductFixture, where: string): void {
  let result: ReturnType<typeof parseProductPage> | undefined;
  expect(() => (result = parseProductPage(doc, { url: fixture.url })), where).not.toThrow();
  if (!result!.ok) {
    expect(['markup-changed', 'bot-check'], where).toContain(result!.reason);
    return;
  }
  expectNothingWrong(result!.data, fixture.expected, where);
}

/** Class prefixes the parsers anchor on (PAGES.md §4), and the plain classes of older pages. */
const PREFIXES = [
  'store-detail--wrap', 'store-detail--storeName', 'store-detail--storeInfo', 'store-detail--label', 'store-info--name', 'store-info--desc',
  'reviewer--rating', 'reviewer--reviews', 'reviewer--sold', 'price-default--current', 'choice-mind--wrap', 'sku-item--title',
  'dynamic-shipping-titleLayout', 'dynamic-shipping-contentLayout', 'product-price-value', 'product-title-text', 'title--wrap',
];

const withPrefix = (doc: Document, prefix: string) => Array.from(doc.querySelectorAll(`[class*="${prefix}"]`));

interface Mutation {
  name: string;
  apply: (doc: Document) => void;
}

const classMutations: Mutation[] = PREFIXES.flatMap((prefix) => [
  { name: `${prefix}: class removed`, apply: (doc) => withPrefix(doc, prefix).forEach((el) => el.removeAttribute('class')) },
  {
    name: `${prefix}: renamed`,
    apply: (doc) => withPrefix(doc, prefix).forEach((el) => el.setAttribute('class', (el.getAttribute('class') ?? '').replaceAll(prefix, `${prefix.replace('--', '-')}V2`))),
  },
  { name: `${prefix}: element removed`, apply: (doc) => withPrefix(doc, prefix).forEach((el) => el.remove()) },
  {
    name: `${prefix}: wrapped in a div`,
    apply: (doc) =>
      withPrefix(doc, prefix).forEach((el) => {
        const wrapper = doc.createElement('div');
        el.replaceWith(wrapper);
        wrapper.append(el);
      }),
  },
]);

const texts = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector));
const scripts = (doc: Document) => texts(doc, 'script:not([src])').filter((s) => (s.textContent ?? '').includes('runParams'));

const structureMutations: Mutation[] = [
  { name: 'data-pl attributes removed', apply: (doc) => texts(doc, '[data-pl]').forEach((el) => el.removeAttribute('data-pl')) },
  { name: 'store links point elsewhere', apply: (doc) => texts(doc, 'a[href*="/store/"]').forEach((a) => a.setAttribute('href', 'https://evil.example/store/1234567')) },
  { name: 'store links to two different stores', apply: (doc) => texts(doc, 'a[href*="/store/"]').slice(1).forEach((a) => a.setAttribute('href', '//www.aliexpress.com/store/7654321')) },
  { name: 'the store card strongs swapped', apply: (doc) => texts(doc, '[class*="store-info--desc"]').forEach((d) => d.lastElementChild && d.prepend(d.lastElementChild)) },
  { name: 'a third strong in the store card', apply: (doc) => texts(doc, '[class*="store-info--desc"]').forEach((d) => d.append(Object.assign(doc.createElement('strong'), { textContent: '4.9' }))) },
  { name: 'store info rows reversed', apply: (doc) => texts(doc, '[class*="store-detail--storeInfo"] tbody').forEach((b) => [...b.children].reverse().forEach((r) => b.append(r))) },
  { name: 'every text node emptied', apply: (doc) => { const walk = (n: Node) => { n.childNodes.forEach(walk); if (n.nodeType === 3) n.nodeValue = ''; }; walk(doc.body); } },
  { name: 'inline runParams removed', apply: (doc) => scripts(doc).forEach((s) => s.remove()) },
  { name: 'runParams keys renamed', apply: (doc) => scripts(doc).forEach((s) => (s.textContent = (s.textContent ?? '').replace(/Module"|Component"/g, 'Part"'))) },
  { name: 'a bot check over the page', apply: (doc) => doc.body.append(Object.assign(doc.createElement('div'), { id: 'baxia-dialog-content' })) },
  { name: 'credential link to the page’s own store', apply: (doc) => texts(doc, 'a[href*="showcredential"]').forEach((a) => a.setAttribute('href', (a.getAttribute('href') ?? '').replace(/storeNum=\d+/, 'storeNum=1'))) },
];

const cutMutations: Mutation[] = [10, 25, 50, 75, 90, 99].map((percent) => ({
  name: `runParams script cut at ${percent}%`,
  apply: (doc) => scripts(doc).forEach((s) => {
    const text = s.textContent ?? '';
    s.textContent = text.slice(0, Math.floor((text.length * percent) / 100));
  }),
}));

/**
 * Texts cut at every length. Counts are left out on purpose: `1393` cut to `139` is a smaller
 * count no reader could tell from a real one. Rates need their `%`, prices their cents, dates
 * their year and store numbers must match the link, so every cut of these is detectable.
 */
const CUT_TARGETS = [
  '[class*="store-info--desc"] strong:first-child',
  '[class*="price-default--current"]',
  '.product-price-value',
  '[class*="store-detail--storeInfo"] tr:nth-child(2) td:last-child',
  '[class*="store-detail--storeInfo"] tr:nth-child(3) td:last-child',
  '[class*="reviewer--rating"]',
];

describe.each(fixtures.map((f) => [f.name, f] as const))('robustness of %s', (_name, fixture) => {
  it('the untouched copy parses exactly (the harness itself is sound)', () => {
    expect(parseProductPage(loadProductPage(fixture.html), { url: fixture.url })).toEqual({ ok: true, data: fixture.expected });
  });

  it.each([...classMutations, ...structureMutations, ...cutMutations].map((m) => [m.name, m] as const))('%s', (name, mutation) => {
    const doc = loadProductPage(fixture.html);
    mutation.apply(doc);
    expectNeverWrong(doc, fixture, `${fixture.name} / ${name}`);
  });

  it.each(CUT_TARGETS)('every cut of %s', (selector) => {
    const base = loadProductPage(fixture.html);
    const original = base.querySelector(selector)?.textContent ?? '';
    for (let length = 0; length < original.length; length++) {
      const doc = loadProductPage(fixture.html);
      const target = doc.querySelector(selector)!;
      target.textContent = original.slice(0, length);
      expectNeverWrong(doc, fixture, `${fixture.name} / ${selector} cut to ${JSON.stringify(original.slice(0, length))}`);
    }
  });
});
