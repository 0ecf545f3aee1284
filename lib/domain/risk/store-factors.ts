import type { RiskFactor } from '../../schemas/risk';
import { factor, percent1 } from './factor';
import type { CheckedSignals } from './signals';
import * as T from './thresholds';
import { wilsonInterval } from './wilson';

/**
 * The positive rate judged with its volume. The Wilson bounds stand in for the rate: only a
 * lower bound ≥ 95% earns trust (100% of 5 ratings has a lower bound of 57%), and only an upper
 * bound under the thresholds counts against the store (so thin data is not called bad either).
 */
export function positiveRateFactor({ positiveRatePercent: rate, ratingCount: n }: CheckedSignals): RiskFactor[] {
  if (rate === undefined) return [];
  if (n === undefined || n === 0) {
    return rate < T.BAD_RATE_PERCENT
      ? [factor('positive-rate', 'raises', T.WEIGHT_RATE_LOW_VOLUME_UNKNOWN, 'positive-rate-low-volume-unknown', { ratePercent: rate })]
      : [];
  }
  const bounds = wilsonInterval(rate / 100, n);
  if (!bounds) return [];
  const params = {
    ratePercent: rate,
    ratingCount: n,
    lowerBoundPercent: percent1(bounds.lower),
    upperBoundPercent: percent1(bounds.upper),
  };
  if (bounds.upper * 100 < T.BAD_RATE_PERCENT) return [factor('positive-rate', 'raises', T.WEIGHT_RATE_BAD, 'positive-rate-low', params)];
  if (bounds.upper * 100 < T.GOOD_RATE_PERCENT) {
    return [factor('positive-rate', 'raises', T.WEIGHT_RATE_BELOW_GOOD, 'positive-rate-below-rule-of-thumb', params)];
  }
  if (bounds.lower * 100 >= T.GOOD_RATE_PERCENT) return [factor('positive-rate', 'lowers', T.WEIGHT_RATE_HIGH, 'positive-rate-high', params)];
  if (n < T.MIN_RATINGS_FOR_VERDICT) {
    return [factor('positive-rate', 'raises', T.WEIGHT_RATE_FEW_RATINGS, 'positive-rate-few-ratings', params)];
  }
  return [];
}

/** Each rule uses the safe end of the age range: a bare year never makes a store look older. */
export function storeAgeFactor({ ageMonths }: CheckedSignals): RiskFactor[] {
  if (!ageMonths) return [];
  if (ageMonths.max < T.NEW_STORE_MONTHS) return [factor('store-age', 'raises', T.WEIGHT_STORE_NEW, 'store-new', { months: ageMonths.max })];
  if (ageMonths.max < T.YOUNG_STORE_MONTHS) return [factor('store-age', 'raises', T.WEIGHT_STORE_YOUNG, 'store-young', { months: ageMonths.max })];
  if (ageMonths.min >= T.ESTABLISHED_STORE_MONTHS) {
    return [factor('store-age', 'lowers', T.WEIGHT_STORE_ESTABLISHED, 'store-established', { months: ageMonths.min })];
  }
  return [];
}

/** Followers are cheap to lack and cheap to buy: very few hints a little, many proves nothing. */
export function followersFactor({ followers }: CheckedSignals): RiskFactor[] {
  return followers !== undefined && followers < T.FEW_FOLLOWERS
    ? [factor('followers', 'raises', T.WEIGHT_FEW_FOLLOWERS, 'few-followers', { followers })]
    : [];
}

/** Mall and Top Brand stores passed AliExpress's brand checks; Trader is the default, no signal. */
export function sellerTypeFactor({ sellerType }: CheckedSignals): RiskFactor[] {
  if (sellerType === 'mall') return [factor('seller-type', 'lowers', T.WEIGHT_MALL, 'official-store', { sellerType })];
  if (sellerType === 'top-brand') return [factor('seller-type', 'lowers', T.WEIGHT_TOP_BRAND, 'official-store', { sellerType })];
  return [];
}

export function badgeFactors({ topRated, choice }: CheckedSignals): RiskFactor[] {
  return [
    ...(topRated ? [factor('top-rated', 'lowers', T.WEIGHT_TOP_RATED, 'top-rated-seller')] : []),
    ...(choice ? [factor('choice', 'lowers', T.WEIGHT_CHOICE, 'choice-item')] : []),
  ];
}

/**
 * Item stars judged like the rate: the average as a share of 5 with Wilson bounds over the review
 * count. An approximation (stars are not yes/no), but it keeps 5.0★ from 2 reviews from vouching.
 */
export function itemRatingFactor({ itemRating, reviewCount }: CheckedSignals): RiskFactor[] {
  if (itemRating === undefined || reviewCount === undefined) return [];
  const bounds = wilsonInterval(itemRating / 5, reviewCount);
  if (!bounds) return [];
  const params = { rating: itemRating, reviewCount, lowerBound: round2(bounds.lower * 5), upperBound: round2(bounds.upper * 5) };
  if (bounds.upper * 5 < T.BAD_ITEM_RATING) return [factor('item-rating', 'raises', T.WEIGHT_ITEM_RATING_LOW, 'item-rating-low', params)];
  if (bounds.lower * 5 >= T.GOOD_ITEM_RATING) return [factor('item-rating', 'lowers', T.WEIGHT_ITEM_RATING_HIGH, 'item-rating-high', params)];
  return [];
}

export function soldCountFactor({ soldCount }: CheckedSignals): RiskFactor[] {
  if (soldCount === undefined) return [];
  if (soldCount < T.FEW_SOLD) return [factor('sold-count', 'raises', T.WEIGHT_FEW_SOLD, 'few-sold', { soldCount })];
  if (soldCount >= T.MANY_SOLD) return [factor('sold-count', 'lowers', T.WEIGHT_MANY_SOLD, 'many-sold', { soldCount })];
  return [];
}

/** The store on the page is not the one that ships; its numbers say little about the real one. */
export function aggregationFactor({ aggregation }: CheckedSignals): RiskFactor[] {
  return aggregation?.isAggregation
    ? [factor('aggregation', 'raises', T.WEIGHT_AGGREGATION, 'aggregation-listing', { realStoreId: aggregation.realStoreId })]
    : [];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
