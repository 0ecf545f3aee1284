import { t, tPlural, type MessageKey, type PluralKey } from '@/lib/i18n';
import type { DeadlineKind } from '@/lib/schemas/deadline';
import type { OrderSummary } from '@/lib/schemas/summary';

// Message families per deadline kind: "<family>Left", "<family>LastDay", "<family>Ended", "<family>EndedToday".
const FAMILY: Record<DeadlineKind, 'protection' | 'dispute' | 'return' | 'quality' | 'detail_coupon' | 'sellerReply' | 'sellerAnswer' | 'returnShip'> = {
  'protection-end': 'protection',
  'delivered-protection-end': 'protection',
  'delay-coupon': 'detail_coupon',
  'free-return': 'return',
  'dispute-after-completion': 'dispute',
  'return-window': 'return',
  'quality-dispute': 'quality',
  'seller-reply': 'sellerReply',
  'seller-dispute-answer': 'sellerAnswer',
  'return-shipment': 'returnShip',
};

/** The one line a badge shows, in words: "12 days left to open a dispute". */
export function badgeHeadline(summary: OrderSummary): string {
  const { shown, daysLeft } = summary;
  if (!shown || daysLeft === undefined) {
    if (summary.nextStep === 'read-deadline-on-detail-page') return t('headline_unknown');
    if (summary.nextStep === 'wait-for-shipment') return t('headline_notShipped');
    return t('headline_quiet');
  }
  const family = FAMILY[shown.kind];
  if (summary.urgency === 'expired') {
    const daysAgo = Math.abs(daysLeft);
    return daysAgo >= 1 ? tPlural(`${family}Ended` as PluralKey, daysAgo) : t(`${family}EndedToday` as MessageKey);
  }
  return daysLeft >= 1 ? tPlural(`${family}Left` as PluralKey, daysLeft) : t(`${family}LastDay` as MessageKey);
}
