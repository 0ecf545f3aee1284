import { browser } from 'wxt/browser';

/**
 * One alarm for all reminders: the next moment the plan changes. Why not one per reminder: 5,000
 * orders make ~20,000 reminders, and every create/clear is a call into the browser (the rebuild
 * budget is 500 ms); Chrome also rounds alarms to at least 30 s and may drop them over a browser
 * restart, so the plan is rebuilt from the database anyway and the next alarm is all it needs.
 */
export const NEXT_ALARM = 'aca-reminders:next';
const PREFIX = 'aca-reminders:';
/** Chrome fires alarms no sooner than 30 s ahead (MV3); asking for less only warns. */
export const MIN_ALARM_DELAY_MS = 30_000;
/** A scheduled time this close to the wanted one is left alone (no clear/create churn). */
const SAME_TIME_MS = 1_000;

export const isReminderAlarm = (name: string) => name.startsWith(PREFIX);

/**
 * Makes the browser's alarms match `wantedAt` exactly: our "next" alarm once at that time (or none),
 * no other alarm of ours. Compares with getAll first, so repeated calls change nothing.
 */
export async function syncNextAlarm(wantedAt: Date | undefined, now: Date): Promise<void> {
  const ours = (await browser.alarms.getAll()).filter((alarm) => isReminderAlarm(alarm.name));
  const when = wantedAt ? Math.max(wantedAt.getTime(), now.getTime() + MIN_ALARM_DELAY_MS) : undefined;
  let keep = false;
  for (const alarm of ours) {
    const matches =
      when !== undefined && alarm.name === NEXT_ALARM && !alarm.periodInMinutes && Math.abs(alarm.scheduledTime - when) < SAME_TIME_MS;
    if (matches && !keep) keep = true;
    else await browser.alarms.clear(alarm.name);
  }
  if (when !== undefined && !keep) await browser.alarms.create(NEXT_ALARM, { when });
}
