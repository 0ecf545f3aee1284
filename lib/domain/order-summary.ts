import type { Deadline, Urgency } from '../schemas/deadline';
import type { OrderStatus } from '../schemas/order';
import type { NextStep, OrderSummary } from '../schemas/summary';
import { actionableKinds } from './actionable';
import { isValidDate, localCalendarDate } from './instant';
import { selectDeadlines } from './select-deadlines';
import { urgencyOf, wholeDaysLeft } from './urgency';

export interface SummaryInput {
  status: OrderStatus;
  /** Every known deadline for the order (derived, stored, manual); selection happens here. */
  candidates: readonly Deadline[];
  now: Date;
}

/** What the badge for one order shows. Pure; `now` is passed in. */
export function summariseOrder({ status, candidates, now }: SummaryInput): OrderSummary {
  const kinds = actionableKinds(status);
  const deadlines = selectDeadlines(candidates).filter((d) => kinds.includes(d.kind));
  const shown = isValidDate(now) ? pickShown(deadlines, now) : undefined;
  if (!shown) {
    return { urgency: 'none', nextStep: stepWithoutDeadline(status), deadlines };
  }
  const due = new Date(shown.dueAt);
  const urgency = urgencyOf(due, now);
  return {
    shown,
    urgency,
    daysLeft: wholeDaysLeft(due, now),
    dueDate: localCalendarDate(due),
    nextStep: stepFor(shown, urgency),
    deadlines,
  };
}

/** The earliest deadline still open; once all have passed, the one that passed last. */
function pickShown(sorted: readonly Deadline[], now: Date): Deadline | undefined {
  const open = sorted.find((d) => new Date(d.dueAt).getTime() > now.getTime());
  return open ?? sorted.at(-1);
}

/** Keyed on the deadline's kind, so an order of unknown status still gets the right advice. */
function stepFor(shown: Deadline, urgency: Urgency): NextStep {
  if (urgency === 'expired') return 'deadline-passed';
  if (shown.kind === 'protection-end') {
    return urgency === 'urgent' ? 'ask-extension-or-open-dispute' : 'open-dispute-if-not-received';
  }
  return 'open-dispute-if-problem';
}

function stepWithoutDeadline(status: OrderStatus): NextStep {
  switch (status) {
    case 'processing':
      return 'wait-for-shipment';
    case 'shipped':
    case 'completed':
    case 'unknown':
      return 'read-deadline-on-detail-page';
    case 'unpaid':
    case 'cancelled':
    case 'closed':
      return 'none';
  }
}
