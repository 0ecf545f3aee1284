import { describe, expect, it } from 'vitest';
import { wilsonInterval, wilsonLowerBound, wilsonUpperBound, Z_95 } from '../../lib/domain/risk/wilson';

describe('Wilson score interval (95%)', () => {
  // Reference values: Evan Miller, "How Not To Sort By Average Rating", and the closed form by hand.
  it.each([
    { p: 1, n: 5, lower: 0.5655, upper: 1 },
    { p: 0.5, n: 100, lower: 0.4038, upper: 0.5962 },
    { p: 1, n: 10, lower: 0.7225, upper: 1 },
    { p: 0.9, n: 10, lower: 0.5958, upper: 0.9821 },
    { p: 0.987, n: 80_000, lower: 0.9862, upper: 0.9878 },
    { p: 0.97, n: 1000, lower: 0.9575, upper: 0.9789 },
    { p: 0, n: 20, lower: 0, upper: 0.1611 },
  ])('p=$p over n=$n → [$lower, $upper]', ({ p, n, lower, upper }) => {
    expect(wilsonLowerBound(p, n)).toBeCloseTo(lower, 4);
    expect(wilsonUpperBound(p, n)).toBeCloseTo(upper, 4);
  });

  it('tightens around p as the count grows', () => {
    const widths = [5, 50, 500, 5000].map((n) => {
      const b = wilsonInterval(0.95, n)!;
      return b.upper - b.lower;
    });
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    for (const n of [5, 50, 500, 5000]) {
      const b = wilsonInterval(0.95, n)!;
      expect(b.lower).toBeLessThanOrEqual(0.95);
      expect(b.upper).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('stays within [0, 1]', () => {
    for (const p of [0, 0.001, 0.5, 0.999, 1]) {
      for (const n of [1, 3, 1e6]) {
        const b = wilsonInterval(p, n)!;
        expect(b.lower).toBeGreaterThanOrEqual(0);
        expect(b.upper).toBeLessThanOrEqual(1);
      }
    }
  });

  it.each([
    { p: 0.9, n: 0 },
    { p: 0.9, n: -5 },
    { p: Number.NaN, n: 10 },
    { p: 0.9, n: Number.NaN },
    { p: 1.2, n: 10 },
    { p: -0.1, n: 10 },
    { p: 0.9, n: Number.POSITIVE_INFINITY },
  ])('gives undefined, never NaN, for p=$p n=$n', ({ p, n }) => {
    expect(wilsonInterval(p, n)).toBeUndefined();
    expect(wilsonLowerBound(p, n)).toBeUndefined();
  });

  it('uses z ≈ 1.96', () => {
    expect(Z_95).toBeCloseTo(1.96, 2);
  });
});
