import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders as sampleOrders } from '../../scripts/fixtures/data/orders-2026-en.mjs';
import { ORDERS_URL, openSession, sendFromExtension, waitForAllBadges, watchedPage, type Session } from './harness';

// The reminders in the real browser: alarms rebuilt from the database, each due reminder shown
// once, across a service-worker stop and restart. Headless Chromium keeps notifications (getAll
// lists them) but cannot click one: the click handler is covered by the unit tests
// (tests/background/reminder-scheduler.test.ts) and here only checked to be registered.

const DAY = 86_400_000;
const completedOrder = sampleOrders.find((o) => o.status === 'completed')!;

type Shown = { id: string; title: string; message: string };
type SwGlobal = typeof globalThis & {
  chrome: {
    notifications: { create(id: string, options: { title: string; message: string }): Promise<string>; getAll(): Promise<Record<string, boolean>>; onClicked: { hasListeners(): boolean } };
    alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; create(name: string, info: { when: number }): Promise<void> };
    action: { getBadgeText(details: object): Promise<string> };
  };
  __acaShown?: Shown[];
};

/** Records every notification the worker creates (in this worker instance), still creating it. */
function recordNotifications(worker: Worker) {
  return worker.evaluate(() => {
    const g = globalThis as SwGlobal;
    if (g.__acaShown) return;
    g.__acaShown = [];
    const create = g.chrome.notifications.create.bind(g.chrome.notifications);
    g.chrome.notifications.create = (id, options) => {
      g.__acaShown!.push({ id, title: options.title, message: options.message });
      return create(id, options);
    };
  });
}
const shown = (worker: Worker) => worker.evaluate(() => (globalThis as SwGlobal).__acaShown ?? []);
const ourAlarms = (worker: Worker) =>
  worker.evaluate(async () => (await (globalThis as SwGlobal).chrome.alarms.getAll()).filter((a) => a.name.startsWith('aca-reminders:')));
/** What the browser does when our alarm comes due (unpacked extensions may set one this soon). */
const fireAlarmNow = (worker: Worker) =>
  worker.evaluate(() => (globalThis as SwGlobal).chrome.alarms.create('aca-reminders:next', { when: Date.now() + 50 }));

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('reminders in the background', () => {
  let session: Session;
  let worker: Worker;
  beforeAll(async () => {
    session = await openSession({ [ORDERS_URL]: 'orders-2026-en.html' });
    worker = session.context.serviceWorkers()[0]!;
  });
  afterAll(() => session?.close());

  it('rebuilds one alarm from the orders seen, shows due reminders once, survives a worker restart', async () => {
    await recordNotifications(worker);
    const { page, problems } = await watchedPage(session.context);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);

    // Three sample orders are within 7 days of their deadline: too many for one notification each.
    const first = await until(() => shown(worker), (list) => list.length > 0);
    expect(first.map((n) => n.id)).toEqual(['aca-reminders:summary']);
    expect(first[0]!.title).toBe('3 orders have claim deadlines coming up');
    // The rebuild shows notifications first, then sets the badge and the alarm.
    expect(await until(() => ourAlarms(worker), (list) => list.length > 0)).toHaveLength(1);
    expect(await worker.evaluate(() => (globalThis as SwGlobal).chrome.action.getBadgeText({}))).toBe('2');
    expect(Object.keys(await worker.evaluate(() => (globalThis as SwGlobal).chrome.notifications.getAll()))).toEqual(['aca-reminders:summary']);

    // The alarm fires and the same orders are seen again: rebuilt, nothing shown twice, still one alarm.
    await fireAlarmNow(worker);
    await page.reload();
    await waitForAllBadges(page);
    await page.waitForTimeout(2_500); // past the rebuild debounce after writes
    expect(await shown(worker)).toHaveLength(1);
    const alarms = await ourAlarms(worker);
    expect(alarms.map((a) => a.name)).toEqual(['aca-reminders:next']);

    // Stop the service worker (CDP), wake it with a message: a fresh instance, the alarm still there once.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const cdp = await session.context.newCDPSession(popup);
    const states: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { runningStatus: string }[] }) =>
      states.push(...event.versions.map((v) => v.runningStatus)),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Something (a message, the alarm) may wake it again at once: that it stopped is what counts.
    await until(async () => states.includes('stopped'), (stopped) => stopped);
    expect(states).toContain('stopped');
    await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'deadlines/upcoming', limit: 1 }));
    expect(await shown(worker)).toEqual([]); // a new worker instance: our recorder is gone with the old one
    await recordNotifications(worker);
    expect(await ourAlarms(worker)).toEqual(alarms);

    // A date the buyer enters, 2 days ahead: its 3-day reminder is due at once, and fires once.
    const dueAt = new Date(Date.now() + 2 * DAY + 3_600_000).toISOString();
    const answer = await sendFromExtension(session, { type: 'deadline/set-manual', orderId: completedOrder.orderId, kind: 'dispute-after-completion', dueAt });
    expect(answer).toMatchObject({ ok: true });
    const afterRestart = await until(() => shown(worker), (list) => list.length > 0);
    expect(afterRestart.map((n) => n.id)).toEqual([`aca-reminder:${completedOrder.orderId}`]);
    expect(afterRestart[0]!.message).toContain('Last day to open a dispute');
    expect(afterRestart[0]!.message).toContain('(entered by you)');
    await fireAlarmNow(worker);
    await page.waitForTimeout(1_000);
    expect(await shown(worker)).toHaveLength(1);
    expect(await ourAlarms(worker)).toHaveLength(1);

    // The click handler is registered in the restarted worker (clicking needs a real desktop).
    expect(await worker.evaluate(() => (globalThis as SwGlobal).chrome.notifications.onClicked.hasListeners())).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('claim timer reminders in the background', () => {
  let session: Session;
  let worker: Worker;
  beforeAll(async () => {
    session = await openSession({ [ORDERS_URL]: 'orders-2026-en.html' });
    worker = session.context.serviceWorkers()[0]!;
  });
  afterAll(() => session?.close());

  it("an open claim's due timer shows exactly one notification, with the claim's id", async () => {
    const shippedOrder = sampleOrders.find((o) => o.status === 'shipped')!;
    const { page, problems } = await watchedPage(session.context);
    await page.goto(ORDERS_URL);
    await waitForAllBadges(page);
    await recordNotifications(worker);

    // Protection ends tomorrow (entered by the buyer): waiting 48 h for the seller would run past
    // the dispute deadline minus the margin, so the reply wait is over as soon as the message is sent.
    const dueAt = new Date(Date.now() + DAY).toISOString();
    const send = (request: unknown) => sendFromExtension(session, request);
    expect(await send({ type: 'deadline/set-manual', orderId: shippedOrder.orderId, kind: 'protection-end', dueAt })).toMatchObject({ ok: true });
    expect(await send({ type: 'claim/start', orderId: shippedOrder.orderId })).toMatchObject({ ok: true });
    const at = new Date().toISOString();
    const events = [
      { type: 'problem-set', at, problems: [{ itemKey: 'item-1', reason: 'not-received', notReceivedCase: 'in-transit-past-deadline' }] },
      { type: 'message-used', at, templateId: 'not-received', language: 'en', text: 'Hello, my order has not arrived. Please help.' },
    ];
    for (const event of events) expect(await send({ type: 'claim/event', orderId: shippedOrder.orderId, event })).toMatchObject({ ok: true });

    const claimNotices = async () => (await shown(worker)).filter((n) => n.id.startsWith('aca-claim-timer:'));
    const first = await until(claimNotices, (list) => list.length > 0);
    expect(first.map((n) => n.id)).toEqual([`aca-claim-timer:${shippedOrder.orderId}`]);
    expect(first[0]!.title).toBe('The seller has not replied: time to act');

    // More writes and an alarm: rebuilt again, still one.
    await send({ type: 'claim/get', orderId: shippedOrder.orderId });
    await fireAlarmNow(worker);
    await page.reload();
    await waitForAllBadges(page);
    await page.waitForTimeout(2_500); // past the rebuild debounce after writes
    expect(await claimNotices()).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
