import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDERS_URL, openSession, waitForAllBadges, watchedPage, type Session, type WatchedPage } from './harness';

// An order of the 2026 My Orders fixture: two products, shipped, buyer protection running.
const ORDER = '8214870035512946';
const CHAT_URL = `https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`;
// A real 1×1 PNG, so the claim file can embed it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');
const PNG_SHA256 = createHash('sha256').update(PNG).digest('hex');

type ChromeGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

interface FixtureState {
  sends: number;
  sent: string[];
}

/** Network requests beyond the routed pages and their images: the extension makes none of its own. */
const foreignRequests = (requests: string[]) =>
  requests.filter((url) => url !== ORDERS_URL && !url.startsWith(CHAT_URL) && !/^https:\/\/[^/]*(aliexpress-media\.com|alicdn\.com)\//.test(url));

async function download(page: Page, selector: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFile((await file.path())!, 'utf8');
}

describe('Claim flow from the popup (real Chromium, built extension)', () => {
  let session: Session;
  let orders: WatchedPage;
  let popup: WatchedPage;
  const chatProblems: string[] = [];

  beforeAll(async () => {
    session = await openSession({ [ORDERS_URL]: 'orders-2026-en.html', [CHAT_URL]: 'chat-im-2026.html' });
    orders = await watchedPage(session.context);
    await orders.page.goto(ORDERS_URL);
    await waitForAllBadges(orders.page);
    popup = await watchedPage(session.context);
    await popup.page.setViewportSize({ width: 380, height: 600 });
    await popup.page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  });
  afterAll(() => session?.close());

  it('starts a claim for an order seen on My Orders and asks about each product', async () => {
    const { page } = popup;
    await page.click(`[data-aca-view="orders"] [data-aca-order-id="${ORDER}"] [data-aca-action="start-claim"]`);
    await page.waitForSelector('[data-aca-view="claim"][data-aca-state="none"]');
    await page.click('.state.empty button.primary');
    await page.waitForSelector(`[data-aca-view="claim"][data-aca-state="ready"][data-aca-order-id="${ORDER}"]`);
    expect(await page.locator('[data-aca-item]').count()).toBe(2);
    await page.locator('[data-aca-field="reason"]').first().selectOption('damaged');
    await page.click('.claim-panel button[type="submit"]');
    await page.waitForSelector('[data-aca-step="identify-problem"][data-aca-status="done"]');
    expect(await page.getAttribute('[data-aca-view="claim"]', 'data-aca-open-step')).toBe('collect-evidence');
  });

  it('adds a photo through the file chooser; the checklist ticks itself; it survives closing the popup', async () => {
    const { page } = popup;
    expect(await page.getAttribute('[data-aca-requirement="damage-photos"]', 'data-aca-met')).toBe('false');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-aca-field="file"]')]);
    await chooser.setFiles({ name: 'cracked-case.png', mimeType: 'image/png', buffer: PNG });
    await page.waitForSelector('[data-aca-evidence][data-aca-kind="photo"]');
    expect(await page.getAttribute('[data-aca-requirement="damage-photos"]', 'data-aca-met')).toBe('true');
    // "Capture this tab" with the popup itself in front (opened as a tab here): refused, nothing kept.
    await page.click('[data-aca-action="capture-tab"]');
    await page.waitForSelector('.toast.bad');
    expect(await page.textContent('.toast.bad')).toContain('Open the popup on an AliExpress tab');
    expect(await page.locator('[data-aca-evidence]').count()).toBe(1);
    // Closed and opened again at the claim's link: everything is still there.
    await page.goto(`chrome-extension://${session.extensionId}/popup.html?claim=${ORDER}`);
    await page.waitForSelector('[data-aca-view="claim"][data-aca-state="ready"]');
    expect(await page.locator('[data-aca-evidence]').count()).toBe(1);
    expect(await page.getAttribute('[data-aca-step="identify-problem"]', 'data-aca-status')).toBe('done');
  });

  it('one click copies the message, opens the seller chat for the order, and it is inserted there, never sent', async () => {
    const { page } = popup;
    await page.click('[data-aca-step="contact-seller"] button');
    const message = await page.inputValue('[data-aca-field="message"]');
    expect(message).toContain(ORDER);
    expect(message).toContain('cracked-case.png');
    const [chat] = await Promise.all([session.context.waitForEvent('page'), page.click('[data-aca-action="send-to-chat"]')]);
    chat.on('pageerror', (error) => chatProblems.push(`pageerror: ${error.message}`));
    chat.on('console', (m) => m.type() === 'error' && chatProblems.push(`console.error: ${m.text()}`));
    // What the chat page will offer (clipboard permissions cannot be granted to an extension origin here).
    const pending = await page.evaluate((orderId) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'message/get-pending', orderId }), ORDER);
    expect(pending).toMatchObject({ ok: true, data: { pending: { orderId: ORDER, text: message } } });
    await chat.waitForURL(CHAT_URL);
    const host = chat.locator(`aca-message-insert[data-aca-order-id="${ORDER}"]`);
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    await host.locator('button.insert').click();
    await expect.poll(() => host.getAttribute('data-aca-state')).toBe('inserted');
    expect(await chat.locator('.im-textarea').inputValue()).toBe(message);
    await chat.waitForTimeout(300);
    const state = await chat.evaluate(() => (window as unknown as { __acaFixture: FixtureState }).__acaFixture);
    expect(state.sends).toBe(0);
    expect(state.sent).toEqual([]);
    await page.waitForSelector('[data-aca-step="contact-seller"]');
  });

  it('exports the claim file: evidence with its hash, deadlines with sources, the timeline with the message used', async () => {
    const { page } = popup;
    const json = JSON.parse(await download(page, '[data-aca-action="export-json"]'));
    expect(json.orderId).toBe(ORDER);
    expect(json.evidence).toEqual([expect.objectContaining({ name: 'cracked-case.png', type: 'image/png', size: PNG.length, sha256: PNG_SHA256, covers: ['damage-photos'] })]);
    expect(json.deadlines.length).toBeGreaterThan(0);
    for (const d of json.deadlines) {
      expect(['aliexpress', 'estimated', 'manual']).toContain(d.source);
      expect(d.rule).toBeTruthy();
    }
    expect(json.deadlines).toContainEqual(expect.objectContaining({ kind: 'protection-end', source: 'aliexpress' }));
    expect(json.timeline.map((e: { type: string }) => e.type)).toEqual(['claim-started', 'problem-set', 'evidence-added', 'message-used']);
    expect(json.messagesUsed).toEqual([expect.objectContaining({ templateId: 'damaged', language: 'en', text: expect.stringContaining(ORDER) })]);

    await page.check('[data-aca-field="embed-images"]');
    const html = await download(page, '[data-aca-action="export-html"]');
    expect(html).toContain(PNG_SHA256);
    expect(html).toContain(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(html).not.toMatch(/<script/i);
  });

  it('on My Orders, "Confirm received" on the order with an open claim asks first; the page acts only once confirmed', async () => {
    const { page } = orders;
    // The page's own reaction to its button, counted in the page.
    await page.evaluate(() => {
      (window as unknown as { __confirms: number }).__confirms = 0;
      document.addEventListener('click', (event) => {
        if ((event.target as Element).closest('button')?.textContent?.trim() === 'Confirm received') (window as unknown as { __confirms: number }).__confirms++;
      });
    });
    const confirms = () => page.evaluate(() => (window as unknown as { __confirms: number }).__confirms);
    const card = page.locator('.order-item', { hasText: ORDER });
    await card.locator('button', { hasText: 'Confirm received' }).click();
    const guard = page.locator(`aca-receive-guard[data-aca-order-id="${ORDER}"]`);
    await guard.waitFor({ state: 'attached' });
    expect(await guard.locator('[data-aca-reason]').first().getAttribute('data-aca-reason')).toBe('open-claim');
    await guard.locator('[data-aca-action="keep"]').click();
    await guard.waitFor({ state: 'detached' });
    expect(await confirms()).toBe(0);

    await card.locator('button', { hasText: 'Confirm received' }).click();
    await guard.locator('[data-aca-action="confirm"]').click();
    await expect.poll(confirms).toBe(1);

    // Another order's button and other buttons go straight through.
    const other = page.locator('.order-item', { hasText: '8214752218806374' });
    await other.locator('button', { hasText: 'Add to cart' }).click();
    expect(await page.locator('aca-receive-guard').count()).toBe(0);
  });

  it('a badge\'s details on My Orders open that order\'s claim screen', async () => {
    const { page } = orders;
    const badge = page.locator(`aca-order-badge[data-aca-order-id="${ORDER}"]`);
    await badge.locator('button.chip').click();
    const [claimTab] = await Promise.all([session.context.waitForEvent('page'), badge.locator('[data-aca-action="start-claim"]').click()]);
    await claimTab.waitForURL(`chrome-extension://${session.extensionId}/popup.html?claim=${ORDER}`);
    await claimTab.waitForSelector(`[data-aca-view="claim"][data-aca-state="ready"][data-aca-order-id="${ORDER}"]`);
    expect(await claimTab.getAttribute('[data-aca-step="identify-problem"]', 'data-aca-status')).toBe('done');
    await claimTab.close();
  });

  it('no console errors, no dialogs, no network request of the extension', () => {
    expect(orders.problems).toEqual([]);
    expect(popup.problems).toEqual([]);
    expect(chatProblems).toEqual([]);
    expect(foreignRequests(session.requests)).toEqual([]);
  });
});
