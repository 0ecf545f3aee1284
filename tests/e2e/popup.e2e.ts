import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, framingProblems, unescapeText } from '../export/ics-check';
import { ORDERS_URL, openSession, readBadges, waitForAllBadges, watchedPage, type Session } from './harness';

// The popup over the real background, seeded by visiting the sample My Orders page.

async function openPopup(session: Session) {
  const watched = await watchedPage(session.context);
  await watched.page.setViewportSize({ width: 380, height: 600 });
  await watched.page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await watched.page.waitForSelector('[data-aca-view="orders"][data-aca-fresh="true"]');
  return watched;
}
const listed = (page: Page, section = '.popup > section:not(.unknown)') =>
  page.$$eval(`${section} .order`, (items) =>
    items.map((li) => ({
      orderId: li.getAttribute('data-aca-order-id'),
      urgency: li.getAttribute('data-aca-urgency'),
      sources: [...li.querySelectorAll('.deadline')].map((d) => d.getAttribute('data-aca-source')),
      dueAts: [...li.querySelectorAll('.deadline')].map((d) => d.getAttribute('data-aca-due-at')),
      text: li.textContent ?? '',
    })),
  );

describe('popup', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ [ORDERS_URL]: 'orders-2026-en.html' });
    const { page } = await watchedPage(session.context);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    await page.close();
  });
  afterAll(() => session?.close());

  it('lists the orders with open deadlines most urgent first, each with its source, as the badges say', async () => {
    const { page, problems } = await openPopup(session);
    const items = await listed(page);
    expect(items.length).toBeGreaterThanOrEqual(4);
    const nearest = items.map((i) => new Date(i.dueAts[0]!).getTime());
    expect(nearest).toEqual([...nearest].sort((a, b) => a - b));
    expect(items[0]!.urgency).toBe('urgent');
    for (const item of items) {
      expect(item.sources).toEqual(['aliexpress']);
      expect(item.text).toContain('from AliExpress');
      expect(item.text).toMatch(/days? left|less than a day left/);
    }
    // The same orders the page's badges show a countdown for.
    const { page: orders } = await watchedPage(session.context);
    await orders.goto(ORDERS_URL);
    await waitForAllBadges(orders);
    const counted = (await readBadges(orders)).filter((b) => b.source === 'aliexpress' && b.urgency !== 'expired').map((b) => b.orderId);
    expect(items.map((i) => i.orderId).sort()).toEqual(counted.sort());
    expect(await page.textContent('.urgent-count')).toBe('2 urgent');
    expect(problems).toEqual([]);
  });

  it('manual entry from the popup moves an order into the list as "entered by you"; undo takes it out', async () => {
    const { page, problems } = await openPopup(session);
    const unknownOrder = { orderId: (await page.getAttribute('.unknown .order', 'data-aca-order-id'))! };
    const card = page.locator(`.unknown .order[data-aca-order-id="${unknownOrder.orderId}"]`);
    await card.getByRole('button', { name: 'Enter date' }).click();
    await card.getByLabel('Date as AliExpress shows it').fill('2020-01-01');
    await card.getByRole('button', { name: 'Save' }).click();
    expect(await card.getByRole('alert').textContent()).toContain('has passed');

    const inFiveDays = new Date(Date.now() + 5 * 86_400_000);
    const date = `${inFiveDays.getFullYear()}-${String(inFiveDays.getMonth() + 1).padStart(2, '0')}-${String(inFiveDays.getDate()).padStart(2, '0')}`;
    await card.getByLabel('Date as AliExpress shows it').fill(date);
    await card.getByLabel('Time (optional)').fill('18:30');
    await card.getByRole('button', { name: 'Save' }).click();
    const entered = page.locator(`.popup > section:not(.unknown) .order[data-aca-order-id="${unknownOrder.orderId}"]`);
    await entered.waitFor();
    expect(await entered.locator('.deadline').getAttribute('data-aca-source')).toBe('manual');
    expect(await entered.textContent()).toContain('entered by you');
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    expect(await entered.locator('.deadline').getAttribute('data-aca-due-at')).toBe(new Date(year, month - 1, day, 18, 30).toISOString());

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator(`.unknown .order[data-aca-order-id="${unknownOrder.orderId}"]`).waitFor();
    expect(await page.textContent('.toast')).toContain('Undone.');
    expect(problems).toEqual([]);
  });

  it('manual entry from the badge on My Orders, with undo', async () => {
    const { page, problems } = await watchedPage(session.context);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    const unknownOrder = (await readBadges(page)).find((b) => b.source === 'none' && (b.status === 'shipped' || b.status === 'completed'))!;
    const host = page.locator(`aca-order-badge[data-aca-order-id="${unknownOrder.orderId}"]`);
    expect(await host.getAttribute('data-aca-deadline-source')).toBe('none');
    await host.locator('button.chip').click();
    await host.getByText('Enter or confirm the date AliExpress shows').click();
    const inTenDays = new Date(Date.now() + 10 * 86_400_000);
    const date = `${inTenDays.getFullYear()}-${String(inTenDays.getMonth() + 1).padStart(2, '0')}-${String(inTenDays.getDate()).padStart(2, '0')}`;
    await host.getByLabel('Date as AliExpress shows it').fill(date);
    await host.locator('button.manual-save').click();
    await page.waitForFunction((id) => document.querySelector(`aca-order-badge[data-aca-order-id="${id}"]`)?.getAttribute('data-aca-deadline-source') === 'manual', unknownOrder.orderId);
    expect(await host.getAttribute('data-aca-deadline')).toBe(date);

    await host.locator('button.manual-undo').click();
    await page.waitForFunction((id) => document.querySelector(`aca-order-badge[data-aca-order-id="${id}"]`)?.getAttribute('data-aca-deadline-source') === 'none', unknownOrder.orderId);
    expect(problems).toEqual([]);
  });

  it('exports every upcoming deadline as a valid .ics file', async () => {
    const { page, problems } = await openPopup(session);
    const items = await listed(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('aliexpress-deadlines.ics');
    const text = fs.readFileSync((await file.path())!, 'utf8');
    expect(framingProblems(text)).toEqual([]);
    const vevents = events(text);
    expect(vevents.map((e) => e.UID![0])).toEqual(items.map((i) => `${i.orderId}-protection-end@aliexpress-claim-assistant`));
    for (const vevent of vevents) {
      expect(vevent.DTSTART![0]).toMatch(/^\d{8}T\d{6}Z$/);
      expect(unescapeText(vevent.SUMMARY![0]!)).toMatch(/^Buyer protection ends — order \d+$/);
      expect(vevent['VALARM.ACTION']?.every((a) => a === 'DISPLAY')).toBe(true);
    }
    expect(await page.textContent('.toast')).toBe(`${items.length} deadlines saved to a calendar file.`);
    expect(problems).toEqual([]);
  });

  it('makes no network request of its own', async () => {
    const before = session.requests.length;
    const { page } = await openPopup(session);
    await page.waitForTimeout(300);
    expect(session.requests.slice(before)).toEqual([]);
  });
});
