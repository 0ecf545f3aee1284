// zod/mini: the content scripts carry these schemas, and mini is a quarter of classic zod's size.
import * as z from 'zod/mini';

// The patterns behind the schemas below, shared with lib/parsers/card-check.ts, which applies the
// same rules by hand on the content script's hot path (one card at a time, hundreds per page).
export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const ORDER_ID_PATTERN = /^\d{12,20}$/;
export const PRODUCT_ID_PATTERN = /^\d{6,20}$/;
export const STORE_ID_PATTERN = /^\d{4,12}$/;
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** A calendar day as AliExpress shows it (no time, no zone): `YYYY-MM-DD`. */
export const CalendarDate = z.string().check(z.regex(CALENDAR_DATE_PATTERN, 'expected YYYY-MM-DD'));
export type CalendarDate = z.infer<typeof CalendarDate>;

/** An instant, ISO 8601 with zone (what `Date#toISOString()` gives). */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

export const OrderId = z.string().check(z.regex(ORDER_ID_PATTERN, 'an order id is a run of 12–20 digits'));
export const ProductId = z.string().check(z.regex(PRODUCT_ID_PATTERN));
export const StoreId = z.string().check(z.regex(STORE_ID_PATTERN));

/** Money as shown: amount in major units, ISO 4217 code. */
export const Money = z.strictObject({
  amount: z.number().check(z.nonnegative()),
  currency: z.string().check(z.regex(CURRENCY_PATTERN)),
});
export type Money = z.infer<typeof Money>;

/** Page text kept for display is bounded: a hostile page must not fill the database. */
export const PageText = (max: number) => z.string().check(z.maxLength(max));
