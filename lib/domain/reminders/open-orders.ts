import type { Deadline, Urgency } from '../../schemas/deadline';
import type { OrderStatus } from '../../schemas/order';
import { summariseOrder } from '../order-summary';

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
 * a stable order). Selection and actionability are the badge's (summariseOrder), so the popup,
 * the reminders and the badge never disagree about which deadline an order has.
 */
export function openOrders(orders: readonly OrderDeadlines[], now: Date): OpenOrder[] {
  const nowMs = now.getTime();
  const result: { order: OpenOrder; nearest: number }[] = [];
  for (const { orderId, status, deadlines } of orders) {
    const summary = summariseOrder({ status, candidates: deadlines, now });
    const open = summary.deadlines.filter((d) => new Date(d.dueAt).getTime() > nowMs);
    if (open.length === 0) continue;
    result.push({ order: { orderId, status, urgency: summary.urgency, open }, nearest: new Date(open[0]!.dueAt).getTime() });
  }
  result.sort((a, b) => a.nearest - b.nearest || a.order.orderId.localeCompare(b.order.orderId));
  return result.map((r) => r.order);
}
