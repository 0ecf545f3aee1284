import { parseDate } from '../locale/dates';
import { parseMoney } from '../locale/money';
import { parseCountIn, parseCountValue, parsePercentValue, parseStarsValue } from '../locale/numbers';
import { sellerTypeOf } from '../locale/seller-types';
import { attrOf, bounded, firstDigitRun, textOf } from '../text';
import { newPart, setField, setStore, type ProductPart } from './partial';
import { credentialVerdict } from './product-pdp-json';
import { CREDENTIAL_STORE_NUM, PRODUCT_PAGE, STORE_LINK } from './selectors';

/**
 * The rendered product page (all generations; since 2024 the only source a content script has):
 * hashed CSS-module classes matched by prefix and `data-pl` anchors, read as text only.
 * Labels are never keyed on: numbers and structure are (PAGES.md, "Key on numbers and structure").
 */
export function parseProductDom(root: ParentNode, doc: Document): ProductPart {
  const part = newPart('dom');
  const q = (selector: string, within: ParentNode = root) => within.querySelector(selector);
  const dayFirst = !/^en\b/i.test(doc.documentElement.lang || 'en');

  setField(part, 'title', bounded(textOf(q(PRODUCT_PAGE.title)), 1000));
  const priceText = textOf(q(PRODUCT_PAGE.price));
  if (priceText) setField(part, 'price', parseMoney(priceText));

  const reviewer = q(PRODUCT_PAGE.reviewer);
  if (reviewer) {
    const rating = textOf(q(PRODUCT_PAGE.rating, reviewer));
    if (rating) setField(part, 'itemRating', parseStarsValue(rating));
    const reviews = textOf(q(PRODUCT_PAGE.reviews, reviewer));
    if (reviews) setField(part, 'reviewCount', parseCountIn(reviews));
    const sold = textOf(q(PRODUCT_PAGE.sold, reviewer));
    if (sold) setField(part, 'soldCount', parseCountIn(sold));
  }

  // "Sold By" first; the store card lower down fills what it lacks.
  const soldBy = q(PRODUCT_PAGE.soldBy);
  const cardLink = q(PRODUCT_PAGE.storeCardName);
  const ids = [storeIdFromLink(soldBy), storeIdFromLink(cardLink)].filter((id): id is string => id !== undefined);
  if (ids.length > 0 && ids.every((id) => id === ids[0])) setStore(part, 'id', ids[0]);
  if (soldBy) {
    const name = q(PRODUCT_PAGE.soldByName, soldBy);
    setStore(part, 'name', bounded(textOf(name), 200));
    const label = sellerTypeLabel(soldBy, name);
    if (label) setStore(part, 'sellerType', sellerTypeOf(label));
  }
  if (part.store.name === undefined) setStore(part, 'name', bounded(textOf(cardLink), 200));

  readStoreCard(part, q(PRODUCT_PAGE.storeCardDesc));
  readStoreInfo(part, q(PRODUCT_PAGE.storeInfo), dayFirst);

  if (q(PRODUCT_PAGE.choice)) setField(part, 'choice', true);
  // Both lines or nothing: the delivery dates alone would drop "Free shipping" from the promise.
  const shippingTitle = textOf(q(PRODUCT_PAGE.shippingTitle));
  const shippingContent = textOf(q(PRODUCT_PAGE.shippingContent));
  if (shippingTitle && shippingContent) setField(part, 'shippingPromise', bounded(`${shippingTitle} · ${shippingContent}`, 300));
  const options = Array.from(root.querySelectorAll(PRODUCT_PAGE.skuTitle))
    .slice(0, 10)
    .map((el) => bounded(textOf(el), 200))
    .filter((text): text is string => text !== undefined);
  if (options.length > 0) setField(part, 'chosenOptions', options);
  const image = attrOf(q(PRODUCT_PAGE.mainImage), 'content', 1000);
  if (image) setField(part, 'mainImageUrl', image.startsWith('//') ? `https:${image}` : image);

  if (part.store.id) {
    const linked = new Set<string>();
    for (const link of Array.from(root.querySelectorAll(PRODUCT_PAGE.credentialLink)).slice(0, 20)) {
      const id = CREDENTIAL_STORE_NUM.exec(link.getAttribute('href') ?? '')?.[1];
      if (id) linked.add(id);
    }
    const verdict = credentialVerdict(linked, part.store.id);
    if (verdict) setField(part, 'aggregation', verdict);
  }
  return part;
}

function storeIdFromLink(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  if (!href || href.length > 500) return undefined;
  return STORE_LINK.exec(href.trim())?.[1];
}

/** The bracketed label after the name: `(Trader)`, `(Händler)`. */
function sellerTypeLabel(soldBy: Element, name: Element | null): string | undefined {
  for (const span of Array.from(soldBy.querySelectorAll('span')).slice(0, 10)) {
    if (span === name || name?.contains(span) || span.contains(name)) continue;
    const text = textOf(span);
    if (text && /^[(（].{1,40}[)）]$/.test(text)) return text;
  }
  return undefined;
}

/** "98.1% Positive Feedback | 1393 Followers": the rate in the first `strong`, followers in the last. */
function readStoreCard(part: ProductPart, desc: Element | null): void {
  if (!desc) return;
  const strongs = Array.from(desc.querySelectorAll('strong')).slice(0, 5);
  if (strongs.length !== 2) return; // another layout: the positions would mean something else
  const rate = textOf(strongs[0]);
  if (rate?.includes('%')) setStore(part, 'positiveRatePercent', parsePercentValue(rate));
  const followers = textOf(strongs[1]);
  if (followers && !followers.includes('%')) setStore(part, 'followers', parseCountValue(followers));
}

/** Hover table rows `Name:`, `Store no.:`, `Open since:`: the store number and the opening day. */
function readStoreInfo(part: ProductPart, table: Element | null, dayFirst: boolean): void {
  if (!table) return;
  for (const row of Array.from(table.querySelectorAll(PRODUCT_PAGE.storeInfoRow)).slice(0, 10)) {
    const cells = Array.from(row.children);
    const value = textOf(cells.at(-1));
    if (!value || cells.length < 2) continue;
    // The name row: a store called "Nov 3, 2020 Shop" or "12345678" is a name, not a date or a number.
    if (value === part.store.name) continue;
    const date = parseDate(value, { dayFirst });
    if (date) {
      setStore(part, 'openedOn', date);
      continue;
    }
    const number = /^\d{4,12}$/.test(value) ? firstDigitRun(value, 4) : undefined;
    if (!number) continue;
    if (part.store.id === undefined) setStore(part, 'id', number);
    else if (part.store.id !== number) delete part.store.id; // two store numbers: trust neither
  }
}
