/**
 * The AliExpress hosts the extension works on. Match patterns cannot wildcard a top-level
 * domain, and `*.aliexpress.com` would also take in hosts we do not read (m., msg., feedback.),
 * so every host is listed. aliexpress.ru is a different platform and deliberately absent.
 */
export const LANGUAGE_SUBDOMAINS = [
  'es', 'fr', 'pt', 'de', 'it', 'nl', 'pl', 'ja', 'ko', 'ar', 'th', 'vi', 'he', 'tr',
] as const;

export const ORDER_SITE_HOSTS: readonly string[] = [
  'www.aliexpress.com',
  ...LANGUAGE_SUBDOMAINS.map((lang) => `${lang}.aliexpress.com`),
  'www.aliexpress.us',
];

/** Match patterns for a path on every supported host, e.g. `/p/order/*`. */
export function matchPatternsFor(path: string): string[] {
  return ORDER_SITE_HOSTS.map((host) => `https://${host}${path}`);
}

/** My Orders, order detail and tracking: the pages the orders content script reads. */
export const ORDER_PAGE_MATCHES = [...matchPatternsFor('/p/order/*'), ...matchPatternsFor('/p/tracking/*')];

/** Product pages (issue 4): the product content script's seller hint. */
export const PRODUCT_PAGE_MATCHES = matchPatternsFor('/item/*');

/**
 * The seller chat (PAGES.md §5): the new IM page on every supported host and the older
 * msg.aliexpress.com conversation page. The message list (buyerMsgListNew.htm) has no input.
 */
export const MESSAGE_PAGE_MATCHES = [...matchPatternsFor('/p/message/*'), 'https://msg.aliexpress.com/msgDetail.htm*'];
