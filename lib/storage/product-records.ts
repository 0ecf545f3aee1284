import * as z from 'zod/mini';
import { CalendarDate, Instant, PageText, StoreId } from '../schemas/common';
import { SnapshotContent } from '../schemas/product';
import { Count, Percent } from '../schemas/risk';

/**
 * Product-page memory (schema v2). Like records.ts: every write is parsed with these schemas and
 * every read checked, a row that fails is skipped.
 */

/** At most this many points per store (the risk model reads a year back; daily visits fit). */
export const STORE_STATS_MAX = 200;
/** At most this many distinct snapshots per product; the oldest go first. */
export const SNAPSHOTS_PER_PRODUCT_MAX = 50;

/** A store's numbers on one local day: the latest visit of that day wins. */
export const StoreStatRecord = z.strictObject({
  storeId: StoreId,
  observedOn: CalendarDate,
  observedAt: Instant,
  name: z.optional(PageText(200)),
  positiveRatePercent: z.optional(Percent),
  ratingCount: z.optional(Count),
  followers: z.optional(Count),
});
export type StoreStatRecord = z.infer<typeof StoreStatRecord>;

/** The primary key of `storeStats`: `[storeId+observedOn]`. */
export type StoreStatKey = [storeId: string, observedOn: string];

/** One distinct version of a listing: its content, its SHA-256, and when it was seen. */
export const ListingSnapshotRecord = z.extend(SnapshotContent, {
  /** SHA-256 (hex) of the content's canonical JSON: equal content, equal hash. */
  contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  firstSeenAt: Instant,
  lastSeenAt: Instant,
  seenCount: z.int().check(z.positive()),
});
export type ListingSnapshotRecord = z.infer<typeof ListingSnapshotRecord>;

/** The primary key of `listingSnapshots`: `[productId+contentHash]`. */
export type SnapshotKey = [productId: string, contentHash: string];
