// `npm run bench` (after `wxt build`): what the extension costs a My Orders page, in real Chromium,
// as figures with the extension against the same page without it (ARCHITECTURE.md §6).
//
// For 10, 100 and 500 generated orders, each run loads a fresh page whose order list starts empty,
// lets it settle, inserts every card at once (window.__acaBenchInsert()) and measures:
//   badges    ms from the cards appearing (mark "cards-inserted") to every card's badge showing text
//   task      main-thread task time (CDP TaskDuration) from just before the insert to 1 s after it settles
//   thread    CPU time of the page's main thread in the same window (CDP ThreadTime): unlike task
//             time it hardly grows when other processes hold the cores, so it shows what the
//             extension itself costs on a busy machine
//   script    JavaScript time in the same window (CDP ScriptDuration)
//   style     style recalculation + layout in the same window (CDP RecalcStyleDuration + LayoutDuration)
//   long      long tasks (> 50 ms) in that window: count and longest
//   heap      JS heap growth over the run, garbage collected before and after
//   cpu       with --cpu only: CPU time of the page's main thread in the same window (thread time
//             from a Chromium trace), which other load on the machine hardly inflates; reported
//             beside the task time, the budgets stay on task time; and the same CPU time split
//             by activity (script, style, layout, paint, gc, other)
// plus the size of each built content script. The browser without the extension also measures
// the same cards with the extension's badges drawn in advance (static markup, one shared
// stylesheet): what showing the badges costs with no code of ours, next to what the code adds.
// Results: tables here, bench-output/bench.json.
//
// Usage: node scripts/bench.mjs [--runs 5] [--sizes 10,100,500] [--strict] [--cpu]
//   --strict  exit 1 when a budget fails (default: report only, exit 0)
//   --cpu     also trace each run for main-thread CPU time (off by default: tracing has a cost)
import { REPO_ROOT, UserError, closeBrowser, positiveInteger, runMain } from './lib/cli.mjs'; // first: sets the working directory
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchBrowser } from './lib/browser.mjs';
import { routeFixtures } from './lib/routes.mjs';
import { ACTIVITIES, armProbe, contentScriptSizes, readCounters, startCpuTrace, summarise } from './lib/bench-metrics.mjs';
import { formatTable } from './lib/text-table.mjs';

const BENCH_URL = 'https://www.aliexpress.com/p/order/index.html';
const GENERATOR = path.join(REPO_ROOT, 'scripts/fixtures/orders-page.mjs');
const OUTPUT_FILE = path.join(REPO_ROOT, 'bench-output/bench.json');

const DEFAULT_SIZES = [10, 100, 500];
const DEFAULT_RUNS = 5;
const INIT_TIMEOUT_MS = 15_000;
// After the content script has marked the page: room for its start-up work (settings, first
// messages to the background) so that work is not billed to the insert.
const SETTLE_MS = 500;
// After the badges (or the insert, without the extension): trailing work such as storage
// messages, re-renders and the page's own layout of the new cards.
const TAIL_MS = 1_000;
// Generous, and longer for bigger pages, so a slow build is measured rather than cut off.
const badgeTimeoutMs = (orders) => 10_000 + 20 * orders;

const MIN_RATIO_BASE_MS = 5;
const BUDGETS = {
  badgeMs: { orders: 100, max: 100 },
  taskRatio: { orders: 100, max: 1.15 },
  longTaskMs: 50,
  scriptBytes: 300 * 1024,
};

runMain('bench', async () => {
  const options = parseOptions(process.argv.slice(2));
  const { generateOrders, renderBenchPage } = await loadGenerator();
  const started = Date.now();
  const loadAtStart = round(os.loadavg()[0]);
  console.log(
    `Benchmark: ${options.sizes.join(', ')} orders × ${options.runs} runs, with and without the extension (headless Chromium).`,
  );

  // Sized now, next to the launch: the build measured is the one the browser loads, even if a
  // rebuild lands while the bench runs.
  const scripts = contentScriptSizes(EXTENSION_DIR);
  const browsers = await launchBoth();
  let results;
  let chromium;
  try {
    // Both browsers serve whichever bench page is current, at the real My Orders URL. The one
    // without the extension also measures the same cards with badges drawn in advance: then
    // `current.drawn` is set (one browser fewer competing for the cores).
    const current = { orders: [], html: '', drawnHtml: '', drawn: false };
    await routeFixtures(browsers.with.context, { [BENCH_URL]: () => current.html });
    await routeFixtures(browsers.without.context, { [BENCH_URL]: () => (current.drawn ? current.drawnHtml : current.html) });
    browsers.showDrawn = (drawn) => {
      current.drawn = drawn;
    };
    chromium = await browserVersion(browsers.with.context);

    const usePage = (orders) => {
      current.orders = generateOrders(orders, { seed: orders });
      current.html = renderBenchPage({ orders: current.orders });
      current.drawnHtml = '';
    };
    const drawBadges = async (orders, badging) => {
      const drawnBadges = badging.expected ? await readDrawnBadges(browsers.with.context, orders) : new Map();
      current.drawnHtml = drawnBadges.size > 0 ? renderBenchPage({ orders: current.orders, drawnBadges }) : '';
      return current.drawnHtml !== '';
    };
    // The first page in a fresh browser pays for starting its renderer and compiling: a one-off,
    // not the per-page cost being measured. Run one of each and throw the figures away.
    usePage(10);
    const badging = { expected: true };
    await measurePair(browsers, 10, badging, options.cpu, await drawBadges(10, badging));

    results = {};
    for (const orders of options.sizes) {
      usePage(orders);
      const drawn = await drawBadges(orders, badging);
      results[orders] = await measureSize(browsers, orders, options.runs, badging, options.cpu, drawn);
    }
  } finally {
    await Promise.all([browsers.with, browsers.without].map((browser) => closeBrowser(browser)));
  }

  const report = buildReport({ options, chromium, loadAtStart, results, scripts });
  printReport(report);
  fs.mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
  fs.writeFileSync(OUTPUT_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nRaw runs and budgets: ${path.relative(process.cwd(), OUTPUT_FILE)}  (${Math.round((Date.now() - started) / 1000)} s)`);
  return options.strict && !report.pass ? 1 : 0;
});

function parseOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { runs: { type: 'string' }, sizes: { type: 'string' }, strict: { type: 'boolean' }, cpu: { type: 'boolean' } },
    }));
  } catch (error) {
    throw new UserError(`${error.message}. Usage: node scripts/bench.mjs [--runs 5] [--sizes 10,100,500] [--strict] [--cpu]`);
  }
  return {
    runs: values.runs === undefined ? DEFAULT_RUNS : positiveInteger(values.runs, '--runs'),
    sizes: values.sizes === undefined ? DEFAULT_SIZES : values.sizes.split(',').map((size) => positiveInteger(size, '--sizes')),
    strict: values.strict ?? false,
    cpu: values.cpu ?? false,
  };
}

/** The page generator is a fixture of its own (scripts/fixtures/orders-page.mjs). */
async function loadGenerator() {
  if (!fs.existsSync(GENERATOR)) {
    throw new UserError(`${path.relative(REPO_ROOT, GENERATOR)} (the My Orders page generator) is missing: it is part of the repository, check "git status".`);
  }
  const generator = await import(pathToFileURL(GENERATOR).href);
  if (typeof generator.generateOrders !== 'function' || typeof generator.renderBenchPage !== 'function') {
    throw new UserError(`${path.relative(REPO_ROOT, GENERATOR)} must export generateOrders(count, options) and renderBenchPage({ orders }).`);
  }
  return generator;
}

/** One browser with the extension and one without; both headless, both offline. */
async function launchBoth() {
  const withExtension = await launchBrowser({ extension: true, headless: true });
  try {
    return { with: withExtension, without: await launchBrowser({ extension: false, headless: true }) };
  } catch (error) {
    await closeBrowser(withExtension);
    throw error;
  }
}

async function browserVersion(context) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    return (await cdp.send('Browser.getVersion')).product;
  } finally {
    await page.close();
  }
}

// ── Measuring ───────────────────────────────────────────────────────────────────────────────────

async function measureSize(browsers, orders, runs, badging, cpu, drawn) {
  const measured = { with: [], without: [], drawn: [] };
  process.stdout.write(`  ${String(orders).padStart(4)} orders: `);
  for (let run = 0; run < runs; run++) {
    const pair = await measurePair(browsers, orders, badging, cpu, drawn);
    measured.with.push(pair.with);
    measured.without.push(pair.without);
    if (pair.drawn) measured.drawn.push(pair.drawn);
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  return measured;
}

/**
 * One run of each variant, back to back, so slow drift on the machine affects them alike. The pages
 * without the extension wait as long after load, and are watched as long after the insert, as the
 * one with it was. `drawn`: also measure the page whose cards come with their badges drawn.
 */
async function measurePair(browsers, orders, badging, cpu, drawn) {
  const withRun = await measureRun(browsers.with.context, { orders, badging, cpu });
  const likeWith = { orders, cpu, settleMs: withRun.initMs + SETTLE_MS, watchMs: withRun.watchedMs };
  const withoutRun = await measureRun(browsers.without.context, likeWith);
  let drawnRun;
  if (drawn) {
    browsers.showDrawn(true);
    try {
      drawnRun = await measureRun(browsers.without.context, { ...likeWith, drawnExpected: true });
    } finally {
      browsers.showDrawn(false);
    }
  }
  return { with: withRun, without: withoutRun, drawn: drawnRun };
}

/**
 * The badges the extension draws on the current bench page, as static markup: loads the page with
 * the extension, inserts the cards, waits for every badge, and reads each host's attributes, shadow
 * root and stylesheet. Empty when a badge never showed (then the drawn page is not measured).
 * The extension stores these cards as on any visit: every measured run of the size is a return visit.
 * @returns {Promise<Map<string, import('./fixtures/orders-page.mjs').DrawnBadge>>}
 */
async function readDrawnBadges(context, orders) {
  const page = await context.newPage();
  try {
    await page.goto(BENCH_URL, { waitUntil: 'load' });
    await waitForContentScript(page);
    await page.evaluate(() => window.__acaBenchInsert());
    const shown = await page
      .waitForFunction(
        (expected) => {
          const hosts = [...document.querySelectorAll('aca-order-badge[data-aca-urgency]')];
          return hosts.length >= expected && hosts.every((host) => host.shadowRoot?.textContent.trim());
        },
        orders,
        { timeout: badgeTimeoutMs(orders) },
      )
      .then(() => true, () => false);
    if (!shown) return new Map();
    const badges = await page.evaluate(() =>
      [...document.querySelectorAll('aca-order-badge')].map((host) => ({
        attributes: [...host.attributes].map((attribute) => [attribute.name, attribute.value]),
        shadowHtml: host.shadowRoot.innerHTML,
        css: [...host.shadowRoot.adoptedStyleSheets, ...[...host.shadowRoot.styleSheets]]
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .join('\n'),
      })),
    );
    return new Map(badges.map((badge) => [Object.fromEntries(badge.attributes)['data-aca-order-id'], badge]));
  } finally {
    await page.close();
  }
}

/**
 * Loads a fresh bench page, inserts the cards, and returns this run's raw figures. With `badging`
 * the page has the extension and is watched until its badges show; without it, the page is
 * watched the same way for `watchMs`. `drawnExpected`: the page's cards carry drawn badges, checked
 * after the figures are read.
 */
async function measureRun(context, { orders, badging, cpu = false, settleMs = SETTLE_MS, watchMs = 0, drawnExpected = false }) {
  const withExtension = Boolean(badging);
  const waitForBadges = withExtension && badging.expected;
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(BENCH_URL, { waitUntil: 'load' });
    const initMs = withExtension ? await waitForContentScript(page) : null;
    await page.waitForTimeout(settleMs);

    await page.evaluate(armProbe, {
      expectedBadges: waitForBadges ? orders : 0,
      timeoutMs: waitForBadges ? badgeTimeoutMs(orders) : watchMs,
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await readCounters(cdp);
    const trace = cpu ? await startCpuTrace(cdp) : null;

    const inserted = await page.evaluate(() => window.__acaBenchInsert());
    if (inserted !== orders) throw new UserError(`the bench page inserted ${inserted} cards instead of ${orders}: check renderBenchPage().`);
    const watch = await page.evaluate(() => window.__acaProbe.watch);
    await page.waitForTimeout(TAIL_MS);

    // Task and script time are read before the final collection, which would otherwise count as work.
    const after = await readCounters(cdp);
    const traced = trace ? await trace.stop() : null;
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await readCounters(cdp);
    const probe = await page.evaluate(() => window.__acaProbe.read());
    if (probe.insertedAt === null) {
      throw new UserError('the bench page did not call performance.mark("cards-inserted") when inserting: check renderBenchPage().');
    }
    if (waitForBadges && watch.count === 0) noBadgesYet(badging, badgeTimeoutMs(orders));
    if (drawnExpected) await checkDrawnBadges(page, orders);

    const longTasks = probe.longTasks.filter((task) => task.start >= probe.armedAt);
    const duration = (metric) => (after[metric] - before[metric]) * 1000;
    return {
      initMs,
      badgeMs: waitForBadges && watch.doneAt !== null ? round(watch.doneAt - probe.insertedAt) : null,
      badgesShown: waitForBadges ? watch.count : null,
      watchedMs: probe.watchEnd === null ? 0 : round(probe.watchEnd - probe.insertedAt),
      taskMs: round(duration('TaskDuration')),
      scriptMs: round(duration('ScriptDuration')),
      styleLayoutMs: round(duration('RecalcStyleDuration') + duration('LayoutDuration')),
      threadMs: round(duration('ThreadTime')),
      cpuMs: traced === null ? null : round(traced.cpuMs),
      activity: traced === null ? null : Object.fromEntries(Object.entries(traced.activity).map(([name, value]) => [name, round(value)])),
      // The bench's own checks, included above in both variants (they run in both): kept to show they are small.
      probeMs: round(probe.checkMs),
      longTasks: longTasks.length,
      longestTaskMs: round(Math.max(0, ...longTasks.map((task) => task.duration))),
      longTasksDuringLoad: probe.longTasks.length - longTasks.length,
      heapGrowthBytes: afterGc.JSHeapUsedSize - before.JSHeapUsedSize,
    };
  } finally {
    await page.close();
  }
}

/** The drawn page measures something only if every declared shadow root was attached and styled. */
async function checkDrawnBadges(page, orders) {
  const shown = await page.evaluate(
    () =>
      [...document.querySelectorAll('aca-order-badge')].filter(
        (host) => host.shadowRoot?.textContent.trim() && host.shadowRoot.adoptedStyleSheets.length === 1,
      ).length,
  );
  if (shown !== orders) {
    throw new UserError(
      `the page with badges drawn in advance showed ${shown} of ${orders} styled badges: this Chromium does not attach declarative shadow roots in cloned templates, or the page script did not share the stylesheet.`,
    );
  }
}

async function waitForContentScript(page) {
  const start = Date.now();
  try {
    await page.waitForSelector('html[data-aca-page]', { state: 'attached', timeout: INIT_TIMEOUT_MS });
  } catch {
    throw new UserError(
      `the content script did not mark the bench page (no data-aca-page on <html> within ${INIT_TIMEOUT_MS / 1000} s): rebuild with "npx wxt build".`,
    );
  }
  return Date.now() - start;
}

/** A build without the badge feature would make every run wait out the timeout: say so once and stop waiting. */
function noBadgesYet(badging, timeoutMs) {
  badging.expected = false;
  console.log(
    `\n  No badge appeared within ${timeoutMs / 1000} s: this build does not badge order cards yet.` +
      '\n  Badge timings are skipped; the other figures are still measured.',
  );
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────────

const METRICS = ['badgeMs', 'taskMs', 'threadMs', 'cpuMs', 'scriptMs', 'styleLayoutMs', 'longTasks', 'longestTaskMs', 'heapGrowthBytes'];

function buildReport({ options, chromium, loadAtStart, results, scripts }) {
  const sizes = options.sizes.map((orders) => {
    const withExtension = variantStats(results[orders].with);
    const without = variantStats(results[orders].without);
    const drawn = results[orders].drawn.length > 0 ? variantStats(results[orders].drawn) : null;
    const drawnVersusWithout = (metric) => (drawn ? difference(drawn.median[metric], without.median[metric]) : null);
    return {
      orders,
      with: withExtension,
      without,
      drawn,
      // What showing the badges costs the browser, no code of ours: the drawn page against the plain one;
      // and what the extension costs beyond that: its page against the drawn one.
      drawnTaskTimeRatio: drawn ? ratio(drawn.median.taskMs, without.median.taskMs) : null,
      drawnTaskTimeDifferenceMs: drawnVersusWithout('taskMs'),
      drawnThreadTimeDifferenceMs: drawnVersusWithout('threadMs'),
      drawnStyleLayoutDifferenceMs: drawnVersusWithout('styleLayoutMs'),
      beyondDrawnTaskTimeMs: drawn ? difference(withExtension.median.taskMs, drawn.median.taskMs) : null,
      beyondDrawnThreadTimeMs: drawn ? difference(withExtension.median.threadMs, drawn.median.threadMs) : null,
      beyondDrawnStyleLayoutMs: drawn ? difference(withExtension.median.styleLayoutMs, drawn.median.styleLayoutMs) : null,
      taskTimeRatio: ratio(withExtension.median.taskMs, without.median.taskMs),
      taskTimeDifferenceMs: difference(withExtension.median.taskMs, without.median.taskMs),
      threadTimeRatio: ratio(withExtension.median.threadMs, without.median.threadMs),
      threadTimeDifferenceMs: difference(withExtension.median.threadMs, without.median.threadMs),
      cpuTimeRatio: ratio(withExtension.median.cpuMs, without.median.cpuMs),
      cpuTimeDifferenceMs: difference(withExtension.median.cpuMs, without.median.cpuMs),
      // The bench page runs almost no script of its own: a ratio over ~0 ms would be noise.
      scriptTimeRatio: without.median.scriptMs >= MIN_RATIO_BASE_MS ? ratio(withExtension.median.scriptMs, without.median.scriptMs) : null,
      scriptTimeDifferenceMs: difference(withExtension.median.scriptMs, without.median.scriptMs),
      styleLayoutDifferenceMs: difference(withExtension.median.styleLayoutMs, without.median.styleLayoutMs),
      heapGrowthDifferenceBytes: difference(withExtension.median.heapGrowthBytes, without.median.heapGrowthBytes),
    };
  });
  const budgets = checkBudgets(sizes, scripts);
  return {
    generatedAt: new Date().toISOString(),
    chromium,
    machine: { cpus: os.cpus().length, loadAverage: { atStart: loadAtStart, atEnd: round(os.loadavg()[0]) } },
    url: BENCH_URL,
    runsPerSize: options.runs,
    cpuTraced: options.cpu,
    settleMs: SETTLE_MS,
    tailMs: TAIL_MS,
    sizes,
    contentScripts: scripts,
    budgets,
    pass: budgets.every((budget) => budget.pass !== false),
  };
}

function variantStats(runs) {
  const stats = Object.fromEntries(METRICS.map((metric) => [metric, summarise(runs.map((run) => run[metric]))]));
  const pick = (key) => Object.fromEntries(METRICS.map((metric) => [metric, stats[metric][key]]));
  return { runs, median: pick('median'), min: pick('min'), max: pick('max'), activity: medianActivity(runs) };
}

/** The traced CPU time by activity (--cpu), median of the runs; null when not traced. */
function medianActivity(runs) {
  const traced = runs.filter((run) => run.activity);
  if (traced.length === 0) return null;
  return Object.fromEntries(ACTIVITIES.map((name) => [name, round(summarise(traced.map((run) => run.activity[name])).median)]));
}

/** Each budget: { id, description, limit, measured, pass } — pass is null when it could not be measured. */
function checkBudgets(sizes, scripts) {
  const at = (orders) => sizes.find((size) => size.orders === orders);
  const budgets = [];

  const badgeSize = at(BUDGETS.badgeMs.orders);
  const allBadged = badgeSize?.with.runs.every((run) => run.badgeMs !== null);
  budgets.push({
    id: 'badge-latency',
    description: `${BUDGETS.badgeMs.orders} orders badged within ${BUDGETS.badgeMs.max} ms of appearing (median)`,
    limit: BUDGETS.badgeMs.max,
    measured: badgeSize?.with.median.badgeMs ?? null,
    pass: !badgeSize ? null : Boolean(allBadged) && badgeSize.with.median.badgeMs <= BUDGETS.badgeMs.max,
    note: badgeSize && !allBadged ? 'not every run showed every badge' : undefined,
  });

  const ratioSize = at(BUDGETS.taskRatio.orders);
  budgets.push({
    id: 'task-time-ratio',
    description: `main-thread task time with/without ≤ ${BUDGETS.taskRatio.max} at ${BUDGETS.taskRatio.orders} orders`,
    limit: BUDGETS.taskRatio.max,
    measured: ratioSize?.taskTimeRatio ?? null,
    pass: ratioSize?.taskTimeRatio == null ? null : ratioSize.taskTimeRatio <= BUDGETS.taskRatio.max,
  });

  // A long task the page has anyway (inserting 500 cards) is not the extension's: it only fails
  // when the extension's longest task is over 50 ms AND longer than the page's own.
  for (const size of sizes) {
    const withMs = size.with.median.longestTaskMs;
    const withoutMs = size.without.median.longestTaskMs;
    budgets.push({
      id: `long-tasks-${size.orders}`,
      description: `no long task over ${BUDGETS.longTaskMs} ms caused by the extension at ${size.orders} orders (median of each run's longest)`,
      limit: BUDGETS.longTaskMs,
      measured: { with: withMs, without: withoutMs },
      pass: withMs <= BUDGETS.longTaskMs || withMs <= withoutMs,
    });
  }

  if (scripts.length === 0) {
    budgets.push({ id: 'content-script-size', description: 'content script ≤ 300 KB minified', limit: BUDGETS.scriptBytes, measured: null, pass: false, note: 'no content scripts in the build' });
  }
  for (const script of scripts) {
    budgets.push({
      id: `content-script-size:${script.file}`,
      description: `${script.file} ≤ ${BUDGETS.scriptBytes / 1024} KB minified`,
      limit: BUDGETS.scriptBytes,
      measured: script.bytes,
      pass: script.bytes <= BUDGETS.scriptBytes,
    });
  }
  return budgets;
}

function printReport(report) {
  console.log(`\n${report.chromium}, medians of ${report.runsPerSize} runs (min–max in brackets)`);
  // Other work on the machine (builds, tests) slows both variants unevenly: say so next to the figures.
  const { cpus, loadAverage } = report.machine;
  const load = Math.max(loadAverage.atStart, loadAverage.atEnd);
  if (load > cpus) console.log(`Warning: the machine was busy (load average up to ${load} on ${cpus} cores): times are inflated and noisy.`);
  console.log('');
  const rows = report.sizes.flatMap((size) => {
    const both = (metric, format, unit) => [spread(size.with, metric, format, unit), spread(size.without, metric, format, unit)];
    const heapDifference = size.heapGrowthDifferenceBytes;
    return [
      [size.orders, 'badges showing, after cards appear', spread(size.with, 'badgeMs', fixed, 'ms'), '—', badgeNote(size)],
      ['', 'main-thread task time', ...both('taskMs', fixed, 'ms'), compare(size.taskTimeDifferenceMs, size.taskTimeRatio)],
      ['', 'main-thread CPU time', ...both('threadMs', fixed, 'ms'), compare(size.threadTimeDifferenceMs, size.threadTimeRatio)],
      ...(size.with.median.cpuMs === null
        ? []
        : [['', 'main-thread CPU time (traced)', ...both('cpuMs', fixed, 'ms'), compare(size.cpuTimeDifferenceMs, size.cpuTimeRatio)]]),
      ['', 'script time', ...both('scriptMs', fixed, 'ms'), compare(size.scriptTimeDifferenceMs, size.scriptTimeRatio)],
      ['', 'style + layout time', ...both('styleLayoutMs', fixed, 'ms'), compare(size.styleLayoutDifferenceMs, null)],
      ['', 'long tasks (> 50 ms)', ...both('longTasks', String), ''],
      ['', 'longest long task', ...both('longestTaskMs', fixed, 'ms'), ''],
      ['', 'JS heap growth (after GC)', ...both('heapGrowthBytes', signedKb, 'KB'), heapDifference === null ? '' : `${signedKb(heapDifference)} KB`],
    ];
  });
  console.log(formatTable(['orders', 'measure', 'with extension', 'without', 'with vs without'], rows, { right: [0] }));

  printDrawnTable(report);
  printActivityTable(report);

  console.log(`\n${formatTable(
    ['content script', 'minified', 'gzip'],
    report.contentScripts.map((script) => [script.file, kb(script.bytes), kb(script.gzipBytes)]),
    { right: [1, 2] },
  )}`);

  console.log('\nBudgets');
  for (const budget of report.budgets) {
    const verdict = budget.pass === null ? 'SKIP' : budget.pass ? 'PASS' : 'FAIL';
    console.log(`  ${verdict}  ${budget.description}: ${describeMeasured(budget)}${budget.note ? ` (${budget.note})` : ''}`);
  }

  printNotes(report);
}

/** The badges alone (drawn in advance, no code of the extension) against the plain page and the extension's page. */
function printDrawnTable(report) {
  const sizes = report.sizes.filter((size) => size.drawn);
  if (sizes.length === 0) return;
  const rows = sizes.flatMap((size) => {
    const row = (label, metric, drawnDifference, beyond, ratioValue = null) => [
      '',
      label,
      spread(size.drawn, metric, fixed, 'ms'),
      spread(size.without, metric, fixed, 'ms'),
      compare(drawnDifference, ratioValue),
      compare(beyond, null),
    ];
    const rowsForSize = [
      row('main-thread task time', 'taskMs', size.drawnTaskTimeDifferenceMs, size.beyondDrawnTaskTimeMs, size.drawnTaskTimeRatio),
      row('main-thread CPU time', 'threadMs', size.drawnThreadTimeDifferenceMs, size.beyondDrawnThreadTimeMs),
      row('style + layout time', 'styleLayoutMs', size.drawnStyleLayoutDifferenceMs, size.beyondDrawnStyleLayoutMs),
      ['', 'longest long task', spread(size.drawn, 'longestTaskMs', fixed, 'ms'), spread(size.without, 'longestTaskMs', fixed, 'ms'), '', ''],
    ];
    rowsForSize[0][0] = size.orders;
    return rowsForSize;
  });
  console.log('\nThe badges alone: the same cards with the badges drawn in advance (no code of the extension runs)');
  console.log(formatTable(['orders', 'measure', 'badges drawn', 'without', 'drawn vs without', 'extension vs drawn'], rows, { right: [0] }));
}

/** With --cpu: where each variant's main-thread CPU time went, and what the extension added to each part. */
function printActivityTable(report) {
  const sizes = report.sizes.filter((size) => size.with.activity && size.without.activity);
  if (sizes.length === 0) return;
  const rows = sizes.flatMap((size) =>
    ACTIVITIES.map((name, i) => {
      const { with: withExtension, without, drawn } = size;
      const cell = (variant) => (variant?.activity ? ms(variant.activity[name]) : '—');
      return [
        i === 0 ? size.orders : '',
        name,
        cell(withExtension),
        cell(without),
        cell(drawn),
        compare(difference(withExtension.activity[name], without.activity[name]), null),
        drawn?.activity ? compare(difference(withExtension.activity[name], drawn.activity[name]), null) : '',
      ];
    }),
  );
  console.log('\nWhere the main thread\'s CPU time goes (traced, --cpu; medians of each part)');
  console.log(formatTable(['orders', 'activity', 'with extension', 'without', 'badges drawn', 'with vs without', 'extension vs drawn'], rows, { right: [0] }));
}

/** What the figures mean, with this run's own numbers: the "without" page is not a real one. */
function printNotes(report) {
  const reference = report.sizes.find((size) => size.orders === 100) ?? report.sizes[0];
  const pageOwnMs = reference?.without.median.taskMs;
  console.log(`
Reading these figures:
  - "with vs without" is the same generated page in the same Chromium, with the extension loaded
    or not. That page is static HTML: no framework, no JSON requests, no tracking scripts. Its own
    work is the browser styling, laying out and painting the new cards${pageOwnMs == null ? '' : ` (${ms(pageOwnMs)} of main-thread
    time for ${reference.orders} orders on this machine)`}. The real My Orders page does much more, so the
    extension's cost is a smaller share there: the ratio is a strict test, reported as measured,
    next to the absolute difference.
  - Task and script time: the page's main thread, from just before the insert until ${TAIL_MS / 1000} s after
    the last badge shows (or after the insert, without the extension). The extension's background
    service worker runs in its own process and is not counted, but task time is wall time: on a
    machine with few cores the worker's CPU slows the page's own tasks (which is why the content
    script tells it about the cards once the page is idle). CPU time is the same thread's time on
    a core (its ThreadTime counter; the traced figure, with --cpu, counts tasks only): where it
    grows by as much as task time, the extension's cost is work of its own, not waiting for a
    core. Style + layout is the part of the task time the browser spends on styles and layout,
    the badges' shadow roots included. The bench's own per-frame checks run in both pages for
    the same time (their cost: probeMs in the JSON).
  - Badges showing: from performance.mark("cards-inserted") until every card's badge host carries
    data-aca-urgency and shows text (checked on each DOM change and each frame), including any
    round trip to the background.
  - Long tasks: counted from just before the insert. Both pages are watched frame by frame after
    the insert, so Chromium renders the new cards in one task, which is long for hundreds of cards
    with or without the extension: hence the budget compares the longest task of each.
  - Heap: JSHeapUsedSize after a forced garbage collection, end minus start of the run.
  - The badges alone: before each size is measured, the extension draws its badges on the bench
    page once; their host elements and shadow roots (declarative shadow DOM) are then put into
    the cards' own markup, and the browser without the extension measures that page like the
    others; the page's script gives every shadow root the one shared stylesheet, as the
    extension does. No code of the extension runs there: "drawn vs without" is what the browser
    needs to style, lay out and paint the badges at all, which no code of the extension can
    avoid while it shows these badges; "extension vs drawn" is what its code adds (reading the
    cards, building the badges, telling the background).${report.cpuTraced ? `
  - CPU time (--cpu): the same window, as thread time of the page's main thread in a Chromium
    trace. Task time is wall time and grows when other processes take the CPU; CPU time barely
    does, so its ratio is the steadier figure on a busy machine. Tracing costs both pages a little.
    The same trace splits that time by activity: each trace event counts its own CPU time (less
    its children's) as script (V8, callbacks, microtasks), style (style recalculation, layout tree),
    layout (including text shaping), paint (paint, pre-paint, layers, commit), gc (V8 and Blink
    garbage collection) or other (task overhead, messages, loading). Each part is a median of its
    own, so the parts need not add up to the total's median.` : ''}`);
}

function describeMeasured(budget) {
  if (budget.measured === null) return 'not measured';
  if (budget.id === 'badge-latency') return ms(budget.measured);
  if (budget.id === 'task-time-ratio') return times(budget.measured);
  if (budget.id.startsWith('long-tasks')) return `longest ${msOrNone(budget.measured.with)} with, ${msOrNone(budget.measured.without)} without`;
  return kb(budget.measured);
}

function badgeNote(size) {
  const shown = size.with.runs.map((run) => run.badgesShown);
  if (shown.every((count) => count === null)) return 'not measured';
  const missing = shown.filter((count) => count !== null && count < size.orders);
  return missing.length ? `${missing.length} run(s) timed out (${Math.min(...missing)}/${size.orders} shown)` : '';
}

// ── Number formatting ───────────────────────────────────────────────────────────────────────────

/** "median unit (min–max)", or just "median unit" when every run gave the same figure. */
function spread(variant, metric, format, unit = '') {
  const median = variant.median[metric];
  if (median === null) return '—';
  const suffix = unit ? ` ${unit}` : '';
  const low = format(variant.min[metric]);
  const high = format(variant.max[metric]);
  return low === high ? `${format(median)}${suffix}` : `${format(median)}${suffix} (${low}–${high})`;
}

const round = (value) => Math.round(value * 100) / 100;
const ratio = (a, b) => (a === null || b === null || b <= 0 ? null : round(a / b));
const difference = (a, b) => (a === null || b === null ? null : round(a - b));
const fixed = (value) => value.toFixed(1);
const ms = (value) => `${fixed(value)} ms`;
const msOrNone = (value) => (value > 0 ? ms(value) : 'none');
const kb = (bytes) => `${fixed(bytes / 1024)} KB`;
const signedKb = (bytes) => `${bytes >= 0 ? '+' : '-'}${fixed(Math.abs(bytes) / 1024)}`;
const times = (value) => (value === null ? '' : `${value.toFixed(2)}×`);
/** "+973.0 ms (2.76×)": the absolute cost next to the ratio, which alone says nothing when the page does little. */
const compare = (differenceMs, ratioValue) =>
  differenceMs === null ? '' : `${differenceMs >= 0 ? '+' : '-'}${ms(Math.abs(differenceMs))}${ratioValue === null ? '' : ` (${times(ratioValue)})`}`;
