import type { Deadline, Urgency } from '../../schemas/deadline';
import type { OrderStatus } from '../../schemas/order';
import { actionableKinds } from '../actionable';
import { selectDeadlines } from '../select-deadlines';
import { urgencyOf } from '../urgency';

/** An order as the background knows it: every candidate deadline, first-hand and derived. */
export interface OrderDeadlines {
  orderId: string;
  status: OrderStatus;
  deadlines: readonly Deadline[];
}

export interface OpenOrder {
  orderId: string;
  status: OrderStatus;
  /** Urgency of the nearest open deadline (never `expired` or `none`: the order has one open). */
  urgency: Urgency;
  /** The selected, actionable deadlines still open, nearest first. */
  open: Deadline[];
}

/**
 * Orders with at least one open deadline, most urgent first (nearest open dueAt, then order id for
 * a stable order). Selection and actionability are the badge's (selectDeadlines, actionableKinds,
 * urgencyOf, as summariseOrder uses them), so popup, reminders and badge never disagree.
 */
export function openOrders(orders: readonly OrderDeadlines[], now: Date): OpenOrder[] {
  const nowMs = now.getTime();
  const result: { order: OpenOrder; nearest: number }[] = [];
  for (const { orderId, status, deadlines } of orders) {
    if (deadlines.length === 0) continue;
    // The badge's selection (summariseOrder) without its display fields: this runs for every order.
    const kinds = actionableKinds(status);
    const open = selectDeadlines(deadlines).filter((d) => kinds.includes(d.kind) && new Date(d.dueAt).getTime() > nowMs);
    if (open.length === 0) continue;
    const nearest = new Date(open[0]!.dueAt);
    result.push({ order: { orderId, status, urgency: urgencyOf(nearest, now), open }, nearest: nearest.getTime() });
  }
  result.sort((a, b) => a.nearest - b.nearest || (a.order.orderId < b.order.orderId ? -1 : 1));
  return result.map((r) => r.order);
}
