import { parseDate } from '../locale/dates';
import { parseMoney } from '../locale/money';
import { parseCountValue, parsePercentValue, parseStarsValue } from '../locale/numbers';
import { cleanText } from '../text';
import { at, balancedObject, bool, digits, int, MAX_SCRIPT_TEXT, num, parseJson, str, type Json } from './json-read';
import { newPart, setField, setStore, type ProductPart } from './partial';
import { PRODUCT_PAGE, STORE_LINK } from './selectors';

/**
 * `window.runParams` of product pages up to early 2024 (PAGES.md §4, eras 1 and 2). The content
 * script runs in an isolated world and cannot read the page's variables, so the object literal is
 * read from the inline script's text: the balanced `{ … }` after `window.runParams =` (or its
 * `data:` member, when the wrapper is JavaScript rather than JSON) is handed to JSON.parse.
 * Never eval.
 */
const withoutRunParams = new WeakMap<Element, number>();

export function findRunParamsData(root: ParentNode): Json {
  for (const script of Array.from(root.querySelectorAll(PRODUCT_PAGE.inlineScript))) {
    const text = script.textContent;
    if (!text || text.length > MAX_SCRIPT_TEXT || withoutRunParams.get(script) === text.length) continue;
    const name = text.indexOf('window.runParams');
    if (name < 0) {
      // Re-read on every change of a client-rendered page: remember the scripts that have none.
      withoutRunParams.set(script, text.length);
      continue;
    }
    const open = text.indexOf('{', text.indexOf('=', name));
    if (open < 0) continue;
    const literal = balancedObject(text, open);
    if (!literal) continue;
    const whole = parseJson(literal);
    const data = at(whole, 'data');
    if (data !== undefined) return data;
    // `{ data: {…}, csrfToken: '…' }`: a JavaScript wrapper around a JSON member.
    const member = /(?:^|[{,\s])["']?data["']?\s*:\s*\{/.exec(literal.slice(1));
    if (!member) continue;
    const inner = balancedObject(literal, 1 + member.index + member[0].length - 1);
    const parsed = inner ? parseJson(inner) : undefined;
    if (typeof parsed === 'object' && parsed !== null) return parsed;
  }
  return undefined;
}

/** The runParams of either era as one part, or undefined when the page has none we know. */
export function parseRunParams(root: ParentNode): ProductPart | undefined {
  const data = findRunParamsData(root);
  if (at(data, 'storeModule') !== undefined) return parse2022(data);
  if (at(data, 'sellerComponent') !== undefined || at(data, 'storeFeedbackComponent') !== undefined) return parse2023(data);
  return undefined;
}

function storeIdOf(num: Json, url: Json): string | undefined {
  const id = digits(num, 4, 12);
  const fromUrl = STORE_LINK.exec(str(url, 300) ?? '')?.[1];
  // Two ids that disagree: neither is trusted.
  if (id && fromUrl && id !== fromUrl) return undefined;
  return id ?? fromUrl;
}

const text = (value: Json, max: number) => {
  const s = str(value, max * 4);
  return s === undefined ? undefined : cleanText(s) || undefined;
};

/** `"4.8"` or 4.8. */
const stars = (value: Json) => (typeof value === 'number' ? num(value) : parseStarsValue(str(value, 10) ?? ''));
/** `"95.5%"`, `"95.5"` or 95.5. */
const percent = (value: Json) => {
  if (typeof value === 'number') return num(value);
  const s = str(value, 20);
  return s === undefined ? undefined : s.includes('%') ? parsePercentValue(s) : num(s);
};
/** 1234 or `"50,000+"`. */
const count = (value: Json) => (typeof value === 'number' ? int(value) : parseCountValue(str(value, 40) ?? ''));
const image = (value: Json) => {
  const s = str(value, 1000);
  return s?.startsWith('//') ? `https:${s}` : s;
};

function parse2022(data: Json): ProductPart {
  const part = newPart('run-params-2022');
  const store = at(data, 'storeModule');
  part.productId = digits(at(data, 'pageModule', 'productId'), 6, 20) ?? digits(at(data, 'actionModule', 'productId'), 6, 20);
  setStore(part, 'id', storeIdOf(at(store, 'storeNum'), at(store, 'storeURL')));
  setStore(part, 'name', text(at(store, 'storeName'), 200));
  setStore(part, 'positiveRatePercent', percent(at(store, 'positiveRate')));
  setStore(part, 'positiveRatingCount', count(at(store, 'positiveNum')));
  setStore(part, 'followers', count(at(store, 'followingNumber')));
  setStore(part, 'openedOn', parseDate(str(at(store, 'openTime'), 40) ?? ''));
  setStore(part, 'openedYear', int(at(store, 'openedYear')));
  setStore(part, 'topRated', bool(at(store, 'topRatedSeller')));
  setStore(part, 'country', text(at(store, 'countryCompleteName'), 80));
  setField(part, 'title', text(at(data, 'titleModule', 'subject'), 1000));
  setField(part, 'soldCount', count(at(data, 'titleModule', 'tradeCount')));
  setField(part, 'itemRating', stars(at(data, 'titleModule', 'feedbackRating', 'averageStar')));
  setField(part, 'reviewCount', count(at(data, 'titleModule', 'feedbackRating', 'totalValidNum')));
  const price = str(at(data, 'priceModule', 'formatedActivityPrice'), 100) ?? str(at(data, 'priceModule', 'formatedPrice'), 100);
  if (price) setField(part, 'price', parseMoney(price));
  setField(part, 'mainImageUrl', image(firstOf(at(data, 'imageModule', 'imagePathList'))));
  return part;
}

function parse2023(data: Json): ProductPart {
  const part = newPart('run-params-2023');
  const seller = at(data, 'sellerComponent');
  const feedback = at(data, 'storeFeedbackComponent');
  part.productId = digits(at(data, 'productInfoComponent', 'id'), 6, 20);
  setStore(part, 'id', storeIdOf(at(seller, 'storeNum'), at(seller, 'storeURL')));
  setStore(part, 'name', text(at(seller, 'storeName'), 200));
  setStore(part, 'openedOn', parseDate(str(at(seller, 'formatOpenTime'), 40) ?? ''));
  setStore(part, 'openedYear', int(at(seller, 'openedYear')));
  setStore(part, 'topRated', bool(at(seller, 'topRatedSeller')));
  setStore(part, 'country', text(at(seller, 'countryCompleteName'), 80));
  setStore(part, 'positiveRatePercent', percent(at(feedback, 'sellerPositiveRate')));
  setStore(part, 'positiveRatingCount', count(at(feedback, 'sellerPositiveNum')));
  setStore(part, 'ratingCount', count(at(feedback, 'sellerTotalNum')));
  setField(part, 'title', text(at(data, 'productInfoComponent', 'subject'), 1000));
  // `evarageStar` (sic) is how the page spells it.
  setField(part, 'itemRating', stars(at(data, 'feedbackComponent', 'evarageStar')));
  setField(part, 'reviewCount', count(at(data, 'feedbackComponent', 'totalValidNum')));
  setField(part, 'soldCount', count(at(data, 'tradeComponent', 'formatTradeCount')));
  setField(part, 'mainImageUrl', image(firstOf(at(data, 'imageComponent', 'imagePathList'))));
  return part;
}

function firstOf(value: Json): Json {
  return Array.isArray(value) ? value[0] : undefined;
}

export { count as jsonCount, percent as jsonPercent, stars as jsonStars, text as jsonText, image as jsonImage, storeIdOf };
