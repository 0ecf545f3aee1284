import * as z from 'zod/mini';
import { CalendarDate, Instant, OrderId, PageText, ProductId } from '../schemas/common';
import { Deadline, DeadlineKind, Urgency } from '../schemas/deadline';
import { ParsedOrderCard, OrderStatus } from '../schemas/order';
import { ListingSnapshot, ParsedProduct } from '../schemas/product';
import { Count, StoreSighting } from '../schemas/risk';
import { DeadlineMoves } from '../schemas/deadline-history';
import { ParsedOrderDetail, ParsedTracking } from '../schemas/order-detail';
import { MessageText, PendingMessage } from '../schemas/pending-message';
import { CLAIM_REQUESTS, CLAIM_RESPONSES } from './claim-requests';

/**
 * The one protocol between content scripts / popup and the background. Every request is
 * validated on receipt with these strict schemas; anything else gets a typed error and changes
 * nothing.
 */
export const OrdersSeenRequest = z.strictObject({
  type: z.literal('orders/seen'),
  observedAt: Instant,
  // Cards are strict objects too: an unexpected key means the sender and this schema disagree.
  orders: z.array(ParsedOrderCard).check(z.maxLength(500)),
});

export const OrdersGetRequest = z.strictObject({
  type: z.literal('orders/get'),
  orderIds: z.array(OrderId).check(z.maxLength(500)),
});

/**
 * The user enters (or confirms) a deadline, e.g. the date AliExpress shows on the tracking page.
 * Stored as given, to the millisecond: no rounding, no "close enough" rule as for countdowns.
 */
export const DeadlineSetManualRequest = z.strictObject({
  type: z.literal('deadline/set-manual'),
  orderId: OrderId,
  kind: DeadlineKind,
  dueAt: Instant,
});

export const DeadlineRemoveManualRequest = z.strictObject({
  type: z.literal('deadline/remove-manual'),
  orderId: OrderId,
  kind: DeadlineKind,
});

// ── Product pages (issue 4) ──
/** A product page was read: store the day's store numbers and a listing snapshot. */
export const ProductSeenRequest = z.strictObject({
  type: z.literal('product/seen'),
  observedAt: Instant,
  product: ParsedProduct,
});

/** The listing snapshots kept for a product ("what was promised"), e.g. for a claim. */
export const ProductSnapshotsRequest = z.strictObject({
  type: z.literal('product/snapshots'),
  productId: ProductId,
});

// ── Order detail and tracking pages (issue 3) ──
// What the page said, parsed and strictly validated.
export const OrderDetailSeenRequest = z.strictObject({
  type: z.literal('order-detail/seen'),
  observedAt: Instant,
  detail: ParsedOrderDetail,
});

export const TrackingSeenRequest = z.strictObject({
  type: z.literal('tracking/seen'),
  observedAt: Instant,
  tracking: ParsedTracking,
});

/** The popup's list (issue 3): orders with open deadlines, most urgent first, and those with none known. */
export const DeadlinesUpcomingRequest = z.strictObject({
  type: z.literal('deadlines/upcoming'),
  /** How many orders of each list to send (the .ics export asks for all). */
  limit: z.int().check(z.minimum(1), z.maximum(10_000)),
});

// Seller-chat messages (issue 5): the popup sets one, the chat page's content script offers it.
export const MessageSetPendingRequest = z.strictObject({
  type: z.literal('message/set-pending'),
  orderId: OrderId,
  text: MessageText,
});

/** Without `orderId` (a chat URL that names no order): the newest pending message of any order. */
export const MessageGetPendingRequest = z.strictObject({
  type: z.literal('message/get-pending'),
  orderId: z.optional(OrderId),
});

export const MessageMarkUsedRequest = z.strictObject({
  type: z.literal('message/mark-used'),
  orderId: OrderId,
});

export const Request = z.discriminatedUnion('type', [
  OrdersSeenRequest,
  OrdersGetRequest,
  DeadlineSetManualRequest,
  DeadlineRemoveManualRequest,
  ProductSeenRequest,
  ProductSnapshotsRequest,
  OrderDetailSeenRequest,
  TrackingSeenRequest,
  DeadlinesUpcomingRequest,
  MessageSetPendingRequest,
  MessageGetPendingRequest,
  MessageMarkUsedRequest,
  // Claims (issue 5): lib/messaging/claim-requests.ts
  ...CLAIM_REQUESTS,
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** What the background knows about an order: every candidate deadline, first-hand and derived. */
export const OrderView = z.object({
  orderId: OrderId,
  status: OrderStatus,
  deadlines: z.array(Deadline),
  /** Set when no sighting so far read the order's products: the next card seen should be read in full. */
  needsFullRead: z.optional(z.literal(true)),
});
export type OrderView = z.infer<typeof OrderView>;

/**
 * What the background remembers of a store and of this buyer's dealings with it, answered to
 * `product/seen`. `storeHistory` holds one point per day, oldest first, today's included (the risk
 * model compares earlier days with today's page).
 */
export const ProductSeenView = z.object({
  storeHistory: z.array(StoreSighting).check(z.maxLength(200)),
  /**
   * From the orders table: the buyer's orders from this store (absent when the store is unknown);
   * disputes and late deliveries as the detail and tracking pages showed them (absent: unknown),
   * and on how many orders both were checked.
   */
  buyer: z.optional(
    z.object({
      orders: Count,
      completed: Count,
      disputes: z.optional(Count),
      lateDeliveries: z.optional(Count),
      checkedOrders: z.optional(Count),
    }),
  ),
  /** Orders (from My Orders) that contain this product: what the snapshot is evidence for. */
  linkedOrderIds: z.array(OrderId).check(z.maxLength(50)),
  snapshot: z.object({ contentHash: z.string(), firstSeenAt: Instant, seenCount: Count }),
});
export type ProductSeenView = z.infer<typeof ProductSeenView>;


export const ErrorCode = z.enum([
  'invalid-request',
  /** The request named an order the background has never seen. */
  'not-found',
  'storage-failed',
  /** The extension was updated or reloaded under this page: only a page reload helps. */
  'context-invalidated',
  /** The claim's reducer refused the event (the message names its code): nothing changed. */
  'claim-refused',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorResponse = z.object({
  ok: z.literal(false),
  error: z.object({ code: ErrorCode, message: z.string() }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/**
 * After a manual change: the order as it is now, and the manual deadline of that kind as it was
 * before (`null`: there was none). Undo = set-manual with `previous.dueAt`, or remove-manual
 * when `previous` is null.
 */
const ManualDeadlineResult = z.object({ order: OrderView, previous: z.nullable(Deadline) });

/** An order as the popup lists it: what names it to the buyer, and its open deadlines nearest first. */
export const UpcomingOrder = z.object({
  orderId: OrderId,
  status: OrderStatus,
  urgency: Urgency,
  title: z.optional(PageText(300)),
  storeName: z.optional(PageText(300)),
  orderDate: z.optional(CalendarDate),
  deadlines: z.array(Deadline),
});
export type UpcomingOrder = z.infer<typeof UpcomingOrder>;

export const UpcomingResult = z.object({
  /** Orders with an open deadline (all of them, not only those sent). */
  total: z.int(),
  /** Orders whose nearest deadline is urgent (the toolbar badge's number). */
  urgent: z.int(),
  orders: z.array(UpcomingOrder),
  /** Orders that need a deadline but have none known (shipped, completed): where manual entry helps. */
  withoutDeadline: z.array(UpcomingOrder),
  withoutDeadlineTotal: z.int(),
});
export type UpcomingResult = z.infer<typeof UpcomingResult>;

export const ResponseData = {
  'orders/seen': z.object({ orders: z.array(OrderView) }),
  'orders/get': z.object({ orders: z.array(OrderView) }),
  'deadline/set-manual': ManualDeadlineResult,
  'deadline/remove-manual': ManualDeadlineResult,
  'product/seen': ProductSeenView,
  'product/snapshots': z.object({ snapshots: z.array(ListingSnapshot) }),
  'order-detail/seen': z.object({ order: z.nullable(OrderView), history: z.array(DeadlineMoves) }),
  'tracking/seen': z.object({ order: z.nullable(OrderView), history: z.array(DeadlineMoves) }),
  'deadlines/upcoming': UpcomingResult,
  'message/set-pending': z.object({ pending: PendingMessage }),
  'message/get-pending': z.object({ pending: z.nullable(PendingMessage) }),
  /** `used`: false when nothing was pending (already used, expired, or never set). */
  'message/mark-used': z.object({ used: z.boolean() }),
  ...CLAIM_RESPONSES,
} satisfies Record<RequestType, z.ZodMiniType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof ResponseData)[T]>;
export type Response<T extends RequestType = RequestType> =
  | { ok: true; data: ResponseOf<T> }
  | ErrorResponse;

/** The full schema of an answer to a request of type `type` (the client validates with it). */
export function responseSchema<T extends RequestType>(type: T) {
  return (responseSchemas[type] ??= buildResponseSchema(type)) as ReturnType<typeof buildResponseSchema<T>>;
}

// Built once per request type: building a zod schema costs more than using it.
const responseSchemas: Partial<Record<RequestType, z.ZodMiniType>> = {};

function buildResponseSchema<T extends RequestType>(type: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data: ResponseData[type] }), ErrorResponse]);
}
