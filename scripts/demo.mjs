// `npm start` (after `wxt build`): the extension on the bundled sample My Orders pages, offline.
//   With a display: a Chromium window, one tab per sample page, open until you close it.
//   Without one (or with --headless): reads every page, prints what the extension found, saves
//   screenshots to demo-output/, and exits non-zero when a page was not read or a card lacks its badge.
import { REPO_ROOT, UserError, closeBrowser, runMain } from './lib/cli.mjs'; // first: sets the working directory
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { FIXTURE_DIR, routeFixtures } from './lib/routes.mjs';
import { formatTable } from './lib/text-table.mjs';
import { orders as sampleOrders } from './fixtures/data/orders-2026-en.mjs';
import { renderOrdersPage } from './fixtures/orders-page.mjs';
import {
  AWAITING_ORDER_ID,
  COMPLETED_ORDER_ID,
  awaitingDetailHtml,
  completedDetailHtml,
  transitTrackingHtml,
} from './fixtures/relative-pages.mjs';

const OUTPUT_DIR = path.join(REPO_ROOT, 'demo-output');
const ORDERS_URL = 'https://www.aliexpress.com/p/order/index.html';

// The main samples, each at the URL the real page lives on (the content script's match patterns
// only fire there). The 2024 page shares the host, so a query parameter tells the two apart.
const MAIN_SAMPLES = [
  { name: 'orders-2026-en', url: ORDERS_URL },
  { name: 'orders-2024-en', url: `${ORDERS_URL}?tab=all&sample=2024` },
  { name: 'orders-pt-br', url: 'https://pt.aliexpress.com/p/order/index.html' },
];
// Small one-language pages (orders-es.html …) go on that language's subdomain. Languages without
// one (Russian: aliexpress.ru is a different platform) are served on www, where a cookie picks the language.
const LANGUAGE_PAGE = /^orders-([a-z]{2})\.html$/;
const LANGUAGE_SUBDOMAINS = new Set(['es', 'fr', 'pt', 'de', 'it', 'nl', 'pl', 'ja', 'ko', 'ar', 'th', 'vi', 'he', 'tr']);

// Sample product pages (seller-risk hints), at their real addresses: a language subdomain and
// aliexpress.us included.
const PRODUCT_SAMPLES = [
  { name: 'product-2024-en', url: 'https://www.aliexpress.com/item/1005006812345678.html', kind: 'product' },
  { name: 'product-2024-pt-br', url: 'https://pt.aliexpress.com/item/1005007123456789.html', kind: 'product' },
  { name: 'product-2023-en-veteran', url: 'https://www.aliexpress.us/item/3256802345678901.html', kind: 'product' },
  { name: 'product-2023-de-newcomer', url: 'https://de.aliexpress.com/item/1005004567890123.html', kind: 'product' },
];

// Order detail and tracking pages (exact deadlines), dated around today so the panel has something
// live to say, then a My Orders page with the same two orders: their badges show the dates the
// detail and tracking pages stated. Visited first, in this order.
const DETAIL_URL = (id) => `https://www.aliexpress.com/p/order/detail.html?orderId=${id}`;
const TRACKING_URL = (id) => `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${id}`;
const DETAIL_SAMPLES = [
  { name: 'detail-completed-en', url: DETAIL_URL(COMPLETED_ORDER_ID), kind: 'detail', html: () => completedDetailHtml({ completedDaysAgo: 2 }) },
  { name: 'detail-awaiting-en', url: DETAIL_URL(AWAITING_ORDER_ID), kind: 'detail', html: () => awaitingDetailHtml() },
  { name: 'tracking-transit-en', url: TRACKING_URL(AWAITING_ORDER_ID), kind: 'detail', html: () => transitTrackingHtml() },
  { name: 'orders-after-detail', url: `${ORDERS_URL}?sample=after-detail`, html: detailOrdersHtml },
];

/** My Orders with the two orders whose detail and tracking pages the demo opened. */
function detailOrdersHtml() {
  const completed = sampleOrders.find((o) => o.status === 'completed' && !o.notes);
  const shipped = sampleOrders.find((o) => o.status === 'shipped' && !o.countdownText);
  return renderOrdersPage({
    generation: '2026',
    locale: 'en',
    orders: [
      { ...completed, orderId: COMPLETED_ORDER_ID },
      { ...shipped, orderId: AWAITING_ORDER_ID },
    ],
  });
}

const PARSE_TIMEOUT_MS = 15_000;
const BADGE_TIMEOUT_MS = 5_000;
const MAX_PAGER_CLICKS = 50; // a pager that never runs out is a broken page, not a long one
const URGENCIES = ['expired', 'urgent', 'soon', 'ok', 'none'];
const SOURCES = ['aliexpress', 'estimated', 'manual'];

runMain('demo', async () => {
  const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const samples = findSamples();
  const browser = await launch(headless);
  try {
    await routeFixtures(browser.context, Object.fromEntries(samples.map((s) => [s.url, s.html ?? s.file])));
    if (headless) {
      takeOverCtrlC(async () => {
        console.log('\nStopped.');
        await closeBrowser(browser).catch(() => {});
        process.exit(130);
      });
      return await inspectAll(browser, samples);
    }
    return await showInWindow(browser, samples);
  } finally {
    await closeBrowser(browser).catch((error) => console.warn(`demo: could not remove the temporary browser profile: ${error.message}`));
  }
});

/** A window needs a working display; when that is what failed, point to the mode without one. */
async function launch(headless) {
  try {
    return await launchBrowser({ extension: true, headless });
  } catch (error) {
    if (headless || !/launchPersistentContext/.test(error.message)) throw error;
    const display = process.env.DISPLAY ? `DISPLAY=${process.env.DISPLAY}` : `WAYLAND_DISPLAY=${process.env.WAYLAND_DISPLAY}`;
    throw new UserError(
      `Chromium could not open a window (${display}): ${error.message.split('\n')[0].replace(/^.*launchPersistentContext:\s*/, '')}.\n` +
        'Without a usable display, run "npm start -- --headless" (or "node scripts/demo.mjs --headless") for the report and screenshots.',
    );
  }
}

/** The sample pages present in tests/fixtures/pages, each with the URL it is served at. */
function findSamples() {
  const missing = MAIN_SAMPLES.filter((s) => !fs.existsSync(path.join(FIXTURE_DIR, `${s.name}.html`)));
  if (missing.length > 0) {
    throw new UserError(
      `sample page ${missing.map((s) => `${s.name}.html`).join(', ')} missing from ${path.relative(REPO_ROOT, FIXTURE_DIR)}/ (they are part of the repository: check "git status").`,
    );
  }
  const languagePages = fs
    .readdirSync(FIXTURE_DIR)
    .map((file) => file.match(LANGUAGE_PAGE))
    .filter(Boolean)
    .map(([file, lang]) => ({
      name: file.replace(/\.html$/, ''),
      url: LANGUAGE_SUBDOMAINS.has(lang) ? `https://${lang}.aliexpress.com/p/order/index.html` : `${ORDERS_URL}?sample=${lang}`,
    }));
  const productPages = PRODUCT_SAMPLES.filter((s) => fs.existsSync(path.join(FIXTURE_DIR, `${s.name}.html`)));
  const fileSamples = [...MAIN_SAMPLES, ...languagePages, ...productPages].map((s) => ({ ...s, file: `${s.name}.html` }));
  return [...DETAIL_SAMPLES, ...fileSamples];
}

// ── With a display: a window to click around in ─────────────────────────────────────────────────

async function showInWindow(browser, samples) {
  const { context } = browser;
  let stopping = false;
  const stopped = new Promise((resolve) => {
    context.on('close', () => {
      stopping = true;
      resolve();
    });
    takeOverCtrlC(async () => {
      stopping = true;
      console.log('\nClosing the browser…');
      await closeBrowser(browser).catch(() => {}); // main() reports a profile it could not remove
      resolve();
    });
  });
  try {
    const pages = await openTabs(context, samples);
    if (browser.extensionId) await (await context.newPage()).goto(popupUrl(browser.extensionId));
    await pages[0].bringToFront();
    printGuide(samples);
    const summaries = await Promise.all(pages.map((page, index) => tabSummary(page, samples[index])));
    if (!stopping) console.log(summaries.join('\n'));
  } catch (error) {
    if (!stopping) throw error; // closing the window while the tabs load is not a failure
  }
  await stopped;
  return 0;
}

async function openTabs(context, samples) {
  const pages = [];
  for (const [index, sample] of samples.entries()) {
    // A persistent context opens with one blank tab: use it for the first sample.
    const page = (index === 0 && context.pages()[0]) || (await context.newPage());
    await page.goto(sample.url);
    pages.push(page);
  }
  return pages;
}

const popupUrl = (extensionId) => `chrome-extension://${extensionId}/popup.html`;

function printGuide(samples) {
  console.log(`
AliExpress Claim Assistant — demo
Chromium is open with the extension on ${samples.length} sample pages — order detail, tracking, My Orders
and product pages, one tab each, served offline — and its popup in the last tab:
${samples.map((s) => `  ${s.name.padEnd(24)} ${s.url}`).join('\n')}

  • Every order card gets a deadline badge beside its status.
  • Click a badge to see every deadline for that order and where each one comes from.
  • "View orders" at the bottom loads more cards; they get badges too.
  • On order detail and tracking pages a panel beside the status lists every deadline of that order.
  • On product pages a seller check sits under "Sold By" (or the title): click it for every reason.
  • The popup (last tab, or the toolbar icon) lists every order with an open deadline, most urgent first.

Close the browser window, or press Ctrl+C here, to stop.
`);
}

/** One line per tab once the extension has read it, so a missing badge is visible in the terminal too. */
async function tabSummary(page, sample) {
  if (sample.kind === 'product') return productSummary(page, sample).then((r) => r.summary);
  if (sample.kind === 'detail') return panelSummary(page, sample).then((r) => r.summary);
  try {
    await page.waitForSelector('html[data-aca-parse]', { state: 'attached', timeout: PARSE_TIMEOUT_MS });
    return summaryLine(sample.name, await readBadges(page));
  } catch {
    return `${sample.name}: not read by the extension within ${PARSE_TIMEOUT_MS / 1000} s (no data-aca-parse on <html>).`;
  }
}

/**
 * Playwright's own Ctrl+C handler exits (code 130) before our close() has removed the temporary
 * profile; replace it so Ctrl+C closes the browser and cleans up.
 */
function takeOverCtrlC(onInterrupt) {
  for (const listener of process.listeners('SIGINT')) process.off('SIGINT', listener);
  process.once('SIGINT', onInterrupt);
}

// ── Without a display: read every page and report ───────────────────────────────────────────────

async function inspectAll({ context, extensionId }, samples) {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const problems = [];
  const summaries = [];
  for (const sample of samples) {
    const result = await inspectPage(context, sample);
    problems.push(...result.problems.map((problem) => `${sample.name}: ${problem}`));
    summaries.push(result.summary);
  }
  const popup = await inspectPopup(context, extensionId);
  problems.push(...popup.problems.map((problem) => `popup: ${problem}`));
  summaries.push(popup.summary);
  console.log(`\n${summaries.join('\n')}`);
  console.log(`\nScreenshots: ${path.relative(process.cwd(), OUTPUT_DIR) || '.'}/ (a full page per sample, an open badge or seller hint where the page has one, and the popup)`);
  if (problems.length === 0) {
    console.log(
      'OK: every page was read; every order card has exactly one badge, every detail and tracking page its panel, every product page its seller hint; the popup lists the orders.',
    );
    return 0;
  }
  console.error(`\nFAILED:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  return 1;
}

/** Loads one sample, shows every order, screenshots it and prints the extension's conclusions. */
async function inspectPage(context, sample) {
  if (sample.kind === 'product') return inspectProductPage(context, sample);
  if (sample.kind === 'detail') return inspectDetailPage(context, sample);
  const page = await context.newPage();
  const pageErrors = collectPageErrors(page);
  try {
    await page.goto(sample.url, { waitUntil: 'load' });
    await waitForParse(page, sample);
    const pagerClicks = await loadAllOrders(page, sample);
    await waitForBadges(page);
    const found = await readBadges(page);

    await page.screenshot({ path: path.join(OUTPUT_DIR, `${sample.name}.png`), fullPage: true });
    const opened = await screenshotOpenBadge(page, path.join(OUTPUT_DIR, `${sample.name}-badge.png`));

    console.log(`\n${sample.name}  (${sample.url}${pagerClicks ? `, "View orders" clicked ${pagerClicks}×` : ''})`);
    console.log(badgeTable(found));
    if (opened) console.log(`Opened the badge of order ${opened} for ${sample.name}-badge.png.`);
    for (const error of pageErrors) console.log(`warning: error on the page: ${error}`);
    return { summary: summaryLine(sample.name, found), problems: findProblems(found) };
  } finally {
    await page.close();
  }
}

function collectPageErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message.split('\n')[0]));
  page.on('console', (message) => {
    // Requests outside the fixtures are refused on purpose (offline): not an error worth showing.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return errors;
}

/** The extension marks <html> once it has read the page; without the mark there is nothing to show. */
async function waitForParse(page, sample) {
  try {
    await page.waitForSelector('html[data-aca-parse]', { state: 'attached', timeout: PARSE_TIMEOUT_MS });
  } catch {
    const ran = await page.evaluate(() => document.documentElement.hasAttribute('data-aca-page'));
    throw new UserError(
      `${sample.name}: the extension did not read the page within ${PARSE_TIMEOUT_MS / 1000} s (no data-aca-parse on <html>). ` +
        (ran
          ? 'Its content script runs (data-aca-page is set) but the orders feature never finished: is it built in? Run "npx wxt build" and check the browser console.'
          : `Its content script did not run on ${sample.url}: rebuild with "npx wxt build" and check the orders match patterns.`),
    );
  }
}

/** Clicks "View orders" until the page has shown every order; returns the number of clicks. */
async function loadAllOrders(page, sample) {
  const pager = page.locator('.order-more button');
  for (let clicks = 0; clicks < MAX_PAGER_CLICKS; clicks++) {
    if (!(await pager.isVisible())) return clicks;
    const before = await page.locator('.order-item').count();
    await pager.click({ timeout: 10_000 }); // waits while the button is disabled (loading)
    // Cards arrive asynchronously (after the page's JSON, on the real site); the pager goes away at the end.
    await page.waitForFunction(
      (count) => {
        const button = document.querySelector('.order-more button');
        return document.querySelectorAll('.order-item').length > count || !button || button.offsetParent === null;
      },
      before,
      { timeout: 10_000 },
    );
  }
  throw new UserError(`${sample.name}: "View orders" was still there after ${MAX_PAGER_CLICKS} clicks.`);
}

/** Cards added by the pager get their badges a moment later; give them a few seconds, then report what is there. */
async function waitForBadges(page) {
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('.order-item')].every((card) => card.querySelector('aca-order-badge[data-aca-urgency]')),
      undefined,
      { timeout: BADGE_TIMEOUT_MS },
    )
    .catch(() => {}); // findProblems() names the cards without a badge
}

/** What the extension concluded, read from the contract attributes on <html> and on each badge host. */
async function readBadges(page) {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('.order-item')].map((card) => {
      const badges = card.querySelectorAll('aca-order-badge');
      const badge = badges[0];
      const headerText = card.querySelector('.order-item-header-right-info')?.textContent ?? '';
      return {
        badges: badges.length,
        cardOrderId: headerText.match(/\d{12,}/)?.[0] ?? '',
        orderId: badge?.getAttribute('data-aca-order-id') ?? null,
        status: badge?.getAttribute('data-aca-status') ?? null,
        deadline: badge?.getAttribute('data-aca-deadline') ?? null,
        source: badge?.getAttribute('data-aca-deadline-source') ?? null,
        urgency: badge?.getAttribute('data-aca-urgency') ?? null,
      };
    });
    return {
      parse: document.documentElement.getAttribute('data-aca-parse'),
      pageKind: document.documentElement.getAttribute('data-aca-page'),
      totalBadges: document.querySelectorAll('aca-order-badge').length,
      cards,
    };
  });
}

/**
 * Opens the first badge that has something pressing to say (urgent, else soon, else any with a
 * deadline, else any) and screenshots its card. Returns the order id, or undefined without badges.
 */
async function screenshotOpenBadge(page, file) {
  const candidates = [
    ...['urgent', 'soon', 'expired', 'ok'].map((urgency) => `aca-order-badge[data-aca-urgency="${urgency}"]`),
    'aca-order-badge[data-aca-urgency]',
  ];
  let badge;
  for (const selector of candidates) {
    const locator = page.locator(selector).first();
    if ((await locator.count()) > 0) {
      badge = locator;
      break;
    }
  }
  if (!badge) return undefined;
  // Playwright locators pierce open shadow roots: click the badge's own button when it has one.
  const button = badge.locator('button, [role="button"], summary').first();
  await ((await button.count()) > 0 ? button : badge).click();
  await page.waitForTimeout(300); // let the panel render and any transition finish
  const clip = await badge.evaluate(cardAndPanelRect);
  await page.screenshot({ path: file, clip });
  return badge.getAttribute('data-aca-order-id');
}

/** Runs in the page: the card plus whatever the open badge shows (a panel may overflow the card), in viewport pixels. */
function cardAndPanelRect(host) {
  const rects = [host.closest('.order-item') ?? host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])]
    .map((element) => element.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0);
  const margin = 12;
  const left = Math.max(0, Math.min(...rects.map((r) => r.left)) - margin);
  const top = Math.max(0, Math.min(...rects.map((r) => r.top)) - margin);
  const right = Math.min(window.innerWidth, Math.max(...rects.map((r) => r.right)) + margin);
  const bottom = Math.min(window.innerHeight, Math.max(...rects.map((r) => r.bottom)) + margin);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function badgeTable({ cards }) {
  const rows = cards.map((card, index) =>
    card.badges === 0
      ? [index + 1, card.cardOrderId, '(no badge)', '', '', '']
      : [
          index + 1,
          card.orderId + (card.badges > 1 ? ` (${card.badges} badges!)` : ''),
          card.status,
          card.deadline || '—',
          card.source,
          card.urgency,
        ],
  );
  return formatTable(['#', 'order id', 'status', 'deadline', 'source', 'urgency'], rows, { right: [0] });
}

/** e.g. "orders-2026-en: 28 cards, 28 badges, 2 expired, 5 urgent, 3 soon, 10 ok, 8 none (deadlines: 12 aliexpress, 8 estimated)" */
function summaryLine(name, { parse, cards, totalBadges }) {
  const count = (key, value) => cards.filter((card) => card[key] === value).length;
  const urgencies = URGENCIES.map((u) => `${count('urgency', u)} ${u}`).join(', ');
  const sources = SOURCES.map((s) => `${count('source', s)} ${s}`).join(', ');
  const parsed = parse === 'ok' ? '' : `, page ${parse ?? 'not read'}`;
  return `${name}: ${cards.length} cards, ${totalBadges} badges, ${urgencies} (deadlines: ${sources})${parsed}`;
}

/** The demo's pass conditions: the page was read, and every card carries exactly one badge. */
function findProblems({ parse, cards, totalBadges }) {
  const problems = [];
  if (parse !== 'ok') problems.push(`the extension did not recognise the page (data-aca-parse="${parse}").`);
  if (cards.length === 0) problems.push('no order cards (.order-item) on the page.');
  const without = cards.filter((card) => card.badges === 0);
  const doubled = cards.filter((card) => card.badges > 1);
  if (without.length > 0) problems.push(`${without.length} of ${cards.length} cards have no badge (${idList(without)}).`);
  if (doubled.length > 0) problems.push(`${doubled.length} cards have more than one badge (${idList(doubled)}).`);
  const inCards = cards.reduce((sum, card) => sum + card.badges, 0);
  if (totalBadges > inCards) problems.push(`${totalBadges - inCards} badges sit outside any order card.`);
  return problems;
}

function idList(cards) {
  const ids = cards.map((card) => card.cardOrderId || '?');
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} …` : ids.join(', ');
}

// ── Product pages: the seller-risk hint ─────────────────────────────────────────────────────────

/** What the hint concluded, from its contract attributes; a problem when there is none. */
async function productSummary(page, sample) {
  try {
    await page.waitForSelector('aca-risk-hint[data-aca-risk-level]', { state: 'attached', timeout: PARSE_TIMEOUT_MS });
  } catch {
    return { summary: `${sample.name}: no seller hint within ${PARSE_TIMEOUT_MS / 1000} s.`, problems: ['no seller hint on the product page.'] };
  }
  const hint = await page.evaluate(() => {
    const host = document.querySelector('aca-risk-hint');
    return {
      level: host.getAttribute('data-aca-risk-level'),
      store: host.getAttribute('data-aca-store-id'),
      product: host.getAttribute('data-aca-product-id'),
      reason: host.shadowRoot?.querySelector('.headline')?.textContent ?? '',
    };
  });
  return {
    summary: `${sample.name}: seller hint "${hint.level}" for store ${hint.store || '?'} (product ${hint.product}): ${hint.reason}`,
    problems: [],
  };
}

async function inspectProductPage(context, sample) {
  const page = await context.newPage();
  const pageErrors = collectPageErrors(page);
  try {
    await page.goto(sample.url, { waitUntil: 'load' });
    const result = await productSummary(page, sample);
    await page.screenshot({ path: path.join(OUTPUT_DIR, `${sample.name}.png`), fullPage: true });
    if (result.problems.length === 0) {
      await page.locator('aca-risk-hint button.chip').click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUTPUT_DIR, `${sample.name}-hint.png`) });
    }
    console.log(`\n${sample.name}  (${sample.url})\n${result.summary}`);
    for (const error of pageErrors) console.log(`warning: error on the page: ${error}`);
    return result;
  } finally {
    await page.close();
  }
}

// ── Order detail and tracking pages: the deadline panel ────────────────────────────────────────

/** What the panel concluded, from its contract attributes, once the background has stored it. */
async function panelSummary(page, sample) {
  try {
    await page.waitForSelector('aca-order-panel[data-aca-saved="saved"]', { state: 'attached', timeout: PARSE_TIMEOUT_MS });
  } catch {
    return { summary: `${sample.name}: no saved order panel within ${PARSE_TIMEOUT_MS / 1000} s.`, problems: ['no order panel on the page.'] };
  }
  const panel = await page.evaluate(() => {
    const host = document.querySelector('aca-order-panel');
    return {
      orderId: host.getAttribute('data-aca-order-id'),
      deadline: host.getAttribute('data-aca-deadline') || '—',
      source: host.getAttribute('data-aca-deadline-source'),
      urgency: host.getAttribute('data-aca-urgency'),
    };
  });
  return {
    summary: `${sample.name}: order ${panel.orderId}, nearest deadline ${panel.deadline} (${panel.source}, ${panel.urgency})`,
    problems: [],
  };
}

async function inspectDetailPage(context, sample) {
  const page = await context.newPage();
  const pageErrors = collectPageErrors(page);
  try {
    await page.goto(sample.url, { waitUntil: 'load' });
    const result = await panelSummary(page, sample);
    await page.screenshot({ path: path.join(OUTPUT_DIR, `${sample.name}.png`), fullPage: true });
    console.log(`\n${sample.name}  (${sample.url})\n${result.summary}`);
    for (const error of pageErrors) console.log(`warning: error on the page: ${error}`);
    return result;
  } finally {
    await page.close();
  }
}

// ── The popup: every order with an open deadline ───────────────────────────────────────────────

/** Opens the popup as a tab after all the visits, screenshots it and counts the orders it lists. */
async function inspectPopup(context, extensionId) {
  if (!extensionId) return { summary: 'popup: the extension id is unknown, not opened.', problems: ['no extension id.'] };
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 420, height: 720 });
    await page.goto(popupUrl(extensionId));
    await page.waitForSelector('[data-aca-view="orders"][data-aca-fresh="true"]', { timeout: PARSE_TIMEOUT_MS }).catch(() => {});
    const listed = await page.locator('[data-aca-order-id]').count();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'popup.png'), fullPage: true });
    console.log(`\npopup  (${popupUrl(extensionId)})\n${listed} orders listed`);
    return {
      summary: `popup: ${listed} orders listed`,
      problems: listed > 0 ? [] : ['the popup lists no order after the visits.'],
    };
  } finally {
    await page.close();
  }
}
