import { formatDate, t, tPlural, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { RiskFactor, RiskParams } from '@/lib/schemas/risk';

// Every reason in plain words, from its code and params (never a sentence from the model).

let numbers: Intl.NumberFormat | undefined;
const n = (value: RiskParams[string] | undefined): string => {
  numbers ??= new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 1 });
  return typeof value === 'number' ? numbers.format(value) : String(value ?? '');
};

/** `YYYY-MM-DD` (a local day) in the user's language. */
export const day = (value: RiskParams[string] | undefined): string => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? formatDate(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : String(value ?? '');
};

export function reasonText({ reason, params: p }: RiskFactor): string {
  switch (reason) {
    case 'positive-rate-low':
    case 'positive-rate-below-rule-of-thumb':
    case 'positive-rate-high':
    case 'positive-rate-few-ratings':
      return t(`risk_reason_${reason.replaceAll('-', '_')}` as MessageKey, [n(p.ratePercent), n(p.ratingCount)]);
    case 'positive-rate-low-volume-unknown':
      return t('risk_reason_positive_rate_low_volume_unknown', n(p.ratePercent));
    case 'store-new':
      return tPlural('risk_reason_store_new', Number(p.months ?? 0));
    case 'store-young':
      return t('risk_reason_store_young', n(p.months));
    case 'store-established':
      return tPlural('risk_reason_store_established', Math.floor(Number(p.months ?? 0) / 12));
    case 'few-followers':
      return t('risk_reason_few_followers', n(p.followers));
    case 'official-store':
      return t(p.sellerType === 'mall' ? 'risk_reason_official_store_mall' : 'risk_reason_official_store_top_brand');
    case 'top-rated-seller':
      return t('risk_reason_top_rated_seller');
    case 'choice-item':
      return t('risk_reason_choice_item');
    case 'item-rating-low':
    case 'item-rating-high':
      return t(reason === 'item-rating-low' ? 'risk_reason_item_rating_low' : 'risk_reason_item_rating_high', [n(p.rating), n(p.reviewCount)]);
    case 'few-sold':
      return t('risk_reason_few_sold', n(p.soldCount));
    case 'many-sold':
      return t('risk_reason_many_sold', n(p.soldCount));
    case 'aggregation-listing':
      return p.realStoreId !== undefined ? t('risk_reason_aggregation_listing', String(p.realStoreId)) : t('risk_reason_aggregation_listing_unnamed');
    case 'positive-rate-dropped':
      return t('risk_reason_positive_rate_dropped', [n(p.fromPercent), day(p.fromDate), n(p.toPercent), day(p.toDate)]);
    case 'rating-count-reset':
    case 'followers-reset':
      return t(reason === 'rating-count-reset' ? 'risk_reason_rating_count_reset' : 'risk_reason_followers_reset', [n(p.from), n(p.to), day(p.fromDate), day(p.toDate)]);
    case 'buyer-disputes':
      return tPlural('risk_reason_buyer_disputes', Number(p.disputes ?? 0), n(p.orders));
    case 'buyer-late-deliveries':
      return tPlural('risk_reason_buyer_late_deliveries', Number(p.lateDeliveries ?? 0), n(p.orders));
    case 'buyer-clean-orders':
      return t('risk_reason_buyer_clean_orders', n(p.orders));
  }
}

/** `+20` / `−15`: the weight with the direction's sign. */
export function signedWeight({ direction, weight }: RiskFactor): string {
  return `${direction === 'raises' ? '+' : '\u2212'}${weight}`;
}

export const numberText = n;
