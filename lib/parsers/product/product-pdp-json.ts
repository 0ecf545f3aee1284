import { parseDate } from '../locale/dates';
import { parseMoney } from '../locale/money';
import { parseCountIn } from '../locale/numbers';
import { at, bool, digits, int, str, strings, type Json } from './json-read';
import { newPart, setField, setStore, type ProductPart } from './partial';
import { jsonCount, jsonImage, jsonPercent, jsonStars, jsonText, storeIdOf } from './product-run-params';
import { CREDENTIAL_STORE_NUM } from './selectors';

/**
 * The page's own `mtop.aliexpress.pdp.pc.query` response (2024 →, PAGES.md §4), as a pure
 * function of the response body: whoever observes the page's responses hands the parsed body
 * over. Accepts `{ data: { result } }` (the mtop envelope) or the bare `result`. Anything else,
 * or a body without a shop card, gives undefined. Never throws.
 */
export function parsePdpResponse(body: unknown): ProductPart | undefined {
  const result = at(body, 'data', 'result') ?? at(body, 'result') ?? body;
  const shop = at(result, 'SHOP_CARD_PC');
  if (typeof shop !== 'object' || shop === null) return undefined;
  const info = at(shop, 'sellerInfo');
  const global = at(result, 'GLOBAL_DATA', 'globalData');
  const part = newPart('pdp-json');
  part.productId = digits(at(global, 'productId'), 6, 20);

  const shopId = storeIdOf(at(info, 'storeNum'), at(info, 'storeURL'));
  const globalStoreId = digits(at(global, 'storeId'), 4, 12);
  setStore(part, 'id', shopId && globalStoreId && shopId !== globalStoreId ? undefined : (shopId ?? globalStoreId));
  setStore(part, 'name', jsonText(at(shop, 'storeName'), 200));
  setStore(part, 'positiveRatePercent', jsonPercent(at(shop, 'sellerPositiveRate')));
  setStore(part, 'positiveRatingCount', jsonCount(at(shop, 'sellerPositiveNum')));
  setStore(part, 'ratingCount', jsonCount(at(shop, 'sellerTotalNum')));
  setStore(part, 'openedOn', parseDate(str(at(info, 'formatOpenTime'), 40) ?? ''));
  setStore(part, 'openedYear', int(at(info, 'openedYear')));
  setStore(part, 'country', jsonText(at(info, 'countryCompleteName'), 80));
  setStore(part, 'topRated', bool(at(info, 'topRatedSeller')));

  const rating = at(result, 'PC_RATING');
  setField(part, 'itemRating', jsonStars(at(rating, 'rating')));
  setField(part, 'reviewCount', jsonCount(at(rating, 'totalValidNum')));
  // `otherText` is the sold label ("50,000+ sold"), in the page language.
  const sold = str(at(rating, 'otherText'), 200);
  if (sold !== undefined) setField(part, 'soldCount', parseCountIn(sold));
  setField(part, 'title', jsonText(at(result, 'PRODUCT_TITLE', 'text'), 1000));
  const price = str(at(result, 'PRICE', 'targetSkuPriceInfo', 'salePriceString'), 100);
  if (price !== undefined) setField(part, 'price', parseMoney(price));
  const images = at(result, 'HEADER_IMAGE_PC', 'imagePathList');
  if (Array.isArray(images)) setField(part, 'mainImageUrl', jsonImage(images[0]));

  const aggregation = aggregationOf(at(result, 'COMPLIANCE_PC'), part.store.id);
  if (aggregation) setField(part, 'aggregation', aggregation);
  return part;
}

/**
 * A pooling listing names its real merchant in a credential link
 * (`…/credential/showcredential.htm?storeNum=<id>`). A link to another store than the one on the
 * page means aggregation; a link to the same store means it is not one; no link says nothing.
 */
export function aggregationOf(compliance: Json, storeId: string | undefined): { isAggregation: boolean; realStoreId?: string } | undefined {
  if (compliance === undefined || storeId === undefined) return undefined;
  const linked = new Set<string>();
  for (const text of strings(compliance)) {
    const id = CREDENTIAL_STORE_NUM.exec(text)?.[1];
    if (id) linked.add(id);
  }
  return credentialVerdict(linked, storeId);
}

/** The verdict from the store numbers the credential links name (shared with the DOM reader). */
export function credentialVerdict(linked: ReadonlySet<string>, storeId: string): { isAggregation: boolean; realStoreId?: string } | undefined {
  const others = [...linked].filter((id) => id !== storeId);
  if (others.length === 1) return { isAggregation: true, realStoreId: others[0]! };
  if (others.length > 1) return { isAggregation: true }; // several merchants named: which one ships is unknown
  return linked.size > 0 ? { isAggregation: false } : undefined;
}
