import { t, tPlural, uiLanguage, type MessageKey } from '@/lib/i18n';
import { wholeDaysLeft } from '@/lib/domain/urgency';
import type { Deadline } from '@/lib/schemas/deadline';

let dateTime: Intl.DateTimeFormat | undefined;

/** "Dec 12, 2026, 3:59 PM" in the user's language and zone. */
export function formatDateTime(date: Date): string {
  dateTime ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateTime.format(date);
}

export function daysLeftWords(dueAt: Date, now: Date): string {
  const days = wholeDaysLeft(dueAt, now);
  return days >= 1 ? tPlural('reminder_daysLeft', days) : t('reminder_lessThanADay');
}

/** The rule behind a deadline in words; unknown rules (added later) say nothing rather than a key. */
export function ruleWords(rule: Deadline['rule']): string {
  const key = `rule_${rule.replace(/-/g, '_')}` as MessageKey;
  const text = t(key);
  return text === key ? '' : text;
}
