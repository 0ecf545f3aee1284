import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_REMINDER_SETTINGS,
  loadReminderSettings,
  readableSettings,
  reminderSettingsItem,
  saveReminderSettings,
  watchReminderSettings,
} from '../../lib/settings/reminder-settings';

beforeEach(() => fakeBrowser.reset());

describe('reminder settings', () => {
  it('defaults: 7, 3 and 1 days before and on the day, notifications on', async () => {
    expect(await loadReminderSettings()).toEqual({ thresholds: [7, 3, 1, 0], notifications: true });
  });

  it('saves validated, normalised settings and reads them back', async () => {
    expect(await saveReminderSettings({ thresholds: [1, 14, 1], notifications: false })).toEqual({ thresholds: [14, 1], notifications: false });
    expect(await loadReminderSettings()).toEqual({ thresholds: [14, 1], notifications: false });
  });

  it.each([
    { name: 'a negative day', settings: { thresholds: [-1], notifications: true } },
    { name: 'more than 90 days', settings: { thresholds: [91], notifications: true } },
    { name: 'a fraction', settings: { thresholds: [1.5], notifications: true } },
    { name: 'an unknown key', settings: { thresholds: [1], notifications: true, extra: 1 } },
    { name: 'too many thresholds', settings: { thresholds: [1, 2, 3, 4, 5, 6, 7, 8, 9], notifications: true } },
  ])('refuses $name and stores nothing', async ({ settings }) => {
    await expect(saveReminderSettings(settings as never)).rejects.toThrow();
    expect(await loadReminderSettings()).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  it.each([null, 'x', { thresholds: 'all', notifications: true }, { thresholds: [3] }])('unreadable stored value %j → the defaults', async (raw) => {
    expect(readableSettings(raw)).toEqual(DEFAULT_REMINDER_SETTINGS);
    await fakeBrowser.storage.local.set({ reminderSettings: raw });
    expect(await loadReminderSettings()).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  it('watchers hear changes', async () => {
    const seen: unknown[] = [];
    const stop = watchReminderSettings((settings) => seen.push(settings));
    await saveReminderSettings({ thresholds: [2], notifications: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toEqual([{ thresholds: [2], notifications: true }]);
    expect(await reminderSettingsItem.getValue()).toEqual({ thresholds: [2], notifications: true });
  });
});
