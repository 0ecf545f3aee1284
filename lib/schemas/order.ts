import { z } from 'zod';
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

export const OrderProduct = z.object({
  productId: ProductId.optional(),
  title: PageText(6000).optional(),
  variant: PageText(500).optional(),
  unitPrice: Money.optional(),
  quantity: z.number().int().positive().max(100000).optional(),
});
export type OrderProduct = z.infer<typeof OrderProduct>;

/**
 * A countdown the card itself shows ("12 days 5 hours"), read by text in the page language.
 * `observedAt + remaining` is when it ends; the text is kept so the badge can say where it came from.
 */
export const CardCountdown = z.object({
  text: PageText(300),
  remainingMs: z.number().int().nonnegative(),
  observedAt: Instant,
});
export type CardCountdown = z.infer<typeof CardCountdown>;

/** What one My Orders card says about an order. Fields a parser could not read are absent. */
export const ParsedOrderCard = z.object({
  orderId: OrderId,
  orderDate: CalendarDate.optional(),
  status: OrderStatus,
  statusText: PageText(200).optional(),
  store: z
    .object({ id: StoreId.optional(), name: PageText(300).optional() })
    .optional(),
  isChoice: z.boolean(),
  products: z.array(OrderProduct).max(200),
  /** Number of products on the card, even when only thumbnails are shown. */
  productCount: z.number().int().nonnegative(),
  total: Money.optional(),
  buttons: z.array(OrderButton).max(30),
  countdown: CardCountdown.optional(),
  /** Refund / dispute lines under the card ("Refund completed"), as shown. */
  notes: z.array(PageText(500)).max(20),
});
export type ParsedOrderCard = z.infer<typeof ParsedOrderCard>;
