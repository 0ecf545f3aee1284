import type { RiskDirection, RiskFactor, RiskFactorId, RiskParams, RiskReason } from '../../schemas/risk';

/** Builds one factor; params whose value is undefined are left out rather than sent as gaps. */
export function factor(
  id: RiskFactorId,
  direction: RiskDirection,
  weight: number,
  reason: RiskReason,
  params: Record<string, RiskParams[string] | undefined> = {},
): RiskFactor {
  const kept: RiskParams = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) kept[key] = value;
  return { id, direction, weight: Math.round(weight), reason, params: kept };
}

/** A share (0–1) as a percent with one decimal, as the UI shows it. */
export function percent1(share: number): number {
  return Math.round(share * 1000) / 10;
}
