import {
  CALENDAR_DATE_PATTERN,
  CURRENCY_PATTERN,
  Instant,
  ORDER_ID_PATTERN,
  PRODUCT_ID_PATTERN,
  STORE_ID_PATTERN,
} from '../schemas/common';
import { CARD_LIMITS, ORDER_BUTTONS, ORDER_STATUSES, type ParsedOrderCard } from '../schemas/order';

/**
 * The `ParsedOrderCard` schema's rules (lib/schemas/order.ts), applied by hand to the cards the
 * parser builds. A content script parses hundreds of cards as the page inserts them, and zod's
 * generic walk over each card cost more than a tenth of the parse (measured in the bench browser).
 * The rules are the schema's own constants; tests/parsers/card-check.test.ts holds this check and
 * the schema to the same verdict. The background still validates every card with the schema
 * itself (lib/messaging/handler.ts), so nothing relies on this check alone.
 *
 * Returns the top-level fields that break a rule (empty when the card is valid), like the paths
 * of zod's issues.
 */
export function cardProblems(card: ParsedOrderCard): string[] {
  const problems: string[] = [];
  const fail = (field: string) => {
    if (!problems.includes(field)) problems.push(field);
  };
  const value = card as unknown as Record<string, unknown>;
  // zod reports unknown keys on the card itself (an empty path), named 'card' like the parser does.
  for (const key of Object.keys(value)) if (!CARD_KEYS.has(key)) fail('card');

  if (!matches(card.orderId, ORDER_ID_PATTERN)) fail('orderId');
  if (card.orderDate !== undefined && !matches(card.orderDate, CALENDAR_DATE_PATTERN)) fail('orderDate');
  if (!STATUSES.has(card.status)) fail('status');
  if (!optionalText(card.statusText, CARD_LIMITS.statusText)) fail('statusText');
  if (card.store !== undefined && !isStore(card.store)) fail('store');
  if (typeof card.isChoice !== 'boolean') fail('isChoice');
  if (!arrayOf(card.products, CARD_LIMITS.products, isProduct)) fail('products');
  if (!isInteger(card.productCount, 0)) fail('productCount');
  if (card.total !== undefined && !isMoney(card.total)) fail('total');
  if (!arrayOf(card.buttons, CARD_LIMITS.buttons, (button) => BUTTONS.has(button))) fail('buttons');
  if (card.countdown !== undefined && !isCountdown(card.countdown)) fail('countdown');
  if (!arrayOf(card.notes, CARD_LIMITS.notes, (note) => isText(note, CARD_LIMITS.note))) fail('notes');
  return problems;
}

/** `Money`: `{ amount ≥ 0, currency: ISO 4217 }`, nothing else. */
export function isMoney(money: unknown): boolean {
  if (!isPlainObject(money, MONEY_KEYS)) return false;
  const { amount, currency } = money as { amount: unknown; currency: unknown };
  return typeof amount === 'number' && Number.isFinite(amount) && amount >= 0 && matches(currency, CURRENCY_PATTERN);
}

const CARD_KEYS: ReadonlySet<string> = new Set([
  'orderId', 'orderDate', 'status', 'statusText', 'store', 'isChoice', 'products', 'productCount', 'total', 'buttons', 'countdown', 'notes',
]);
const PRODUCT_KEYS: ReadonlySet<string> = new Set(['productId', 'title', 'variant', 'unitPrice', 'quantity']);
const STORE_KEYS: ReadonlySet<string> = new Set(['id', 'name']);
const MONEY_KEYS: ReadonlySet<string> = new Set(['amount', 'currency']);
const COUNTDOWN_KEYS: ReadonlySet<string> = new Set(['text', 'remainingMs', 'observedAt']);
const STATUSES: ReadonlySet<unknown> = new Set(ORDER_STATUSES);
const BUTTONS: ReadonlySet<unknown> = new Set(ORDER_BUTTONS);

function isStore(store: unknown): boolean {
  if (!isPlainObject(store, STORE_KEYS)) return false;
  const { id, name } = store as { id?: unknown; name?: unknown };
  return (id === undefined || matches(id, STORE_ID_PATTERN)) && optionalText(name, CARD_LIMITS.storeName);
}

function isProduct(product: unknown): boolean {
  if (!isPlainObject(product, PRODUCT_KEYS)) return false;
  const { productId, title, variant, unitPrice, quantity } = product as Record<string, unknown>;
  return (
    (productId === undefined || matches(productId, PRODUCT_ID_PATTERN)) &&
    optionalText(title, CARD_LIMITS.title) &&
    optionalText(variant, CARD_LIMITS.variant) &&
    (unitPrice === undefined || isMoney(unitPrice)) &&
    (quantity === undefined || (isInteger(quantity, 1) && (quantity as number) <= CARD_LIMITS.maxQuantity))
  );
}

function isCountdown(countdown: unknown): boolean {
  if (!isPlainObject(countdown, COUNTDOWN_KEYS)) return false;
  const { text, remainingMs, observedAt } = countdown as Record<string, unknown>;
  // Rare (a card with a countdown line), so the instant keeps the schema's own ISO check.
  return isText(text, CARD_LIMITS.countdownText) && isInteger(remainingMs, 0) && Instant.safeParse(observedAt).success;
}

/** A non-null, non-array object whose keys are all allowed (zod's strictObject refuses others). */
function isPlainObject(value: unknown, keys: ReadonlySet<string>): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) if (!keys.has(key)) return false;
  return true;
}

function arrayOf(value: unknown, max: number, isItem: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length <= max && value.every(isItem);
}

const matches = (value: unknown, pattern: RegExp): boolean => typeof value === 'string' && pattern.test(value);
const isText = (value: unknown, max: number): boolean => typeof value === 'string' && value.length <= max;
const optionalText = (value: unknown, max: number): boolean => value === undefined || isText(value, max);
/** zod's `z.int()` takes safe integers only. */
const isInteger = (value: unknown, min: number): boolean => Number.isSafeInteger(value) && (value as number) >= min;
