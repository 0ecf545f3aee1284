import { Window } from 'happy-dom';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { findOrderCards, parseOrderCard, parseOrdersPage, readBadgeFacts } from '@/lib/parsers/orders-list';
import { ORDERS_LIST } from '@/lib/parsers/selectors';
import type { ParsedOrderCard } from '@/lib/schemas/order';
import { badgeFactsOf, loadOrdersPage, ordersFixtures, type OrdersFixture } from './helpers/fixtures';

/**
 * ARCHITECTURE §4: "fixtures with classes removed or renamed, wrappers inserted, text truncated
 * give unrecognised or fewer fields, never wrong values". Every saved page is mutated
 * programmatically; whatever the parser still returns must equal the expected parse.
 */

const OBSERVED_AT = new Date('2026-11-23T12:00:00.000Z');
const fixtures = ordersFixtures();

// happy-dom frees what a mutation touched only once its own timers have run: give them a turn
// of the event loop after each test, or hundreds of mutated copies pile up in the heap.
afterEach(() => delay(0));

/**
 * `got` says nothing `want` does not: optional fields absent or equal; the always-present ones
 * may only fall back to their "not read" value (status `unknown`, isChoice false, no products
 * with productCount 0, no buttons or an `other` for a label, no notes).
 */
function expectNothingWrong(got: ParsedOrderCard, want: ParsedOrderCard | undefined, where: string): void {
  expect(want, `${where}: order ${got.orderId} is not on the page`).toBeDefined();
  if (!want) return;
  const at = `${where}, order ${got.orderId}`;
  for (const key of ['orderDate', 'statusText', 'total', 'countdown'] as const) {
    if (got[key] !== undefined) expect(got[key], `${at}: ${key}`).toEqual(want[key]);
  }
  if (got.status !== 'unknown') expect(got.status, `${at}: status`).toBe(want.status);
  if (got.store?.id !== undefined) expect(got.store.id, `${at}: store id`).toBe(want.store?.id);
  if (got.store?.name !== undefined) expect(got.store.name, `${at}: store name`).toBe(want.store?.name);
  if (got.isChoice) expect(want.isChoice, `${at}: isChoice`).toBe(true);
  if (got.productCount !== 0) expect(got.productCount, `${at}: productCount`).toBe(want.productCount);
  if (got.products.length > 0) {
    expect(got.products.length, `${at}: products`).toBe(want.products.length);
    got.products.forEach((product, i) => {
      for (const [key, value] of Object.entries(product)) {
        expect(value, `${at}: product ${i} ${key}`).toEqual((want.products[i] as Record<string, unknown> | undefined)?.[key]);
      }
    });
  }
  if (got.buttons.length > 0) {
    expect(got.buttons.length, `${at}: buttons`).toBe(want.buttons.length);
    got.buttons.forEach((code, i) => {
      if (code !== 'other') expect(code, `${at}: button ${i}`).toBe(want.buttons[i]);
    });
  }
  if (got.notes.length > 0) expect(got.notes, `${at}: notes`).toEqual(want.notes);
}

/** The fixture's cards in a fresh detached copy of the list (cheaper than re-parsing the page). */
function freshList(doc: Document): Element {
  const content = doc.createElement('div');
  content.className = 'order-content';
  content.append(doc.querySelector('.comet-checkbox-group')!.cloneNode(true));
  return content;
}

/** Parse a mutated list: never throws, and whatever it returns is right. */
function expectNeverWrong(root: Element, fixture: OrdersFixture, where: string): ParsedOrderCard[] {
  const byId = new Map(fixture.expected.map((order) => [order.orderId, order]));
  let page: ReturnType<typeof parseOrdersPage> | undefined;
  expect(() => (page = parseOrdersPage(root, OBSERVED_AT)), where).not.toThrow();
  if (!page!.ok) {
    expect(page!.reason, where).toBe('markup-changed');
    return [];
  }
  const cards = findOrderCards(root);
  expect(page!.data.orders.length + page!.data.unreadCards, where).toBe(cards.length);
  for (const order of page!.data.orders) expectNothingWrong(order, byId.get(order.orderId), where);
  for (const card of cards) expectShortReadAgrees(card, byId, where);
  return page!.data.orders;
}

/** Where the short read answers, the full read of the same card says the same (and nothing is wrong). */
function expectShortReadAgrees(card: Element, byId: Map<string, ParsedOrderCard>, where: string): void {
  const facts = readBadgeFacts(card, OBSERVED_AT);
  if (!facts) return;
  const full = parseOrderCard(card, OBSERVED_AT);
  expect(full.ok, `${where}: the short read found ${facts.orderId}, the full read nothing`).toBe(true);
  if (!full.ok) return;
  expect(facts, `${where}: short read of ${full.data.orderId}`).toEqual(badgeFactsOf(full.data));
  expectNothingWrong(facts, byId.get(facts.orderId), `${where} (short read)`);
}

// Mutations find elements without querySelector: happy-dom keeps every detached tree a
// querySelector ran on alive (its result cache), and hundreds of copies exhaust the heap.
const elementsWithClass = (root: Element, name: string): Element[] => Array.from(root.getElementsByClassName(name));
const firstWithClass = (root: Element, name: string): Element | undefined => root.getElementsByClassName(name)[0];
function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el !== root) out.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}
const linksTo = (root: Element, part: string): Element[] =>
  descendants(root).filter((el) => el.tagName === 'A' && (el.getAttribute('href') ?? '').includes(part));
const firstDiv = (el: Element | undefined): Element | undefined => Array.from(el?.children ?? []).find((c) => c.tagName === 'DIV');
const unitPrices = (root: Element): Element[] =>
  elementsWithClass(root, 'order-item-content-info-number').map(firstDiv).filter((el) => el !== undefined);
const totals = (root: Element): Element[] => elementsWithClass(root, 'order-item-content-opt-price-total');

/** Every class the parser anchors on, plus the blocks around them. */
const KEY_CLASSES = [
  ...new Set([
    ...Object.values(ORDERS_LIST.classes),
    'order-item',
    'order-item-header',
    'order-item-header-status',
    'order-item-store-name',
    'order-item-content',
    'order-item-content-info',
    'order-item-content-opt',
    'order-item-content-opt-price',
    'comet-checkbox-group',
  ]),
];

interface Mutation {
  name: string;
  apply: (root: Element) => void;
}

const classMutations: Mutation[] = KEY_CLASSES.flatMap((name) => [
  { name: `class .${name} removed`, apply: (root) => elementsWithClass(root, name).forEach((el) => el.classList.remove(name)) },
  { name: `class .${name} renamed`, apply: (root) => elementsWithClass(root, name).forEach((el) => el.classList.replace(name, `${name}--v2`)) },
  {
    name: `every .${name} wrapped in a div`,
    apply: (root) =>
      elementsWithClass(root, name).forEach((el) => {
        const wrapper = el.ownerDocument.createElement('div');
        wrapper.className = 'new-wrapper';
        el.replaceWith(wrapper);
        wrapper.append(el);
      }),
  },
  {
    name: `children of every .${name} wrapped in one div`,
    apply: (root) =>
      elementsWithClass(root, name).forEach((el) => {
        const wrapper = el.ownerDocument.createElement('div');
        wrapper.append(...Array.from(el.childNodes));
        el.append(wrapper);
      }),
  },
]);

const headerInfoOf = (card: Element): Element | undefined => firstWithClass(card, 'order-item-header-right-info');
const detailLinkOf = (card: Element): Element | undefined =>
  descendants(card).find((el) => el.getAttribute('data-pl') === 'order_item_header_detail');

const structureMutations: Mutation[] = [
  {
    name: 'header info: class and data-pl both gone',
    apply: (root) =>
      elementsWithClass(root, 'order-item-header-right-info').forEach((el) => {
        el.removeAttribute('class');
        el.removeAttribute('data-pl');
      }),
  },
  { name: 'detail links removed', apply: (root) => findOrderCards(root).forEach((card) => detailLinkOf(card)?.remove()) },
  { name: 'header info removed', apply: (root) => findOrderCards(root).forEach((card) => headerInfoOf(card)?.remove()) },
  { name: 'date and id swapped', apply: (root) => findOrderCards(root).forEach((card) => { const info = headerInfoOf(card); if (info?.lastElementChild) info.prepend(info.lastElementChild); }) },
  { name: 'store links point elsewhere', apply: (root) => linksTo(root, '/store/').forEach((a) => a.setAttribute('href', 'https://example.com/store/1234567')) },
  { name: 'item links point elsewhere', apply: (root) => linksTo(root, '/item/').forEach((a) => a.setAttribute('href', '//evil.example/item/1005001111111111.html')) },
  { name: 'title attributes removed', apply: (root) => descendants(root).forEach((el) => el.removeAttribute('title')) },
  {
    name: 'prices split into one span per character',
    apply: (root) =>
      [...unitPrices(root), ...totals(root)].forEach((el) => {
        const text = el.textContent ?? '';
        el.replaceChildren(...[...text].map((ch) => Object.assign(el.ownerDocument.createElement('span'), { textContent: ch })));
      }),
  },
  { name: 'whitespace between every element', apply: (root) => descendants(root).forEach((el) => el.before(el.ownerDocument.createTextNode('\n  '))) },
  { name: 'every text node emptied', apply: (root) => { const walk = (n: Node) => { n.childNodes.forEach(walk); if (n.nodeType === 3) n.nodeValue = ''; }; walk(root); } },
  { name: 'cards moved into a second list', apply: (root) => { const other = root.ownerDocument.createElement('div'); other.className = 'comet-checkbox-group'; root.append(other); findOrderCards(root).slice(1).forEach((c) => other.append(c)); } },
];

const truncationMutations: Mutation[] = [
  {
    name: 'id digits cut in the header (link intact)',
    apply: (root) => findOrderCards(root).forEach((card) => cutDigits(headerInfoOf(card)?.children[1], 8)),
  },
  {
    name: 'id digits cut in the header, link removed',
    apply: (root) => findOrderCards(root).forEach((card) => { cutDigits(headerInfoOf(card)?.children[1], 8); detailLinkOf(card)?.remove(); }),
  },
  {
    name: 'id cut to 14 digits in the header (link intact)',
    apply: (root) => findOrderCards(root).forEach((card) => cutDigits(headerInfoOf(card)?.children[1], 14)),
  },
  { name: 'dates cut in half', apply: (root) => findOrderCards(root).forEach((card) => cutHalf(headerInfoOf(card)?.children[0])) },
  { name: 'unit prices cut in half', apply: (root) => unitPrices(root).forEach(cutHalf) },
  { name: 'totals cut in half', apply: (root) => totals(root).forEach(cutHalf) },
  {
    name: 'prices: last span removed',
    apply: (root) => descendants(root).filter((el) => (el.getAttribute('class') ?? '').includes('es--wrap')).forEach((w) => w.lastElementChild?.remove()),
  },
  { name: 'quantities cut to the x', apply: (root) => elementsWithClass(root, 'order-item-content-info-number-quantity').forEach((q) => (q.textContent = 'x')) },
];

function cutDigits(el: Element | null | undefined, keep: number): void {
  if (!el) return;
  el.textContent = (el.textContent ?? '').replace(/\d{12,}/, (digits) => digits.slice(0, keep));
}

function cutHalf(el: Element | null | undefined): void {
  if (!el) return;
  const text = el.textContent ?? '';
  el.textContent = text.slice(0, Math.floor(text.length / 2));
}

/** Each fixture lives in its own happy-dom window, closed after its tests. */
function fixtureWindow(fixture: OrdersFixture): { doc: () => Document; close: () => Promise<void> } {
  let window: Window | undefined;
  let doc: Document | undefined;
  return {
    doc: () => {
      window ??= new Window();
      doc ??= loadOrdersPage(fixture.html, new window.DOMParser() as unknown as DOMParser);
      return doc;
    },
    close: async () => {
      await window?.happyDOM.close();
      window = undefined;
      doc = undefined;
    },
  };
}

describe.runIf(fixtures.length > 0).each(fixtures.map((f) => [f.name, f] as const))('robustness of %s', (_name, fixture) => {
  const page = fixtureWindow(fixture);
  afterAll(() => page.close());

  describe('mutated copies give fewer fields, never wrong ones', () => {
    it('the untouched copy parses exactly (the harness itself is sound)', () => {
      const result = parseOrdersPage(freshList(page.doc()), OBSERVED_AT);
      expect(result).toEqual({ ok: true, data: { orders: fixture.expected, unreadCards: 0 } });
    });

    it.each([...classMutations, ...structureMutations, ...truncationMutations].map((m) => [m.name, m] as const))(
      '%s',
      (name, mutation) => {
        const root = freshList(page.doc());
        mutation.apply(root);
        expectNeverWrong(root, fixture, `${fixture.name} / ${name}`);
      },
    );
  });

  describe('every cut of a date, a price or an id', () => {
    const cases = () =>
      findOrderCards(page.doc()).map((card, i) => ({ card, want: fixture.expected[i]!, where: `${fixture.name} #${i}` }));

    /** Cut the text of one element (found by `pick`) at every length, and parse the card each time. */
    const everyCut = (pick: (card: Element) => Element | null | undefined): number => {
      let checked = 0;
      for (const { card, want, where } of cases()) {
        const original = pick(card)?.textContent ?? '';
        for (let length = 0; length < original.length; length++) {
          const copy = card.cloneNode(true) as Element;
          const target = pick(copy);
          if (!target) continue;
          target.textContent = original.slice(0, length);
          const result = parseOrderCard(copy, OBSERVED_AT);
          if (result.ok) expectNothingWrong(result.data, want, `${where} cut to ${JSON.stringify(target.textContent)}`);
          checked++;
        }
      }
      return checked;
    };

    it('dates', { timeout: 60_000 }, () => {
      expect(everyCut((card) => headerInfoOf(card)?.children[0])).toBeGreaterThan(0);
    });

    it('totals', { timeout: 60_000 }, () => {
      expect(everyCut((card) => totals(card)[0])).toBeGreaterThan(0);
    });

    it('unit prices', { timeout: 60_000 }, () => {
      everyCut((card) => unitPrices(card)[0]);
    });

    it('ids, with the detail link removed: fewer than 12 digits is no id', { timeout: 60_000 }, () => {
      // Cuts that keep 12+ digits still read as an id (the header is all there is): by design.
      let checked = 0;
      for (const { card, where } of cases()) {
        const copy = card.cloneNode(true) as Element;
        detailLinkOf(copy)?.remove();
        const target = headerInfoOf(copy)?.children[1];
        const digits = /\d{12,}/.exec(target?.textContent ?? '')?.[0] ?? '';
        for (let keep = 0; keep < 12 && keep < digits.length; keep++) {
          cutDigitsTo(target, digits, keep);
          expect(parseOrderCard(copy, OBSERVED_AT), `${where} id cut to ${keep} digits`).toEqual({
            ok: false,
            reason: 'markup-changed',
            missing: ['orderId'],
          });
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  });
});

describe.runIf(fixtures.length > 0)('robustness: what still reads after a mutation', () => {
  const fixture = fixtures.find((f) => f.name === 'orders-2026-en') ?? fixtures[0]!;
  const page = fixtureWindow(fixture);
  afterAll(() => page.close());
  const parse = (mutate: (root: Element) => void) => {
    const root = freshList(page.doc());
    mutate(root);
    const result = parseOrdersPage(root, OBSERVED_AT);
    return result.ok ? result.data.orders : [];
  };
  const ids = fixture.expected.map((o) => o.orderId);

  it.each([
    ['every card wrapped', 'order-item'],
    ['every header info wrapped', 'order-item-header-right-info'],
    ['every status text wrapped', 'order-item-header-status-text'],
    ['every product row wrapped', 'order-item-content-body'],
    ['every button wrapped', 'order-item-btn'],
    ['every total wrapped', 'order-item-content-opt-price-total'],
  ])('%s: everything still reads', (_name, name) => {
    const orders = parse((root) => classMutations.find((m) => m.name === `every .${name} wrapped in a div`)!.apply(root));
    expect(orders).toEqual(fixture.expected);
  });

  it('ids come from the detail link when the header id is cut', () => {
    expect(parse(truncationMutations[0]!.apply).map((o) => o.orderId)).toEqual(ids);
  });

  it('cards whose header id and link disagree are unread, not misread', () => {
    const root = freshList(page.doc());
    truncationMutations[2]!.apply(root);
    expect(parseOrdersPage(root, OBSERVED_AT)).toEqual({ ok: false, reason: 'markup-changed', missing: ['orderId'] });
  });

  it('a renamed status class leaves the status unknown and the text out', () => {
    const orders = parse((root) =>
      elementsWithClass(root, ORDERS_LIST.classes.status).forEach((el) => el.classList.replace(ORDERS_LIST.classes.status, 'x')),
    );
    expect(orders.map((o) => [o.status, o.statusText])).toEqual(ids.map(() => ['unknown', undefined]));
  });

  it('renamed cards make the page markup-changed, not empty', () => {
    const root = freshList(page.doc());
    elementsWithClass(root, 'order-item').forEach((el) => el.classList.replace('order-item', 'order-card'));
    expect(parseOrdersPage(root, OBSERVED_AT)).toMatchObject({ ok: false, reason: 'markup-changed' });
  });

  it('a hostile store name comes back as literal text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const orders = parse((root) =>
      elementsWithClass(root, 'order-item-store-name').forEach((s) => (s.getElementsByTagName('span')[0]!.textContent = name)),
    );
    expect(orders.map((o) => o.store?.name)).toEqual(ids.map(() => name));
  });
});

function cutDigitsTo(el: Element | null | undefined, digits: string, keep: number): void {
  if (el) el.textContent = `Ref. Number: ${digits.slice(0, keep)}`;
}
