/** The order detail page, where AliExpress shows every date and the dispute button (PAGES.md §2). */
export function orderDetailUrl(orderId: string, host = 'www.aliexpress.com'): string {
  const url = new URL('https://www.aliexpress.com/p/order/detail.html');
  // Only AliExpress's own hosts: an unknown host falls back to the global site.
  if (/^([a-z]{2,3}|www)\.aliexpress\.com$|^www\.aliexpress\.us$/.test(host)) url.host = host;
  url.searchParams.set('orderId', orderId);
  return url.toString();
}
