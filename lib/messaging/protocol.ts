import { z } from 'zod';
import { Instant, OrderId } from '../schemas/common';
import { Deadline } from '../schemas/deadline';
import { ParsedOrderCard, OrderStatus } from '../schemas/order';

/**
 * The one protocol between content scripts / popup and the background. Every request is
 * validated on receipt with these strict schemas; anything else gets a typed error and changes
 * nothing.
 */
export const OrdersSeenRequest = z
  .object({
    type: z.literal('orders/seen'),
    observedAt: Instant,
    orders: z.array(ParsedOrderCard).max(500),
  })
  .strict();

export const OrdersGetRequest = z
  .object({ type: z.literal('orders/get'), orderIds: z.array(OrderId).max(500) })
  .strict();

export const Request = z.discriminatedUnion('type', [OrdersSeenRequest, OrdersGetRequest]);
export type Request = z.infer<typeof Request>;

/** What the background knows about an order: every candidate deadline, first-hand and derived. */
export const OrderView = z.object({
  orderId: OrderId,
  status: OrderStatus,
  deadlines: z.array(Deadline),
});
export type OrderView = z.infer<typeof OrderView>;

export const ErrorCode = z.enum(['invalid-request', 'storage-failed', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorResponse = z.object({
  ok: z.literal(false),
  error: z.object({ code: ErrorCode, message: z.string() }),
});

export const ResponseData = {
  'orders/seen': z.object({ orders: z.array(OrderView) }),
  'orders/get': z.object({ orders: z.array(OrderView) }),
} satisfies Record<Request['type'], z.ZodType>;

export type ResponseOf<T extends Request['type']> = z.infer<(typeof ResponseData)[T]>;
export type Response<T extends Request['type']> =
  | { ok: true; data: ResponseOf<T> }
  | z.infer<typeof ErrorResponse>;
