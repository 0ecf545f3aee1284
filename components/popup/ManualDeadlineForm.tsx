import { useState, type FormEvent } from 'react';
import { manualEntryKinds } from '@/lib/domain/actionable';
import { parseManualDeadline, toFormValues, type ManualDateError } from '@/lib/domain/manual-date';
import { kindLabel } from '@/lib/deadline-words';
import { t, type MessageKey } from '@/lib/i18n';
import { DeadlineKind } from '@/lib/schemas/deadline';
import type { OrderStatus } from '@/lib/schemas/order';

export interface ManualDeadlineFormProps {
  orderId: string;
  status: OrderStatus;
  /** The kind to preselect (e.g. the deadline being corrected). */
  kind?: DeadlineKind;
  /** Prefilled date, e.g. the current value being confirmed. */
  initial?: Date;
  now: () => Date;
  timeZone: string;
  busy?: boolean;
  onSubmit: (kind: DeadlineKind, dueAt: Date) => void;
  onCancel: () => void;
}

const ERROR_KEY: Record<ManualDateError, MessageKey> = {
  'missing-date': 'reminder_error_missing_date',
  'invalid-date': 'reminder_error_invalid_date',
  'invalid-time': 'reminder_error_invalid_time',
  'in-the-past': 'reminder_error_in_the_past',
  'too-far-ahead': 'reminder_error_too_far_ahead',
};

/** The date exactly as AliExpress shows it, in the buyer's own zone; checked before it is sent. */
export function ManualDeadlineForm({ orderId, status, kind, initial, now, timeZone, busy, onSubmit, onCancel }: ManualDeadlineFormProps) {
  const kinds = manualEntryKinds(status);
  const start = initial ? toFormValues(initial) : { date: '', time: '' };
  const [chosen, setChosen] = useState<DeadlineKind>(kind && kinds.includes(kind) ? kind : kinds[0]!);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time === '23:59' ? '' : start.time);
  const [error, setError] = useState<ManualDateError | undefined>();
  const id = `aca-form-${orderId}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = parseManualDeadline(date, time, now());
    if (!result.ok) return setError(result.error);
    setError(undefined);
    onSubmit(chosen, result.dueAt);
  };

  return (
    <form className="manual-form" onSubmit={submit} aria-label={t('reminder_formTitle', orderId)} noValidate>
      <label htmlFor={`${id}-kind`}>{t('reminder_formKind')}</label>
      <select id={`${id}-kind`} value={chosen} onChange={(e) => setChosen(e.target.value as DeadlineKind)}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
      <div className="form-row">
        <span>
          <label htmlFor={`${id}-date`}>{t('reminder_formDate')}</label>
          <input id={`${id}-date`} name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={error !== undefined && error !== 'invalid-time'} />
        </span>
        <span>
          <label htmlFor={`${id}-time`}>{t('reminder_formTime')}</label>
          <input id={`${id}-time`} name="time" type="time" value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={error === 'invalid-time'} />
        </span>
      </div>
      <p className="hint">{t('reminder_formHint', timeZone)}</p>
      {error && (
        <p className="error" role="alert">
          {t(ERROR_KEY[error])}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('reminder_formSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('reminder_formCancel')}
        </button>
      </div>
    </form>
  );
}
