import { openOrders } from '../domain/reminders/open-orders';
import { summariseOrder } from '../domain/order-summary';
import type { UpcomingOrder, UpcomingResult } from '../messaging/protocol';
import type { OrderListing } from './order-service';

/** Titles are page text: a list line needs the start of one, not 6,000 characters. */
const TITLE_MAX = 300;

/**
 * The popup's lists from every order: those with open deadlines, most urgent first (as the
 * reminders see them), and those that need a deadline nobody knows yet, newest order first.
 */
export function upcomingFrom(listings: readonly OrderListing[], now: Date, limit: number): UpcomingResult {
  const byId = new Map(listings.map((l) => [l.view.orderId, l]));
  const open = openOrders(
    listings.map((l) => l.view),
    now,
  );
  const openIds = new Set(open.map((o) => o.orderId));
  const orders = open.slice(0, limit).map((o) => item(byId.get(o.orderId)!, o.urgency, o.open));
  const unknown = listings
    .filter((l) => !openIds.has(l.view.orderId) && needsDeadline(l, now))
    .sort((a, b) => (b.orderDate ?? '').localeCompare(a.orderDate ?? '') || a.view.orderId.localeCompare(b.view.orderId));
  return {
    total: open.length,
    urgent: open.filter((o) => o.urgency === 'urgent').length,
    orders,
    withoutDeadline: unknown.slice(0, limit).map((l) => item(l, 'none', [])),
    withoutDeadlineTotal: unknown.length,
  };
}

/** Shipped or completed with nothing known: the badge says "Deadline unknown" for these. */
function needsDeadline(listing: OrderListing, now: Date): boolean {
  const { status, deadlines } = listing.view;
  return summariseOrder({ status, candidates: deadlines, now }).nextStep === 'read-deadline-on-detail-page';
}

function item(listing: OrderListing, urgency: UpcomingOrder['urgency'], deadlines: UpcomingOrder['deadlines']): UpcomingOrder {
  const { view, title, storeName, orderDate } = listing;
  const result: UpcomingOrder = { orderId: view.orderId, status: view.status, urgency, deadlines };
  if (title) result.title = title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
  if (storeName) result.storeName = storeName.slice(0, TITLE_MAX);
  if (orderDate) result.orderDate = orderDate;
  return result;
}
