import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, readBadges, waitForAllBadges, watchedPage, type Session } from './harness';

const fixture = (name: string) => fs.readFileSync(path.resolve('tests/fixtures/pages', name), 'utf8');
const staticIds = (html: string) => {
  // Order ids of the cards in the static HTML (template batches excluded).
  const page = html.replace(/<template[\s\S]*?<\/template>/g, '');
  return [...page.matchAll(/orderId=(\d{12,20})/g)].map((m) => m[1]).filter((id, i, all) => all.indexOf(id) === i);
};

const BOT_CHECK_PAGE = `<!doctype html><html><head><title>AliExpress</title></head><body>
<div id="baxia-dialog-content" class="baxia-dialog"><div id="nc_1_wrapper"><span>Sorry, we have detected unusual traffic. Please slide to verify.</span></div></div>
</body></html>`;

// The 2026 page with its cards' class renamed, as after an AliExpress redesign.
const CHANGED_MARKUP_PAGE = () => fixture('orders-2026-en.html').replaceAll('order-item', 'ord-card');

describe('My Orders on other hosts, languages and generations', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({
      'https://pt.aliexpress.com/p/order/index.html': 'orders-pt-br.html',
      'https://www.aliexpress.us/p/order/index.html': 'orders-2024-en.html',
      'https://de.aliexpress.com/p/order/index.html': 'orders-de.html',
      'https://www.aliexpress.com/p/order/index.html?verify=1': () => BOT_CHECK_PAGE,
      'https://aliexpress.ru/p/order/index.html': 'orders-2026-en.html',
      'https://www.aliexpress.com/p/order/index.html?redesign=1': CHANGED_MARKUP_PAGE,
    });
  });
  afterAll(() => session?.close());

  it.each([
    ['https://pt.aliexpress.com/p/order/index.html', 'orders-pt-br.html'],
    ['https://www.aliexpress.us/p/order/index.html', 'orders-2024-en.html'],
    ['https://de.aliexpress.com/p/order/index.html', 'orders-de.html'],
  ])('badges every card on %s', async (url, file) => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto(url);
    await waitForAllBadges(page);
    const badges = await readBadges(page);
    expect(badges.map((b) => b.orderId)).toEqual(staticIds(fixture(file)));
    expect(badges.every((b) => b.orderId === b.cardOrderId)).toBe(true);
    expect(await page.getAttribute('html', 'data-aca-parse')).toBe('ok');
    expect(problems).toEqual([]);
  });

  it('says it could not read a bot-check page, and shows no badge', async () => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto('https://www.aliexpress.com/p/order/index.html?verify=1');
    await page.waitForSelector('html[data-aca-parse="unrecognised"]', { timeout: 5000 });
    expect(await page.getAttribute('html', 'data-aca-parse-reason')).toBe('bot-check');
    expect(await page.locator('aca-order-badge').count()).toBe(0);
    await expect.poll(() => page.locator('aca-page-notice').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('says so, quietly, when the markup changed and no card can be read', async () => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto('https://www.aliexpress.com/p/order/index.html?redesign=1');
    expect(await page.getAttribute('html', 'data-aca-page')).toBe('orders');
    // The list is client-rendered on the real site: the verdict waits for cards that never come.
    await page.waitForSelector('html[data-aca-parse="unrecognised"]', { timeout: 15_000 });
    expect(await page.getAttribute('html', 'data-aca-parse-reason')).toBe('markup-changed');
    expect(await page.locator('aca-order-badge').count()).toBe(0);
    await expect.poll(() => page.locator('aca-page-notice').count()).toBe(1);
    // The page's own content is untouched and its controls still work.
    await page.locator('.ord-card').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('leaves aliexpress.ru alone (a different platform)', async () => {
    const { page } = await watchedPage(session.context);
    await page.goto('https://aliexpress.ru/p/order/index.html');
    await page.waitForTimeout(1500);
    expect(await page.getAttribute('html', 'data-aca-page')).toBeNull();
    expect(await page.locator('aca-order-badge').count()).toBe(0);
  });
});
