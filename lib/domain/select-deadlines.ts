import { DeadlineKind, type Deadline, type DeadlineSource } from '../schemas/deadline';
import { toValidDate } from './instant';

/** Read on the page or entered by the user: these beat any estimate (POLICY "Rules for estimates"). */
const FIRST_HAND: readonly DeadlineSource[] = ['aliexpress', 'manual'];
/** On an observedAt tie, what AliExpress shows wins over what the user typed (POLICY rule order). */
const SOURCE_RANK: Record<DeadlineSource, number> = { aliexpress: 0, manual: 1, estimated: 2 };

interface Dated {
  deadline: Deadline;
  due: number;
  observed: number;
}

/**
 * One deadline per kind, sorted by dueAt ascending. First-hand: the most recently observed wins
 * (a fresh page reading beats an old manual entry and vice versa). Only without any first-hand
 * candidate, the estimate with the earliest dueAt (err early). Unreadable dates are dropped.
 */
export function selectDeadlines(candidates: readonly Deadline[]): Deadline[] {
  const byKind = new Map<DeadlineKind, Dated[]>();
  for (const deadline of candidates) {
    const due = toValidDate(deadline.dueAt)?.getTime();
    const observed = toValidDate(deadline.observedAt)?.getTime();
    if (due === undefined || observed === undefined) continue;
    const group = byKind.get(deadline.kind) ?? [];
    group.push({ deadline, due, observed });
    byKind.set(deadline.kind, group);
  }

  const chosen = [...byKind.values()].map(pickOne);
  const kindOrder = DeadlineKind.options;
  chosen.sort(
    (a, b) => a.due - b.due || kindOrder.indexOf(a.deadline.kind) - kindOrder.indexOf(b.deadline.kind),
  );
  return chosen.map((c) => c.deadline);
}

function pickOne(group: Dated[]): Dated {
  const firstHand = group.filter((c) => FIRST_HAND.includes(c.deadline.source));
  if (firstHand.length > 0) {
    return firstHand.reduce((best, c) => (compareFirstHand(c, best) < 0 ? c : best));
  }
  return group.reduce((best, c) => (compareEstimates(c, best) < 0 ? c : best));
}

/** Negative when `a` should win. Newest observation, then source rank, then the earlier date. */
function compareFirstHand(a: Dated, b: Dated): number {
  return (
    b.observed - a.observed ||
    SOURCE_RANK[a.deadline.source] - SOURCE_RANK[b.deadline.source] ||
    a.due - b.due
  );
}

/** Negative when `a` should win. Earliest date, then the newest observation. */
function compareEstimates(a: Dated, b: Dated): number {
  return a.due - b.due || b.observed - a.observed;
}
