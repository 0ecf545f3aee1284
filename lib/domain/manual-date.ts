/** The form's words for what went wrong; the UI maps each to an i18n text. */
export type ManualDateError = 'missing-date' | 'invalid-date' | 'invalid-time' | 'in-the-past' | 'too-far-ahead';

export type ManualDateResult = { ok: true; dueAt: Date } | { ok: false; error: ManualDateError };

/** AliExpress windows run up to 90 days plus extensions; a year and a bit covers every real one. */
export const MAX_DAYS_AHEAD = 400;
/** Without a time the deadline is the end of the day shown. */
export const DEFAULT_TIME = '23:59';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * A deadline typed by the buyer, read as a wall-clock time in their own zone (what `<input
 * type="date">` and `type="time"` give: `YYYY-MM-DD`, `HH:MM`). Pure, never throws. A day that does
 * not exist (31 April) is an error, not the next day; so is a time that does not exist on a DST day.
 */
export function parseManualDeadline(dateText: string, timeText: string, now: Date): ManualDateResult {
  const date = dateText.trim();
  const time = timeText.trim() || DEFAULT_TIME;
  if (!date) return { ok: false, error: 'missing-date' };
  const d = DATE.exec(date);
  if (!d) return { ok: false, error: 'invalid-date' };
  const t = TIME.exec(time);
  if (!t) return { ok: false, error: 'invalid-time' };
  const [year, month, day] = d.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = t.slice(1).map(Number) as [number, number];
  if (hour > 23 || minute > 59) return { ok: false, error: 'invalid-time' };
  const dueAt = new Date(year, month - 1, day, hour, minute);
  if (dueAt.getFullYear() !== year || dueAt.getMonth() !== month - 1 || dueAt.getDate() !== day) {
    return { ok: false, error: 'invalid-date' };
  }
  // A skipped hour (spring forward) comes back shifted: the buyer did not type that time.
  if (dueAt.getHours() !== hour || dueAt.getMinutes() !== minute) return { ok: false, error: 'invalid-time' };
  if (dueAt.getTime() <= now.getTime()) return { ok: false, error: 'in-the-past' };
  if (dueAt.getTime() - now.getTime() > MAX_DAYS_AHEAD * 86_400_000) return { ok: false, error: 'too-far-ahead' };
  return { ok: true, dueAt };
}

/** The other way: a stored instant as the form's `YYYY-MM-DD` and `HH:MM` in the local zone. */
export function toFormValues(dueAt: Date): { date: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${dueAt.getFullYear()}-${pad(dueAt.getMonth() + 1)}-${pad(dueAt.getDate())}`,
    time: `${pad(dueAt.getHours())}:${pad(dueAt.getMinutes())}`,
  };
}
