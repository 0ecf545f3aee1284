import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_THRESHOLDS, MAX_THRESHOLDS, MAX_THRESHOLD_DAYS, normaliseThresholds } from '../domain/reminders/thresholds';

/** The buyer's reminder settings. Small and read by the background and the popup: browser.storage. */
export const ReminderSettings = z.strictObject({
  /** Days before a deadline; 0 = on the day. Empty: no notifications, the toolbar badge still counts. */
  thresholds: z
    .array(z.int().check(z.minimum(0), z.maximum(MAX_THRESHOLD_DAYS)))
    .check(z.maxLength(MAX_THRESHOLDS)),
  notifications: z.boolean(),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { thresholds: [...DEFAULT_THRESHOLDS], notifications: true };

/** v1 — 2026-12-01. A new version needs a migration here (WXT runs it on first read). */
export const reminderSettingsItem = storage.defineItem<ReminderSettings>('local:reminderSettings', {
  fallback: DEFAULT_REMINDER_SETTINGS,
  version: 1,
});

/** What is stored, checked: anything unreadable (edited by hand, a bug) gives the defaults. */
export function readableSettings(raw: unknown): ReminderSettings {
  const parsed = ReminderSettings.safeParse(raw);
  if (!parsed.success) return { ...DEFAULT_REMINDER_SETTINGS, thresholds: [...DEFAULT_REMINDER_SETTINGS.thresholds] };
  return { ...parsed.data, thresholds: normaliseThresholds(parsed.data.thresholds) };
}

export async function loadReminderSettings(): Promise<ReminderSettings> {
  try {
    return readableSettings(await reminderSettingsItem.getValue());
  } catch {
    return readableSettings(undefined);
  }
}

/** Validated before it is written; returns what was stored. Throws on invalid settings. */
export async function saveReminderSettings(settings: ReminderSettings): Promise<ReminderSettings> {
  const valid = ReminderSettings.parse(settings);
  const stored = { ...valid, thresholds: normaliseThresholds(valid.thresholds) };
  await reminderSettingsItem.setValue(stored);
  return stored;
}

export function watchReminderSettings(onChange: (settings: ReminderSettings) => void): () => void {
  return reminderSettingsItem.watch((value) => onChange(readableSettings(value)));
}
