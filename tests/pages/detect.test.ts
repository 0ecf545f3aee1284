import { describe, expect, it } from 'vitest';
import { detectPageKind, detectors, type PageKind } from '@/lib/pages/detect';
import { ORDER_PAGE_MATCHES, ORDER_SITE_HOSTS, PRODUCT_PAGE_MATCHES } from '@/lib/pages/hosts';

// Real URL shapes (PAGES.md "Hosts and URLs"), each with the one page kind it must be.
const EXAMPLES: Record<PageKind, string[]> = {
  orders: [
    'https://www.aliexpress.com/p/order/index.html',
    'https://www.aliexpress.com/p/order/index.html?tab=completed',
    'https://www.aliexpress.com/p/order/index.html?spm=a2g0o.home.headerAcount.2.650c76dbRTlF7q',
    'https://pt.aliexpress.com/p/order/index.html',
    'https://he.aliexpress.com/p/order/index.html#top',
    'https://www.aliexpress.us/p/order/index.html',
  ],
  'order-detail': [
    'https://www.aliexpress.com/p/order/detail.html?orderId=8214779947343229',
    'https://es.aliexpress.com/p/order/detail.html?orderId=3041234567890123&spm=a2g0o.order_list',
    'https://www.aliexpress.us/p/order/detail.html?orderId=8212313961591322',
  ],
  tracking: [
    'https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8214779947343229',
    'https://fr.aliexpress.com/p/tracking/index.html?_addShare=no&tradeOrderId=8212313961591322',
  ],
  product: [
    'https://www.aliexpress.com/item/1005006812345678.html',
    'https://de.aliexpress.com/item/1005006812345678.html?spm=a2g0o.productlist.main.1',
    'https://www.aliexpress.us/item/3256806123456789.html',
    'https://www.aliexpress.com/item/32812345678.html',
  ],
  messages: [
    'https://www.aliexpress.com/p/message/index.html',
    'https://www.aliexpress.com/p/message/index.html?orderId=8214779947343229',
    'https://msg.aliexpress.com/msgDetail.htm?orderId=8214779947343229',
    'https://msg.aliexpress.com/buyerMsgListNew.htm?spm=a2g0o.home',
  ],
  unsupported: [
    'https://aliexpress.ru/order-list',
    'https://aliexpress.ru/item/1005006812345678.html',
    'https://www.aliexpress.ru/p/order/index.html',
    'https://m.aliexpress.com/p/order/index.html',
    'https://trade.aliexpress.com/orderList.htm',
    'https://track.aliexpress.com/logisticsdetail.htm?tradeId=8214779947343229',
    'http://www.aliexpress.com/p/order/index.html',
    'https://www.aliexpress.com.evil.example/p/order/index.html',
    'https://evil.example/www.aliexpress.com/p/order/index.html',
    'https://www.aliexpress.com/p/order/detail.html',
    'https://www.aliexpress.com/p/order/detail.html?orderId=abc',
    'https://www.aliexpress.com/store/1102345678',
    'https://www.aliexpress.com/',
    'not a url',
    '',
  ],
};

const ALL = Object.entries(EXAMPLES).flatMap(([kind, urls]) => urls.map((url) => [kind as PageKind, url] as const));

describe('page detection', () => {
  it.each(ALL)('%s ← %s', (kind, url) => {
    expect(detectPageKind(url)).toBe(kind);
  });

  // Every detector against every URL: each accepts its own examples and rejects all others.
  describe.each(Object.keys(detectors) as Exclude<PageKind, 'unsupported'>[])('detector %s', (kind) => {
    it.each(ALL.filter(([, url]) => URL.canParse(url)))('on %s example %s', (exampleKind, url) => {
      expect(detectors[kind](new URL(url))).toBe(exampleKind === kind);
    });
  });
});

describe('hosts and match patterns', () => {
  it('list www, the language subdomains and aliexpress.us — and never aliexpress.ru', () => {
    expect(ORDER_SITE_HOSTS).toContain('www.aliexpress.com');
    expect(ORDER_SITE_HOSTS).toContain('pt.aliexpress.com');
    expect(ORDER_SITE_HOSTS).toContain('www.aliexpress.us');
    expect(ORDER_SITE_HOSTS.some((host) => host.endsWith('.ru'))).toBe(false);
  });

  it('give the orders content script only https order and tracking paths', () => {
    for (const pattern of ORDER_PAGE_MATCHES) {
      expect(pattern).toMatch(/^https:\/\/[a-z]+\.aliexpress\.(com|us)\/p\/(order|tracking)\/\*$/);
    }
  });

  it('cover every orders, detail and tracking example URL', () => {
    const covered = (url: string) =>
      ORDER_PAGE_MATCHES.some((pattern) => {
        const re = new RegExp(`^${pattern.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`);
        return re.test(url);
      });
    for (const url of [...EXAMPLES.orders, ...EXAMPLES['order-detail'], ...EXAMPLES.tracking]) expect(covered(url)).toBe(true);
    // Other platforms, hosts and plain http never get the content script at all.
    const foreign = EXAMPLES.unsupported.filter((url) => !/^https:\/\/www\.aliexpress\.com\//.test(url));
    expect(foreign.length).toBeGreaterThan(5);
    for (const url of foreign) expect(covered(url)).toBe(false);
  });

  it('give the product content script /item/ on every supported host, and cover every product example', () => {
    expect(PRODUCT_PAGE_MATCHES).toHaveLength(ORDER_SITE_HOSTS.length);
    for (const pattern of PRODUCT_PAGE_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z]+\.aliexpress\.(com|us)\/item\/\*$/);
    const covered = (url: string) =>
      PRODUCT_PAGE_MATCHES.some((pattern) => new RegExp(`^${pattern.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url));
    for (const url of EXAMPLES.product) expect(covered(url)).toBe(true);
    expect(covered('https://aliexpress.ru/item/1005006812345678.html')).toBe(false);
    expect(covered('https://www.aliexpress.com/p/order/index.html')).toBe(false);
  });
});
