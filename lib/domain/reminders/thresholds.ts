/** Days before a deadline at which the buyer hears about it; 0 = on the day itself (issue 3, item 8). */
export const DEFAULT_THRESHOLDS: readonly number[] = [7, 3, 1, 0];
/** Longest lead time accepted: AliExpress protection windows run up to 90 days (POLICY P2). */
export const MAX_THRESHOLD_DAYS = 90;
export const MAX_THRESHOLDS = 8;

/** Whole days, within bounds, each once, farthest first; anything else is dropped. */
export function normaliseThresholds(values: readonly number[]): number[] {
  const valid = values.filter((n) => Number.isInteger(n) && n >= 0 && n <= MAX_THRESHOLD_DAYS);
  return [...new Set(valid)].sort((a, b) => b - a).slice(0, MAX_THRESHOLDS);
}
