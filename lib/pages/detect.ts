import { ORDER_SITE_HOSTS } from './hosts';

export type PageKind = 'orders' | 'order-detail' | 'tracking' | 'product' | 'messages' | 'unsupported';

function parse(url: string | URL): URL | undefined {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
}

function onOrderSite(url: URL): boolean {
  return url.protocol === 'https:' && ORDER_SITE_HOSTS.includes(url.hostname);
}

/** Each detector is pure and has its own example URLs in tests/pages/detect.test.ts. */
export const detectors: Record<Exclude<PageKind, 'unsupported'>, (url: URL) => boolean> = {
  orders: (url) => onOrderSite(url) && url.pathname === '/p/order/index.html',
  'order-detail': (url) =>
    onOrderSite(url) && url.pathname === '/p/order/detail.html' && /^\d{12,20}$/.test(url.searchParams.get('orderId') ?? ''),
  tracking: (url) =>
    onOrderSite(url) && url.pathname === '/p/tracking/index.html' && /^\d{12,20}$/.test(url.searchParams.get('tradeOrderId') ?? ''),
  product: (url) => onOrderSite(url) && /^\/item\/\d{6,20}\.html$/.test(url.pathname),
  messages: (url) =>
    (onOrderSite(url) && url.pathname === '/p/message/index.html') ||
    (url.protocol === 'https:' &&
      url.hostname === 'msg.aliexpress.com' &&
      (url.pathname === '/msgDetail.htm' || url.pathname === '/buyerMsgListNew.htm')),
};

/** URL → page kind. Anything not recognised (including aliexpress.ru) is `unsupported`. */
export function detectPageKind(input: string | URL): PageKind {
  const url = parse(input);
  if (!url) return 'unsupported';
  for (const [kind, matches] of Object.entries(detectors) as [PageKind, (url: URL) => boolean][]) {
    if (matches(url)) return kind;
  }
  return 'unsupported';
}
