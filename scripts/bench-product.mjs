// `npm run bench` (after `wxt build`), product pages: what the seller hint costs, in real Chromium,
// with the extension against the same page without it (ARCHITECTURE.md §6, issue 4).
//
// Each run loads the saved 2024 product page (tests/fixtures/pages/product-2024-en.html, a
// client-rendered page whose store block arrives late) at its real URL, waits for it to settle,
// then has the page draw its store block (window.__acaRenderStore(), which marks
// "store-block-inserted") and measures:
//   hint      ms from the store block appearing to the hint showing (host with data-aca-risk-level
//             and its chip rendered), including the round trip to the background and its database
//   task      main-thread task time (CDP TaskDuration) from just before the insert to 1 s after
//   script    JavaScript time in the same window (CDP ScriptDuration)
//   style     style recalculation + layout in the same window
// plus the size of the built product content script (minified and gzip), and (with the extension
// only) the hint's latency when the page's own pdp JSON brings the store first: the same page
// fetches `mtop.aliexpress.pdp.pc.query` (routed to tests/fixtures/pages/product-2024-en.pdp.json,
// marking "pdp-response" when the response arrives) and never draws its store block.
//
// Usage: node scripts/bench-product.mjs [--runs 10] [--strict]
//   --strict  exit 1 when a budget fails (default: report only, exit 0)
import { REPO_ROOT, UserError, closeBrowser, runMain } from './lib/cli.mjs'; // first: sets the working directory
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchBrowser } from './lib/browser.mjs';
import { routeFixtures } from './lib/routes.mjs';
import { contentScriptSizes, readCounters, summarise } from './lib/bench-metrics.mjs';
import { formatTable } from './lib/text-table.mjs';

// `manual-render`: the fixture page waits for __acaRenderStore() instead of drawing on a timer.
const BENCH_URL = 'https://www.aliexpress.com/item/1005006812345678.html?manual-render';
const FIXTURE = 'product-2024-en.html';
const OUTPUT_FILE = path.join(REPO_ROOT, 'bench-output/product.json');
const SCRIPT_FILE = 'content-scripts/product.js';

// The same page, whose app asks for its pdp JSON on demand (window.__acaFetchPdp()) and draws nothing else.
const PDP_BENCH_URL = 'https://www.aliexpress.com/item/1005006812345678.html?manual-render&pdp';
const PDP_API =
  'https://acs.aliexpress.com/h5/mtop.aliexpress.pdp.pc.query/1.0/?jsv=2.5.1&appKey=12574478&api=mtop.aliexpress.pdp.pc.query&v=1.0&type=originaljson&dataType=json&data=%7B%22productId%22%3A%221005006812345678%22%7D';
const PDP_FIXTURE = 'product-2024-en.pdp.json';
const PDP_PAGE_SCRIPT = `<script>
  window.__acaFetchPdp = function () {
    return fetch(${JSON.stringify(PDP_API)}, { credentials: 'include' }).then(function (response) {
      performance.mark('pdp-response');
      return response.json();
    }).then(function (json) { return Boolean(json && json.data); });
  };
</script>`;

const DEFAULT_RUNS = 10;
const INIT_TIMEOUT_MS = 15_000;
const SETTLE_MS = 400;
const HINT_TIMEOUT_MS = 5_000;
const TAIL_MS = 1_000;
const BUDGETS = { hintMs: 100, pdpHintMs: 100, scriptBytes: 300 * 1024 };

runMain('bench-product', async () => {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const loadAtStart = round(os.loadavg()[0]);
  console.log(`Product-page benchmark: ${options.runs} runs, with and without the extension (headless Chromium).`);
  if (!fs.existsSync(path.join(REPO_ROOT, 'tests/fixtures/pages', FIXTURE))) {
    throw new UserError(`tests/fixtures/pages/${FIXTURE} is missing: it is part of the repository, check "git status".`);
  }
  const script = contentScriptSizes(EXTENSION_DIR).find((s) => s.file === SCRIPT_FILE) ?? null;

  const withExtension = await launchBrowser({ extension: true, headless: true });
  let without;
  const runs = { with: [], without: [], pdp: [] };
  let chromium;
  try {
    without = await launchBrowser({ extension: false, headless: true });
    const fixtureHtml = fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/pages', FIXTURE), 'utf8');
    const pdpJson = fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/pages', PDP_FIXTURE), 'utf8');
    const pages = {
      [BENCH_URL]: FIXTURE,
      [PDP_BENCH_URL]: () => fixtureHtml.replace('</body>', `${PDP_PAGE_SCRIPT}</body>`),
      [PDP_API]: () => pdpJson,
    };
    for (const browser of [withExtension, without]) await routeFixtures(browser.context, pages);
    chromium = await browserVersion(withExtension.context);
    // The first page in a fresh browser pays for starting its renderer, the service worker and
    // opening the database: a one-off, thrown away.
    await measurePair(withExtension, without);
    process.stdout.write('  runs: ');
    for (let i = 0; i < options.runs; i++) {
      const pair = await measurePair(withExtension, without);
      runs.with.push(pair.with);
      runs.without.push(pair.without);
      process.stdout.write('.');
    }
    process.stdout.write('\n  pdp JSON runs: ');
    await measurePdpRun(withExtension.context); // warm-up, thrown away
    for (let i = 0; i < options.runs; i++) {
      runs.pdp.push(await measurePdpRun(withExtension.context));
      process.stdout.write('.');
    }
    process.stdout.write('\n');
  } finally {
    await closeBrowser(withExtension);
    if (without) await closeBrowser(without);
  }

  const report = buildReport({ options, chromium, loadAtStart, runs, script });
  printReport(report);
  fs.mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
  fs.writeFileSync(OUTPUT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nRaw runs and budgets: ${path.relative(process.cwd(), OUTPUT_FILE)}  (${Math.round((Date.now() - started) / 1000)} s)`);
  return options.strict && !report.pass ? 1 : 0;
});

function parseOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { runs: { type: 'string' }, strict: { type: 'boolean' } } }));
  } catch (error) {
    throw new UserError(`${error.message}. Usage: node scripts/bench-product.mjs [--runs 10] [--strict]`);
  }
  const runs = values.runs === undefined ? DEFAULT_RUNS : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UserError(`--runs takes a whole number above 0, not "${values.runs}".`);
  return { runs, strict: values.strict ?? false };
}

async function browserVersion(context) {
  const page = await context.newPage();
  try {
    return (await (await context.newCDPSession(page)).send('Browser.getVersion')).product;
  } finally {
    await page.close();
  }
}

/** One run with the extension, then one without watched for as long: drift hits both alike. */
async function measurePair(withExtension, without) {
  const withRun = await measureRun(withExtension.context, { expectHint: true });
  const withoutRun = await measureRun(without.context, { expectHint: false, watchMs: withRun.watchedMs });
  return { with: withRun, without: withoutRun };
}

async function measureRun(context, { expectHint, watchMs = 0 }) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(BENCH_URL, { waitUntil: 'load' });
    if (expectHint) await waitForContentScript(page);
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(armHintProbe, { timeoutMs: expectHint ? HINT_TIMEOUT_MS : watchMs });
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await readCounters(cdp);
    const inserted = await page.evaluate(() => window.__acaRenderStore());
    if (!inserted) throw new UserError(`the bench page did not draw its store block: check tests/fixtures/pages/${FIXTURE}.`);
    const probe = await page.evaluate(() => window.__acaHintProbe.done);
    await page.waitForTimeout(TAIL_MS);
    const after = await readCounters(cdp);
    const duration = (metric) => (after[metric] - before[metric]) * 1000;
    if (expectHint && probe.shownAt === null) {
      throw new UserError(`no hint within ${HINT_TIMEOUT_MS / 1000} s of the store block appearing: rebuild with "npx wxt build" and check the product content script.`);
    }
    return {
      hintMs: expectHint ? round(probe.shownAt - probe.insertedAt) : null,
      level: probe.level,
      watchedMs: round(probe.watchEnd - probe.insertedAt),
      taskMs: round(duration('TaskDuration')),
      scriptMs: round(duration('ScriptDuration')),
      styleLayoutMs: round(duration('RecalcStyleDuration') + duration('LayoutDuration')),
    };
  } finally {
    await page.close();
  }
}

/** The page fetches its pdp JSON (no store block drawn): ms from its response to the hint showing. */
async function measurePdpRun(context) {
  const page = await context.newPage();
  try {
    await page.goto(PDP_BENCH_URL, { waitUntil: 'load' });
    await waitForContentScript(page);
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(armHintProbe, { timeoutMs: HINT_TIMEOUT_MS, markName: 'pdp-response' });
    if (!(await page.evaluate(() => window.__acaFetchPdp()))) throw new UserError(`the bench page did not get its pdp JSON: check tests/fixtures/pages/${PDP_FIXTURE}.`);
    const probe = await page.evaluate(() => window.__acaHintProbe.done);
    if (probe.shownAt === null || probe.insertedAt === null) {
      throw new UserError(`no hint within ${HINT_TIMEOUT_MS / 1000} s of the page's pdp JSON arriving: rebuild with "npx wxt build" and check the page-json content script.`);
    }
    return { hintMs: round(probe.shownAt - probe.insertedAt), level: probe.level };
  } finally {
    await page.close();
  }
}

async function waitForContentScript(page) {
  try {
    await page.waitForSelector('html[data-aca-page="product"]', { state: 'attached', timeout: INIT_TIMEOUT_MS });
  } catch {
    throw new UserError('the product content script did not mark the page (no data-aca-page on <html>): rebuild with "npx wxt build".');
  }
}

/**
 * Runs in the page: resolves `__acaHintProbe.done` when a hint host carries its level and its
 * chip is rendered in the shadow root (checked on each DOM change and each frame: a document
 * observer does not see inside shadow roots), or after `timeoutMs`.
 */
function armHintProbe({ timeoutMs, markName = 'store-block-inserted' }) {
  const probe = {};
  probe.done = new Promise((resolve) => {
    let finished = false;
    const finish = (shownAt, level) => {
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      const mark = performance.getEntriesByName(markName, 'mark').at(-1);
      resolve({ insertedAt: mark ? mark.startTime : null, shownAt, level, watchEnd: performance.now() });
    };
    const check = () => {
      if (finished) return;
      const host = document.querySelector('aca-risk-hint[data-aca-risk-level]');
      if (host?.shadowRoot?.querySelector('button.chip')) finish(performance.now(), host.getAttribute('data-aca-risk-level'));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-aca-risk-level'] });
    const everyFrame = () => {
      check();
      if (!finished) requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
    const timer = setTimeout(() => finish(null, null), Math.max(timeoutMs, 1));
  });
  window.__acaHintProbe = probe;
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────────

function buildReport({ options, chromium, loadAtStart, runs, script }) {
  const stats = (variant, metric) => summarise(runs[variant].map((run) => run[metric]));
  const hint = stats('with', 'hintMs');
  const pdpHint = stats('pdp', 'hintMs');
  const task = { with: stats('with', 'taskMs'), without: stats('without', 'taskMs') };
  const scriptTime = { with: stats('with', 'scriptMs'), without: stats('without', 'scriptMs') };
  const styleLayout = { with: stats('with', 'styleLayoutMs'), without: stats('without', 'styleLayoutMs') };
  const budgets = [
    {
      id: 'hint-latency',
      description: `hint shown within ${BUDGETS.hintMs} ms of the store block appearing (median)`,
      limit: BUDGETS.hintMs,
      measured: hint.median,
      pass: hint.median === null ? null : hint.median <= BUDGETS.hintMs,
    },
    {
      id: 'hint-latency-pdp',
      description: `hint shown within ${BUDGETS.pdpHintMs} ms of the page's pdp JSON arriving (median)`,
      limit: BUDGETS.pdpHintMs,
      measured: pdpHint.median,
      pass: pdpHint.median === null ? null : pdpHint.median <= BUDGETS.pdpHintMs,
    },
    {
      id: `content-script-size:${SCRIPT_FILE}`,
      description: `${SCRIPT_FILE} ≤ ${BUDGETS.scriptBytes / 1024} KB minified`,
      limit: BUDGETS.scriptBytes,
      measured: script?.bytes ?? null,
      pass: script ? script.bytes <= BUDGETS.scriptBytes : false,
      note: script ? undefined : 'no product content script in the build',
    },
  ];
  return {
    generatedAt: new Date().toISOString(),
    chromium,
    machine: { cpus: os.cpus().length, loadAverage: { atStart: loadAtStart, atEnd: round(os.loadavg()[0]) } },
    url: BENCH_URL,
    runs: options.runs,
    hintMs: hint,
    pdp: { url: PDP_BENCH_URL, hintMs: pdpHint, levels: [...new Set(runs.pdp.map((run) => run.level))] },
    levels: [...new Set(runs.with.map((run) => run.level))],
    taskMs: task,
    scriptMs: scriptTime,
    styleLayoutMs: styleLayout,
    taskTimeRatio: ratio(task.with.median, task.without.median),
    taskTimeDifferenceMs: difference(task.with.median, task.without.median),
    contentScript: script,
    raw: runs,
    budgets,
    pass: budgets.every((budget) => budget.pass !== false),
  };
}

function printReport(report) {
  console.log(`\n${report.chromium}, medians of ${report.runs} runs (min–max in brackets)`);
  const { cpus, loadAverage } = report.machine;
  const load = Math.max(loadAverage.atStart, loadAverage.atEnd);
  if (load > cpus) console.log(`Warning: the machine was busy (load average up to ${load} on ${cpus} cores): times are inflated and noisy.`);
  console.log('');
  const spread = (s) => (s.median === null ? '—' : `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`);
  console.log(
    formatTable(
      ['measure', 'with extension', 'without', 'with vs without'],
      [
        ['hint showing, after the store block appears', spread(report.hintMs), '—', `level: ${report.levels.join(', ')}`],
        ['hint showing, after the page\'s pdp JSON arrives', spread(report.pdp.hintMs), '—', `level: ${report.pdp.levels.join(', ')}`],
        ['main-thread task time', spread(report.taskMs.with), spread(report.taskMs.without), compare(report.taskTimeDifferenceMs, report.taskTimeRatio)],
        ['script time', spread(report.scriptMs.with), spread(report.scriptMs.without), compare(difference(report.scriptMs.with.median, report.scriptMs.without.median), null)],
        ['style + layout time', spread(report.styleLayoutMs.with), spread(report.styleLayoutMs.without), compare(difference(report.styleLayoutMs.with.median, report.styleLayoutMs.without.median), null)],
      ],
    ),
  );
  const script = report.contentScript;
  if (script) console.log(`\n${formatTable(['content script', 'minified', 'gzip'], [[script.file, kb(script.bytes), kb(script.gzipBytes)]], { right: [1, 2] })}`);
  console.log('\nBudgets');
  for (const budget of report.budgets) {
    const verdict = budget.pass === null ? 'SKIP' : budget.pass ? 'PASS' : 'FAIL';
    const measured = budget.measured === null ? 'not measured' : budget.id.startsWith('hint-latency') ? `${budget.measured.toFixed(1)} ms` : kb(budget.measured);
    console.log(`  ${verdict}  ${budget.description}: ${measured}${budget.note ? ` (${budget.note})` : ''}`);
  }
  console.log(`
Reading these figures:
  - The page is a saved product page, static apart from its store block; the real page runs far
    more of its own script, so the extension's share of the task time is smaller there.
  - Hint showing: from performance.mark("store-block-inserted") until the hint host carries
    data-aca-risk-level and its chip is rendered, including the round trip to the background,
    which stores the day's numbers and the listing snapshot before answering. With the pdp JSON:
    from the page's own response arriving (performance.mark("pdp-response")), through the
    page-world copy and the hand-over to the content script, to the hint under the title.
  - Task and script time: the page's main thread from just before the insert until ${TAIL_MS / 1000} s after
    the hint shows (without the extension: watched as long). The background runs in its own process.`);
}

const round = (value) => Math.round(value * 100) / 100;
const ratio = (a, b) => (a === null || b === null || b <= 0 ? null : round(a / b));
const difference = (a, b) => (a === null || b === null ? null : round(a - b));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const compare = (differenceMs, ratioValue) =>
  differenceMs === null ? '' : `${differenceMs >= 0 ? '+' : '-'}${Math.abs(differenceMs).toFixed(1)} ms${ratioValue === null ? '' : ` (${ratioValue.toFixed(2)}×)`}`;
