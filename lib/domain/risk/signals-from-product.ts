import type { ParsedProduct } from '../../schemas/product';
import type { BuyerHistory, SellerSignals, StoreSighting } from '../../schemas/risk';

/**
 * What the risk model reads from a parsed product page, plus what our records add. The rating
 * count is the total when the page gives it, else the positive ratings alone: fewer than the
 * total, so the bounds come out wider — never more reassuring than the page warrants.
 */
export function signalsFromProduct(
  product: ParsedProduct,
  records: { history?: StoreSighting[]; buyerHistory?: BuyerHistory } = {},
): SellerSignals {
  const { store } = product;
  const signals: SellerSignals = {
    storeId: store.id,
    storeName: store.name,
    sellerType: store.sellerType,
    positiveRatePercent: store.positiveRatePercent,
    ratingCount: store.ratingCount ?? store.positiveRatingCount,
    followers: store.followers,
    openedOn: store.openedOn,
    openedYear: store.openedYear,
    country: store.country,
    topRated: store.topRated,
    choice: product.choice,
    itemRating: product.itemRating,
    reviewCount: product.reviewCount,
    soldCount: product.soldCount,
    aggregation: product.aggregation,
    history: records.history,
    buyerHistory: records.buyerHistory,
  };
  return Object.fromEntries(Object.entries(signals).filter(([, value]) => value !== undefined)) as SellerSignals;
}

/** Today's numbers as a sighting, what the background stores once a day. */
export function sightingOf(product: ParsedProduct, observedOn: string): StoreSighting {
  const { positiveRatePercent, followers } = product.store;
  const ratingCount = product.store.ratingCount ?? product.store.positiveRatingCount;
  return {
    observedOn,
    ...(positiveRatePercent !== undefined ? { positiveRatePercent } : {}),
    ...(ratingCount !== undefined ? { ratingCount } : {}),
    ...(followers !== undefined ? { followers } : {}),
  };
}
