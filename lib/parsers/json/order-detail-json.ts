import * as z from 'zod/mini';
import { OrderId, ProductId, StoreId, type CalendarDate } from '../../schemas/common';
import type { OrderProduct } from '../../schemas/order';
import { ParsedOrderDetail } from '../../schemas/order-detail';
import { buttonCode } from '../locale/buttons';
import { afterEtaLabel, saysRefundUnderWay } from '../locale/detail-words';
import { parseDate } from '../locale/dates';
import { parsePrice } from '../locale/money';
import { normaliseStatus, statusLocales } from '../locale/statuses';
import { parseReminderWindows } from '../locale/windows';
import { recognised, unrecognised, type ParseResult } from '../result';
import { sellerChatLink, siteLink } from '../site-link';
import { bounded, cleanText } from '../text';
import { blocksTagged, globalOf, idValue, lenient, shortText } from './mtop';

/**
 * The page's `mtop.aliexpress.trade.buyer.order.detail` answer → `ParsedOrderDetail`. A pure
 * function of the response body. Blocks by `tag` (PAGES.md section 2); `addressVO` and the
 * payment method are never read. Never throws; unrecognised when the order id or status is missing.
 */

export const ORDER_DETAIL_API = 'mtop.aliexpress.trade.buyer.order.detail';

const TAGS = {
  info: 'detail_simple_order_info_component',
  status: 'detail_order_status_block',
  products: 'detail_product_block',
} as const;

const InfoFields = z.looseObject({
  tradeOrderId: lenient(idValue()),
  orderCreatTime: lenient(shortText(100)),
  payTime: lenient(shortText(100)),
  orderShipTime: lenient(shortText(100)),
  orderEndTime: lenient(shortText(100)),
});

const StatusFields = z.looseObject({
  title: lenient(shortText(200)),
  reminder: lenient(shortText(3000)),
});

const Button = z.looseObject({ type: lenient(shortText(60)), text: lenient(shortText(200)) });

const ProductVO = z.looseObject({
  productId: lenient(idValue()),
  itemTitle: lenient(shortText(6000)),
  itemDetailUrl: lenient(shortText(2000)),
  skuAttrs: lenient(z.array(z.looseObject({ name: lenient(shortText(200)), text: lenient(shortText(300)) })).check(z.maxLength(20))),
  itemPriceText: lenient(shortText(300)),
  quantity: lenient(z.int().check(z.positive(), z.maximum(100_000))),
  etaAndTrack: lenient(z.looseObject({ expectDeliveryDateTitle: lenient(shortText(300)) })),
  buttons: lenient(z.array(Button).check(z.maxLength(30))),
  itemTags: lenient(z.array(shortText(100)).check(z.maxLength(50))),
});

const ProductFields = z.looseObject({
  productVOList: lenient(z.array(z.unknown()).check(z.maxLength(200))),
  sellerVO: lenient(
    z.looseObject({ sellerName: lenient(shortText(300)), storeUrl: lenient(shortText(2000)), connectUrl: lenient(shortText(2000)) }),
  ),
});

/** `global.orderStatus`: 8 or 9 = completed (PAGES.md); other codes are not documented. */
const COMPLETED_CODES = new Set([8, 9]);

export function parseOrderDetailJson(body: unknown): ParseResult<ParsedOrderDetail> {
  try {
    return read(body);
  } catch {
    return unrecognised('markup-changed', ['json']);
  }
}

function one<T>(schema: z.ZodMiniType<T>, body: unknown, tag: string): T | undefined {
  const blocks = blocksTagged(body, tag);
  if (blocks.length !== 1) return undefined;
  const parsed = schema.safeParse(blocks[0]);
  return parsed.success ? parsed.data : undefined;
}

function read(body: unknown): ParseResult<ParsedOrderDetail> {
  const info = one(InfoFields, body, TAGS.info);
  const status = one(StatusFields, body, TAGS.status);
  const products = one(ProductFields, body, TAGS.products);
  const orderId = info?.tradeOrderId === undefined ? undefined : String(info.tradeOrderId);
  if (orderId === undefined || !OrderId.safeParse(orderId).success) return unrecognised('markup-changed', ['tradeOrderId']);

  const statusText = bounded(status?.title === undefined ? undefined : cleanText(status.title), 200);
  let code = statusText === undefined ? 'unknown' : normaliseStatus(statusText);
  const numeric = globalOf(body)?.orderStatus;
  if (code === 'unknown' && typeof numeric === 'number' && COMPLETED_CODES.has(numeric)) code = 'completed';
  const dayFirst = statusText !== undefined && statusLocales(statusText).length > 0 && !statusLocales(statusText).includes('en');
  const date = (text: string | undefined) => (text === undefined ? undefined : parseDate(text, { dayFirst }));

  const vos = (products?.productVOList ?? []).flatMap((raw) => {
    const vo = ProductVO.safeParse(raw);
    return vo.success ? [vo.data] : [];
  });
  const seller = products?.sellerVO;
  const storeId = /^\/store\/(\d+)/.exec(siteLink(seller?.storeUrl)?.path ?? '')?.[1];
  const store = compact({
    id: storeId !== undefined && StoreId.safeParse(storeId).success ? storeId : undefined,
    name: bounded(seller?.sellerName === undefined ? undefined : cleanText(seller.sellerName), 300),
  });
  const buttons = vos.flatMap((vo) => vo.buttons ?? []);
  const reminder = status?.reminder === undefined ? undefined : cleanText(status.reminder);

  const parsed = ParsedOrderDetail.safeParse(
    compact({
      orderId,
      status: code,
      statusText,
      placedDate: date(info?.orderCreatTime),
      paidDate: date(info?.payTime),
      shippedDate: date(info?.orderShipTime),
      completedDate: date(info?.orderEndTime),
      products: vos.map(readProduct),
      store: store.id !== undefined || store.name !== undefined ? store : undefined,
      sellerChatUrl: sellerChatLink(seller?.connectUrl),
      windows: reminder === undefined ? [] : parseReminderWindows(reminder),
      estimatedDelivery: latest(vos.map((vo) => {
        const rest = vo.etaAndTrack?.expectDeliveryDateTitle === undefined ? undefined : afterEtaLabel(cleanText(vo.etaAndTrack.expectDeliveryDateTitle));
        return rest === undefined ? undefined : parseDate(rest, { dayFirst });
      })),
      extendTimeOffered: buttons.some((b) => b.text !== undefined && buttonCode(b.text) === 'extend-time'),
      refundInProgress: [statusText, reminder].some((t) => t !== undefined && saysRefundUnderWay(t)),
      freeReturn: vos.some((vo) => vo.itemTags?.includes('LOCAL_FREE_RETURN') ?? false),
    }),
  );
  return parsed.success ? recognised(parsed.data) : unrecognised('markup-changed', parsed.error.issues.map((i) => i.path.join('.')));
}

function readProduct(vo: z.infer<typeof ProductVO>): OrderProduct {
  const id = vo.productId === undefined ? undefined : String(vo.productId);
  const urlId = /^\/item\/(\d+)\.html$/.exec(siteLink(vo.itemDetailUrl)?.path ?? '')?.[1];
  const productId = [id, urlId].find((v) => v !== undefined && ProductId.safeParse(v).success);
  const variant = (vo.skuAttrs ?? [])
    .filter((a) => a.name !== undefined && a.text !== undefined)
    .map((a) => `${cleanText(a.name!)}: ${cleanText(a.text!)}`)
    .join(', ');
  return compact({
    productId,
    title: bounded(vo.itemTitle === undefined ? undefined : cleanText(vo.itemTitle), 6000),
    variant: bounded(variant, 500),
    unitPrice: vo.itemPriceText === undefined ? undefined : parsePrice(vo.itemPriceText)?.money,
    quantity: vo.quantity,
  });
}

function latest(dates: (CalendarDate | undefined)[]): CalendarDate | undefined {
  return dates.reduce<CalendarDate | undefined>((a, d) => (d !== undefined && (a === undefined || d > a) ? d : a), undefined);
}

function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}
