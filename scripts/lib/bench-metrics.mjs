// Measuring tools for scripts/bench.mjs: the probe that runs inside the page, the counters read
// over the Chrome DevTools Protocol, content-script sizes, and the few statistics the report needs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Runs in the page (passed to page.evaluate), just before the cards are inserted. Installs
 * `window.__acaProbe` with:
 *   - longTasks: every long task since navigation (buffered), so read() can split load from insert;
 *   - watch: resolves when `expectedBadges` badge hosts carry data-aca-urgency AND show text in
 *     their shadow root (the host alone is not something a user can see), or after `timeoutMs`.
 * Checks run on DOM mutations and once per frame: a document MutationObserver does not see
 * changes inside shadow roots, and a setTimeout poll would add its own latency to the figure.
 *
 * The page without the extension runs the same loop (expectedBadges 0) for as long as the badges
 * took with it: a requestAnimationFrame loop changes how Chromium schedules rendering (the first
 * frame after the insert becomes one long task), so both variants must have it or the long-task
 * figures compare different things.
 * @param {{ expectedBadges: number, timeoutMs: number }} options
 */
export function armProbe({ expectedBadges, timeoutMs }) {
  // checkMs: time spent in this probe's own checks, so the report can show they are small.
  const probe = { armedAt: performance.now(), longTasks: [], checkMs: 0, watchEnd: null };
  const collect = (entries) => {
    for (const entry of entries) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  };
  const taskObserver = new PerformanceObserver((list) => collect(list.getEntries()));
  taskObserver.observe({ type: 'longtask', buffered: true });

  // Long-task entries are delivered lazily: flush them before reading.
  probe.read = () => {
    collect(taskObserver.takeRecords());
    const mark = performance.getEntriesByName('cards-inserted', 'mark').at(-1);
    return {
      insertedAt: mark ? mark.startTime : null,
      armedAt: probe.armedAt,
      watchEnd: probe.watchEnd,
      longTasks: probe.longTasks,
      checkMs: probe.checkMs,
    };
  };

  const shown = new WeakSet(); // hosts already seen with text: checked once, not every frame
  const hasVisibleText = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A shadow root usually starts with a <style>: its CSS text is not something the user sees.
      if (node.data.trim() && !node.parentElement?.closest('style, script, template')) return true;
    }
    return false;
  };
  const isShown = (host) => {
    if (!shown.has(host) && host.shadowRoot && hasVisibleText(host.shadowRoot)) shown.add(host);
    return shown.has(host);
  };
  const hosts = () => document.querySelectorAll('aca-order-badge[data-aca-urgency]');
  const countShown = () => [...hosts()].filter(isShown).length;
  // Runs every frame while waiting: stops at the first badge not showing yet, so hundreds of
  // pending badges are not walked again and again.
  const allShown = () => {
    const found = hosts();
    return expectedBadges > 0 && found.length >= expectedBadges && [...found].every(isShown);
  };

  probe.watch = new Promise((resolve) => {
    if (timeoutMs <= 0) return resolve({ doneAt: null, count: 0 });
    let finished = false;
    const finish = (doneAt) => {
      finished = true;
      probe.watchEnd = performance.now();
      mutations.disconnect();
      clearTimeout(timer);
      resolve({ doneAt, count: countShown() });
    };
    const check = () => {
      if (finished) return;
      const start = performance.now();
      const done = allShown();
      const end = performance.now();
      probe.checkMs += end - start;
      if (done) finish(end);
    };
    const mutations = new MutationObserver(check);
    mutations.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-aca-urgency'] });
    const everyFrame = () => {
      check();
      if (!finished) requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
    const timer = setTimeout(() => finish(null), timeoutMs);
  });

  window.__acaProbe = probe;
}

/** The renderer's cumulative counters (CDP Performance domain), as { TaskDuration: s, JSHeapUsedSize: bytes, … }. */
export async function readCounters(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/** Every content script the build ships, with raw and gzip sizes in bytes. */
export function contentScriptSizes(extensionDir) {
  const dir = path.join(extensionDir, 'content-scripts');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => {
      const source = fs.readFileSync(path.join(dir, file));
      return { file: `content-scripts/${file}`, bytes: source.length, gzipBytes: zlib.gzipSync(source).length };
    });
}

/** { median, min, max } of the numbers present (null when there are none). */
export function summarise(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: null, min: null, max: null };
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1) };
}

/**
 * Starts a Chromium trace on a page's CDP session: one event per task (the "toplevel" category)
 * plus what Blink and V8 do inside tasks. `stop()` returns, for the busiest renderer main thread
 * (the page's; the extension's service worker runs on a thread of its own):
 *   cpuMs     CPU time spent in tasks while tracing: unlike task wall time it hardly grows when
 *             other processes hold the CPU, so it shows the extension's cost on a busy machine;
 *   activity  that CPU time split by what the thread did (see ACTIVITIES), so a change in the
 *             total can be traced to script, style, layout, paint or garbage collection.
 * Returns null when the trace lost events (its buffer filled up): a partial sum would understate the cost.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function startCpuTrace(cdp) {
  const events = [];
  const collect = (event) => events.push(...event.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordUntilFull', traceBufferSizeInKb: 512 * 1024 },
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { dataLossOccurred } = await complete;
      cdp.off('Tracing.dataCollected', collect);
      return dataLossOccurred ? null : mainThreadCpu(events);
    },
  };
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'v8.execute', 'disabled-by-default-v8.gc'];
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** What a main-thread trace event's own time counts as; anything unlisted (task overhead, IPC, loading) is "other". */
export const ACTIVITIES = ['script', 'style', 'layout', 'paint', 'gc', 'other'];
const ACTIVITY_BY_NAME = new Map([
  ...['FunctionCall', 'RunMicrotasks', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'FireIdleCallback'].map((name) => [name, 'script']),
  ...['Document::recalcStyle', 'Document::rebuildLayoutTree', 'UpdateLayoutTree', 'ScheduleStyleRecalculation'].map((name) => [name, 'style']),
  ...['LocalFrameView::performLayout', 'Layout'].map((name) => [name, 'layout']),
  ...['Paint', 'PaintImage', 'CullRectUpdate', 'Layerize', 'Commit', 'PaintArtifactCompositor::Update', 'UpdateLayer'].map((name) => [name, 'paint']),
  ...['MinorGC', 'MajorGC'].map((name) => [name, 'gc']),
]);

/** The activity an event name belongs to (exported for the tests). */
export function activityOf(name) {
  const named = ACTIVITY_BY_NAME.get(name);
  if (named) return named;
  if (name.startsWith('V8.GC') || name.startsWith('BlinkGC.')) return 'gc';
  if (name.startsWith('V8.') || name.startsWith('v8.')) return 'script';
  if (name.startsWith('StyleEngine::')) return 'style';
  if (name.startsWith('InlineNode::')) return 'layout'; // text shaping, inside layout
  if (name.startsWith('Blink.PrePaint') || name.startsWith('Blink.Paint') || name.startsWith('Blink.CompositingInputs')) return 'paint';
  return 'other';
}

/**
 * CPU time of the busiest renderer main thread in a trace: the sum of its outermost tasks' thread
 * time, and that same time split by activity, each event counting its own time (its thread time
 * less its children's) under its name's activity. Exported for the tests.
 * @returns {{ cpuMs: number, activity: Record<string, number> } | null}
 */
export function mainThreadCpu(events) {
  let busiest = null;
  for (const thread of events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')) {
    const timed = events
      .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && typeof e.tdur === 'number' && typeof e.dur === 'number')
      // Parents first: earlier start, then the longer of two that start together.
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const cpuUs = outermostTaskTime(timed);
    if (!busiest || cpuUs > busiest.cpuUs) busiest = { cpuUs, timed };
  }
  if (!busiest) return null;
  return { cpuMs: busiest.cpuUs / 1000, activity: activityTime(busiest.timed) };
}

function outermostTaskTime(timed) {
  let cpuUs = 0;
  let openUntil = -Infinity;
  for (const task of timed) {
    if (!TASK_EVENTS.has(task.name) || task.ts < openUntil) continue; // nested in the task before: already counted
    cpuUs += task.tdur;
    openUntil = task.ts + task.dur;
  }
  return cpuUs;
}

/** Own thread time by activity, in ms, for events that nest (sorted parents first). */
function activityTime(timed) {
  const ownUs = new Map(timed.map((event) => [event, event.tdur]));
  const open = [];
  for (const event of timed) {
    while (open.length > 0 && open.at(-1).ts + open.at(-1).dur <= event.ts) open.pop();
    const parent = open.at(-1);
    if (parent) ownUs.set(parent, ownUs.get(parent) - event.tdur);
    open.push(event);
  }
  const activity = Object.fromEntries(ACTIVITIES.map((name) => [name, 0]));
  for (const [event, us] of ownUs) activity[activityOf(event.name)] += Math.max(0, us) / 1000;
  return activity;
}
