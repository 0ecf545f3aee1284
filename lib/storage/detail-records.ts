import * as z from 'zod/mini';
import { CalendarDate, Instant } from '../schemas/common';
import { ReminderWindow, SellerChatUrl } from '../schemas/order-detail';

/**
 * What the order detail and tracking pages taught about an order, kept on its record (a
 * non-indexed field: no new database version). No address, phone or payment details.
 */
export const DetailPageFacts = z.strictObject({
  placedDate: z.optional(CalendarDate),
  paidDate: z.optional(CalendarDate),
  shippedDate: z.optional(CalendarDate),
  completedDate: z.optional(CalendarDate),
  windows: z.array(ReminderWindow).check(z.maxLength(10)),
  estimatedDelivery: z.optional(CalendarDate),
  extendTimeOffered: z.boolean(),
  refundInProgress: z.boolean(),
  freeReturn: z.boolean(),
  sellerChatUrl: z.optional(SellerChatUrl),
  seenAt: Instant,
});
export type DetailPageFacts = z.infer<typeof DetailPageFacts>;

export const TrackingFacts = z.strictObject({
  trackingNumber: z.optional(z.string().check(z.regex(/^[A-Za-z0-9-]{6,40}$/))),
  carrier: z.optional(z.string().check(z.maxLength(200))),
  delivered: z.boolean(),
  deliveredDate: z.optional(CalendarDate),
  refundIfNoDeliveryBefore: z.optional(CalendarDate),
  couponIfDelayedBy: z.optional(CalendarDate),
  seenAt: Instant,
});
export type TrackingFacts = z.infer<typeof TrackingFacts>;

export const OrderDetailRecord = z.strictObject({
  page: z.optional(DetailPageFacts),
  tracking: z.optional(TrackingFacts),
});
export type OrderDetailRecord = z.infer<typeof OrderDetailRecord>;
