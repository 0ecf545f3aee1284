import * as z from 'zod/mini';
import { OrderId, ProductId, StoreId } from '../../schemas/common';
import { ParsedOrderCard, type OrderButton, type OrderProduct } from '../../schemas/order';
import { parseDate } from '../locale/dates';
import { parsePrice } from '../locale/money';
import { normaliseStatus, statusLocales } from '../locale/statuses';
import { recognised, unrecognised, type ParseResult } from '../result';
import { siteLink } from '../site-link';
import { bounded, cleanText } from '../text';
import { blocksTagged, idValue, lenient, shortText } from './mtop';

/**
 * The page's `mtop.aliexpress.trade.buyer.order.list` answer → `ParsedOrderCard`s, one per block
 * tagged `pc_om_list_order` (PAGES.md section 1). A pure function of the response body. The
 * buttons' `type` codes are locale-independent. It has no countdown and no deadline. Orders that
 * do not validate are left out; none readable → unrecognised.
 */
export const ORDERS_LIST_API = 'mtop.aliexpress.trade.buyer.order.list';
const TAG = 'pc_om_list_order';

const BUTTON_TYPES: Readonly<Record<string, OrderButton>> = {
  CONFIRM_GOODS: 'confirm-received',
  TRACKING: 'track',
  REPURCHASE: 'add-to-cart',
  DELETE: 'remove',
};

const Line = z.looseObject({
  productId: lenient(idValue()),
  itemTitle: lenient(shortText(6000)),
  itemPriceText: lenient(shortText(300)),
  quantity: lenient(z.int().check(z.positive(), z.maximum(100_000))),
  skuAttrs: lenient(z.array(z.looseObject({ name: lenient(shortText(200)), text: lenient(shortText(300)) })).check(z.maxLength(20))),
  itemDetailUrl: lenient(shortText(2000)),
});

const Order = z.looseObject({
  orderId: idValue(),
  orderDateText: lenient(shortText(100)),
  statusText: lenient(shortText(200)),
  storeName: lenient(shortText(300)),
  storePageUrl: lenient(shortText(2000)),
  totalPriceText: lenient(shortText(300)),
  currencyCode: lenient(z.string().check(z.regex(/^[A-Z]{3}$/))),
  shopIcon: lenient(shortText(2000)),
  orderLines: lenient(z.array(z.unknown()).check(z.maxLength(200))),
  buttons: lenient(z.array(z.looseObject({ type: lenient(shortText(60)) })).check(z.maxLength(30))),
});

export function parseOrdersListJson(body: unknown): ParseResult<ParsedOrderCard[]> {
  try {
    const orders = blocksTagged(body, TAG).flatMap((fields) => {
      const card = readOrder(fields);
      return card ? [card] : [];
    });
    return orders.length > 0 ? recognised(orders) : unrecognised('markup-changed', [TAG]);
  } catch {
    return unrecognised('markup-changed', ['json']);
  }
}

function readOrder(fields: unknown): ParsedOrderCard | undefined {
  const order = Order.safeParse(fields);
  if (!order.success) return undefined;
  const o = order.data;
  const orderId = String(o.orderId);
  if (!OrderId.safeParse(orderId).success) return undefined;
  const statusText = bounded(o.statusText === undefined ? undefined : cleanText(o.statusText), 200);
  const locales = statusText === undefined ? [] : statusLocales(statusText);
  const dayFirst = locales.length > 0 && !locales.includes('en');
  const storeId = /^\/store\/(\d+)/.exec(siteLink(o.storePageUrl)?.path ?? '')?.[1];
  const store = compact({
    id: storeId !== undefined && StoreId.safeParse(storeId).success ? storeId : undefined,
    name: bounded(o.storeName === undefined ? undefined : cleanText(o.storeName), 300),
  });
  const lines = (o.orderLines ?? []).flatMap((raw) => {
    const line = Line.safeParse(raw);
    return line.success ? [line.data] : [];
  });
  const total = o.totalPriceText === undefined ? undefined : parsePrice(o.totalPriceText)?.money;
  const card = compact({
    orderId,
    orderDate: o.orderDateText === undefined ? undefined : parseDate(o.orderDateText, { dayFirst }),
    status: statusText === undefined ? 'unknown' : normaliseStatus(statusText),
    statusText,
    store: store.id !== undefined || store.name !== undefined ? store : undefined,
    isChoice: typeof o.shopIcon === 'string' && o.shopIcon.trim() !== '',
    products: lines.map(readLine),
    productCount: lines.length,
    // A total in another currency than the order's code is not one we trust.
    total: total !== undefined && (o.currencyCode === undefined || o.currencyCode === total.currency) ? total : undefined,
    buttons: (o.buttons ?? []).map((b) => (b.type !== undefined ? (BUTTON_TYPES[b.type] ?? 'other') : 'other')),
    notes: [],
  });
  const parsed = ParsedOrderCard.safeParse(card);
  return parsed.success ? parsed.data : undefined;
}

function readLine(line: z.infer<typeof Line>): OrderProduct {
  const id = line.productId === undefined ? undefined : String(line.productId);
  const urlId = /^\/item\/(\d+)\.html$/.exec(siteLink(line.itemDetailUrl)?.path ?? '')?.[1];
  const variant = (line.skuAttrs ?? [])
    .filter((a) => a.name !== undefined && a.text !== undefined)
    .map((a) => `${cleanText(a.name!)}: ${cleanText(a.text!)}`)
    .join(', ');
  return compact({
    productId: [id, urlId].find((v) => v !== undefined && ProductId.safeParse(v).success),
    title: bounded(line.itemTitle === undefined ? undefined : cleanText(line.itemTitle), 6000),
    variant: bounded(variant, 500),
    unitPrice: line.itemPriceText === undefined ? undefined : parsePrice(line.itemPriceText)?.money,
    quantity: line.quantity,
  });
}

function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}
