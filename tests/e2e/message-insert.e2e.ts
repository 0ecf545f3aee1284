import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, sendFromExtension, watchedPage, type Session } from './harness';

const ORDER = '8214779947343229';
const OTHER_ORDER = '8212313961591322';
const IM_URL = `https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`;
const IM_OTHER_URL = `https://www.aliexpress.com/p/message/index.html?orderId=${OTHER_ORDER}`;
const DETAIL_URL = 'https://msg.aliexpress.com/msgDetail.htm';
// Several lines, braces and markup: all of it must arrive in the box exactly, as text.
const TEXT = [
  'Hello,',
  `I received a different item from the one I ordered. Order number: ${ORDER}.`,
  'Product: <b>Phone case</b> {variant}.',
  'Thank you.',
].join('\n');

interface FixtureState {
  sends: number;
  inputEvents: number;
  sent: string[];
}
const fixtureState = (page: Page) => page.evaluate(() => (window as unknown as { __acaFixture: FixtureState }).__acaFixture);
/** Network requests beyond the page itself and its images (extension-internal chrome-extension:// loads are not network). */
const foreignRequests = (requests: string[], pageUrl: string) =>
  requests.filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith(pageUrl) && !/^https:\/\/[^/]*(aliexpress-media\.com|alicdn\.com)\//.test(url));

describe('Insert message on the seller chat (real Chromium, built extension)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession({ [IM_URL]: 'chat-im-2026.html', [IM_OTHER_URL]: 'chat-im-2026.html', [DETAIL_URL]: 'chat-msg-detail.html' });
  });
  afterAll(() => session?.close());

  it('fills the IM textarea with exactly the pending message, enables Send, and never sends', async () => {
    const set = await sendFromExtension(session, { type: 'message/set-pending', orderId: ORDER, text: TEXT });
    expect(set).toMatchObject({ ok: true, data: { pending: { orderId: ORDER, text: TEXT } } });

    const { page, problems } = await watchedPage(session.context);
    const before = session.requests.length;
    await page.goto(IM_URL);
    const host = page.locator(`aca-message-insert[data-aca-order-id="${ORDER}"]`);
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await host.getAttribute('data-aca-state')).toBe('ready');
    expect(await page.locator('.im-send-btn').isDisabled()).toBe(true);

    await host.locator('button.insert').click();
    await expect.poll(() => host.getAttribute('data-aca-state')).toBe('inserted');
    expect(await page.locator('.im-textarea').inputValue()).toBe(TEXT);
    // The page's own app saw typing: its Send button is enabled, waiting for the buyer,
    // and our card does not cover it or the box.
    expect(await page.locator('.im-send-btn').isEnabled()).toBe(true);
    const uncovered = await page.evaluate(() =>
      ['.im-send-btn', '.im-textarea'].every((selector) => {
        const target = document.querySelector(selector)!;
        const box = target.getBoundingClientRect();
        return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === target;
      }),
    );
    expect(uncovered).toBe(true);
    await page.waitForTimeout(500);
    const state = await fixtureState(page);
    expect(state.sends).toBe(0);
    expect(state.sent).toEqual([]);
    expect(state.inputEvents).toBeGreaterThan(0);
    // Decoys untouched.
    expect(await page.locator('.im-quick-reply-text').inputValue()).toBe('');
    expect(await page.locator('.site-feedback').inputValue()).toBe('');

    // Used once: the background no longer offers it.
    await expect.poll(async () => sendFromExtension(session, { type: 'message/get-pending', orderId: ORDER })).toEqual({ ok: true, data: { pending: null } });
    expect(foreignRequests(session.requests.slice(before), IM_URL)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('fills the older page contenteditable box when the URL names no order, and never sends', async () => {
    expect(await sendFromExtension(session, { type: 'message/set-pending', orderId: OTHER_ORDER, text: TEXT })).toMatchObject({ ok: true });

    const { page, problems } = await watchedPage(session.context);
    const before = session.requests.length;
    await page.goto(DETAIL_URL);
    const host = page.locator('aca-message-insert');
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    // The URL names no order: no order attribute, the newest pending message is offered.
    expect(await host.getAttribute('data-aca-order-id')).toBeNull();
    expect(await host.locator('.title').innerText()).toContain(OTHER_ORDER);

    await host.locator('button.insert').click();
    await expect.poll(() => host.getAttribute('data-aca-state')).toBe('inserted');
    expect(await page.locator('.message-editor-box').innerText()).toBe(TEXT);
    expect(await page.locator('.message-editor-box b').count()).toBe(0);
    expect(await page.locator('.message-send button').isEnabled()).toBe(true);
    await page.waitForTimeout(500);
    expect((await fixtureState(page)).sends).toBe(0);
    expect(await page.locator('.message-editor-preview').innerText()).toBe('');
    expect(await page.locator('[aria-label="My notes"]').innerText()).toBe('notes outside the chat');

    expect(foreignRequests(session.requests.slice(before), DETAIL_URL)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("offers nothing on another order's chat", async () => {
    expect(await sendFromExtension(session, { type: 'message/set-pending', orderId: ORDER, text: TEXT })).toMatchObject({ ok: true });
    const { page, problems } = await watchedPage(session.context);
    await page.goto(IM_OTHER_URL);
    // The content script ran (it marks the page) but found nothing for this order.
    await page.waitForFunction(() => document.documentElement.dataset.acaPage === 'messages');
    await page.waitForTimeout(800);
    expect(await page.locator('aca-message-insert').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('refuses a malformed request and keeps what was pending', async () => {
    const bad = await sendFromExtension(session, { type: 'message/set-pending', orderId: ORDER, text: 'x\u0000', send: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await sendFromExtension(session, { type: 'message/get-pending', orderId: ORDER })).toMatchObject({ ok: true, data: { pending: { text: TEXT } } });
  });
});
