import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, sendFromExtension, watchedPage, type Session } from './harness';

// The seller hint on saved product pages served at their real addresses: www, a language
// subdomain and aliexpress.us, each generation, the hostile page, and a store whose rate fell
// between two visits.
const FIXTURES = join(process.cwd(), 'tests/fixtures/pages');
const expectedOf = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;

const PAGES = {
  en: { url: 'https://www.aliexpress.com/item/1005006812345678.html', file: 'product-2024-en.html', product: '1005006812345678', store: '1103456789', level: 'low' },
  us: { url: 'https://www.aliexpress.us/item/3256806812345678.html', file: 'product-2024-en.html', product: '3256806812345678', store: '1103456789', level: 'low' },
  pt: { url: 'https://pt.aliexpress.com/item/1005007123456789.html', file: 'product-2024-pt-br.html', product: '1005007123456789', store: '1104567890', level: 'low' },
  de: { url: 'https://de.aliexpress.com/item/1005008234567890.html', file: 'product-2024-de.html', product: '1005008234567890', store: '1105678901', level: 'medium' },
  old: { url: 'https://www.aliexpress.com/item/1005001234567890.html', file: 'product-2022-en.html', product: '1005001234567890', store: '912345678', level: 'low' },
  veteran: { url: 'https://www.aliexpress.com/item/1005002345678901.html', file: 'product-2023-en-veteran.html', product: '1005002345678901', store: '1102345678', level: 'low' },
  // Two months old when written: `high` now, `medium` once it turns one; never `low` on 100% of 5.
  newcomer: { url: 'https://de.aliexpress.com/item/1005004567890123.html', file: 'product-2023-de-newcomer.html', product: '1005004567890123', store: '1104567801', level: 'not-low' },
  aggregation: { url: 'https://www.aliexpress.com/item/1005009345678901.html', file: 'product-2024-aggregation.html', product: '1005009345678901', store: '1106789012', level: 'medium' },
  hostile: { url: 'https://www.aliexpress.com/item/1005001111111111.html', file: 'product-2024-hostile.html', product: '1005001111111111', store: '1108901234', level: 'low' },
  drop: { url: 'https://www.aliexpress.com/item/1005006812345679.html', file: 'product-2024-en-drop.html', product: '1005006812345679', store: '1103456789', level: 'high' },
} as const;
type PageName = keyof typeof PAGES;

interface HintState {
  productId: string | null;
  storeId: string | null;
  level: string | null;
  count: number;
  text: string;
  /** Where the hint sits: right after the "Sold By" block, or after the title. */
  after: string | null;
}

function readHint(page: Page): Promise<HintState> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('aca-risk-hint');
    const host = hosts[0];
    return {
      productId: host?.getAttribute('data-aca-product-id') ?? null,
      storeId: host?.getAttribute('data-aca-store-id') ?? null,
      level: host?.getAttribute('data-aca-risk-level') ?? null,
      count: hosts.length,
      text: host?.shadowRoot?.textContent ?? '',
      after: host?.previousElementSibling?.getAttribute('class') ?? host?.previousElementSibling?.tagName ?? null,
    };
  });
}

async function visit(session: Session, name: PageName) {
  const watched = await watchedPage(session.context);
  const before = session.requests.length;
  await watched.page.goto(PAGES[name].url);
  await watched.page.waitForFunction(() => {
    const host = document.querySelector('aca-risk-hint[data-aca-risk-level]');
    return Boolean(host?.shadowRoot?.querySelector('button.chip'));
  }, undefined, { timeout: 15_000 });
  const ownRequests = () =>
    session.requests
      .slice(before)
      .filter((url) => !Object.values(PAGES).some((p) => url.startsWith(p.url)) && !/^https:\/\/[^/]*(aliexpress-media\.com|alicdn\.com)\//.test(url));
  return { ...watched, ownRequests };
}

describe('seller-risk hints on product pages', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(Object.fromEntries(Object.values(PAGES).map((p) => [p.url, p.file])));
  });
  afterAll(() => session?.close());

  it.each(['en', 'us', 'pt', 'de', 'old', 'veteran', 'newcomer', 'aggregation'] as const)(
    '%s: one hint with the product, the store and the level',
    async (name) => {
      const { page, problems, ownRequests } = await visit(session, name);
      const hint = await readHint(page);
      const want = PAGES[name];
      expect(hint).toMatchObject({ productId: want.product, storeId: want.store, count: 1 });
      if (want.level === 'not-low') expect(['medium', 'high']).toContain(hint.level);
      else expect(hint.level).toBe(want.level);
      expect(hint.text).toMatch(/heuristic/i);
      expect(hint.text).not.toMatch(/\bscore\b/i);
      // Client-rendered pages: next to "Sold By"; older ones: under the title.
      if (name === 'old' || name === 'veteran' || name === 'newcomer') expect(hint.after).toMatch(/H1|product-title-text/);
      else expect(hint.after).toMatch(/store-detail--wrap/);
      expect(await page.evaluate(() => document.documentElement.dataset.acaParse)).toBe('ok');
      expect(ownRequests()).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('the hostile store name shows as text and opens no dialog', async () => {
    const { page, problems, ownRequests } = await visit(session, 'hostile');
    const chip = page.locator('aca-risk-hint button.chip');
    await chip.click();
    const panel = page.locator('aca-risk-hint .panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.locator('aca-risk-hint .title').innerText()).toBe('Seller check: <img src=x onerror=alert(1)>');
    expect(await page.locator('aca-risk-hint img, aca-risk-hint script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(ownRequests()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('expands by keyboard to every reason with its direction and weight; Escape closes it', async () => {
    const { page, problems } = await visit(session, 'en');
    const chip = page.locator('aca-risk-hint button.chip');
    await chip.focus();
    await page.keyboard.press('Enter');
    expect(await chip.getAttribute('aria-expanded')).toBe('true');
    const reasons = page.locator('aca-risk-hint li.reason');
    expect(await reasons.count()).toBeGreaterThanOrEqual(4);
    const text = await page.locator('aca-risk-hint .panel').innerText();
    expect(text).toMatch(/Open for 7 years or more\.\s+lowers risk · −15 points/);
    expect(text).toMatch(/A Choice item/);
    expect(text).toMatch(/not an AliExpress rating/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('aca-risk-hint .panel').count()).toBe(0);
    expect(await chip.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(page.url()).toBe(PAGES.en.url);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps what the listing promised, from the visit itself (SHA-256 content hash, no buyer data)', async () => {
    const { page } = await visit(session, 'pt');
    await page.close();
    const answer = (await sendFromExtension(session, { type: 'product/snapshots', productId: PAGES.pt.product })) as {
      ok: boolean;
      data: { snapshots: { content: Record<string, unknown>; contentHash: string; seenCount: number }[] };
    };
    expect(answer.ok).toBe(true);
    const [snapshot] = answer.data.snapshots;
    expect(snapshot!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot!.content).toEqual({
      productId: PAGES.pt.product,
      storeId: PAGES.pt.store,
      title: 'Luminária de Mesa LED Recarregável',
      chosenOptions: ['Cor: Branco'],
      price: { amount: 126.59, currency: 'BRL' },
      seller: { name: 'Loja Luz Brilhante', sellerType: 'trader', positiveRatePercent: 98.1, followers: 1393 },
      shippingPromise: 'Frete grátis · Entrega: 07 - 25 de dez.',
      mainImageUrl: 'https://ae01.alicdn.com/kf/Sluminaria.jpg_640x640.jpg',
    });
  });

  it('remembers the store across visits: a lower rate than last month gives the drop reason', async () => {
    // A month ago the buyer looked at this store's earbuds (97.2%): the request the content script
    // sent then, replayed with that date.
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const answer = await sendFromExtension(session, { type: 'product/seen', observedAt: monthAgo, product: expectedOf('product-2024-en') });
    expect(answer).toMatchObject({ ok: true });

    const { page, problems, ownRequests } = await visit(session, 'drop');
    const hint = await readHint(page);
    expect(hint).toMatchObject({ productId: PAGES.drop.product, storeId: PAGES.drop.store, level: 'high' });
    expect(hint.text).toMatch(/The positive rate fell from 97\.2% \(.+\) to 89\.4% \(.+\): possibly a new owner/);
    await page.locator('aca-risk-hint button.chip').click();
    const rows = page.locator('aca-risk-hint table.history tbody tr');
    // This visit, today's earlier visits of the store (same day: one point) and last month's.
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.first().innerText()).toMatch(/89\.4%/);
    expect(await rows.last().innerText()).toMatch(/97\.2%/);
    expect(ownRequests()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a product page the parser cannot read shows no hint and says so on <html>', async () => {
    const url = 'https://www.aliexpress.com/item/1005000000000404.html';
    const blank = await openSession({ [url]: () => '<!DOCTYPE html><html lang="en"><body><h1 data-pl="product-title">Something</h1></body></html>' });
    try {
      const { page, problems } = await watchedPage(blank.context);
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.acaParse === 'unrecognised', undefined, { timeout: 15_000 });
      expect(await page.locator('aca-risk-hint').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await blank.close();
    }
  });
});

describe("the product page's own pdp JSON, observed in the page's world", () => {
  const PRODUCT_URL = 'https://www.aliexpress.com/item/1005006812345678.html';
  const API =
    'https://acs.aliexpress.com/h5/mtop.aliexpress.pdp.pc.query/1.0/?jsv=2.5.1&appKey=12574478&t=1733050000000&sign=0f1e2d3c4b5a69788796a5b4c3d2e1f0&api=mtop.aliexpress.pdp.pc.query&v=1.0&type=originaljson&dataType=json&data=%7B%22productId%22%3A%221005006812345678%22%7D';
  const sample = readFileSync(join(FIXTURES, 'product-2024-en.pdp.json'), 'utf8');
  // The app asks for its data by fetch as the page loads and keeps the whole answer, as it would.
  const pageScript = `<script>
    fetch(${JSON.stringify(API)}, { credentials: 'include' })
      .then((r) => r.text())
      .then((text) => { document.body.dataset.pageFetch = text; })
      .catch((e) => { document.body.dataset.pageFetch = 'error: ' + e.message; });
  </script>`;
  let session: Session;
  beforeAll(async () => {
    const html = readFileSync(join(FIXTURES, 'product-2024-en.html'), 'utf8');
    session = await openSession({ [PRODUCT_URL]: () => html.replace('</body>', `${pageScript}</body>`), [API]: () => sample });
  });
  afterAll(() => session?.close());

  it('the page still gets its answer unchanged; the hint judges the positive rate with the rating count only the JSON gives', async () => {
    const { page, problems } = await watchedPage(session.context);
    const before = session.requests.length;
    await page.goto(PRODUCT_URL);
    await page.waitForFunction(() => document.body.dataset.pageFetch !== undefined);
    expect(await page.evaluate(() => document.body.dataset.pageFetch)).toBe(sample);
    await page.waitForFunction(
      () => /over 16,083 ratings/.test(document.querySelector('aca-risk-hint')?.shadowRoot?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );
    // The JSON may come before the app draws "Sold By" (the hint then waits under the title): it ends there.
    await page.waitForFunction(() => /store-detail--wrap/.test(document.querySelector('aca-risk-hint')?.previousElementSibling?.className ?? ''));
    const hint = await readHint(page);
    expect(hint).toMatchObject({ productId: '1005006812345678', storeId: '1103456789', level: 'low', count: 1 });
    await page.locator('aca-risk-hint button.chip').click();
    const text = await page.locator('aca-risk-hint .panel').innerText();
    expect(text).toMatch(/97\.2% positive over 16,083 ratings: many ratings, nearly all positive\.\s+lowers risk · −20 points/);
    // Only the JSON says the store is top-rated: the DOM of this page does not.
    expect(text).toMatch(/top-rated seller/);
    // The page's own requests only: the document and its pdp call.
    const own = session.requests.slice(before).filter((url) => url !== PRODUCT_URL && url !== API && !/aliexpress-media\.com|alicdn\.com/.test(url));
    expect(own).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the buyer’s own record with the store, from the order pages seen before: a dispute and a late delivery', async () => {
    // What the orders content script sent on My Orders, an order's detail page (a refund under
    // way, estimated delivery Oct 20) and its tracking page (delivered Oct 24), replayed.
    const at = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const orderId = '8190000000000077';
    const store = { id: '1103456789', name: 'Sound Wave Audio Store' };
    const products = [{ productId: '1005000000000001', title: 'Charging cable', quantity: 1 }];
    for (const request of [
      { type: 'orders/seen', observedAt: at, orders: [{ orderId, status: 'completed', store, isChoice: false, products, productCount: 1, buttons: [], notes: [] }] },
      {
        type: 'order-detail/seen',
        observedAt: at,
        detail: { orderId, status: 'completed', products, store, windows: [], estimatedDelivery: '2026-10-20', extendTimeOffered: false, refundInProgress: true, freeReturn: false },
      },
      { type: 'tracking/seen', observedAt: at, tracking: { orderId, delivered: true, latestEvent: { text: 'Delivered', date: '2026-10-24', delivered: true } } },
    ]) {
      expect(await sendFromExtension(session, request)).toMatchObject({ ok: true });
    }

    const { page, problems } = await watchedPage(session.context);
    await page.goto(PRODUCT_URL);
    await page.waitForSelector('aca-risk-hint button.chip');
    await page.locator('aca-risk-hint button.chip').click();
    const panel = page.locator('aca-risk-hint .panel');
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toMatch(/You had a dispute with this store \(your orders from it in My Orders: 1\)\.\s+raises risk · \+15 points/);
    const text = await panel.innerText();
    expect(text).toMatch(/An order of yours from this store arrived after AliExpress’s estimated date \(your orders from it in My Orders: 1\)\.\s+raises risk · \+5 points/);
    expect(text).not.toMatch(/went fine/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
