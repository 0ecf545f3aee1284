import { useState, type FormEvent } from 'react';
import { MAX_THRESHOLDS, MAX_THRESHOLD_DAYS } from '@/lib/domain/reminders/thresholds';
import { t } from '@/lib/i18n';
import type { ReminderSettings } from '@/lib/settings/reminder-settings';

export interface SettingsPanelProps {
  settings: ReminderSettings;
  onSave: (settings: ReminderSettings) => Promise<void>;
}

/** "7, 3, 1, 0" → [7, 3, 1, 0]; undefined when any part is not a whole day in range. */
export function parseThresholds(text: string): number[] | undefined {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (parts.length > MAX_THRESHOLDS) return undefined;
  const days = parts.map((p) => (/^\d{1,2}$/.test(p) ? Number(p) : NaN));
  if (days.some((d) => !Number.isInteger(d) || d > MAX_THRESHOLD_DAYS)) return undefined;
  return [...new Set(days)].sort((a, b) => b - a);
}

export function SettingsPanel({ settings, onSave }: SettingsPanelProps) {
  const [text, setText] = useState(settings.thresholds.join(', '));
  const [notifications, setNotifications] = useState(settings.notifications);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const thresholds = parseThresholds(text);
    if (!thresholds) return setMessage({ ok: false, text: t('reminder_settingsInvalid') });
    await onSave({ thresholds, notifications });
    setText(thresholds.join(', '));
    setMessage({ ok: true, text: t('reminder_settingsSaved') });
  };

  return (
    <details className="settings">
      <summary>{t('reminder_settingsTitle')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label className="check">
          <input type="checkbox" checked={notifications} onChange={(e) => setNotifications(e.target.checked)} />
          {t('reminder_settingsNotifications')}
        </label>
        <label htmlFor="aca-thresholds">{t('reminder_settingsThresholds')}</label>
        <input id="aca-thresholds" type="text" inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} />
        {message && (
          <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit">{t('reminder_settingsSave')}</button>
        <p className="hint">{t('reminder_settingsNote')}</p>
      </form>
    </details>
  );
}
