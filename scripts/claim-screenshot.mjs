// Screenshots of the popup's claim screens: the sample 2026 My Orders page seeds the database,
// then a claim is walked through in the popup (opened as a tab at popup size). One picture per
// step goes to the folder given (default bench-output/claim-shots); docs/claim.png is the
// evidence step. Run after `npm run build`: node scripts/claim-screenshot.mjs [folder]
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { routeFixtures } from './lib/routes.mjs';

const URL = 'https://www.aliexpress.com/p/order/index.html';
const ORDER = '8214870035512946';
const dir = process.argv[2] ?? 'bench-output/claim-shots';
mkdirSync(dir, { recursive: true });
const { context, extensionId, close } = await launchBrowser({ viewport: { width: 380, height: 600 } });
try {
  await routeFixtures(context, { [URL]: 'orders-2026-en.html' });
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForSelector('aca-order-badge');
  await page.waitForTimeout(500);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.click(`[data-aca-order-id="${ORDER}"] [data-aca-action="start-claim"]`);
  await popup.click('[data-aca-view="claim"] .state.empty button.primary');
  await popup.waitForSelector('[data-aca-view="claim"][data-aca-state="ready"]');
  const shot = async (name) => {
    await popup.waitForTimeout(150);
    await popup.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  };
  await shot('1-problem');
  await popup.selectOption('[data-aca-item="1005007712345678"] [data-aca-field="reason"], fieldset:first-of-type [data-aca-field="reason"]', 'damaged');
  await popup.click('.claim-panel button[type="submit"]');
  await popup.waitForSelector('[data-aca-panel="collect-evidence"]');
  await popup.setInputFiles('[data-aca-field="file"]', { name: 'cracked-case.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not really a jpeg, but bytes') });
  await popup.waitForSelector('[data-aca-evidence]');
  await shot('2-evidence');
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.screenshot({ path: 'docs/claim.png' });
  await popup.click('[data-aca-step="check-deadlines"] button');
  await shot('3-deadlines');
  await popup.click('[data-aca-step="contact-seller"] button');
  await shot('4-seller');
  await popup.click('[data-aca-step="open-dispute"] button');
  await shot('5-dispute');
  await popup.click('[data-aca-step="follow-up"] button');
  await shot('7-follow-up');
  console.log(`Wrote ${dir}/*.png and docs/claim.png`);
} finally {
  await close();
}
