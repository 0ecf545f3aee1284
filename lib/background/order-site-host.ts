import { storage } from 'wxt/utils/storage';
import { ORDER_SITE_HOSTS } from '../pages/hosts';

const DEFAULT_HOST = 'www.aliexpress.com';

/**
 * The AliExpress site the buyer's orders were last seen on (e.g. pt.aliexpress.com): a reminder's
 * click opens the order there, in the buyer's language. Only hosts of ORDER_SITE_HOSTS are kept.
 */
const hostItem = storage.defineItem<string>('local:orderSiteHost', { fallback: DEFAULT_HOST, version: 1 });

export function orderSiteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'https:' && ORDER_SITE_HOSTS.includes(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

export async function currentOrderSite(): Promise<string> {
  try {
    const host = await hostItem.getValue();
    return ORDER_SITE_HOSTS.includes(host) ? host : DEFAULT_HOST;
  } catch {
    return DEFAULT_HOST;
  }
}

let remembered: string | undefined;

/** Notes the site a content script's message came from (its tab's URL), when it is one of ours. */
export async function rememberOrderSite(senderUrl: string | undefined): Promise<void> {
  const host = orderSiteOf(senderUrl);
  if (!host || host === remembered) return;
  remembered = host;
  try {
    await hostItem.setValue(host);
  } catch {
    // A convenience only: the global site works for every order.
  }
}

interface Sender {
  id?: string;
  url?: string;
}

/** Wraps the message listener: every message from our content scripts tells which site is in use. */
export function rememberingOrderSite<M, R>(
  listener: (message: M, sender: Sender, sendResponse: R) => boolean,
  extensionId: string,
): (message: M, sender: Sender, sendResponse: R) => boolean {
  return (message, sender, sendResponse) => {
    if (sender.id === extensionId) void rememberOrderSite(sender.url);
    return listener(message, sender, sendResponse);
  };
}
