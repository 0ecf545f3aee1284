import { differenceInCalendarDays, differenceInMonths, isValid } from 'date-fns';
import { StoreId } from '../../schemas/common';
import { type Aggregation, Count, OpenedYear, Percent, SellerType, StarRating } from '../../schemas/risk';
import { localCalendarDate } from '../instant';
import { HISTORY_LOOKBACK_DAYS } from './thresholds';

// The assessment trusts nothing it is handed: each field is re-checked with its own schema and a
// bad one (NaN, negative, 120%, a date that does not exist) is dropped alone, as if the page had
// not shown it. The rest of the record still counts.

interface Checker<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** The value when its schema accepts it, else `undefined`. */
export function valid<T>(schema: Checker<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** A real local calendar day from `YYYY-MM-DD` (2025-02-30 is not one), else `undefined`. */
export function calendarDay(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  return isValid(date) && localCalendarDate(date) === value ? date : undefined;
}

/**
 * The store's age in whole months as a range. A full date pins it; a bare year only says "opened
 * between 1 January and 31 December", so the range spans both and each rule uses the safe end.
 * Dates after `now` are misreads and give `undefined`.
 */
export function storeAgeMonths(
  openedOn: unknown,
  openedYear: unknown,
  now: Date,
): { min: number; max: number } | undefined {
  if (!isValid(now)) return undefined;
  const day = calendarDay(openedOn);
  if (day && day <= now) {
    const months = differenceInMonths(now, day);
    return { min: months, max: months };
  }
  const year = valid(OpenedYear, openedYear);
  if (year === undefined || year > now.getFullYear()) return undefined;
  return {
    min: Math.max(0, differenceInMonths(now, new Date(year, 11, 31))),
    max: differenceInMonths(now, new Date(year, 0, 1)),
  };
}

/** One sighting of the store's numbers, checked. */
export interface Sighting {
  observedOn: string;
  positiveRatePercent?: number;
  ratingCount?: number;
  followers?: number;
}

/**
 * The store's numbers over time, oldest first: earlier sightings within the lookback window, then
 * today's page. Sightings without a real date, or dated after today, are dropped.
 */
export function timeline(history: unknown, current: Omit<Sighting, 'observedOn'>, now: Date): Sighting[] {
  if (!isValid(now)) return [];
  const today = localCalendarDate(now);
  const earlier: Sighting[] = [];
  for (const entry of Array.isArray(history) ? history : []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    const day = calendarDay(record.observedOn);
    if (!day || typeof record.observedOn !== 'string' || record.observedOn >= today) continue;
    if (differenceInCalendarDays(now, day) > HISTORY_LOOKBACK_DAYS) continue;
    earlier.push({
      observedOn: record.observedOn,
      positiveRatePercent: valid(Percent, record.positiveRatePercent),
      ratingCount: valid(Count, record.ratingCount),
      followers: valid(Count, record.followers),
    });
  }
  // YYYY-MM-DD sorts as text; a stable sort keeps same-day sightings in the order given.
  earlier.sort((a, b) => (a.observedOn < b.observedOn ? -1 : a.observedOn > b.observedOn ? 1 : 0));
  return [...earlier, { observedOn: today, ...current }];
}

/** The signals after checking, in the shapes the factors read. */
export interface CheckedSignals {
  sellerType?: SellerType;
  positiveRatePercent?: number;
  ratingCount?: number;
  followers?: number;
  ageMonths?: { min: number; max: number };
  topRated?: boolean;
  choice?: boolean;
  itemRating?: number;
  reviewCount?: number;
  soldCount?: number;
  aggregation?: Aggregation;
  timeline: Sighting[];
  buyer?: { orders?: number; lateDeliveries?: number; disputes?: number; checkedOrders?: number };
}

/** Reads any object as seller signals, keeping only what checks out. Never throws. */
export function checkSignals(input: unknown, now: Date): CheckedSignals {
  const s = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const current = {
    positiveRatePercent: valid(Percent, s.positiveRatePercent),
    ratingCount: valid(Count, s.ratingCount),
    followers: valid(Count, s.followers),
  };
  const buyer = typeof s.buyerHistory === 'object' && s.buyerHistory !== null
    ? (s.buyerHistory as Record<string, unknown>)
    : undefined;
  return {
    ...current,
    sellerType: valid(SellerType, s.sellerType),
    ageMonths: storeAgeMonths(s.openedOn, s.openedYear, now),
    topRated: bool(s.topRated),
    choice: bool(s.choice),
    itemRating: valid(StarRating, s.itemRating),
    reviewCount: valid(Count, s.reviewCount),
    soldCount: valid(Count, s.soldCount),
    aggregation: checkAggregation(s.aggregation),
    timeline: timeline(s.history, current, now),
    buyer: buyer && {
      orders: valid(Count, buyer.orders),
      lateDeliveries: valid(Count, buyer.lateDeliveries),
      disputes: valid(Count, buyer.disputes),
      checkedOrders: valid(Count, buyer.checkedOrders),
    },
  };
}

/** A bad real-seller id is dropped, but the page still said "aggregation". */
function checkAggregation(value: unknown): Aggregation | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.isAggregation !== 'boolean') return undefined;
  const realStoreId = valid(StoreId, record.realStoreId);
  return realStoreId === undefined
    ? { isAggregation: record.isAggregation }
    : { isAggregation: record.isAggregation, realStoreId };
}

function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}
