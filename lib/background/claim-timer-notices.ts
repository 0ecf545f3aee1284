import type { Reminder } from '../domain/reminders/plan';
import { wholeDaysLeft } from '../domain/urgency';
import { sourceWords } from '../deadline-words';
import { formatDate, t, tPlural } from '../i18n';
import type { Notice } from './reminder-notices';

/** A claim clock's notification: a click opens the claim in the popup page, not the order page. */
export const CLAIM_NOTICE_PREFIX = 'aca-claim-timer:';

/** The claim a notification is about, `undefined` for any other id. */
export function claimOrderIdOfNotice(id: string): string | undefined {
  if (!id.startsWith(CLAIM_NOTICE_PREFIX)) return undefined;
  const orderId = id.slice(CLAIM_NOTICE_PREFIX.length);
  return /^\d{12,20}$/.test(orderId) ? orderId : undefined;
}

/** One notification per claim (its nearest clock, "and N more"): claims are few, no summary needed. */
export function claimNoticesFor(due: readonly Reminder[], now: Date): Notice[] {
  const byOrder = new Map<string, Reminder[]>();
  for (const reminder of due) byOrder.set(reminder.orderId, [...(byOrder.get(reminder.orderId) ?? []), reminder]);
  return [...byOrder.values()].map((list) => {
    const [nearest, ...rest] = list.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    const { title, message } = words(nearest!, now);
    const parts = [message, ...(rest.length > 0 ? [tPlural('reminder_more', rest.length)] : []), t('reminder_claimClick')];
    return { id: `${CLAIM_NOTICE_PREFIX}${nearest!.orderId}`, title, message: parts.join('\n') };
  });
}

function words(reminder: Reminder, now: Date): { title: string; message: string } {
  const due = new Date(reminder.dueAt);
  const facts = [reminder.orderId, formatDate(due), sourceWords(reminder.source)];
  switch (reminder.kind) {
    case 'seller-reply':
      return { title: t('reminder_claimSellerReplyTitle'), message: t('reminder_claimSellerReplyMessage', facts) };
    case 'seller-dispute-answer':
      return { title: t('reminder_claimDisputeAnswerTitle'), message: t('reminder_claimDisputeAnswerMessage', facts) };
    default: {
      const days = wholeDaysLeft(due, now);
      const title = days >= 1 ? tPlural('reminder_claimReturnTitle', days) : t('reminder_claimReturnTitleWithinDay');
      return { title, message: t('reminder_claimReturnMessage', facts) };
    }
  }
}
