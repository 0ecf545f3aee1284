import type { Instant } from '../schemas/common';
import type { DeadlineKind } from '../schemas/deadline';
import type { CardCountdown } from '../schemas/order';
import { isBefore, millis, toUtc } from './instants';
import { DEADLINE_HISTORY_MAX, type DeadlineRecord } from './records';

/**
 * Countdown texts have minute or hour resolution ("12 days 5 hours"), so two readings of the
 * same deadline land up to an hour apart. Within that, the stored dueAt stays put: no churn in
 * reminders, no noise in the history.
 */
export const COUNTDOWN_TOLERANCE_MS = 60 * 60 * 1000;

/**
 * The first-hand `protection-end` deadline a shipped card's countdown shows: due at the
 * countdown's own `observedAt` + `remainingMs`. Pure.
 * - none stored: a new record;
 * - a countdown read before the stored one: stale, the stored record is returned unchanged;
 * - within COUNTDOWN_TOLERANCE_MS of the stored dueAt: dueAt kept, only observedAt refreshed;
 * - further off (seller extended protection, P6; delivered, P5): dueAt moves, the old value goes
 *   to `history`.
 */
export function mergeCountdownDeadline(
  stored: DeadlineRecord | undefined,
  orderId: string,
  countdown: CardCountdown,
): DeadlineRecord {
  const observedAt = toUtc(countdown.observedAt);
  const dueAt = new Date(millis(observedAt) + countdown.remainingMs).toISOString();
  if (!stored) {
    return {
      orderId,
      kind: 'protection-end',
      source: 'aliexpress',
      rule: 'card-countdown',
      confidence: 'high',
      dueAt,
      observedAt,
      history: [],
    };
  }
  if (isBefore(observedAt, stored.observedAt)) return stored;
  if (Math.abs(millis(dueAt) - millis(stored.dueAt)) < COUNTDOWN_TOLERANCE_MS) {
    return { ...stored, observedAt };
  }
  return moveTo(stored, dueAt, observedAt);
}

/**
 * A date the user entered (POLICY "Rules for estimates", rule 2). Kept exactly as entered;
 * re-entering the same instant changes nothing.
 */
export function mergeManualDeadline(
  stored: DeadlineRecord | undefined,
  input: { orderId: string; kind: DeadlineKind; dueAt: Instant },
  now: Instant,
): DeadlineRecord {
  const dueAt = toUtc(input.dueAt);
  if (!stored) {
    return {
      orderId: input.orderId,
      kind: input.kind,
      source: 'manual',
      rule: 'entered-by-user',
      // The user copies it from AliExpress (tracking page, order detail) or knows it first-hand.
      confidence: 'high',
      dueAt,
      observedAt: now,
      history: [],
    };
  }
  if (millis(dueAt) === millis(stored.dueAt)) return stored;
  return moveTo(stored, dueAt, now);
}

function moveTo(stored: DeadlineRecord, dueAt: Instant, observedAt: Instant): DeadlineRecord {
  const previous = { dueAt: stored.dueAt, observedAt: stored.observedAt, source: stored.source };
  return {
    ...stored,
    dueAt,
    observedAt,
    history: [...stored.history, previous].slice(-DEADLINE_HISTORY_MAX),
  };
}
