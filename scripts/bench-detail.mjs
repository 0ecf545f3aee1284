// `npm run bench` (after `wxt build`), detail part: how soon the order panel shows on the order
// detail page, in real Chromium with the built extension.
//
// Each run loads a fresh detail page whose content (status block, products, info rows) is added by
// the page's own script 300 ms after load, as the client-rendered app does, and measures:
//   panel   ms from the content appearing (mark "aca-fixture-content") to <aca-order-panel> in the
//           page with its text rendered (what the user sees first: read from this page alone)
//   saved   ms from the content appearing to the panel refined by the background's answer
// plus the size of each built content script. Results: a table here, bench-output/detail.json.
//
// Usage: node scripts/bench-detail.mjs [--runs 10] [--strict]
//   --strict  exit 1 when a budget fails (default: report only, exit 0)
import { REPO_ROOT, UserError, closeBrowser, runMain } from './lib/cli.mjs'; // first: sets the working directory
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchBrowser } from './lib/browser.mjs';
import { routeFixtures } from './lib/routes.mjs';
import { contentScriptSizes, summarise } from './lib/bench-metrics.mjs';
import { formatTable } from './lib/text-table.mjs';
import { COMPLETED_ORDER_ID, completedDetailHtml } from './fixtures/relative-pages.mjs';

const OUTPUT_FILE = path.join(REPO_ROOT, 'bench-output/detail.json');
const DETAIL_URL = `https://www.aliexpress.com/p/order/detail.html?orderId=${COMPLETED_ORDER_ID}`;
const CONTENT_DELAY_MS = 300;
const TIMEOUT_MS = 10_000;
const BUDGETS = { panelMs: 100, scriptBytes: 300 * 1024 };

/** Runs in the page before its scripts: times the panel's first appearance and its refinement. */
function installProbe() {
  const probe = { panelAt: null, savedAt: null };
  window.__acaDetailProbe = probe;
  const check = () => {
    const host = document.querySelector('aca-order-panel');
    if (!host) return;
    if (probe.panelAt === null && (host.shadowRoot?.textContent ?? '').length > 0) probe.panelAt = performance.now();
    if (probe.savedAt === null && host.getAttribute('data-aca-saved') === 'saved') probe.savedAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-aca-saved'] });
}

runMain('bench-detail', async () => {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { runs: { type: 'string', default: '10' }, strict: { type: 'boolean', default: false } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UserError('--runs must be a positive whole number');
  const loadAtStart = Math.round(os.loadavg()[0] * 100) / 100;
  console.log(`Detail benchmark: order panel on the detail page × ${runs} runs (headless Chromium).`);
  const sizes = contentScriptSizes(EXTENSION_DIR);

  const browser = await launchBrowser({ extension: true });
  const samples = [];
  try {
    await routeFixtures(browser.context, { [DETAIL_URL]: () => completedDetailHtml({ delayMs: CONTENT_DELAY_MS }) });
    await browser.context.addInitScript(installProbe);
    for (let run = 0; run < runs; run++) {
      const page = await browser.context.newPage();
      await page.goto(DETAIL_URL);
      await page.waitForFunction(() => window.__acaDetailProbe?.savedAt != null, undefined, { timeout: TIMEOUT_MS });
      samples.push(
        await page.evaluate(() => {
          const mark = performance.getEntriesByName('aca-fixture-content', 'mark').at(-1);
          const probe = window.__acaDetailProbe;
          return { panelMs: probe.panelAt - mark.startTime, savedMs: probe.savedAt - mark.startTime };
        }),
      );
      await page.close();
    }
  } finally {
    await closeBrowser(browser);
  }

  const round = (n) => (n === null ? null : Math.round(n * 10) / 10);
  const panel = summarise(samples.map((s) => s.panelMs));
  const saved = summarise(samples.map((s) => s.savedMs));
  const orders = sizes.find((s) => s.file === 'content-scripts/orders.js');
  const checks = [
    { budget: `panel shown ≤ ${BUDGETS.panelMs} ms after the content appears (median)`, value: round(panel.median), pass: panel.median !== null && panel.median <= BUDGETS.panelMs },
    { budget: `orders content script ≤ ${BUDGETS.scriptBytes / 1024} KB`, value: orders ? `${(orders.bytes / 1024).toFixed(1)} KB` : null, pass: orders !== undefined && orders.bytes <= BUDGETS.scriptBytes },
  ];
  console.log(
    formatTable(
      ['measure', 'median', 'min', 'max'],
      [
        ['panel shown (ms)', round(panel.median), round(panel.min), round(panel.max)],
        ['refined by the background (ms)', round(saved.median), round(saved.min), round(saved.max)],
      ],
      { right: [1, 2, 3] },
    ),
  );
  console.log('');
  console.log(formatTable(['content script', 'bytes', 'gzip'], sizes.map((s) => [s.file, s.bytes, s.gzipBytes]), { right: [1, 2] }));
  console.log('');
  console.log(formatTable(['budget', 'measured', 'result'], checks.map((c) => [c.budget, c.value, c.pass ? 'pass' : 'FAIL']), {}));
  console.log(`\nLoad average at start: ${loadAtStart} (other work on the machine makes these figures noisy).`);

  fs.mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
  fs.writeFileSync(OUTPUT_FILE, `${JSON.stringify({ date: new Date().toISOString(), runs, loadAtStart, panel, saved, samples, contentScripts: sizes, checks }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(REPO_ROOT, OUTPUT_FILE)}`);
  return values.strict && checks.some((c) => !c.pass) ? 1 : 0;
});
