// The bench's trace arithmetic (scripts/lib/bench-metrics.mjs): which thread is the page's, and how
// its CPU time is split by activity. Synthetic traces: every figure below is worked out by hand.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}
interface BenchMetrics {
  ACTIVITIES: string[];
  activityOf(name: string): string;
  mainThreadCpu(events: TraceEvent[]): { cpuMs: number; activity: Record<string, number> } | null;
}
// Plain JavaScript, run by Node without a build step: these are the parts of its API tested here.
const scriptPath = (name: string) => fileURLToPath(new URL(`../../scripts/lib/${name}`, import.meta.url));
const { ACTIVITIES, activityOf, mainThreadCpu } = (await import(/* @vite-ignore */ scriptPath('bench-metrics.mjs'))) as BenchMetrics;

const thread = (pid: number, tid: number, name = 'CrRendererMain'): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, args: { name } });
/** A complete event on pid 1 / tid 1: start and wall duration in µs, thread time in µs. */
const event = (name: string, ts: number, dur: number, tdur = dur, where = { pid: 1, tid: 1 }): TraceEvent => ({ name, ph: 'X', ...where, ts, dur, tdur });

describe('activityOf', () => {
  it.each([
    ['FunctionCall', 'script'],
    ['RunMicrotasks', 'script'],
    ['V8.BytecodeBudgetInterrupt', 'script'],
    ['v8.compile', 'script'],
    ['V8.GC_SCAVENGER_SCAVENGE_PARALLEL', 'gc'],
    ['MinorGC', 'gc'],
    ['BlinkGC.AtomicPauseMarkEpilogue', 'gc'],
    ['Document::recalcStyle', 'style'],
    ['Document::rebuildLayoutTree', 'style'],
    ['StyleEngine::updateActiveStyleSheets', 'style'],
    ['LocalFrameView::performLayout', 'layout'],
    ['InlineNode::ShapeTextIncludingFirstLine', 'layout'],
    ['Paint', 'paint'],
    ['Blink.PrePaint.UpdateTime', 'paint'],
    ['Blink.CompositingInputs.UpdateTime', 'paint'],
    ['CullRectUpdate', 'paint'],
    ['ThreadControllerImpl::RunTask', 'other'],
    ['Receive mojo message', 'other'],
    ['ResourceFetcher::requestResource', 'other'],
  ])('%s → %s', (name, activity) => {
    expect(activityOf(name)).toBe(activity);
  });

  it('names only the activities the report prints', () => {
    expect(ACTIVITIES).toEqual(['script', 'style', 'layout', 'paint', 'gc', 'other']);
  });
});

describe('mainThreadCpu', () => {
  it('sums outermost tasks and splits their time by each event’s own time', () => {
    const events = [
      thread(1, 1),
      // Task A: 10 ms of CPU; inside, a script call of 6 ms holding 1 ms of GC, then 2 ms of layout.
      event('ThreadControllerImpl::RunTask', 0, 12_000, 10_000),
      event('FunctionCall', 100, 7_000, 6_000),
      event('V8.GC_SCAVENGER_SCAVENGE_PARALLEL', 2_000, 1_000, 1_000),
      event('LocalFrameView::performLayout', 8_000, 2_500, 2_000),
      // Task B: 5 ms, with a nested RunTask (not counted twice) doing 3 ms of paint.
      event('ThreadControllerImpl::RunTask', 20_000, 5_000, 5_000),
      event('RunTask', 20_100, 4_000, 3_500),
      event('Paint', 20_200, 3_000, 3_000),
    ];
    const cpu = mainThreadCpu(events);
    expect(cpu?.cpuMs).toBe(15);
    expect(cpu?.activity).toEqual({ script: 5, style: 0, layout: 2, paint: 3, gc: 1, other: 4 });
    const parts = Object.values(cpu!.activity).reduce((sum, value) => sum + value, 0);
    expect(parts).toBeCloseTo(15);
  });

  it('takes the busiest renderer main thread, not another renderer’s or another thread of the same process', () => {
    const other = { pid: 2, tid: 7 };
    const events = [
      thread(1, 1),
      thread(2, 7),
      thread(1, 2, 'Compositor'),
      event('ThreadControllerImpl::RunTask', 0, 3_000, 3_000, other),
      event('ThreadControllerImpl::RunTask', 0, 9_000, 8_000),
      event('Document::recalcStyle', 10, 4_000, 4_000),
      event('ThreadControllerImpl::RunTask', 0, 50_000, 50_000, { pid: 1, tid: 2 }),
    ];
    expect(mainThreadCpu(events)).toEqual({ cpuMs: 8, activity: { script: 0, style: 4, layout: 0, paint: 0, gc: 0, other: 4 } });
  });

  it('gives null for a trace without a renderer main thread', () => {
    expect(mainThreadCpu([event('ThreadControllerImpl::RunTask', 0, 1_000)])).toBeNull();
  });
});
