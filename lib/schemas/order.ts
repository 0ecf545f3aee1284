import * as z from 'zod/mini';
import { CalendarDate, Instant, Money, OrderId, PageText, ProductId, StoreId } from './common';

export const OrderStatus = z.enum([
  'unpaid',
  'processing',
  'shipped',
  'completed',
  'cancelled',
  'closed',
  'unknown',
]);
export type OrderStatus = z.infer<typeof OrderStatus>;

/** Locale-independent codes for the buttons an order card offers. */
export const OrderButton = z.enum([
  'pay',
  'cancel',
  'track',
  'confirm-received',
  'add-to-cart',
  'leave-feedback',
  'remove',
  'return-refund',
  'extend-time',
  'contact-seller',
  'other',
]);
export type OrderButton = z.infer<typeof OrderButton>;

export const OrderProduct = z.strictObject({
  productId: z.optional(ProductId),
  title: z.optional(PageText(6000)),
  variant: z.optional(PageText(500)),
  unitPrice: z.optional(Money),
  quantity: z.optional(z.int().check(z.positive(), z.maximum(100000))),
});
export type OrderProduct = z.infer<typeof OrderProduct>;

/**
 * A countdown the card itself shows ("12 days 5 hours"), read by text in the page language.
 * `observedAt + remaining` is when it ends; the text is kept so the badge can say where it came from.
 */
export const CardCountdown = z.strictObject({
  text: PageText(300),
  remainingMs: z.int().check(z.nonnegative()),
  observedAt: Instant,
});
export type CardCountdown = z.infer<typeof CardCountdown>;

/** What one My Orders card says about an order. Fields a parser could not read are absent. */
export const ParsedOrderCard = z.strictObject({
  orderId: OrderId,
  orderDate: z.optional(CalendarDate),
  status: OrderStatus,
  statusText: z.optional(PageText(200)),
  store: z.optional(z.strictObject({ id: z.optional(StoreId), name: z.optional(PageText(300)) })),
  isChoice: z.boolean(),
  products: z.array(OrderProduct).check(z.maxLength(200)),
  /** Number of products on the card, even when only thumbnails are shown. */
  productCount: z.int().check(z.nonnegative()),
  total: z.optional(Money),
  buttons: z.array(OrderButton).check(z.maxLength(30)),
  countdown: z.optional(CardCountdown),
  /** Refund / dispute lines under the card ("Refund completed"), as shown. */
  notes: z.array(PageText(500)).check(z.maxLength(20)),
});
export type ParsedOrderCard = z.infer<typeof ParsedOrderCard>;
