import * as z from 'zod/mini';
import { CalendarDate, PageText, StoreId } from './common';
import { Confidence } from './deadline';

// Field schemas are exported on their own: the risk domain re-checks every field with them, so a
// bad value (NaN, -3, 120%) is dropped where it stands instead of voiding the whole record.

/** A share in percent, as the store card shows it ("98.1% Positive Feedback"). */
export const Percent = z.number().check(z.gte(0), z.lte(100));
/** Anything counted: ratings, followers, items sold, orders. */
export const Count = z.int().check(z.nonnegative());
/** Average stars, 0–5. */
export const StarRating = z.number().check(z.gte(0), z.lte(5));
/** AliExpress opened in 2010; earlier years are a misread, not an old store. */
export const OpenedYear = z.int().check(z.gte(2010), z.lte(2100));

/** As the "Sold By" line labels the store; `unknown` when the label is missing or new. */
export const SellerType = z.enum(['trader', 'top-brand', 'mall', 'unknown']);
export type SellerType = z.infer<typeof SellerType>;

/** A pooling store that lists other merchants' goods (PAGES §4, `COMPLIANCE_PC`). */
export const Aggregation = z.strictObject({
  isAggregation: z.boolean(),
  /** The real merchant, from the credential link, when the page names it. */
  realStoreId: z.optional(StoreId),
});
export type Aggregation = z.infer<typeof Aggregation>;

/** The store's numbers as read on an earlier visit; compared with later ones to spot a reset. */
export const StoreSighting = z.strictObject({
  observedOn: CalendarDate,
  positiveRatePercent: z.optional(Percent),
  ratingCount: z.optional(Count),
  followers: z.optional(Count),
});
export type StoreSighting = z.infer<typeof StoreSighting>;

/**
 * What this buyer's own orders with the store went like (from our database, not the page). Late
 * deliveries and disputes are optional: the orders table does not always know them, and a count
 * that is not known must not read as zero (no "clean orders" from missing data).
 */
export const BuyerHistory = z.strictObject({
  orders: Count,
  lateDeliveries: z.optional(Count),
  disputes: z.optional(Count),
  /**
   * How many of the orders the two counts were checked on (both known for each). A clean record
   * rests on these only; without it, the counts are taken to cover every order.
   */
  checkedOrders: z.optional(Count),
});
export type BuyerHistory = z.infer<typeof BuyerHistory>;

/** Everything known about a seller before buying. All optional: parsers fill what the page shows. */
export const SellerSignals = z.strictObject({
  storeId: z.optional(StoreId),
  storeName: z.optional(PageText(200)),
  sellerType: z.optional(SellerType),
  /** Positive feedback over the last 6 months (4–5★ count as positive). */
  positiveRatePercent: z.optional(Percent),
  /** How many ratings that rate rests on; without it the rate cannot vouch for a store. */
  ratingCount: z.optional(Count),
  followers: z.optional(Count),
  /** "Open since", when the page gives the day. */
  openedOn: z.optional(CalendarDate),
  /** Only the year, on pages that give no day. */
  openedYear: z.optional(OpenedYear),
  country: z.optional(PageText(80)),
  topRated: z.optional(z.boolean()),
  choice: z.optional(z.boolean()),
  itemRating: z.optional(StarRating),
  reviewCount: z.optional(Count),
  soldCount: z.optional(Count),
  aggregation: z.optional(Aggregation),
  history: z.optional(z.array(StoreSighting).check(z.maxLength(200))),
  buyerHistory: z.optional(BuyerHistory),
});
export type SellerSignals = z.infer<typeof SellerSignals>;

export const RiskLevel = z.enum(['low', 'medium', 'high', 'unknown']);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const RiskDirection = z.enum(['raises', 'lowers']);
export type RiskDirection = z.infer<typeof RiskDirection>;

export const RiskFactorId = z.enum([
  'positive-rate',
  'store-age',
  'followers',
  'seller-type',
  'top-rated',
  'choice',
  'item-rating',
  'sold-count',
  'aggregation',
  'rate-drop',
  'count-reset',
  'buyer-disputes',
  'buyer-late-deliveries',
  'buyer-clean-orders',
]);
export type RiskFactorId = z.infer<typeof RiskFactorId>;

/** Why a factor applies; codes only, the UI maps each (with its params) to localised words. */
export const RiskReason = z.enum([
  /** Even the optimistic (upper) bound of the rate is under 90%. */
  'positive-rate-low',
  /** The upper bound is under the 95% rule of thumb. */
  'positive-rate-below-rule-of-thumb',
  /** The pessimistic (lower) bound is at least 95%: many ratings, nearly all positive. */
  'positive-rate-high',
  /** Too few ratings to say anything either way. */
  'positive-rate-few-ratings',
  /** A rate under 90% with no rating count shown. */
  'positive-rate-low-volume-unknown',
  'store-new',
  'store-young',
  'store-established',
  'few-followers',
  /** Mall or Top Brand (params.sellerType). */
  'official-store',
  'top-rated-seller',
  'choice-item',
  'item-rating-low',
  'item-rating-high',
  'few-sold',
  'many-sold',
  /** Pooling listing; params.realStoreId when the page names the real merchant. */
  'aggregation-listing',
  /** Possible change of owner: the rate fell sharply between two visits. */
  'positive-rate-dropped',
  /** Possible change of owner: the rating count fell instead of growing. */
  'rating-count-reset',
  /** Possible change of owner: the follower count fell instead of growing. */
  'followers-reset',
  'buyer-disputes',
  'buyer-late-deliveries',
  'buyer-clean-orders',
]);
export type RiskReason = z.infer<typeof RiskReason>;

/** Numbers and ids a reason's text interpolates; never sentences. */
export const RiskParams = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));
export type RiskParams = z.infer<typeof RiskParams>;

export const RiskFactor = z.strictObject({
  id: RiskFactorId,
  direction: RiskDirection,
  /** Points added to (raises) or taken from (lowers) the neutral score. */
  weight: z.int().check(z.positive(), z.lte(100)),
  reason: RiskReason,
  params: RiskParams,
});
export type RiskFactor = z.infer<typeof RiskFactor>;

export const RiskAssessment = z.strictObject({
  level: RiskLevel,
  /** 0–100, higher is riskier; 50 is "nothing known either way". */
  score: z.int().check(z.gte(0), z.lte(100)),
  /** Heaviest first. */
  factors: z.array(RiskFactor),
  /** The heaviest factor, what a one-line hint shows; absent when no factor applies. */
  strongest: z.optional(RiskFactor),
  /** How much the verdict rests on: `low` whenever the level is `unknown`. */
  confidence: Confidence,
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;
