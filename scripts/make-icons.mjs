// Renders docs/icon.svg to the PNG sizes the manifest uses (public/icon/<size>.png), with the
// system Chromium. Run by hand after changing the SVG: node scripts/make-icons.mjs
import fs from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';

const svg = fs.readFileSync('docs/icon.svg', 'utf8');
const { context, close } = await launchBrowser({ extension: false });
const page = await context.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}"></body></html>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await close();
console.log('Wrote public/icon/{16,32,48,128}.png');
