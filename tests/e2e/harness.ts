// Shared set-up for end-to-end tests: the built extension in real Chromium, saved pages served at
// their real AliExpress URLs, and a record of everything that should never happen (page errors,
// console errors, dialogs).
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { routeFixtures } from '../../scripts/lib/routes.mjs';

export const ORDERS_URL = 'https://www.aliexpress.com/p/order/index.html';

export interface Session {
  context: BrowserContext;
  extensionId?: string;
  requests: string[];
  close(): Promise<void>;
}

export async function openSession(pages: Record<string, string | (() => string)>, { extension = true } = {}): Promise<Session> {
  const { context, extensionId, close } = await launchBrowser({ extension });
  const { requests } = await routeFixtures(context, pages);
  return { context, extensionId, requests, close };
}

export interface WatchedPage {
  page: Page;
  problems: string[];
}

/** A new tab that records page errors, console errors and dialogs (a dialog is dismissed). */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

export interface BadgeState {
  orderId: string | null;
  status: string | null;
  deadline: string | null;
  source: string | null;
  urgency: string | null;
  /** The card's own order id as the page shows it, for checking the badge sits on the right card. */
  cardOrderId: string | null;
  text: string;
}

/** Every badge host on the page with its contract attributes, read without piercing the UI. */
export function readBadges(page: Page): Promise<BadgeState[]> {
  return page.$$eval('aca-order-badge', (hosts) =>
    hosts.map((host) => {
      const card = host.closest('.order-item');
      const info = card?.querySelector('[data-pl="order_item_header_info"]')?.textContent ?? '';
      return {
        orderId: host.getAttribute('data-aca-order-id'),
        status: host.getAttribute('data-aca-status'),
        deadline: host.getAttribute('data-aca-deadline'),
        source: host.getAttribute('data-aca-deadline-source'),
        urgency: host.getAttribute('data-aca-urgency'),
        cardOrderId: /\d{12,}/.exec(info)?.[0] ?? null,
        text: host.shadowRoot?.textContent ?? '',
      };
    }),
  );
}

/** Wait until every `.order-item` on the page carries a rendered badge. */
export async function waitForAllBadges(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const cards = document.querySelectorAll('.order-item');
      if (cards.length === 0) return false;
      return [...cards].every((card) => {
        const hosts = card.querySelectorAll('aca-order-badge');
        return hosts.length === 1 && (hosts[0]!.shadowRoot?.textContent ?? '').length > 0 && hosts[0]!.hasAttribute('data-aca-urgency');
      });
    },
    undefined,
    { timeout },
  );
}

type ChromeGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** Sends a request to the background from the extension's own page, as the popup does. */
export async function sendFromExtension(session: Session, request: unknown): Promise<unknown> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    return await page.evaluate((message) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(message), request);
  } finally {
    await page.close();
  }
}
