// Takes the README's popup screenshot (docs/popup.png): the sample 2026 My Orders page seeds the
// database, one date is entered by hand, then the popup is opened as a tab at popup size.
// Run after `npm run build`: node scripts/popup-screenshot.mjs
import { launchBrowser } from './lib/browser.mjs';
import { routeFixtures } from './lib/routes.mjs';

const URL = 'https://www.aliexpress.com/p/order/index.html';
const { context, extensionId, close } = await launchBrowser({ viewport: { width: 380, height: 600 } });
try {
  await routeFixtures(context, { [URL]: 'orders-2026-en.html' });
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForSelector('aca-order-badge[data-aca-urgency="urgent"]');
  await page.waitForTimeout(500);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // One completed order with a date the buyer entered, so every source shows.
  await popup.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'deadline/set-manual',
      orderId: '8214310067729158',
      kind: 'return-window',
      dueAt: new Date(Date.now() + 4.3 * 86_400_000).toISOString(),
    }),
  );
  await popup.reload();
  await popup.waitForSelector('[data-aca-view="orders"][data-aca-fresh="true"]');
  await popup.screenshot({ path: process.argv[2] ?? 'docs/popup.png' });
  console.log(`Wrote ${process.argv[2] ?? 'docs/popup.png'}`);
} finally {
  await close();
}
