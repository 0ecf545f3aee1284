/**
 * Processes bursts of items (new order cards). The first slice runs at once, inside the task
 * that produced the items; whatever is left runs in our own later tasks, yielding to the page
 * between. The first slice shares its task with the page's own work (about 20 ms to insert 100
 * cards on 2 cores), so it stops well short of the 50 ms long-task mark. When the later slices
 * finish before the browser renders the new cards, cards and badges are laid out in one pass.
 * (Measured in the bench at 100 cards on 2 cores, first slice 30 ms against 50 ms, interleaved
 * runs: the same task time, a third less script time, 40 against 61 ms; and only with 30 ms did
 * some runs show every badge within 100 ms, the rest after the page's first render.)
 */
export const FIRST_SLICE_MS = 30;
export const LATER_SLICE_MS = 30;

export class WorkQueue<T> {
  private readonly pending = new Set<T>();
  private draining = false;

  constructor(
    private readonly work: {
      /** Handles one item. */
      each: (item: T) => void;
      /** Runs after every slice, e.g. to send what the slice found as one message. */
      afterSlice: () => void;
    },
    private readonly signal: AbortSignal,
    private readonly now: () => number = () => performance.now(),
  ) {}

  add(items: Iterable<T>): void {
    for (const item of items) this.pending.add(item);
    if (this.pending.size === 0 || this.draining || this.signal.aborted) return;
    this.draining = true;
    this.takeSlice(FIRST_SLICE_MS);
    if (this.pending.size > 0) void this.drainLater();
    else this.draining = false;
  }

  private async drainLater(): Promise<void> {
    while (this.pending.size > 0 && !this.signal.aborted) {
      await yieldToPage();
      // Aborted while yielding (the feature was torn down): no slice may mount badges after that.
      if (this.signal.aborted) break;
      this.takeSlice(LATER_SLICE_MS);
    }
    this.draining = false;
  }

  private takeSlice(budgetMs: number): void {
    const started = this.now();
    for (const item of this.pending) {
      this.pending.delete(item);
      this.work.each(item);
      if (this.now() - started >= budgetMs) break;
    }
    this.work.afterSlice();
  }
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
