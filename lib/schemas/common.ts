// zod/mini: the content scripts carry these schemas, and mini is a quarter of classic zod's size.
import * as z from 'zod/mini';

/** A calendar day as AliExpress shows it (no time, no zone): `YYYY-MM-DD`. */
export const CalendarDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
export type CalendarDate = z.infer<typeof CalendarDate>;

/** An instant, ISO 8601 with zone (what `Date#toISOString()` gives). */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

export const OrderId = z.string().check(z.regex(/^\d{12,20}$/, 'an order id is a run of 12–20 digits'));
export const ProductId = z.string().check(z.regex(/^\d{6,20}$/));
export const StoreId = z.string().check(z.regex(/^\d{4,12}$/));

/** Money as shown: amount in major units, ISO 4217 code. */
export const Money = z.strictObject({
  amount: z.number().check(z.nonnegative()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type Money = z.infer<typeof Money>;

/** Page text kept for display is bounded: a hostile page must not fill the database. */
export const PageText = (max: number) => z.string().check(z.maxLength(max));
