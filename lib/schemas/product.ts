import * as z from 'zod/mini';
import { CalendarDate, Instant, Money, PageText, ProductId, StoreId } from './common';
import { Aggregation, Count, OpenedYear, Percent, SellerType, StarRating } from './risk';

/** Where a product page's data was read from (PAGES.md §4, three generations). */
export const ProductSource = z.enum([
  /** ≤ 2022: `window.runParams.data.storeModule` / `titleModule`. */
  'run-params-2022',
  /** 2023 – early 2024: `window.runParams.data.sellerComponent` / `storeFeedbackComponent`. */
  'run-params-2023',
  /** 2024 →: the page's own `mtop.aliexpress.pdp.pc.query` response. */
  'pdp-json',
  /** The rendered page itself (hashed CSS-module classes, `data-pl` anchors). */
  'dom',
]);
export type ProductSource = z.infer<typeof ProductSource>;

/** Image hosts a stored listing snapshot may point at; anything else is dropped. */
export const PRODUCT_IMAGE_HOSTS = /^(?:[a-z0-9-]+\.)*(?:alicdn\.com|aliexpress-media\.com)$/;

/** An https URL on an allow-listed AliExpress image host. */
export const ProductImageUrl = z.string().check(
  z.maxLength(1000),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && PRODUCT_IMAGE_HOSTS.test(url.hostname) && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'not an AliExpress image URL'),
);

/** The store as a product page names it. */
export const ProductStore = z.strictObject({
  id: z.optional(StoreId),
  name: z.optional(PageText(200)),
  sellerType: z.optional(SellerType),
  /** Positive feedback over the last 6 months. */
  positiveRatePercent: z.optional(Percent),
  /** Every rating that rate rests on (2023+ JSON `sellerTotalNum`). */
  ratingCount: z.optional(Count),
  /** Only the positive ones (`positiveNum` / `sellerPositiveNum`): a lower bound of the above. */
  positiveRatingCount: z.optional(Count),
  followers: z.optional(Count),
  openedOn: z.optional(CalendarDate),
  openedYear: z.optional(OpenedYear),
  country: z.optional(PageText(80)),
  topRated: z.optional(z.boolean()),
});
export type ProductStore = z.infer<typeof ProductStore>;

/**
 * One product page, read. Fields the page did not show (or showed in a way we could not be sure
 * of) are absent; `sources` says which parts of the page contributed.
 */
export const ParsedProduct = z.strictObject({
  productId: ProductId,
  sources: z.array(ProductSource).check(z.minLength(1), z.maxLength(4)),
  title: z.optional(PageText(1000)),
  price: z.optional(Money),
  store: ProductStore,
  choice: z.optional(z.boolean()),
  itemRating: z.optional(StarRating),
  reviewCount: z.optional(Count),
  /** "50,000+ sold" reads as 50,000: at least that many. */
  soldCount: z.optional(Count),
  aggregation: z.optional(Aggregation),
  /** The options shown as chosen ("Color: Black"), as text. */
  chosenOptions: z.optional(z.array(PageText(200)).check(z.maxLength(10))),
  /** The delivery promise as shown ("Free shipping · Delivery: May 07 - 25"). */
  shippingPromise: z.optional(PageText(300)),
  mainImageUrl: z.optional(ProductImageUrl),
});
export type ParsedProduct = z.infer<typeof ParsedProduct>;

/** The seller's numbers as the listing showed them. */
export const SnapshotSeller = z.strictObject({
  name: z.optional(PageText(200)),
  sellerType: z.optional(SellerType),
  positiveRatePercent: z.optional(Percent),
  ratingCount: z.optional(Count),
  followers: z.optional(Count),
});

/** What the listing promised, kept as evidence for a later claim. */
export const SnapshotContent = z.strictObject({
  productId: ProductId,
  storeId: z.optional(StoreId),
  title: z.optional(PageText(1000)),
  chosenOptions: z.optional(z.array(PageText(200)).check(z.maxLength(10))),
  price: z.optional(Money),
  seller: SnapshotSeller,
  shippingPromise: z.optional(PageText(300)),
  /** Allow-listed AliExpress image hosts only. */
  mainImageUrl: z.optional(ProductImageUrl),
});
export type SnapshotContent = z.infer<typeof SnapshotContent>;

/** A stored listing snapshot as other contexts see it. */
export const ListingSnapshot = z.strictObject({
  content: SnapshotContent,
  /** SHA-256 (hex) of the content's canonical JSON: equal content, equal hash. */
  contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  firstSeenAt: Instant,
  lastSeenAt: Instant,
  seenCount: z.int().check(z.positive()),
});
export type ListingSnapshot = z.infer<typeof ListingSnapshot>;
