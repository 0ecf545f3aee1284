import * as z from 'zod/mini';
import { CalendarDate, OrderId, PageText, StoreId } from './common';
import { OrderProduct, OrderStatus } from './order';

/** What a reminder window counts from ("within 7 days of confirming receipt", "… after order was placed"). */
export const WindowAnchor = z.enum(['receipt-confirmed', 'order-placed']);
export type WindowAnchor = z.infer<typeof WindowAnchor>;

/** What the buyer may do inside the window. */
export const WindowPurpose = z.enum(['return-refund', 'quality-dispute']);
export type WindowPurpose = z.infer<typeof WindowPurpose>;

/** One window a reminder sentence states, numbers as the page wrote them (POLICY D3). */
export const ReminderWindow = z.strictObject({
  purpose: WindowPurpose,
  days: z.int().check(z.positive(), z.maximum(400)),
  from: WindowAnchor,
});
export type ReminderWindow = z.infer<typeof ReminderWindow>;

/** A seller-chat link on an allow-listed AliExpress host, rebuilt from its parts (`https://…`). */
export const SellerChatUrl = z.string().check(
  z.maxLength(600),
  z.regex(/^https:\/\/(?:[a-z]{2,3}\.aliexpress\.com|www\.aliexpress\.us|msg\.aliexpress\.com)\/[\w./-]*(?:\?[\w.=&%-]*)?$/),
);

/**
 * What the order detail page says (PAGES.md section 2). No address, phone or payment method:
 * the parser never reads those blocks. Fields it could not read are absent.
 */
export const ParsedOrderDetail = z.strictObject({
  orderId: OrderId,
  status: OrderStatus,
  statusText: z.optional(PageText(200)),
  placedDate: z.optional(CalendarDate),
  paidDate: z.optional(CalendarDate),
  shippedDate: z.optional(CalendarDate),
  completedDate: z.optional(CalendarDate),
  products: z.array(OrderProduct).check(z.maxLength(200)),
  store: z.optional(z.strictObject({ id: z.optional(StoreId), name: z.optional(PageText(300)) })),
  sellerChatUrl: z.optional(SellerChatUrl),
  /** Windows the status block's reminder states; an unknown sentence gives none. */
  windows: z.array(ReminderWindow).check(z.maxLength(10)),
  /** The latest "Estimated delivery date" any product shows. */
  estimatedDelivery: z.optional(CalendarDate),
  /** "Extend time" (ask the seller to extend protection, POLICY P6) is offered. */
  extendTimeOffered: z.boolean(),
  /** A refund or dispute is already under way for this order. */
  refundInProgress: z.boolean(),
  /** The order has a free-return window (`LOCAL_FREE_RETURN` tag; JSON only). */
  freeReturn: z.boolean(),
});
export type ParsedOrderDetail = z.infer<typeof ParsedOrderDetail>;

export const TrackingEvent = z.strictObject({
  text: PageText(500),
  /** The event's day, when its time text names one with a year we can trust. */
  date: z.optional(CalendarDate),
  delivered: z.boolean(),
});
export type TrackingEvent = z.infer<typeof TrackingEvent>;

/** What the tracking page says (PAGES.md section 3). */
export const ParsedTracking = z.strictObject({
  orderId: OrderId,
  trackingNumber: z.optional(z.string().check(z.regex(/^[A-Za-z0-9-]{6,40}$/))),
  carrier: z.optional(PageText(200)),
  latestEvent: z.optional(TrackingEvent),
  delivered: z.boolean(),
  /** "Refund if no delivery before <date>": the not-received deadline AliExpress states. */
  refundIfNoDeliveryBefore: z.optional(CalendarDate),
  /** "Apply for … coupon code if delayed by <date>". */
  couponIfDelayedBy: z.optional(CalendarDate),
});
export type ParsedTracking = z.infer<typeof ParsedTracking>;
