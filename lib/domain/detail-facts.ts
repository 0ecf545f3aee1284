import type { CalendarDate, Instant } from '../schemas/common';
import type { ReminderWindow } from '../schemas/order-detail';
import type { OrderStatus } from '../schemas/order';

/**
 * What the order detail and tracking pages said about one order, as deadlines are derived from
 * it. Built by storage from the record (or by the panel from this page's parse), read by the domain.
 */
export interface DetailFacts {
  orderId: string;
  status: OrderStatus;
  placedDate?: CalendarDate;
  completedDate?: CalendarDate;
  windows: readonly ReminderWindow[];
  freeReturn: boolean;
  /** When the detail page was read (dates the detail-page deadlines). */
  detailSeenAt?: Instant;
  refundIfNoDeliveryBefore?: CalendarDate;
  couponIfDelayedBy?: CalendarDate;
  delivered: boolean;
  deliveredDate?: CalendarDate;
  /** When the tracking page was read. */
  trackingSeenAt?: Instant;
}
