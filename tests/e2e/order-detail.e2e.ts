import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders as sampleOrders } from '../../scripts/fixtures/data/orders-2026-en.mjs';
import { renderOrdersPage, type FixtureOrder } from '../../scripts/fixtures/orders-page.mjs';
import {
  AWAITING_ORDER_ID,
  COMPLETED_ORDER_ID,
  awaitingDetailHtml,
  completedDetailHtml,
  isoDay,
  transitTrackingHtml,
} from '../../scripts/fixtures/relative-pages.mjs';
import { ORDERS_URL, openSession, readBadges, waitForAllBadges, watchedPage, type Session } from './harness';

// The detail and tracking pages at their real URLs, then My Orders with the same orders: what
// the detail and tracking pages stated must show on the badges, source aliexpress.
const DETAIL = (id: string) => `https://www.aliexpress.com/p/order/detail.html?orderId=${id}`;
const TRACKING = (id: string) => `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${id}`;
const HOSTILE_ID = '8219988776655443';

const completedSample = sampleOrders.find((o) => o.status === 'completed' && !o.notes)!;
const shippedSample = sampleOrders.find((o) => o.status === 'shipped' && !o.countdownText)!;
const listOrders: FixtureOrder[] = [
  { ...completedSample, orderId: COMPLETED_ORDER_ID },
  { ...shippedSample, orderId: AWAITING_ORDER_ID },
];

interface PanelState {
  orderId: string | null;
  deadline: string | null;
  source: string | null;
  urgency: string | null;
  saved: string | null;
  text: string;
  links: string[];
  images: number;
}

function readPanel(page: import('playwright-core').Page): Promise<PanelState> {
  return page.$eval('aca-order-panel', (host) => ({
    orderId: host.getAttribute('data-aca-order-id'),
    deadline: host.getAttribute('data-aca-deadline'),
    source: host.getAttribute('data-aca-deadline-source'),
    urgency: host.getAttribute('data-aca-urgency'),
    saved: host.getAttribute('data-aca-saved'),
    text: host.shadowRoot?.textContent ?? '',
    links: [...(host.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
    images: host.shadowRoot?.querySelectorAll('img').length ?? 0,
  }));
}

const savedPanel = (page: import('playwright-core').Page) =>
  page.waitForSelector('aca-order-panel[data-aca-saved="saved"]', { timeout: 10_000 });

describe('exact deadlines from the order detail and tracking pages', () => {
  let session: Session;
  let refundInDays = 25;
  beforeAll(async () => {
    session = await openSession({
      [ORDERS_URL]: () => renderOrdersPage({ generation: '2026', locale: 'en', orders: listOrders }),
      [DETAIL(COMPLETED_ORDER_ID)]: () => completedDetailHtml({ completedDaysAgo: 2, delayMs: 150 }),
      [DETAIL(AWAITING_ORDER_ID)]: () => awaitingDetailHtml(),
      [TRACKING(AWAITING_ORDER_ID)]: () => transitTrackingHtml({ refundInDays }),
      [DETAIL(HOSTILE_ID)]: 'detail-refund-en.html',
    });
  });
  afterAll(() => session?.close());

  it('detail page: a panel after the status block with the stated window; then the My Orders badge shows that date', async () => {
    const { page, problems } = await watchedPage(session.context);
    const before = session.requests.length;
    await page.goto(DETAIL(COMPLETED_ORDER_ID));
    await savedPanel(page);
    const panel = await readPanel(page);
    // Completed 2 days ago, "return/refund within 7 days of confirming receipt": 5 days from today.
    expect(panel).toMatchObject({ orderId: COMPLETED_ORDER_ID, deadline: isoDay(5), source: 'aliexpress', urgency: 'soon' });
    expect(panel.text).toMatch(/Return \/ refund window ends/);
    expect(panel.text).toMatch(/Defect \/ not-as-described dispute ends/);
    expect(panel.text).toMatch(/The order page states this window/);
    expect(panel.links).toEqual([`https://www.aliexpress.com/p/message/index.html?sellerId=2209876543&orderId=${COMPLETED_ORDER_ID}`]);
    expect(await page.evaluate(() => document.querySelector('.order-status')?.nextElementSibling?.localName)).toBe('aca-order-panel');

    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    await page.waitForFunction((id) => document.querySelector(`aca-order-badge[data-aca-order-id="${id}"]`)?.getAttribute('data-aca-deadline-source') === 'aliexpress', COMPLETED_ORDER_ID);
    const badge = (await readBadges(page)).find((b) => b.orderId === COMPLETED_ORDER_ID)!;
    expect(badge).toMatchObject({ status: 'completed', deadline: isoDay(5), source: 'aliexpress', urgency: 'soon' });

    const own = session.requests.slice(before).filter((url) => !url.startsWith('https://www.aliexpress.com/p/') && !/aliexpress-media\.com|alicdn\.com/.test(url));
    expect(own).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('tracking page: "Refund if no delivery before" becomes the protection end, on the detail page and the badge', async () => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto(TRACKING(AWAITING_ORDER_ID));
    await savedPanel(page);
    expect(await readPanel(page)).toMatchObject({ orderId: AWAITING_ORDER_ID, deadline: isoDay(25), source: 'aliexpress' });

    await page.goto(DETAIL(AWAITING_ORDER_ID));
    await savedPanel(page);
    const panel = await readPanel(page);
    expect(panel).toMatchObject({ deadline: isoDay(25), source: 'aliexpress', urgency: 'ok' });
    expect(panel.text).toMatch(/Refund if no delivery before/);
    expect(panel.text).toMatch(/Extend time/);

    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    await page.waitForFunction((id) => document.querySelector(`aca-order-badge[data-aca-order-id="${id}"]`)?.getAttribute('data-aca-deadline-source') === 'aliexpress', AWAITING_ORDER_ID);
    const badge = (await readBadges(page)).find((b) => b.orderId === AWAITING_ORDER_ID)!;
    expect(badge).toMatchObject({ status: 'shipped', deadline: isoDay(25), source: 'aliexpress' });

    // The seller extended protection: the tracking page now says 40 days. The panel says where
    // the date moved from, and the badge follows.
    refundInDays = 40;
    await page.goto(TRACKING(AWAITING_ORDER_ID));
    await savedPanel(page);
    const moved = await readPanel(page);
    expect(moved).toMatchObject({ deadline: isoDay(40), source: 'aliexpress' });
    expect(moved.text).toMatch(/moved from .+ to .+/);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    await expect
      .poll(async () => (await readBadges(page)).find((b) => b.orderId === AWAITING_ORDER_ID)?.deadline)
      .toBe(isoDay(40));
    expect(problems).toEqual([]);
  });

  it('hostile strings stay inert: no dialog, no image, no link to anywhere else', async () => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto(DETAIL(HOSTILE_ID));
    await savedPanel(page);
    const panel = await readPanel(page);
    expect(panel.orderId).toBe(HOSTILE_ID);
    expect(panel.images).toBe(0);
    expect(panel.links).toEqual([]);
    expect(panel.text).toMatch(/refund or dispute is already under way/);
    expect(problems).toEqual([]);
  });
});

describe("the page's own JSON, observed in the page's world", () => {
  const API = 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/?jsv=2.5.1&orderId=8212313961591322';
  const sample = readFileSync(join(process.cwd(), 'tests/fixtures/json/order-detail-completed-en.json'), 'utf8');
  // The page asks for its JSON by fetch and by XHR, and records what it got, as the app would.
  const pageScript = `<script>
    fetch(${JSON.stringify(API)}, { credentials: 'include' })
      .then((r) => r.json())
      .then((j) => { document.body.dataset.pageFetch = Object.values(j.data.data).find((b) => b.tag === 'detail_order_status_block').fields.title; })
      .catch((e) => { document.body.dataset.pageFetch = 'error: ' + e.message; });
    const x = new XMLHttpRequest();
    x.open('GET', ${JSON.stringify(API)});
    x.onload = () => { document.body.dataset.pageXhr = String(JSON.parse(x.responseText).data.global.orderStatus); };
    x.send();
  </script>`;
  let session: Session;
  beforeAll(async () => {
    session = await openSession({
      [DETAIL(COMPLETED_ORDER_ID)]: () => completedDetailHtml().replace('</body>', `${pageScript}</body>`),
      [API]: () => sample,
    });
  });
  afterAll(() => session?.close());

  it('the page still gets its answers; the panel learns what only the JSON says (free return)', async () => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto(DETAIL(COMPLETED_ORDER_ID));
    await page.waitForFunction(() => document.body.dataset.pageFetch !== undefined && document.body.dataset.pageXhr !== undefined);
    expect(await page.evaluate(() => [document.body.dataset.pageFetch, document.body.dataset.pageXhr])).toEqual(['Completed', '8']);
    await page.waitForFunction(() => document.querySelector('aca-order-panel')?.shadowRoot?.querySelector('[data-kind="free-return"]') != null, undefined, { timeout: 10_000 });
    const panel = await readPanel(page);
    expect(panel.orderId).toBe(COMPLETED_ORDER_ID);
    expect(panel.text).toMatch(/Free return window ends/);
    expect(problems).toEqual([]);
  });
});
