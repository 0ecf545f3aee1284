import { browser } from 'wxt/browser';
import type { MessageHandler } from '../messaging/handler';
import type { RequestType } from '../messaging/protocol';
import { watchReminderSettings } from '../settings/reminder-settings';
import { isReminderAlarm } from './alarm-sync';
import { openNotice } from './notifier';
import type { ReminderScheduler } from './reminder-scheduler';

/** Requests that change orders or deadlines: reminders and the toolbar badge follow them. */
const WRITES: ReadonlySet<RequestType> = new Set(['orders/seen', 'deadline/set-manual', 'deadline/remove-manual']);
/** Cards arrive in slices: one rebuild after the burst, not one per slice. */
export const REBUILD_DEBOUNCE_MS = 1_500;

const log = (what: string) => (error: unknown) => console.warn(`[AliExpress Claim Assistant] reminders: ${what} failed:`, error);

/**
 * Registers the reminder listeners; must run synchronously at service-worker start, so the events
 * that woke it (alarm, click, start-up) reach them. The scheduler is created on first need.
 */
export function wireReminders(getScheduler: () => ReminderScheduler): void {
  const rebuild = (why: string) => void getScheduler().rebuild().catch(log(`rebuild (${why})`));
  browser.runtime.onInstalled.addListener(() => rebuild('install/update'));
  browser.runtime.onStartup.addListener(() => rebuild('browser start'));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isReminderAlarm(alarm.name)) rebuild('alarm');
  });
  browser.notifications?.onClicked.addListener((id) => void openNotice(id).catch(log('opening a notification')));
  watchReminderSettings(() => rebuild('settings'));
}

/** The message handler, plus a (debounced) rebuild after every successful write. */
export function rebuildAfterWrites(handler: MessageHandler, getScheduler: () => ReminderScheduler): MessageHandler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return async (raw) => {
    const response = await handler(raw);
    const type = (raw as { type?: unknown } | null)?.type;
    if (response.ok && typeof type === 'string' && WRITES.has(type as RequestType)) {
      clearTimeout(timer);
      timer = setTimeout(() => void getScheduler().rebuild().catch(log('rebuild (write)')), REBUILD_DEBOUNCE_MS);
    }
    return response;
  };
}
