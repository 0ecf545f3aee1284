import type { Reminder } from '../domain/reminders/plan';
import { wholeDaysLeft } from '../domain/urgency';
import { kindLabel, sourceWords } from '../deadline-words';
import { formatDate, t, tPlural } from '../i18n';

/** One notification to show: its id says what a click opens. */
export interface Notice {
  id: string;
  title: string;
  message: string;
}

/** More orders than this at once (e.g. after a week away) become one summary notification. */
export const MAX_SEPARATE_NOTICES = 2;
const TITLE_MAX = 60;

export const ORDER_NOTICE_PREFIX = 'aca-reminder:';
export const SUMMARY_NOTICE_ID = 'aca-reminders:summary';

/** The order a notification is about, `undefined` for the summary (or a foreign id). */
export function orderIdOfNotice(id: string): string | undefined {
  if (!id.startsWith(ORDER_NOTICE_PREFIX)) return undefined;
  const orderId = id.slice(ORDER_NOTICE_PREFIX.length);
  return /^\d{12,20}$/.test(orderId) ? orderId : undefined;
}

/**
 * The notifications for reminders due now: one per order (its nearest deadline, "and N more"),
 * or, when many orders are due together, one that sums them up. Words via i18n.
 */
export function noticesFor(due: readonly Reminder[], titles: ReadonlyMap<string, string>, now: Date): Notice[] {
  const byOrder = new Map<string, Reminder[]>();
  for (const reminder of due) byOrder.set(reminder.orderId, [...(byOrder.get(reminder.orderId) ?? []), reminder]);
  const groups = [...byOrder.values()]
    .map((list) => list.sort((a, b) => a.dueAt.localeCompare(b.dueAt)))
    .sort((a, b) => a[0]!.dueAt.localeCompare(b[0]!.dueAt));
  if (groups.length === 0) return [];
  if (groups.length > MAX_SEPARATE_NOTICES) {
    const first = groups[0]![0]!;
    return [
      {
        id: SUMMARY_NOTICE_ID,
        title: tPlural('reminder_summaryTitle', groups.length),
        message: t('reminder_summaryMessage', [first.orderId, line(first, now)]),
      },
    ];
  }
  return groups.map((list) => {
    const nearest = list[0]!;
    const title = titles.get(nearest.orderId);
    const parts = [line(nearest, now), t('reminder_order', nearest.orderId)];
    if (title) parts.push(cut(title, TITLE_MAX));
    if (list.length > 1) parts.push(tPlural('reminder_more', list.length - 1));
    return { id: `${ORDER_NOTICE_PREFIX}${nearest.orderId}`, title: heading(nearest, now), message: parts.join('\n') };
  });
}

function heading(reminder: Reminder, now: Date): string {
  const days = wholeDaysLeft(new Date(reminder.dueAt), now);
  return days >= 1 ? tPlural('reminder_title', days) : t('reminder_titleWithinDay');
}

/** "Buyer protection ends: Dec 12, 2026 (from AliExpress)". */
function line(reminder: Reminder, now: Date): string {
  const due = new Date(reminder.dueAt);
  const days = wholeDaysLeft(due, now);
  const when = days >= 1 ? tPlural('reminder_daysLeft', days) : t('reminder_lessThanADay');
  return t('reminder_line', [kindLabel(reminder.kind), formatDate(due), when, sourceWords(reminder.source)]);
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
