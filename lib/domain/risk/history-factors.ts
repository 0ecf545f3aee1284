import type { RiskFactor } from '../../schemas/risk';
import { factor } from './factor';
import type { CheckedSignals, Sighting } from './signals';
import * as T from './thresholds';

type NumberField = 'positiveRatePercent' | 'ratingCount' | 'followers';

/** Consecutive sightings that both show `field`, oldest first, as [earlier, later] pairs. */
function pairs(timeline: Sighting[], field: NumberField): [Sighting & Required<Pick<Sighting, NumberField>>, Sighting][] {
  const shown = timeline.filter((s) => s[field] !== undefined) as (Sighting & Required<Pick<Sighting, NumberField>>)[];
  return shown.slice(1).map((later, i) => [shown[i]!, later]);
}

/**
 * A sudden fall of the rate between two visits: on a store with real volume the 6-month rate
 * moves slowly, so a jump down hints at a new owner (or a run of bad orders). The largest fall wins.
 */
export function rateDropFactor({ timeline }: CheckedSignals): RiskFactor[] {
  let worst: { from: Sighting; to: Sighting; points: number } | undefined;
  for (const [from, to] of pairs(timeline, 'positiveRatePercent')) {
    const points = from.positiveRatePercent - (to.positiveRatePercent ?? from.positiveRatePercent);
    if (points >= T.RATE_DROP_POINTS && (!worst || points > worst.points)) worst = { from, to, points };
  }
  if (!worst) return [];
  return [
    factor('rate-drop', 'raises', T.WEIGHT_OWNER_CHANGE, 'positive-rate-dropped', {
      fromPercent: worst.from.positiveRatePercent,
      toPercent: worst.to.positiveRatePercent,
      fromDate: worst.from.observedOn,
      toDate: worst.to.observedOn,
    }),
  ];
}

/**
 * Counts only grow, bar the 6-month window sliding; one that falls to under half is a reset —
 * a store sold on, or relaunched to shed its record. Ratings are checked before followers.
 */
export function countResetFactor({ timeline }: CheckedSignals): RiskFactor[] {
  for (const [field, reason] of [
    ['ratingCount', 'rating-count-reset'],
    ['followers', 'followers-reset'],
  ] as const) {
    for (const [from, to] of pairs(timeline, field)) {
      const earlier = from[field];
      const later = to[field] ?? earlier;
      if (earlier >= T.RESET_MIN_EARLIER && later < earlier * T.RESET_REMAINING_SHARE) {
        return [
          factor('count-reset', 'raises', T.WEIGHT_OWNER_CHANGE, reason, {
            from: earlier,
            to: later,
            fromDate: from.observedOn,
            toDate: to.observedOn,
          }),
        ];
      }
    }
  }
  return [];
}
