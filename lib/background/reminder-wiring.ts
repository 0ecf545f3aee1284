import { browser } from 'wxt/browser';
import type { ClaimDb } from '../storage/db';
import { watchReminderSettings } from '../settings/reminder-settings';
import { isReminderAlarm } from './alarm-sync';
import { openNotice } from './notifier';
import type { ReminderScheduler } from './reminder-scheduler';

/**
 * Tables whose changes can move a deadline or a claim clock: any write to them (by any service)
 * rebuilds the reminders. Evidence is written with its claim's event, in the same transaction.
 */
const DEADLINE_TABLES: ReadonlySet<string> = new Set(['orders', 'deadlines', 'claims', 'evidence']);
/** Cards arrive in slices: one rebuild after the burst, not one per slice. */
export const REBUILD_DEBOUNCE_MS = 1_500;

const log = (what: string) => (error: unknown) => console.warn(`[AliExpress Claim Assistant] reminders: ${what} failed:`, error);

/**
 * Registers the reminder listeners; must run synchronously at service-worker start, so the events
 * that woke it (alarm, click, start-up) reach them. The scheduler is created on first need.
 */
export function wireReminders(getScheduler: () => ReminderScheduler, db: Pick<ClaimDb, 'onWrite'>): void {
  const rebuild = (why: string) => void getScheduler().rebuild().catch(log(`rebuild (${why})`));
  // Whatever wrote (My Orders, detail or tracking page, a date the buyer entered): the reminders
  // and the toolbar badge follow, once the burst of writes is over.
  let timer: ReturnType<typeof setTimeout> | undefined;
  db.onWrite((table) => {
    if (!DEADLINE_TABLES.has(table)) return;
    clearTimeout(timer);
    timer = setTimeout(() => rebuild('write'), REBUILD_DEBOUNCE_MS);
  });
  browser.runtime.onInstalled.addListener(() => rebuild('install/update'));
  browser.runtime.onStartup.addListener(() => rebuild('browser start'));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isReminderAlarm(alarm.name)) rebuild('alarm');
  });
  browser.notifications?.onClicked.addListener((id) => void openNotice(id).catch(log('opening a notification')));
  watchReminderSettings(() => rebuild('settings'));
}
