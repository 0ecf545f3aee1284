import type { DetailFacts } from '../domain/detail-facts';
import type { Instant } from '../schemas/common';
import type { Deadline } from '../schemas/deadline';
import type { ParsedOrderCard } from '../schemas/order';
import type { ParsedOrderDetail, ParsedTracking } from '../schemas/order-detail';
import type { DetailPageFacts, OrderDetailRecord, TrackingFacts } from './detail-records';
import { isBefore, millis, toUtc } from './instants';
import { DEADLINE_HISTORY_MAX, type DeadlineRecord, type OrderRecord } from './records';

/**
 * Pure merges for what the detail and tracking pages say. The order's card fields go through
 * mergeOrder (so user fields and the list's own knowledge are kept); the page facts live in
 * `record.detail`, where a newer reading replaces an older one and an older one changes nothing.
 */

/** The detail page as a card reading: fields it does not show (buttons, notes, Choice) stay the list's. */
export function cardFromDetail(detail: ParsedOrderDetail): ParsedOrderCard {
  return {
    orderId: detail.orderId,
    ...(detail.placedDate !== undefined ? { orderDate: detail.placedDate } : {}),
    status: detail.status,
    ...(detail.statusText !== undefined ? { statusText: detail.statusText } : {}),
    ...(detail.store !== undefined ? { store: detail.store } : {}),
    isChoice: false,
    products: detail.products,
    productCount: detail.products.length,
    buttons: [],
    notes: [],
  };
}

/** The tracking page says nothing about the order's card: status unknown, nothing else. */
export function cardFromTracking(orderId: string): ParsedOrderCard {
  return { orderId, status: 'unknown', isChoice: false, products: [], productCount: 0, buttons: [], notes: [] };
}

export function mergeDetailPage(stored: OrderDetailRecord | undefined, detail: ParsedOrderDetail, observedAt: Instant): OrderDetailRecord {
  const at = toUtc(observedAt);
  if (stored?.page && isBefore(at, stored.page.seenAt)) return stored;
  const { placedDate, paidDate, shippedDate, completedDate, windows, estimatedDelivery, extendTimeOffered, refundInProgress, freeReturn, sellerChatUrl } = detail;
  const page: DetailPageFacts = compact({
    placedDate, paidDate, shippedDate, completedDate, windows, extendTimeOffered, refundInProgress, freeReturn, sellerChatUrl,
    // The last estimate AliExpress showed is kept when a later page shows none (once delivered,
    // it may drop the line): it is what a late delivery is measured against.
    estimatedDelivery: estimatedDelivery ?? stored?.page?.estimatedDelivery,
    seenAt: at,
  });
  return { ...stored, page };
}

export function mergeTracking(stored: OrderDetailRecord | undefined, tracking: ParsedTracking, observedAt: Instant): OrderDetailRecord {
  const at = toUtc(observedAt);
  if (stored?.tracking && isBefore(at, stored.tracking.seenAt)) return stored;
  const deliveredDate = tracking.latestEvent?.delivered ? tracking.latestEvent.date : undefined;
  const facts: TrackingFacts = compact({
    trackingNumber: tracking.trackingNumber,
    carrier: tracking.carrier,
    delivered: tracking.delivered,
    // A delivered order stays delivered; its scan date is kept when a later page shows older events only.
    deliveredDate: deliveredDate ?? (tracking.delivered ? stored?.tracking?.deliveredDate : undefined),
    refundIfNoDeliveryBefore: tracking.refundIfNoDeliveryBefore,
    couponIfDelayedBy: tracking.couponIfDelayedBy,
    seenAt: at,
  });
  return { ...stored, tracking: facts };
}

/** The facts the domain derives the detail-page deadlines from. */
export function detailFactsFromRecord(record: OrderRecord): DetailFacts {
  const page = record.detail?.page;
  const tracking = record.detail?.tracking;
  return compact({
    orderId: record.orderId,
    status: record.status,
    placedDate: page?.placedDate ?? record.orderDate,
    completedDate: page?.completedDate,
    windows: page?.windows ?? [],
    freeReturn: page?.freeReturn ?? false,
    detailSeenAt: page?.seenAt,
    refundIfNoDeliveryBefore: tracking?.refundIfNoDeliveryBefore,
    couponIfDelayedBy: tracking?.couponIfDelayedBy,
    delivered: tracking?.delivered ?? false,
    deliveredDate: tracking?.deliveredDate,
    trackingSeenAt: tracking?.seenAt,
  });
}

/**
 * A date the detail or tracking page states (source aliexpress):
 * - none stored: a new record;
 * - read before the stored one: stale, unchanged;
 * - the same instant: only observedAt (and rule) refreshed;
 * - a stored card countdown within a day of it: the countdown's finer instant is kept (the page
 *   states a day, the countdown an hour: both say the same);
 * - otherwise it moved (seller extended protection, P6; delivery shortened it, P5): the old value
 *   goes to `history`, and the panel says "moved from … to …".
 */
export const SAME_DAY_MS = 24 * 60 * 60 * 1000;

export function mergePageDeadline(stored: DeadlineRecord | undefined, candidate: Deadline & { source: 'aliexpress' }): DeadlineRecord {
  const dueAt = toUtc(candidate.dueAt);
  const observedAt = toUtc(candidate.observedAt);
  if (!stored) return { ...candidate, dueAt, observedAt, history: [] };
  if (isBefore(observedAt, stored.observedAt)) return stored;
  const gap = Math.abs(millis(dueAt) - millis(stored.dueAt));
  if (gap === 0) return { ...stored, observedAt, rule: candidate.rule, confidence: candidate.confidence };
  if (stored.rule === 'card-countdown' && candidate.rule !== 'card-countdown' && gap < SAME_DAY_MS) return { ...stored, observedAt };
  const previous = { dueAt: stored.dueAt, observedAt: stored.observedAt, source: stored.source };
  return {
    ...stored,
    dueAt,
    observedAt,
    rule: candidate.rule,
    confidence: candidate.confidence,
    history: [...stored.history, previous].slice(-DEADLINE_HISTORY_MAX),
  };
}

function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}
