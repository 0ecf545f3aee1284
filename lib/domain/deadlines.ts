import { addDays, isAfter, isBefore } from 'date-fns';
import type { Confidence, Deadline } from '../schemas/deadline';
import { toValidDate } from './instant';
import type { OrderFacts } from './order-facts';

/** POLICY "Rules for estimates": estimates err early; a late reminder costs the money. */
export const SAFETY_MARGIN_DAYS = 2;
/** POLICY D2: a dispute can be opened until 15 days after the order completes. */
export const DISPUTE_DAYS_AFTER_COMPLETION = 15;
/** Sightings this close pin the completion day well enough for `medium` confidence. */
export const MEDIUM_CONFIDENCE_MAX_GAP_DAYS = 3;

/**
 * Deadlines that follow from the facts alone (card countdowns, estimates). Pure, never throws:
 * facts with unreadable dates yield nothing. No protection length is ever assumed (POLICY P2).
 */
export function deriveDeadlines(facts: OrderFacts): Deadline[] {
  return [fromCountdown(facts), fromCompletionSightings(facts)].filter(
    (d): d is Deadline => d !== undefined,
  );
}

/** A countdown only means "protection left" on shipped orders; elsewhere it is e.g. "pay within". */
function fromCountdown({ orderId, status, countdown }: OrderFacts): Deadline | undefined {
  if (status !== 'shipped' || !countdown) return undefined;
  const observed = toValidDate(countdown.observedAt);
  if (!observed) return undefined;
  // Elapsed time, not calendar days: the page counts real hours down.
  const due = new Date(observed.getTime() + countdown.remainingMs);
  if (Number.isNaN(due.getTime())) return undefined;
  return {
    orderId,
    kind: 'protection-end',
    dueAt: due.toISOString(),
    source: 'aliexpress',
    rule: 'card-countdown',
    confidence: 'high',
    observedAt: observed.toISOString(),
  };
}

/**
 * The order completed after it was last seen not completed, so the D2 window ends no earlier than
 * that sighting + 15 days; minus the margin. Calendar days in the local zone keep the wall-clock
 * time across DST. One addDays of the net offset, so a nonexistent local hour is resolved once.
 */
function fromCompletionSightings(facts: OrderFacts): Deadline | undefined {
  if (facts.status !== 'completed' || !facts.lastSeenNotCompletedAt) return undefined;
  const lastSeenOpen = toValidDate(facts.lastSeenNotCompletedAt);
  if (!lastSeenOpen) return undefined;
  const firstSeenDone = facts.firstSeenCompletedAt
    ? toValidDate(facts.firstSeenCompletedAt)
    : undefined;
  const due = addDays(lastSeenOpen, DISPUTE_DAYS_AFTER_COMPLETION - SAFETY_MARGIN_DAYS);
  // The newest sighting behind the estimate; a fresher pair of sightings replaces it.
  const observed =
    firstSeenDone && isAfter(firstSeenDone, lastSeenOpen) ? firstSeenDone : lastSeenOpen;
  return {
    orderId: facts.orderId,
    kind: 'dispute-after-completion',
    dueAt: due.toISOString(),
    source: 'estimated',
    rule: 'completion-window-bounded',
    confidence: completionConfidence(lastSeenOpen, firstSeenDone),
    observedAt: observed.toISOString(),
  };
}

/** `medium` only when completion is pinned between two sightings at most 3 calendar days apart. */
function completionConfidence(lastSeenOpen: Date, firstSeenDone: Date | undefined): Confidence {
  if (!firstSeenDone || isBefore(firstSeenDone, lastSeenOpen)) return 'low';
  const pinned = !isAfter(firstSeenDone, addDays(lastSeenOpen, MEDIUM_CONFIDENCE_MAX_GAP_DAYS));
  return pinned ? 'medium' : 'low';
}

// Selection lives in its own file; re-exported so callers find both halves of the deadline API here.
export { selectDeadlines } from './select-deadlines';
