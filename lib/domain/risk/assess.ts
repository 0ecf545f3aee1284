import type { Confidence } from '../../schemas/deadline';
import type { RiskAssessment, RiskFactor, RiskLevel, SellerSignals } from '../../schemas/risk';
import { buyerFactors } from './buyer-factors';
import { countResetFactor, rateDropFactor } from './history-factors';
import { checkSignals, type CheckedSignals } from './signals';
import {
  aggregationFactor,
  badgeFactors,
  followersFactor,
  itemRatingFactor,
  positiveRateFactor,
  sellerTypeFactor,
  soldCountFactor,
  storeAgeFactor,
} from './store-factors';
import * as T from './thresholds';

const FACTORS: ((signals: CheckedSignals) => RiskFactor[])[] = [
  positiveRateFactor,
  storeAgeFactor,
  followersFactor,
  sellerTypeFactor,
  badgeFactors,
  itemRatingFactor,
  soldCountFactor,
  aggregationFactor,
  rateDropFactor,
  countResetFactor,
  buyerFactors,
];

/**
 * How risky buying from this seller looks, from what the page and our own records show. Pure and
 * total: bad or missing fields are ignored, never thrown on. A heuristic (POLICY "Pre-purchase
 * signals"); the level is `unknown` rather than a guess when the basics are missing.
 */
export function assessSellerRisk(signals: SellerSignals, now: Date): RiskAssessment {
  const checked = checkSignals(signals, now);
  const factors = FACTORS.flatMap((read) => read(checked)).sort(heaviestFirst);
  const delta = factors.reduce((sum, f) => sum + (f.direction === 'raises' ? f.weight : -f.weight), 0);
  const score = Math.min(100, Math.max(0, T.NEUTRAL_SCORE + delta));
  const strongest = factors[0];
  return {
    level: levelOf(score, factors, checked),
    score,
    factors,
    ...(strongest ? { strongest } : {}),
    confidence: confidenceOf(checked),
  };
}

/**
 * The basics: a rate resting on enough ratings, or the store's age. Without either, any verdict
 * would come from thin data (a follower count, a badge), so the level is `unknown`.
 */
function hasBasis({ positiveRatePercent, ratingCount, ageMonths }: CheckedSignals): boolean {
  const rateKnown = positiveRatePercent !== undefined && (ratingCount ?? 0) >= T.MIN_RATINGS_FOR_VERDICT;
  return rateKnown || ageMonths !== undefined;
}

function levelOf(score: number, factors: RiskFactor[], checked: CheckedSignals): RiskLevel {
  if (!hasBasis(checked)) return 'unknown';
  if (score >= T.HIGH_FROM_SCORE) return 'high';
  const strongWarning = factors.some((f) => f.direction === 'raises' && f.weight >= T.STRONG_RAISE_WEIGHT);
  if (score >= T.LOW_BELOW_SCORE || strongWarning) return 'medium';
  return 'low';
}

function confidenceOf(checked: CheckedSignals): Confidence {
  if (!hasBasis(checked)) return 'low';
  const solidRate = checked.positiveRatePercent !== undefined && (checked.ratingCount ?? 0) >= T.SOLID_RATING_COUNT;
  return solidRate && checked.ageMonths !== undefined ? 'high' : 'medium';
}

/** Heaviest first; on a tie a warning goes before reassurance, then by id so the order is stable. */
function heaviestFirst(a: RiskFactor, b: RiskFactor): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  if (a.direction !== b.direction) return a.direction === 'raises' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
