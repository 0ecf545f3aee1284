import * as z from 'zod/mini';
import { CalendarDate, Instant, Money, OrderId, PageText, ProductId, StoreId } from './common';

export const ORDER_STATUSES = ['unpaid', 'processing', 'shipped', 'completed', 'cancelled', 'closed', 'unknown'] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

/** Locale-independent codes for the buttons an order card offers. */
export const ORDER_BUTTONS = [
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
] as const;
export const OrderButton = z.enum(ORDER_BUTTONS);
export type OrderButton = z.infer<typeof OrderButton>;

/** Bounds of a parsed card, shared with the hand-written check in lib/parsers/card-check.ts. */
export const CARD_LIMITS = {
  title: 6000,
  variant: 500,
  maxQuantity: 100000,
  countdownText: 300,
  statusText: 200,
  storeName: 300,
  products: 200,
  buttons: 30,
  notes: 20,
  note: 500,
} as const;

export const OrderProduct = z.strictObject({
  productId: z.optional(ProductId),
  title: z.optional(PageText(CARD_LIMITS.title)),
  variant: z.optional(PageText(CARD_LIMITS.variant)),
  unitPrice: z.optional(Money),
  quantity: z.optional(z.int().check(z.positive(), z.maximum(CARD_LIMITS.maxQuantity))),
});
export type OrderProduct = z.infer<typeof OrderProduct>;

/**
 * A countdown the card itself shows ("12 days 5 hours"), read by text in the page language.
 * `observedAt + remaining` is when it ends; the text is kept so the badge can say where it came from.
 */
export const CardCountdown = z.strictObject({
  text: PageText(CARD_LIMITS.countdownText),
  remainingMs: z.int().check(z.nonnegative()),
  observedAt: Instant,
});
export type CardCountdown = z.infer<typeof CardCountdown>;

/** What one My Orders card says about an order. Fields a parser could not read are absent. */
export const ParsedOrderCard = z.strictObject({
  orderId: OrderId,
  orderDate: z.optional(CalendarDate),
  status: OrderStatus,
  statusText: z.optional(PageText(CARD_LIMITS.statusText)),
  store: z.optional(z.strictObject({ id: z.optional(StoreId), name: z.optional(PageText(CARD_LIMITS.storeName)) })),
  isChoice: z.boolean(),
  products: z.array(OrderProduct).check(z.maxLength(CARD_LIMITS.products)),
  /** Number of products on the card, even when only thumbnails are shown. */
  productCount: z.int().check(z.nonnegative()),
  total: z.optional(Money),
  buttons: z.array(OrderButton).check(z.maxLength(CARD_LIMITS.buttons)),
  countdown: z.optional(CardCountdown),
  /** Refund / dispute lines under the card ("Refund completed"), as shown. */
  notes: z.array(PageText(CARD_LIMITS.note)).check(z.maxLength(CARD_LIMITS.notes)),
});
export type ParsedOrderCard = z.infer<typeof ParsedOrderCard>;
