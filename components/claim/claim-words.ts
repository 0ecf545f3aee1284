import { claimTimers } from '@/lib/domain/claim/claim-timers';
import type { NowAction } from '@/lib/domain/claim/progress';
import { t, uiLanguage } from '@/lib/i18n';
import type { ClaimDetails } from '@/lib/messaging/claim-requests';
import type { Money } from '@/lib/schemas/common';
import type { Deadline } from '@/lib/schemas/deadline';
import { formatDateTime } from '../popup/words';
import { labelKey } from './labels';

/** The order's deadlines and the claim's own running clocks, nearest first: what the claim screens show. */
export function claimDeadlines(details: ClaimDetails, now: Date): Deadline[] {
  const open = details.deadlines.filter((d) => new Date(d.dueAt).getTime() > now.getTime());
  const timers = claimTimers(details.claim, { deadlines: details.deadlines, now });
  return [...open, ...timers].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

export function formatMoney(money: Money): string {
  try {
    return new Intl.NumberFormat(uiLanguage(), { style: 'currency', currency: money.currency }).format(money.amount);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

export const nowWords = {
  date: formatDateTime,
  /** "What to do now" in words, with its date where it has one. */
  action(action: NowAction): string {
    const key = labelKey('claim_now', action.code);
    switch (action.code) {
      case 'wait-for-seller':
      case 'wait-for-dispute-answer':
        return t(key, formatDateTime(action.until));
      case 'open-dispute-now':
        return t(key, formatDateTime(action.actBy));
      case 'ship-return':
        return t(key, formatDateTime(action.by));
      default:
        return t(key);
    }
  },
};
