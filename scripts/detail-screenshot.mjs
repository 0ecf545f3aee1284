// Takes the order panel's screenshot (docs/order-panel.png): a shipped order whose tracking page
// was seen twice (the seller extended protection in between), then its detail page.
// Run after `npm run build`: node scripts/detail-screenshot.mjs
import { launchBrowser } from './lib/browser.mjs';
import { routeFixtures } from './lib/routes.mjs';
import { AWAITING_ORDER_ID, awaitingDetailHtml, transitTrackingHtml } from './fixtures/relative-pages.mjs';

const DETAIL = `https://www.aliexpress.com/p/order/detail.html?orderId=${AWAITING_ORDER_ID}`;
const TRACKING = `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${AWAITING_ORDER_ID}`;
let refundInDays = 12;
const { context, close } = await launchBrowser({ viewport: { width: 1100, height: 820 } });
try {
  await routeFixtures(context, { [DETAIL]: () => awaitingDetailHtml(), [TRACKING]: () => transitTrackingHtml({ refundInDays }) });
  const page = await context.newPage();
  await page.goto(TRACKING);
  await page.waitForSelector('aca-order-panel[data-aca-saved="saved"]');
  refundInDays = 26;
  await page.goto(TRACKING);
  await page.waitForSelector('aca-order-panel[data-aca-saved="saved"]');
  await page.goto(DETAIL);
  await page.waitForSelector('aca-order-panel[data-aca-saved="saved"]');
  await page.addStyleTag({ content: 'body { margin: 24px; background: #f5f5f5; font-family: Arial, sans-serif; } .order-block { background: #fff; padding: 16px; margin-bottom: 12px; border-radius: 8px; } .order-block-title { font-size: 20px; font-weight: 700; }' });
  await page.waitForTimeout(100);
  const box = await page.locator('.order-status').boundingBox();
  const panel = await page.locator('aca-order-panel').boundingBox();
  const clip = { x: 0, y: Math.max(0, (box?.y ?? 0) - 12), width: 1100, height: Math.min(820, (panel?.y ?? 0) + (panel?.height ?? 600) + 24 - Math.max(0, (box?.y ?? 0) - 12)) };
  await page.screenshot({ path: process.argv[2] ?? 'docs/order-panel.png', clip });
  console.log(`Wrote ${process.argv[2] ?? 'docs/order-panel.png'}`);
} finally {
  await close();
}
