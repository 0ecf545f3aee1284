import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProductSeenView } from '@/lib/messaging/protocol';
import type { ParsedProduct } from '@/lib/schemas/product';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);

let createRiskHint: typeof import('@/lib/features/risk-hint').createRiskHint;
let STORE_BLOCK_TIMEOUT_MS: number;
beforeAll(async () => {
  ({ createRiskHint, STORE_BLOCK_TIMEOUT_MS } = await import('@/lib/features/risk-hint'));
});

const PAGES = join(process.cwd(), 'tests/fixtures/pages');
const URL_EN = new URL('https://www.aliexpress.com/item/1005006812345678.html');
const NOW = new Date(2026, 10, 23, 12);

/** The saved page in this test's document, its late store block still in its template. */
function loadPage(file: string): void {
  const doc = new DOMParser().parseFromString(readFileSync(join(PAGES, file), 'utf8'), 'text/html');
  for (const script of Array.from(doc.querySelectorAll('script'))) if (!script.textContent?.includes('runParams')) script.remove();
  document.documentElement.setAttribute('lang', doc.documentElement.getAttribute('lang') ?? 'en');
  document.head.replaceChildren(...Array.from(doc.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
}

/** What the page's own script does once its data arrives. */
function drawStoreBlock(): void {
  const store = document.querySelector<HTMLTemplateElement>('template#aca-fixture-late-store')!;
  const card = document.querySelector<HTMLTemplateElement>('template#aca-fixture-late-card')!;
  document.getElementById('aca-fixture-store-slot')!.append(store.content.cloneNode(true));
  document.querySelector('.pdp-description')!.prepend(card.content.cloneNode(true));
}

const view = (over: Partial<ProductSeenView> = {}): ProductSeenView => ({
  storeHistory: [],
  linkedOrderIds: [],
  snapshot: { contentHash: 'a'.repeat(64), firstSeenAt: NOW.toISOString(), seenCount: 1 },
  ...over,
});

const running: AbortController[] = [];

function start(send: (p: ParsedProduct) => Promise<ProductSeenView | undefined>, url = URL_EN) {
  const controller = new AbortController();
  running.push(controller);
  void createRiskHint(send).run({ document, url, pageKind: 'product', signal: controller.signal, clock: () => NOW });
  return controller;
}

const host = () => document.querySelector('aca-risk-hint') as HTMLElement | null;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  for (const controller of running.splice(0)) controller.abort();
  vi.useRealTimers();
  document.documentElement.removeAttribute('data-aca-parse');
  document.documentElement.removeAttribute('data-aca-parse-reason');
  document.body.replaceChildren();
});

describe('the risk-hint feature', () => {
  it('waits for the client-rendered store block, sends what it read, and mounts the hint after "Sold By"', async () => {
    loadPage('product-2024-en.html');
    const send = vi.fn(async () => view({ buyer: { orders: 2, completed: 1 } }));
    const controller = start(send);
    await settle();
    expect(host()).toBeNull();
    expect(send).not.toHaveBeenCalled();

    drawStoreBlock();
    await vi.waitFor(() => expect(host()?.dataset.acaRiskLevel).toBe('low'));
    const expected = JSON.parse(readFileSync(join(PAGES, 'product-2024-en.expected.json'), 'utf8')) as ParsedProduct;
    expect(send).toHaveBeenCalledWith(expected, NOW);
    expect(host()!.dataset).toMatchObject({ acaProductId: '1005006812345678', acaStoreId: '1103456789' });
    expect(host()!.previousElementSibling?.className).toBe('store-detail--wrap--box');
    expect(document.documentElement.dataset.acaParse).toBe('ok');
    controller.abort();
    expect(host()).toBeNull();
  });

  it('the background’s history decides the level: a drop since an earlier visit', async () => {
    loadPage('product-2024-en-drop.html');
    drawStoreBlock();
    start(async () => view({ storeHistory: [{ observedOn: '2026-10-20', positiveRatePercent: 97.2, followers: 1393 }] }), new URL('https://www.aliexpress.com/item/1005006812345679.html'));
    await vi.waitFor(() => expect(host()?.dataset.acaRiskLevel).toBe('high'));
    expect(host()!.shadowRoot!.querySelector('.headline')!.textContent).toMatch(/^The positive rate fell from 97\.2%/);
  });

  it.each([
    { name: 'two disputes on checked orders', buyer: { orders: 3, completed: 3, disputes: 2, lateDeliveries: 0, checkedOrders: 2 }, level: 'medium', reason: /You had 2 disputes with this store \(your orders from it in My Orders: 3\)/, absent: /went fine/ },
    { name: 'a late delivery', buyer: { orders: 3, completed: 3, disputes: 0, lateDeliveries: 1, checkedOrders: 1 }, level: 'low', reason: /An order of yours from this store arrived after AliExpress’s estimated date \(your orders from it in My Orders: 3\)/, absent: /went fine/ },
    { name: 'two checked orders that went fine', buyer: { orders: 4, completed: 4, disputes: 0, lateDeliveries: 0, checkedOrders: 2 }, level: 'low', reason: /Your 2 earlier orders from this store went fine/, absent: /disputes with/ },
    { name: 'orders only (unknown counts): no verdict on them', buyer: { orders: 4, completed: 4 }, level: 'low', reason: /You have 4 orders/, absent: /went fine|dispute with|disputes with|arrived after/ },
  ])('the buyer’s own record from the background: $name', async ({ buyer, level, reason, absent }) => {
    loadPage('product-2024-en.html');
    drawStoreBlock();
    start(async () => view({ buyer }));
    await vi.waitFor(() => expect(host()?.dataset.acaRiskLevel).toBe(level));
    host()!.shadowRoot!.querySelector<HTMLButtonElement>('button.chip')!.click();
    await vi.waitFor(() => expect(host()!.shadowRoot!.textContent).toMatch(reason));
    expect(host()!.shadowRoot!.textContent).not.toMatch(absent);
  });

  it('without an answer from the background, the hint still shows what the page says', async () => {
    loadPage('product-2022-en.html');
    start(async () => undefined, new URL('https://www.aliexpress.com/item/1005001234567890.html'));
    await vi.waitFor(() => expect(host()?.dataset.acaRiskLevel).toBe('low'));
    // No "Sold By" block on a 2022 page: under the title.
    expect(host()!.previousElementSibling?.tagName).toBe('H1');
  });

  it('a page re-render that drops the hint gets it back', async () => {
    loadPage('product-2024-de.html');
    start(async () => view(), new URL('https://de.aliexpress.com/item/1005008234567890.html'));
    await vi.waitFor(() => expect(host()).not.toBeNull());
    const block = document.querySelector('.store-detail--wrap--box')!;
    const parent = block.parentElement!;
    parent.replaceChildren(block.cloneNode(true));
    await vi.waitFor(() => expect(host()?.isConnected).toBe(true));
    expect(document.querySelectorAll('aca-risk-hint')).toHaveLength(1);
  });

  it('click opens the reasons, Escape closes them', async () => {
    loadPage('product-2024-de.html');
    start(async () => view(), new URL('https://de.aliexpress.com/item/1005008234567890.html'));
    await vi.waitFor(() => expect(host()).not.toBeNull());
    const chip = () => host()!.shadowRoot!.querySelector<HTMLButtonElement>('button.chip')!;
    chip().click();
    expect(host()!.shadowRoot!.querySelector('.panel')).not.toBeNull();
    expect(chip().getAttribute('aria-expanded')).toBe('true');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host()!.shadowRoot!.querySelector('.panel')).toBeNull();
  });

  it('a page that never shows a store: no hint, unrecognised on <html> after the wait', async () => {
    vi.useFakeTimers();
    document.body.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Only a title' }));
    const send = vi.fn(async () => view());
    start(send);
    await vi.advanceTimersByTimeAsync(STORE_BLOCK_TIMEOUT_MS + 10);
    expect(host()).toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(document.documentElement.dataset).toMatchObject({ acaParse: 'unrecognised', acaParseReason: 'markup-changed' });
  });
});

describe('the pdp JSON, when something hands it over', () => {
  it('a response arriving later is read at once and its numbers are sent', async () => {
    loadPage('product-2024-en.html');
    drawStoreBlock();
    const listeners: (() => void)[] = [];
    const seen: { body?: unknown } = {};
    const pdp = { latest: () => seen.body, subscribe: (fn: () => void) => (listeners.push(fn), () => listeners.splice(listeners.indexOf(fn), 1)) };
    const send = vi.fn(async (_p: ParsedProduct) => view());
    const controller = new AbortController();
    running.push(controller);
    void createRiskHint(send, { pdp: () => pdp }).run({ document, url: URL_EN, pageKind: 'product', signal: controller.signal, clock: () => NOW });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(send.mock.calls[0]![0].sources).toEqual(['dom']);

    seen.body = JSON.parse(readFileSync(join(PAGES, 'product-2024-en.pdp.json'), 'utf8'));
    listeners.forEach((fn) => fn());
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    const expected = JSON.parse(readFileSync(join(PAGES, 'product-2024-en.pdp.expected.json'), 'utf8')) as ParsedProduct;
    expect(send.mock.calls[1]![0]).toEqual(expected);
    controller.abort();
    expect(listeners).toHaveLength(0);
  });
});

describe('the pdp JSON before the store block', () => {
  it('the hint shows under the title, then moves next to "Sold By" once it is drawn, even when that adds nothing to read', async () => {
    loadPage('product-2024-en.html');
    const body = JSON.parse(readFileSync(join(PAGES, 'product-2024-en.pdp.json'), 'utf8')) as unknown;
    const pdp = { latest: () => body, subscribe: () => () => undefined };
    const send = vi.fn(async (_p: ParsedProduct) => view());
    const controller = new AbortController();
    running.push(controller);
    void createRiskHint(send, { pdp: () => pdp }).run({ document, url: URL_EN, pageKind: 'product', signal: controller.signal, clock: () => NOW });
    await vi.waitFor(() => expect(host()?.dataset.acaRiskLevel).toBe('low'));
    expect(host()!.previousElementSibling?.localName).toBe('h1');
    // A "Sold By" link with nothing new to read (the JSON said it all): the reading stays the
    // same, the hint still moves to it.
    const link = document.createElement('a');
    link.className = 'store-detail--wrap--Q7';
    document.getElementById('aca-fixture-store-slot')!.append(link);
    await vi.waitFor(() => expect(host()!.previousElementSibling).toBe(link));
    expect(document.querySelectorAll('aca-risk-hint')).toHaveLength(1);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('a page that draws in steps', () => {
  it('stores only the first reading and the settled one, not every step', async () => {
    loadPage('product-2024-en.html');
    const send = vi.fn(async (_p: ParsedProduct) => view());
    start(send);
    // Step 1: the "Sold By" block alone; steps 2 and 3: the store card, then a change of option.
    const store = document.querySelector<HTMLTemplateElement>('template#aca-fixture-late-store')!;
    document.getElementById('aca-fixture-store-slot')!.append(store.content.cloneNode(true));
    await vi.waitFor(() => expect(host()).not.toBeNull());
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].store.positiveRatePercent).toBeUndefined();

    const card = document.querySelector<HTMLTemplateElement>('template#aca-fixture-late-card')!;
    document.querySelector('.pdp-description')!.prepend(card.content.cloneNode(true));
    await settle();
    document.querySelector('[class*="sku-item--title"]')!.textContent = 'Color: White';
    await settle();
    expect(send).toHaveBeenCalledTimes(1);

    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2), { timeout: 2000 });
    expect(send.mock.calls[1]![0]).toMatchObject({ store: { positiveRatePercent: 97.2, followers: 1393 }, chosenOptions: ['Color: White', 'Ships From: China'] });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(send).toHaveBeenCalledTimes(2);
  });
});
