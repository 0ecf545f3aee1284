/** @jsxImportSource @/lib/ui */
import { manualEntryKinds } from '@/lib/domain/actionable';
import { parseManualDeadline, type ManualDateError } from '@/lib/domain/manual-date';
import { kindLabel } from '@/lib/deadline-words';
import { t, type MessageKey } from '@/lib/i18n';
import { DeadlineKind } from '@/lib/schemas/deadline';
import type { OrderStatus } from '@/lib/schemas/order';

export interface BadgeManualEntry {
  status: OrderStatus;
  canUndo: boolean;
  /** Resolves with an error message to show, or undefined when saved (the badge then re-renders). */
  onSave: (kind: DeadlineKind, dueAt: Date) => Promise<string | undefined>;
  onUndo: () => Promise<string | undefined>;
}

const ERROR_KEY: Record<ManualDateError, MessageKey> = {
  'missing-date': 'reminder_error_missing_date',
  'invalid-date': 'reminder_error_invalid_date',
  'invalid-time': 'reminder_error_invalid_time',
  'in-the-past': 'reminder_error_in_the_past',
  'too-far-ahead': 'reminder_error_too_far_ahead',
};

/** In the badge's panel: the date exactly as AliExpress shows it, in the buyer's zone, with undo. */
export function ManualDateForm({ orderId, entry, now, timeZone }: { orderId: string; entry: BadgeManualEntry; now: () => Date; timeZone: string }) {
  const kinds = manualEntryKinds(entry.status);
  const id = `aca-manual-${orderId}`;
  const error = (<p className="manual-error" role="alert" hidden />) as HTMLElement;
  const showError = (message: string | undefined) => {
    error.textContent = message ?? '';
    error.hidden = !message;
  };
  const kind = (
    <select id={`${id}-kind`} name="kind">
      {kinds.map((k) => (
        <option value={k}>{kindLabel(k)}</option>
      ))}
    </select>
  ) as HTMLSelectElement;
  const date = (<input id={`${id}-date`} name="date" type="date" />) as HTMLInputElement;
  const time = (<input id={`${id}-time`} name="time" type="time" />) as HTMLInputElement;
  const save = (<button type="submit" className="manual-save">{t('reminder_formSave')}</button>) as HTMLButtonElement;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const result = parseManualDeadline(date.value, time.value, now());
    if (!result.ok) return showError(t(ERROR_KEY[result.error]));
    showError(undefined);
    save.disabled = true;
    const failure = await entry.onSave(kind.value as DeadlineKind, result.dueAt);
    save.disabled = false;
    if (failure) showError(t('reminder_requestFailed', failure));
  };
  const onUndo = async () => {
    const failure = await entry.onUndo();
    if (failure) showError(t('reminder_requestFailed', failure));
  };

  return (
    <div className="manual">
      {entry.canUndo && (
        <p className="manual-saved" role="status">
          {t('reminder_badgeSaved')}{' '}
          <button type="button" className="manual-undo" onClick={() => void onUndo()}>
            {t('reminder_undo')}
          </button>
        </p>
      )}
      <details>
        <summary>{t('reminder_badgeEnterDate')}</summary>
        <form onSubmit={(event: Event) => void onSubmit(event)} novalidate>
          <label for={`${id}-kind`}>{t('reminder_formKind')}</label>
          {kind}
          <span className="manual-row">
            <span>
              <label for={`${id}-date`}>{t('reminder_formDate')}</label>
              {date}
            </span>
            <span>
              <label for={`${id}-time`}>{t('reminder_formTime')}</label>
              {time}
            </span>
          </span>
          <span className="manual-hint">{t('reminder_formHint', timeZone)}</span>
          {error}
          {save}
        </form>
      </details>
    </div>
  );
}
