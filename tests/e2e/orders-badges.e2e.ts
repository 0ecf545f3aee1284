import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDERS_URL, openSession, readBadges, waitForAllBadges, watchedPage, type Session } from './harness';

interface ExpectedOrder {
  orderId: string;
  status: string;
  countdown?: { remainingMs: number };
}

const expected = (name: string): ExpectedOrder[] =>
  JSON.parse(fs.readFileSync(path.resolve('tests/fixtures/pages', `${name}.expected.json`), 'utf8'));

const DAY = 86_400_000;
const localDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const urgencyFor = (msLeft: number) => (msLeft <= 0 ? 'expired' : msLeft <= 3 * DAY ? 'urgent' : msLeft <= 7 * DAY ? 'soon' : 'ok');

describe('deadline badges on My Orders (2026, English)', () => {
  let session: Session;
  const orders = expected('orders-2026-en');

  beforeAll(async () => {
    session = await openSession({
      [ORDERS_URL]: 'orders-2026-en.html',
      'https://www.aliexpress.com/p/order/index.html?tab=completed': 'orders-2026-en.html',
    });
  });
  afterAll(() => session?.close());

  it('puts one badge with the contract attributes on every card, and keeps them right through "View orders" and tabs', async () => {
    const { page, problems } = await watchedPage(session.context);
    const openedAt = Date.now();
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    expect(await page.getAttribute('html', 'data-aca-page')).toBe('orders');
    expect(await page.getAttribute('html', 'data-aca-parse')).toBe('ok');

    // "View orders" appends batches; badges follow at once and never duplicate.
    while (await page.locator('.order-more button').isVisible()) {
      await page.locator('.order-more button').click();
      // The pager is disabled while "loading" and removed after the last batch.
      await page.waitForFunction(() => !document.querySelector('.order-more button:disabled'));
    }
    await page.waitForFunction((n) => document.querySelectorAll('.order-item').length === n, orders.length);
    await waitForAllBadges(page);
    const closedAt = Date.now();

    const badges = await readBadges(page);
    expect(badges.map((b) => b.orderId)).toEqual(orders.map((o) => o.orderId));
    for (const [i, order] of orders.entries()) {
      const badge = badges[i]!;
      expect(badge.cardOrderId, 'badge sits on its own card').toBe(order.orderId);
      expect(badge.status).toBe(order.status);
      expect(['expired', 'urgent', 'soon', 'ok', 'none']).toContain(badge.urgency);
      expect(['aliexpress', 'estimated', 'manual', 'none']).toContain(badge.source);
      expect(badge.deadline).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      if (order.status === 'shipped' && order.countdown) {
        // The countdown is relative to when the page was read: somewhere between opening and now.
        const earliest = openedAt + order.countdown.remainingMs;
        const latest = closedAt + order.countdown.remainingMs;
        expect(badge.source).toBe('aliexpress');
        expect(badge.text).toMatch(/\d+ days? of protection left|Protection ends within a day|Protection (has )?ended/);
        expect([localDate(earliest), localDate(latest)]).toContain(badge.deadline);
        expect([urgencyFor(earliest - closedAt), urgencyFor(latest - openedAt)]).toContain(badge.urgency);
      }
      if (['unpaid', 'cancelled', 'closed'].includes(order.status)) {
        expect(badge.urgency).toBe('none');
        expect(badge.deadline).toBe('');
      }
    }

    // Switching tabs re-renders the list in place (reused card nodes): each badge must follow its card.
    await page.locator('.comet-tabs-nav-item', { hasText: /completed/i }).first().click();
    await page.waitForFunction(() => [...document.querySelectorAll('.order-item')].length > 0);
    await waitForAllBadges(page);
    const completed = await readBadges(page);
    expect(completed.length).toBe(orders.filter((o) => o.status === 'completed').length);
    for (const badge of completed) {
      expect(badge.orderId).toBe(badge.cardOrderId);
      expect(badge.status).toBe('completed');
    }
    await page.locator('.comet-tabs-nav-item').first().click();
    await page.waitForFunction((n) => document.querySelectorAll('.order-item').length === n, orders.length);
    await waitForAllBadges(page);
    const all = await readBadges(page);
    expect(all.every((b) => b.orderId === b.cardOrderId)).toBe(true);

    expect(problems).toEqual([]);
  });

  it('shows the hostile store name as text, opens a dialog-free page, and makes no requests of its own', async () => {
    const { page, problems } = await watchedPage(session.context);
    const before = session.requests.length;
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    await page.waitForTimeout(300);
    const storeNames = await page.$$eval('.order-item-store-name a span', (spans) => spans.map((s) => s.textContent));
    expect(storeNames).toContain('<img src=x onerror=alert(1)>');
    const ownRequests = session.requests
      .slice(before)
      .filter((url) => !url.startsWith(ORDERS_URL) && !/^https:\/\/[^/]*(aliexpress-media\.com|alicdn\.com)\//.test(url));
    expect(ownRequests).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('expands a badge into every deadline with its rule and the next step, without following the card', async () => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    const badge = page.locator('aca-order-badge[data-aca-deadline-source="aliexpress"]').first();
    await badge.locator('button.chip').click();
    const panel = badge.locator('.panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = await panel.innerText();
    expect(text).toMatch(/Buyer protection ends/);
    expect(text).toMatch(/Source: AliExpress/);
    expect(text).toMatch(/Next step/);
    // The panel hangs below the chip, outside the badge's own box, and nothing clips it: its
    // lowest line is what the buyer sees and clicks there, not the card under it.
    await panel.scrollIntoViewIfNeeded();
    const box = (await panel.boundingBox())!;
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [box.x + box.width / 2, box.y + box.height - 4]);
    expect(hit).toBe('aca-order-badge');
    expect(page.url()).toBe(ORDERS_URL);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("keeps the page's own links working", async () => {
    const { page } = await watchedPage(session.context);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    // The detail link opens the order in a new tab, as on the real page.
    const link = page.locator('a[data-pl="order_item_header_detail"]').first();
    const href = await link.getAttribute('href');
    const [request] = await Promise.all([
      session.context.waitForEvent('request', (r) => r.url().includes('/p/order/detail.html')),
      link.click(),
    ]);
    expect(request.url()).toBe(`https:${href}`);
  });
});
