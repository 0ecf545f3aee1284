// Takes the README's seller-hint screenshot (docs/risk-hint.png): a saved 2024 product page whose
// store the buyer saw at 97.2% on two earlier visits, now at 89.4%, with the hint opened.
// Run after `npm run build`: node scripts/risk-hint-screenshot.mjs
import fs from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { FIXTURE_DIR, routeFixtures } from './lib/routes.mjs';

const URL = 'https://www.aliexpress.com/item/1005006812345679.html';
const DAY = 86_400_000;
const earlier = JSON.parse(fs.readFileSync(`${FIXTURE_DIR}/product-2024-en.expected.json`, 'utf8'));
const visits = [
  { daysAgo: 41, rate: 97.4, followers: 1310 },
  { daysAgo: 27, rate: 97.2, followers: 1393 },
];

const { context, extensionId, close } = await launchBrowser({ viewport: { width: 1280, height: 1130 } });
try {
  await routeFixtures(context, { [URL]: 'product-2024-en-drop.html' });
  // The earlier visits, as the content script sent them then.
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  for (const { daysAgo, rate, followers } of visits) {
    const product = { ...earlier, store: { ...earlier.store, positiveRatePercent: rate, followers } };
    const observedAt = new Date(Date.now() - daysAgo * DAY).toISOString();
    const answer = await extensionPage.evaluate((message) => chrome.runtime.sendMessage(message), { type: 'product/seen', observedAt, product });
    if (!answer?.ok) throw new Error(`seeding a visit failed: ${JSON.stringify(answer)}`);
  }
  await extensionPage.close();

  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForSelector('aca-risk-hint[data-aca-risk-level]');
  await page.locator('aca-risk-hint button.chip').click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/risk-hint.png' });
  console.log('Wrote docs/risk-hint.png');
} finally {
  await close();
}
