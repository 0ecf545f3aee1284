import { subDays, subMonths, subYears } from 'date-fns';
import { localCalendarDate } from '../../lib/domain/instant';
import type { SellerSignals } from '../../lib/schemas/risk';

/** A fixed local noon, so day arithmetic never straddles midnight. */
export const NOW = new Date(2026, 10, 23, 12, 0);

export const monthsAgo = (n: number): string => localCalendarDate(subMonths(NOW, n));
export const yearsAgo = (n: number): string => localCalendarDate(subYears(NOW, n));
export const daysAgo = (n: number): string => localCalendarDate(subDays(NOW, n));

/** The textbook good store: ten years old, 98.7% positive over 80,000 ratings. */
export const VETERAN: SellerSignals = {
  storeId: '1234567',
  sellerType: 'trader',
  positiveRatePercent: 98.7,
  ratingCount: 80_000,
  followers: 250_000,
  openedOn: yearsAgo(10),
};

/** Two months old, 100% from 5 ratings: a perfect-looking number that proves nothing. */
export const NEWCOMER: SellerSignals = {
  sellerType: 'trader',
  positiveRatePercent: 100,
  ratingCount: 5,
  followers: 12,
  openedOn: monthsAgo(2),
};
