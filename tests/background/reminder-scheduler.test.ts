import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18nMock } from '../i18n-en';
import { DAY, HOUR, ORDER_A, ORDER_B, ORDER_C, card, countdown, freshDb } from '../storage/fixtures';
import type { ClaimDb } from '@/lib/storage/db';
import type { ReminderSettings } from '@/lib/settings/reminder-settings';

vi.mock('@/lib/i18n', () => i18nMock);

const { createReminderScheduler } = await import('@/lib/background/reminder-scheduler');
const { NEXT_ALARM, MIN_ALARM_DELAY_MS } = await import('@/lib/background/alarm-sync');
const { openNotice } = await import('@/lib/background/notifier');
const { createOrderService } = await import('@/lib/storage/order-service');
const { createClaimService } = await import('@/lib/storage/claim-service');
const { createReminderLog } = await import('@/lib/storage/reminder-log');
const { DEFAULT_REMINDER_SETTINGS } = await import('@/lib/settings/reminder-settings');

// Dexie runs on fake-indexeddb, which needs real timers: only the clock is faked.
const START = new Date('2026-11-02T12:00:00.000Z');
let db: ClaimDb;
let settings: ReminderSettings;
let created: { id: string; title: string; message: string }[];

/** A fresh scheduler over the same database: what a service-worker restart or browser start gives. */
function startBackground() {
  const service = createOrderService(db, () => new Date());
  const claims = createClaimService(db, { orders: service, clock: () => new Date() });
  return {
    service,
    claims,
    scheduler: createReminderScheduler({ orders: service, claims, log: createReminderLog(db), settings: async () => settings, clock: () => new Date() }),
  };
}

/** An order far from its deadlines with a claim whose message to the seller was just sent: the 48 h wait runs. */
async function claimWaitingForSeller(orderId: string) {
  await seeShipped(orderId, 40 * DAY);
  const { claims } = startBackground();
  await claims.start(orderId);
  await claims.record(orderId, { type: 'problem-set', at: new Date().toISOString(), problems: [{ itemKey: '1005001', reason: 'wrong-item' }] });
  await claims.record(orderId, { type: 'message-used', at: new Date().toISOString(), templateId: 'not-received', language: 'en', text: 'Hello, my order has not arrived.' });
  return claims;
}

async function seeShipped(orderId: string, leftMs: number) {
  const { service } = startBackground();
  const at = new Date().toISOString();
  await service.recordOrdersSeen({ orders: [card({ orderId, countdown: countdown(at, leftMs) })], observedAt: at });
}

const ourAlarms = async () => (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('aca-reminders:'));
const advance = (ms: number) => vi.setSystemTime(new Date(Date.now() + ms));

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  db = freshDb();
  settings = { ...DEFAULT_REMINDER_SETTINGS, thresholds: [...DEFAULT_REMINDER_SETTINGS.thresholds] };
  created = [];
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string, options: { title: string; message: string }) => {
    created.push({ id, title: options.title, message: options.message });
    return id;
  }) as never);
});

// The "blocked" case below replaces it; fakeBrowser.reset() does not put it back.
const notificationsApi = fakeBrowser.notifications as { getPermissionLevel?: unknown };
const permissionLevel = notificationsApi.getPermissionLevel;

afterEach(async () => {
  notificationsApi.getPermissionLevel = permissionLevel;
  vi.useRealTimers();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('reminder scheduler', () => {
  it('repeated and overlapping starts leave exactly one alarm and show nothing twice', async () => {
    await seeShipped(ORDER_A, 10 * DAY);
    for (let i = 0; i < 3; i++) await startBackground().scheduler.rebuild();
    const { scheduler } = startBackground();
    await Promise.all([scheduler.rebuild(), scheduler.rebuild(), scheduler.rebuild()]);

    const alarms = await ourAlarms();
    expect(alarms).toHaveLength(1);
    // 7 days before a deadline 10 days ahead at 12:00 UTC: 09:00 three days from now (the test zone).
    const firstFire = new Date(START.getTime() + 10 * DAY);
    firstFire.setDate(firstFire.getDate() - 7);
    firstFire.setHours(9, 0, 0, 0);
    expect(alarms[0]).toMatchObject({ name: NEXT_ALARM, scheduledTime: firstFire.getTime() });
    expect(created).toEqual([]);
  });

  it('after downtime the missed reminder fires once, at the next start, naming order, kind, days left and source', async () => {
    await seeShipped(ORDER_A, 10 * DAY);
    await startBackground().scheduler.rebuild();
    advance(8 * DAY + 6 * HOUR); // browser closed past the 7- and 3-day reminders

    const first = await startBackground().scheduler.rebuild();
    expect(first.delivered).toBe(2); // the 3-day one shown, the 7-day one recorded with it
    expect(created).toHaveLength(1);
    expect(created[0]!.id).toBe(`aca-reminder:${ORDER_A}`);
    expect(created[0]!.title).toBe('Claim deadline in 1 day');
    expect(created[0]!.message).toContain('Buyer protection ends');
    expect(created[0]!.message).toContain('1 day left (from AliExpress)');
    expect(created[0]!.message).toContain(`Order ${ORDER_A}`);

    for (let i = 0; i < 3; i++) await startBackground().scheduler.rebuild();
    expect(created).toHaveLength(1);
    expect(await ourAlarms()).toHaveLength(1);
  });

  it('each threshold fires once as time passes, then the alarm goes when the deadline has passed', async () => {
    await seeShipped(ORDER_A, 10 * DAY);
    const { scheduler } = startBackground();
    await scheduler.rebuild();
    for (let step = 0; step < 30; step++) {
      const [alarm] = await ourAlarms();
      if (!alarm) break;
      vi.setSystemTime(new Date(alarm.scheduledTime)); // the alarm fires: the background rebuilds
      await scheduler.rebuild();
    }
    expect(created.map((n) => n.title)).toEqual([
      'Claim deadline in 7 days',
      'Claim deadline in 3 days',
      'Claim deadline in 1 day',
      'Claim deadline in less than a day',
    ]);
    expect(await ourAlarms()).toEqual([]);
    expect(await db.reminders.count()).toBe(0); // deliveries of a passed deadline are forgotten
  });

  it('a moved deadline reschedules: the alarm follows the new date and the old reminders never fire', async () => {
    await seeShipped(ORDER_A, 20 * DAY);
    const { service, scheduler } = startBackground();
    await scheduler.rebuild();
    const before = (await ourAlarms())[0]!.scheduledTime;

    // An hour later the buyer reads an earlier date on the tracking page: 2 days from now.
    advance(HOUR);
    const dueAt = new Date(Date.now() + 2 * DAY).toISOString();
    await service.setManualDeadline({ orderId: ORDER_A, kind: 'protection-end', dueAt });
    const result = await scheduler.rebuild();
    expect(result.plan.reminders.every((r) => r.dueAt === dueAt)).toBe(true);
    expect(created).toHaveLength(1); // 3 days before has passed already: shown now
    expect(created[0]!.message).toContain('(entered by you)');
    const after = (await ourAlarms())[0]!.scheduledTime;
    expect(after).toBeLessThan(before);
    expect(await ourAlarms()).toHaveLength(1);
  });

  it('the toolbar badge counts urgent orders, in the urgent colour, and clears when none is', async () => {
    await seeShipped(ORDER_A, 2 * DAY);
    await seeShipped(ORDER_B, 1 * DAY);
    await seeShipped(ORDER_C, 6 * DAY);
    await startBackground().scheduler.rebuild();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb3, 0x26, 0x1e, 255]);

    advance(7 * DAY);
    await startBackground().scheduler.rebuild();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('many orders due at once make one summary notification', async () => {
    await seeShipped(ORDER_A, 2 * DAY);
    await seeShipped(ORDER_B, 2 * DAY + HOUR);
    await seeShipped(ORDER_C, 2 * DAY + 2 * HOUR);
    await startBackground().scheduler.rebuild();
    expect(created.map((n) => [n.id, n.title])).toEqual([['aca-reminders:summary', '3 orders have claim deadlines coming up']]);
    expect(created[0]!.message).toContain(ORDER_A);
  });

  it.each([
    { name: 'notifications switched off', off: true, denied: false },
    { name: 'notifications blocked', off: false, denied: true },
  ])('$name: nothing shown, still recorded once, badge still counts', async ({ off, denied }) => {
    settings.notifications = !off;
    if (denied) {
      (fakeBrowser.notifications as { getPermissionLevel?: unknown }).getPermissionLevel = async () => 'denied';
    }
    await seeShipped(ORDER_A, 2 * DAY);
    const result = await startBackground().scheduler.rebuild();
    expect(result.delivered).toBe(2);
    expect(result.shown).toBe(0);
    expect(created).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await startBackground().scheduler.rebuild()).delivered).toBe(0);
  });

  it('clears stale alarms of its own and leaves other alarms alone', async () => {
    await fakeBrowser.alarms.create('aca-reminders:old-per-order', { when: Date.now() + HOUR });
    await fakeBrowser.alarms.create(NEXT_ALARM, { when: Date.now() + 5 * DAY });
    await fakeBrowser.alarms.create('someone-else', { when: Date.now() + HOUR });
    await seeShipped(ORDER_A, 10 * DAY);
    await startBackground().scheduler.rebuild();
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual([NEXT_ALARM, 'someone-else']);
  });

  it('no alarm is set sooner than Chrome allows', async () => {
    await seeShipped(ORDER_A, 72 * HOUR + 5_000); // turns urgent in 5 s
    await startBackground().scheduler.rebuild();
    const [alarm] = await ourAlarms();
    expect(alarm!.scheduledTime).toBe(Date.now() + MIN_ALARM_DELAY_MS);
  });

  it('changed thresholds apply at the next rebuild', async () => {
    await seeShipped(ORDER_A, 20 * DAY);
    settings.thresholds = [14];
    const result = await startBackground().scheduler.rebuild();
    expect(result.plan.reminders.map((r) => r.thresholdDays)).toEqual([14]);
  });
});

describe('reminder scheduler: claim timers', () => {
  it('the seller reply wait is reminded once at its end, through repeated rebuilds and restarts', async () => {
    await claimWaitingForSeller(ORDER_A);
    const first = await startBackground().scheduler.rebuild();
    expect(first.claimPlan.reminders.map((r) => [r.kind, r.fireAt])).toEqual([['seller-reply', new Date(START.getTime() + 48 * HOUR).toISOString()]]);
    expect((await ourAlarms())[0]!.scheduledTime).toBe(START.getTime() + 48 * HOUR);
    expect(created).toEqual([]);

    advance(48 * HOUR);
    for (let i = 0; i < 3; i++) await startBackground().scheduler.rebuild();
    const { scheduler } = startBackground();
    await Promise.all([scheduler.rebuild(), scheduler.rebuild()]);
    expect(created).toHaveLength(1);
    expect(created[0]!.id).toBe(`aca-claim-timer:${ORDER_A}`);
    expect(created[0]!.title).toBe('The seller has not replied: time to act');
    expect(created[0]!.message).toContain(`Order ${ORDER_A}: the wait for the seller's reply ended`);
    expect(created[0]!.message).toContain('(≈ estimate)');
    // The order's own badge is untouched by the claim clock: 40 days out, nothing urgent.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('a timer that stops (the seller replied) drops its reminder and its delivery record', async () => {
    const claims = await claimWaitingForSeller(ORDER_A);
    await startBackground().scheduler.rebuild();
    advance(20 * HOUR);
    await claims.record(ORDER_A, { type: 'seller-replied', at: new Date().toISOString() });
    const after = await startBackground().scheduler.rebuild();
    expect(after.claimPlan.reminders).toEqual([]);
    advance(40 * HOUR);
    await startBackground().scheduler.rebuild();
    expect(created).toEqual([]);
  });

  it('a timer that moves is reminded at its new end only, and the old delivery is forgotten', async () => {
    const claims = await claimWaitingForSeller(ORDER_A);
    advance(48 * HOUR);
    await startBackground().scheduler.rebuild();
    expect(created).toHaveLength(1);
    const oldIds = [...(await createReminderLog(db).deliveredIds())];
    // The buyer opens the dispute: the reply wait stops, the seller's 5 days start.
    await claims.record(ORDER_A, { type: 'dispute-opened', at: new Date().toISOString(), resolution: { kind: 'refund-only' } });
    const moved = await startBackground().scheduler.rebuild();
    expect(moved.claimPlan.reminders.map((r) => r.kind)).toEqual(['seller-dispute-answer']);
    const delivered = await createReminderLog(db).deliveredIds();
    expect(oldIds.some((id) => delivered.has(id))).toBe(false);
    advance(5 * DAY);
    await startBackground().scheduler.rebuild();
    await startBackground().scheduler.rebuild();
    expect(created.map((n) => n.title)).toEqual(['The seller has not replied: time to act', "The seller's time to answer your dispute is over"]);
  });

  it('a finished claim has no timer reminders', async () => {
    const claims = await claimWaitingForSeller(ORDER_A);
    await claims.record(ORDER_A, { type: 'outcome-recorded', at: new Date().toISOString(), outcome: 'refunded-full' });
    advance(3 * DAY);
    const result = await startBackground().scheduler.rebuild();
    expect(result.claimPlan.reminders).toEqual([]);
    expect(created).toEqual([]);
  });
});

describe('notification click', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    { id: `aca-reminder:${ORDER_A}`, url: `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER_A}` },
    { id: 'aca-reminders:summary', url: 'chrome-extension://test-extension-id/popup.html' },
    { id: `aca-claim-timer:${ORDER_A}`, url: `chrome-extension://test-extension-id/popup.html?claim=${ORDER_A}` },
  ])('$id opens $url', async ({ id, url }) => {
    const opened = await openNotice(id);
    expect(opened).toBe(url);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(url);
  });

  it.each(['someone-else', 'aca-reminder:javascript:alert(1)', 'aca-reminder:', 'aca-claim-timer:../options.html', 'aca-claim-timer:'])('ignores %s', async (id) => {
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await openNotice(id)).toBeUndefined();
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });
});
