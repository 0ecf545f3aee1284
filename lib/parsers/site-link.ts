import { ORDER_SITE_HOSTS } from '../pages/hosts';

/** A link on an allow-listed AliExpress host: its host (when the href names one), path and query. */
export interface SiteLink {
  host?: string;
  path: string;
  query: string;
}

/** Hosts of the seller chat (PAGES.md section 5) besides the order sites' `/p/message/index.html`. */
const CHAT_HOSTS: readonly string[] = ['msg.aliexpress.com'];
const CHAT_PATHS: Readonly<Record<string, readonly string[]>> = {
  'msg.aliexpress.com': ['/msgDetail.htm', '/buyerMsgListNew.htm'],
};
const SITE_CHAT_PATH = '/p/message/index.html';

/**
 * `//www.aliexpress.com/store/123`, `https://pt.aliexpress.com/item/1.html`, `/p/order/…?orderId=…`.
 * Anything else — another host, `user@host`, a port, `javascript:`, backslashes, spaces — is none
 * of ours. `extraHosts` admits hosts beyond the order sites (the chat host).
 */
export function siteLink(href: string | undefined, extraHosts: readonly string[] = []): SiteLink | undefined {
  if (href === undefined || href.length > 2000 || /[\s\\]/.test(href)) return undefined;
  const match = /^(?:(?:https?:)?\/\/([^/?#]*))?(\/[^?#]*)?(\?[^#]*)?(?:#.*)?$/i.exec(href);
  if (!match) return undefined;
  const [, rawHost, path = '/', query = ''] = match;
  const host = rawHost?.toLowerCase();
  if (host !== undefined && !ORDER_SITE_HOSTS.includes(host) && !extraHosts.includes(host)) return undefined;
  return host === undefined ? { path, query } : { host, path, query };
}

/** A query parameter, raw. */
export function queryParam(link: SiteLink | undefined, name: string): string | undefined {
  for (const pair of link?.query.slice(1).split('&') ?? []) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq) === name) return pair.slice(eq + 1);
  }
  return undefined;
}

/**
 * The seller chat link, rebuilt as `https://<allowed host><chat path>?<plain params>`, or
 * undefined. Only parameters with plain names and values survive (ids, not scripts), so what we
 * keep can only ever open AliExpress's own chat.
 */
export function sellerChatLink(href: string | undefined, pageHost = 'www.aliexpress.com'): string | undefined {
  const link = siteLink(href, CHAT_HOSTS);
  if (!link) return undefined;
  const host = link.host ?? pageHost;
  const allowed = CHAT_PATHS[host] ?? (ORDER_SITE_HOSTS.includes(host) ? [SITE_CHAT_PATH] : []);
  if (!allowed.includes(link.path)) return undefined;
  const params = link.query
    .slice(1)
    .split('&')
    .filter((pair) => /^[A-Za-z][\w.]{0,39}=[\w.-]{0,100}$/.test(pair))
    .slice(0, 10);
  return `https://${host}${link.path}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}
