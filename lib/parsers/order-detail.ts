import { OrderId, ProductId, StoreId, type CalendarDate, type Money } from '../schemas/common';
import type { OrderProduct } from '../schemas/order';
import { ParsedOrderDetail, type ReminderWindow } from '../schemas/order-detail';
import { buttonCode, buttonLocales } from './locale/buttons';
import { afterEtaLabel, infoField, saysRefundUnderWay } from './locale/detail-words';
import { parseDate } from './locale/dates';
import { parsePrice } from './locale/money';
import { normaliseStatus, statusLocales } from './locale/statuses';
import { parseReminderWindows } from './locale/windows';
import { ORDER_DETAIL as S } from './detail-selectors';
import { recognised, unrecognised, type ParseResult } from './result';
import { sellerChatLink, siteLink } from './site-link';
import { bounded, cleanText, firstDigitRun, textOf } from './text';

/**
 * Order detail page (DOM) → `ParsedOrderDetail` (PAGES.md section 2). Reads only the blocks it
 * names — status, info rows it has a label for, store and product blocks, buttons — and never
 * the address block or the payment row. Never throws; a page without a status block or a
 * readable order id is unrecognised.
 */

const MAX = { statusText: 200, storeName: 300, title: 6000, variant: 500 } as const;
const MAX_PRODUCTS = 200;
const MAX_ELEMENTS = 50_000;

export function parseOrderDetailPage(root: ParentNode): ParseResult<ParsedOrderDetail> {
  try {
    return readPage(root);
  } catch {
    return unrecognised('markup-changed', ['page']);
  }
}

function readPage(root: ParentNode): ParseResult<ParsedOrderDetail> {
  if (root.querySelector(S.botCheck)) return unrecognised('bot-check');
  const status = root.querySelector(S.statusBlock);
  if (!status) return unrecognised('markup-changed', ['order-status']);
  if (root.querySelectorAll('*').length > MAX_ELEMENTS) return unrecognised('markup-changed', ['page']);

  const statusText = bounded(textOf(status.querySelector(S.statusTitle)), MAX.statusText);
  const buttons = [...root.querySelectorAll(S.button)].map((b) => textOf(b)).filter((t) => t !== undefined);
  const dayFirst = showsNonEnglish(statusText, buttons);

  const rows = readInfoRows(root, dayFirst);
  if (rows.orderId === undefined) return unrecognised('markup-changed', ['order-id']);

  const reminder = textOf(status.querySelector(S.statusInfo));
  const stores = [...root.querySelectorAll(S.storeBlock)].filter((el) => !el.closest(S.personal));
  const store = readStore(stores);
  const products = stores.flatMap((block) => [...block.querySelectorAll(S.product)]).slice(0, MAX_PRODUCTS).map(readProduct);
  const windows: ReminderWindow[] = reminder === undefined ? [] : parseReminderWindows(reminder);

  const parsed = ParsedOrderDetail.safeParse(
    compact({
      orderId: rows.orderId,
      status: statusText === undefined ? 'unknown' : normaliseStatus(statusText),
      statusText,
      placedDate: rows.placed,
      paidDate: rows.paid,
      shippedDate: rows.shipped,
      completedDate: rows.completed,
      products,
      store,
      sellerChatUrl: readChatLink(stores),
      windows,
      estimatedDelivery: latestEta(stores, dayFirst),
      extendTimeOffered: buttons.some((label) => buttonCode(label) === 'extend-time'),
      refundInProgress: refundUnderWay([status, ...stores]),
      freeReturn: false,
    }),
  );
  return parsed.success ? recognised(parsed.data) : unrecognised('markup-changed', parsed.error.issues.map((i) => i.path.join('.')));
}

interface InfoRows {
  orderId?: string;
  placed?: CalendarDate;
  paid?: CalendarDate;
  shipped?: CalendarDate;
  completed?: CalendarDate;
}

/** `label: value` rows; a label we do not know (payment method, anything personal) is skipped. */
function readInfoRows(root: ParentNode, dayFirst: boolean): InfoRows {
  const rows: InfoRows = {};
  for (const row of root.querySelectorAll(S.infoRow)) {
    if (row.closest(S.personal)) continue;
    const text = textOf(row);
    if (text === undefined || text.length > 300) continue;
    const colon = text.search(/[:：]/);
    if (colon <= 0) continue;
    const field = infoField(text.slice(0, colon));
    const value = text.slice(colon + 1);
    if (field === 'order-id') {
      const id = firstDigitRun(value, 12);
      if (id !== undefined && OrderId.safeParse(id).success) rows.orderId ??= id;
    } else if (field !== undefined) {
      const date = parseDate(value, { dayFirst });
      if (date !== undefined) rows[field] ??= date;
    }
  }
  return rows;
}

/** The store, when the page shows exactly one (name and id from its link). */
function readStore(blocks: Element[]): { id?: string; name?: string } | undefined {
  const found = blocks.map((block) => {
    const nameEl = block.querySelector(S.storeName);
    const link = nameEl?.closest('a') ?? nameEl?.querySelector('a') ?? block.querySelector('a[href*="/store/"]');
    const id = S.storePath.exec(siteLink(link?.getAttribute('href') ?? undefined)?.path ?? '')?.[1];
    return compact({
      id: id !== undefined && StoreId.safeParse(id).success ? id : undefined,
      name: bounded(textOf(nameEl), MAX.storeName),
    });
  });
  const distinct = new Set(found.map((s) => JSON.stringify(s)));
  if (distinct.size !== 1) return undefined;
  const [store] = found;
  return store && (store.id !== undefined || store.name !== undefined) ? store : undefined;
}

function readChatLink(blocks: Element[]): string | undefined {
  const links = new Set<string>();
  for (const block of blocks) {
    for (const a of block.querySelectorAll('a[href]')) {
      const link = sellerChatLink(a.getAttribute('href') ?? undefined);
      if (link !== undefined) links.add(link);
    }
  }
  return links.size === 1 ? [...links][0] : undefined;
}

function readProduct(el: Element): OrderProduct {
  const link = el.querySelector(S.productTitle);
  const id = S.itemPath.exec(siteLink(link?.getAttribute('href') ?? undefined)?.path ?? '')?.[1];
  const priceBlock = el.querySelector(S.productPrice);
  const quantityEl = priceBlock?.querySelector(S.productQuantity);
  // Newer: `.item-price > div` + `.item-price-quantity`; older: one text `US $x.xx x1`.
  const priceEl = quantityEl ? priceBlock?.querySelector(':scope > div:not(.item-price-quantity)') : priceBlock;
  const priceText = textOf(priceEl);
  const older = quantityEl ? undefined : /^(.*?)\s*[x×]\s?(\d{1,6})$/i.exec(priceText ?? '');
  const unitPrice: Money | undefined = parsePrice(older ? older[1]! : (priceText ?? ''))?.money;
  const quantityText = quantityEl ? textOf(quantityEl) : older ? `x${older[2]}` : undefined;
  const quantityMatch = /^[x×]\s?(\d{1,6})$/i.exec(quantityText ?? '');
  const quantity = quantityMatch ? Number(quantityMatch[1]) : undefined;
  return compact({
    productId: id !== undefined && ProductId.safeParse(id).success ? id : undefined,
    title: bounded(link?.getAttribute('title') ? cleanText(link.getAttribute('title')!) : textOf(link), MAX.title),
    variant: bounded(textOf(el.querySelector(S.productVariant)), MAX.variant),
    unitPrice,
    quantity: quantity !== undefined && quantity >= 1 && quantity <= 100_000 ? quantity : undefined,
  });
}

/** The latest estimated delivery date a product block states. */
function latestEta(blocks: Element[], dayFirst: boolean): CalendarDate | undefined {
  let latest: CalendarDate | undefined;
  for (const block of blocks) {
    for (const el of block.querySelectorAll('*')) {
      if (el.childElementCount > 2) continue;
      const text = textOf(el);
      const rest = text === undefined ? undefined : afterEtaLabel(text);
      const date = rest === undefined ? undefined : parseDate(rest, { dayFirst });
      if (date !== undefined && (latest === undefined || date > latest)) latest = date;
    }
  }
  return latest;
}

function refundUnderWay(blocks: Element[]): boolean {
  for (const block of blocks) {
    for (const el of [block, ...block.querySelectorAll('*')]) {
      const text = textOf(el);
      if (text !== undefined && text.length <= 500 && saysRefundUnderWay(text)) return true;
    }
  }
  return false;
}

/** All-digit dates are day first when the page's own words are not English. */
function showsNonEnglish(statusText: string | undefined, buttons: string[]): boolean {
  const evidence = [statusText === undefined ? [] : statusLocales(statusText), ...buttons.map(buttonLocales)];
  return evidence.some((locales) => locales.length > 0 && !locales.includes('en'));
}

function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}
