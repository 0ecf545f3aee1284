/**
 * The channel between the page-world observer and the isolated content script. Kept free of
 * imports: the page-world script must stay tiny and carry nothing else of ours.
 */

/** The page's own API calls we read (PAGES.md: the "mtop" requests). */
export const OBSERVED_APIS = [
  'mtop.aliexpress.trade.buyer.order.list',
  'mtop.aliexpress.trade.buyer.order.detail',
  'mtop.ae.ld.querydetail',
  // The product page's own data (issue 4): the store card with its rating count.
  'mtop.aliexpress.pdp.pc.query',
] as const;
export type ObservedApi = (typeof OBSERVED_APIS)[number];

/** A CustomEvent on `document`: its `detail` is a JSON string `{ api, body }` (strings cross worlds in every browser). */
export const PAGE_JSON_EVENT = 'aca:page-json:v1';
/** The isolated side asks for what was seen before it started listening. */
export const PAGE_JSON_REPLAY_EVENT = 'aca:page-json-replay:v1';
/** Bodies larger than this are not handed over (a detail answer is a few dozen KB). */
export const MAX_BODY_CHARS = 2_000_000;
/** The observer keeps this many bodies for the replay, newest last. */
export const REPLAY_KEEP = 6;
