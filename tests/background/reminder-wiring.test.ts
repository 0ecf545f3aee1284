import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REBUILD_DEBOUNCE_MS, wireReminders } from '@/lib/background/reminder-wiring';
import type { ReminderScheduler } from '@/lib/background/reminder-scheduler';
import type { ClaimDb } from '@/lib/storage/db';
import { ORDER_A, T0, card, freshDb } from '../storage/fixtures';

let db: ClaimDb;
let rebuilds: number;
const scheduler: ReminderScheduler = {
  rebuild: async () => {
    rebuilds += 1;
    return {} as Awaited<ReturnType<ReminderScheduler['rebuild']>>;
  },
};
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const order = () => ({ ...card(), firstSeenAt: T0, lastSeenAt: T0, statusHistory: [], user: {} });

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  rebuilds = 0;
  wireReminders(() => scheduler, db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('wireReminders: what rebuilds the reminders', () => {
  it.each([
    ['install or update', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never)],
    ['browser start', () => fakeBrowser.runtime.onStartup.trigger()],
    ['our alarm', () => fakeBrowser.alarms.onAlarm.trigger({ name: 'aca-reminders:next', scheduledTime: Date.now(), persistAcrossSessions: false })],
  ])('%s', async (_name, fire) => {
    await fire();
    await settle();
    expect(rebuilds).toBe(1);
  });

  it('not another extension alarm', async () => {
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: Date.now(), persistAcrossSessions: false });
    await settle();
    expect(rebuilds).toBe(0);
  });

  it('a burst of writes to orders or deadlines, once after it; not the reminder log', async () => {
    await db.orders.put(order());
    await db.orders.put({ ...order(), lastSeenAt: '2026-11-02T10:00:00.000Z' });
    await db.reminders.put({ id: 'x', orderId: ORDER_A, kind: 'protection-end', thresholdDays: 1, dueAt: T0, deliveredAt: T0 });
    await settle(REBUILD_DEBOUNCE_MS + 200);
    expect(rebuilds).toBe(1);
    await db.reminders.put({ id: 'y', orderId: ORDER_A, kind: 'protection-end', thresholdDays: 0, dueAt: T0, deliveredAt: T0 });
    await settle(REBUILD_DEBOUNCE_MS + 200);
    expect(rebuilds).toBe(1);
  });

  it.each(['claims', 'evidence'])('a write to %s (a claim clock may move) rebuilds too', async (table) => {
    const claim = { orderId: ORDER_A, events: [{ type: 'claim-started', at: T0, orderId: ORDER_A }], updatedAt: T0 } as never;
    if (table === 'claims') await db.claims.put(claim);
    else await db.evidence.delete([ORDER_A, 'ev-1']);
    await settle(REBUILD_DEBOUNCE_MS + 200);
    expect(rebuilds).toBe(1);
  });

  it('a notification click opens its order', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(`aca-reminder:${ORDER_A}`);
    await settle();
    expect(create).toHaveBeenCalledWith({ url: `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_A}` });
  });
});
