import { describe, expect, it } from 'vitest';
import { FIRST_SLICE_MS, LATER_SLICE_MS, WorkQueue } from '@/lib/features/work-queue';

// The scheduling the performance budgets rest on: the first slice runs inside the task that
// produced the items, the rest in later slices of their own, one afterSlice per slice.

const ITEM_MS = 10;

function setup(controller = new AbortController()) {
  let clock = 0;
  const done: number[] = [];
  const slices: number[] = [];
  const queue = new WorkQueue<number>(
    {
      each: (item) => {
        done.push(item);
        clock += ITEM_MS; // every item costs 10 ms of the fake clock
      },
      afterSlice: () => slices.push(done.length),
    },
    controller.signal,
    () => clock,
  );
  return { queue, done, slices, controller };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const items = (count: number, from = 0) => Array.from({ length: count }, (_, i) => from + i);

describe('WorkQueue', () => {
  it('runs the first slice at once, up to its budget, and the rest in later slices', async () => {
    const { queue, done, slices } = setup();
    queue.add(items(12));
    const first = FIRST_SLICE_MS / ITEM_MS;
    expect(done).toEqual(items(first)); // synchronously, inside add()
    expect(slices).toEqual([first]);
    await settle();
    expect(done).toEqual(items(12));
    const later = LATER_SLICE_MS / ITEM_MS;
    const expected = [first];
    for (let count = first + later; count < 12 + later; count += later) expected.push(Math.min(count, 12));
    expect(slices).toEqual(expected);
  });

  it('finishes a small burst inside add(), with one afterSlice', () => {
    const { queue, done, slices } = setup();
    queue.add(items(3));
    expect(done).toEqual(items(3));
    expect(slices).toEqual([3]);
  });

  it('takes items added while draining into the same drain, each once', async () => {
    const { queue, done } = setup();
    queue.add(items(8));
    queue.add([...items(4, 6), 20]); // 6 and 7 are still pending: not processed twice
    await settle();
    expect([...done].sort((a, b) => a - b)).toEqual([...items(10), 20]);
  });

  it('stops between slices once aborted', async () => {
    const { queue, done, controller } = setup();
    queue.add(items(12));
    controller.abort();
    await settle();
    expect(done).toEqual(items(FIRST_SLICE_MS / ITEM_MS));
    queue.add(items(3, 100));
    expect(done.length).toBe(FIRST_SLICE_MS / ITEM_MS);
  });
});
