/** z for a two-sided 95% interval. */
export const Z_95 = 1.959964;

/**
 * Wilson score interval of a share `p` (0–1) observed over `n` trials. The bounds say how good or
 * bad the true share could plausibly be: 5 of 5 positive gives [0.57, 1], 98.7% of 80,000 gives
 * [0.986, 0.988]. Returns `undefined` for n = 0 or unusable inputs, never NaN.
 */
export function wilsonInterval(p: number, n: number, z = Z_95): { lower: number; upper: number } | undefined {
  if (!Number.isFinite(p) || !Number.isFinite(n) || !Number.isFinite(z)) return undefined;
  if (p < 0 || p > 1 || n <= 0 || z < 0) return undefined;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // Clamp: floating error can push 100% of n a hair past 1.
  return {
    lower: Math.max(0, (centre - spread) / denominator),
    upper: Math.min(1, (centre + spread) / denominator),
  };
}

/** The pessimistic end: what the share is at least, with 95% confidence. */
export function wilsonLowerBound(p: number, n: number, z = Z_95): number | undefined {
  return wilsonInterval(p, n, z)?.lower;
}

/** The optimistic end: what the share is at most, with 95% confidence. */
export function wilsonUpperBound(p: number, n: number, z = Z_95): number | undefined {
  return wilsonInterval(p, n, z)?.upper;
}
