// Every number the seller-risk model judges by. POLICY "Pre-purchase signals": these are
// heuristics built around buyers' rules of thumb (≥95% positive, ≥1 year old), not AliExpress rules.
// docs/risk-model.md lays them out as a table; keep both in step.

/** The score when nothing is known either way; factors move it up (riskier) or down. */
export const NEUTRAL_SCORE = 50;
/** Below this the level is `low`. */
export const LOW_BELOW_SCORE = 35;
/** From this the level is `high`. */
export const HIGH_FROM_SCORE = 65;
/**
 * A raising factor this heavy keeps the level at `medium` or worse however good the rest looks:
 * after a change of owner the good age and rate belong to the previous owner.
 */
export const STRONG_RAISE_WEIGHT = 30;

/** A rate needs this many ratings before it can stand in for "known" (else `unknown`). */
export const MIN_RATINGS_FOR_VERDICT = 10;
/** With this many ratings and a store age, the verdict has `high` confidence. */
export const SOLID_RATING_COUNT = 100;

/** Buyers' rule of thumb for a good store. */
export const GOOD_RATE_PERCENT = 95;
/** Under this a rate is plainly bad. */
export const BAD_RATE_PERCENT = 90;
export const WEIGHT_RATE_HIGH = 20;
export const WEIGHT_RATE_BAD = 30;
export const WEIGHT_RATE_BELOW_GOOD = 15;
export const WEIGHT_RATE_FEW_RATINGS = 5;
/** A rate with no count behind it only half-counts, and only against the store. */
export const WEIGHT_RATE_LOW_VOLUME_UNKNOWN = 10;

export const NEW_STORE_MONTHS = 6;
/** Buyers' rule of thumb: at least a year old. */
export const YOUNG_STORE_MONTHS = 12;
export const ESTABLISHED_STORE_MONTHS = 36;
export const WEIGHT_STORE_NEW = 20;
export const WEIGHT_STORE_YOUNG = 10;
export const WEIGHT_STORE_ESTABLISHED = 15;

export const FEW_FOLLOWERS = 50;
export const WEIGHT_FEW_FOLLOWERS = 5;

export const WEIGHT_MALL = 15;
export const WEIGHT_TOP_BRAND = 12;
export const WEIGHT_TOP_RATED = 5;
/** Choice items ship through AliExpress's own logistics with its delivery promise. */
export const WEIGHT_CHOICE = 5;

/** Item stars are judged as a share of 5 with the same Wilson bounds: 4.5★ = 90%. */
export const GOOD_ITEM_RATING = 4.5;
export const BAD_ITEM_RATING = 4.0;
export const WEIGHT_ITEM_RATING_HIGH = 5;
export const WEIGHT_ITEM_RATING_LOW = 10;

export const FEW_SOLD = 10;
export const MANY_SOLD = 1000;
export const WEIGHT_FEW_SOLD = 3;
export const WEIGHT_MANY_SOLD = 5;

export const WEIGHT_AGGREGATION = 15;

/**
 * A fall of this many points between two visits is no drift: the rate covers 6 months, so it
 * moves slowly on any store with real volume.
 */
export const RATE_DROP_POINTS = 5;
/**
 * A count that falls below this share of what it was is a reset, not the 6-month window sliding.
 * Only counted when the earlier number was at least RESET_MIN_EARLIER.
 */
export const RESET_REMAINING_SHARE = 0.5;
export const RESET_MIN_EARLIER = 20;
/** Sightings older than this are too stale to compare (ownership changes show within months). */
export const HISTORY_LOOKBACK_DAYS = 365;
export const WEIGHT_OWNER_CHANGE = 35;

export const WEIGHT_PER_DISPUTE = 15;
export const MAX_WEIGHT_DISPUTES = 40;
export const WEIGHT_PER_LATE_DELIVERY = 5;
export const MAX_WEIGHT_LATE_DELIVERIES = 15;
/** Clean orders need a few to mean anything, and lower risk only a little. */
export const CLEAN_ORDERS_MIN = 2;
export const WEIGHT_CLEAN_ORDERS = 5;
