// Takes the README's screenshot (docs/badges.png): the sample 2026 My Orders page with the
// extension, one urgent badge opened. Run after `npm run build`: node scripts/readme-screenshot.mjs
import { launchBrowser } from './lib/browser.mjs';
import { routeFixtures } from './lib/routes.mjs';

const URL = 'https://www.aliexpress.com/p/order/index.html';
const { context, close } = await launchBrowser({ viewport: { width: 1280, height: 860 } });
try {
  await routeFixtures(context, { [URL]: 'orders-2026-en.html' });
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForSelector('aca-order-badge[data-aca-urgency="urgent"]');
  const badge = page.locator('aca-order-badge[data-aca-urgency="urgent"]').first();
  // Start the picture two cards above the opened badge, so several badge kinds are in view.
  const top = await page.evaluate(() => {
    const card = document.querySelector('aca-order-badge[data-aca-urgency="urgent"]')?.closest('.order-item');
    const previous = card?.previousElementSibling?.previousElementSibling;
    return (previous ?? card)?.getBoundingClientRect().top ?? 0;
  });
  await page.evaluate((y) => window.scrollBy(0, y - 16), top);
  await badge.locator('button.chip').click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/badges.png' });
  console.log('Wrote docs/badges.png');
} finally {
  await close();
}
