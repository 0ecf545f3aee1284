import { ORDER_SITE_HOSTS } from './hosts';

/** The order detail page, where AliExpress shows every date and the dispute button (PAGES.md §2). */
export function orderDetailUrl(orderId: string, host = 'www.aliexpress.com'): string {
  const url = new URL('https://www.aliexpress.com/p/order/detail.html');
  // Only the hosts the extension works on: anything else falls back to the global site.
  if (ORDER_SITE_HOSTS.includes(host)) url.host = host;
  url.searchParams.set('orderId', orderId);
  return url.toString();
}
