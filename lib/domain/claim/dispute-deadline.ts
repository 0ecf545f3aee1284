import type { Deadline, DeadlineKind } from '../../schemas/deadline';
import { SAFETY_MARGIN_DAYS } from '../deadlines';
import { toValidDate } from '../instant';
import { selectDeadlines } from '../select-deadlines';

const DAY_MS = 86_400_000;

/**
 * The kinds after which a dispute can no longer be opened (or, for protection, after which the
 * order completes and the seller is paid, POLICY P4/P6). Listed, not derived: kinds may grow
 * (claim timers, reminders) and a new kind only closes the window once it is added here.
 */
export const DISPUTE_WINDOW_KINDS: ReadonlySet<string> = new Set<DeadlineKind | 'delivered-protection-end'>([
  'protection-end',
  'dispute-after-completion',
  'return-window',
  'quality-dispute',
  // POLICY P5: once delivered, protection may drop to 5 days (issue 3's detail-page estimate).
  // Named as a string so this list holds on both sides of that kind's merge.
  'delivered-protection-end',
]);

export interface DisputeDeadline {
  deadline: Deadline;
  dueAt: Date;
  /** The latest moment the claim should act by: `dueAt`, minus the safety margin for an estimate. */
  actBy: Date;
}

/**
 * The dispute window that closes first among those still open at `now` (err early). An estimate
 * is brought forward by the safety margin (POLICY "Rules for estimates"): an early nudge costs a
 * glance, a late one the money. `closed` when every known window has passed.
 */
export function disputeDeadline(deadlines: readonly Deadline[], now: Date): { state: 'open'; next: DisputeDeadline } | { state: 'unknown' | 'closed' } {
  const windows = selectDeadlines(deadlines.filter((d) => DISPUTE_WINDOW_KINDS.has(d.kind)));
  if (windows.length === 0) return { state: 'unknown' };
  const open = windows
    .map((deadline) => ({ deadline, dueAt: toValidDate(deadline.dueAt), actBy: actByOf(deadline) }))
    .filter((w): w is DisputeDeadline => w.dueAt !== undefined && w.actBy !== undefined && w.dueAt.getTime() > now.getTime())
    .sort((a, b) => a.actBy.getTime() - b.actBy.getTime());
  return open[0] ? { state: 'open', next: open[0] } : { state: 'closed' };
}

function actByOf(deadline: Deadline): Date | undefined {
  const due = toValidDate(deadline.dueAt);
  if (!due) return undefined;
  return deadline.source === 'estimated' ? new Date(due.getTime() - SAFETY_MARGIN_DAYS * DAY_MS) : due;
}
