import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentOrderSite, orderSiteOf, rememberOrderSite, rememberingOrderSite } from '@/lib/background/order-site-host';
import { openNotice } from '@/lib/background/notifier';

const ORDER = '8214752218806374';
beforeEach(() => fakeBrowser.reset());

describe('the site a reminder click opens', () => {
  it.each([
    ['https://pt.aliexpress.com/p/order/index.html', 'pt.aliexpress.com'],
    ['https://www.aliexpress.us/p/order/detail.html?orderId=1', 'www.aliexpress.us'],
    ['http://pt.aliexpress.com/p/order/index.html', undefined],
    ['https://aliexpress.ru/order', undefined],
    ['https://pt.aliexpress.com.evil.example/', undefined],
    ['chrome-extension://abc/popup.html', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, host) => {
    expect(orderSiteOf(url)).toBe(host);
  });

  it('is the global site until an order page was seen, then that site', async () => {
    expect(await currentOrderSite()).toBe('www.aliexpress.com');
    await rememberOrderSite('https://pt.aliexpress.com/p/order/index.html');
    await rememberOrderSite('https://evil.example/p/order/index.html');
    expect(await currentOrderSite()).toBe('pt.aliexpress.com');
    expect(await openNotice(`aca-reminder:${ORDER}`)).toBe(`https://pt.aliexpress.com/p/order/detail.html?orderId=${ORDER}`);
  });

  it('the listener wrapper notes our content scripts\' site and still answers', async () => {
    const listener = rememberingOrderSite(() => true, 'ext');
    expect(listener({}, { id: 'other', url: 'https://de.aliexpress.com/p/order/index.html' }, undefined)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await currentOrderSite()).not.toBe('de.aliexpress.com');
    listener({}, { id: 'ext', url: 'https://fr.aliexpress.com/p/order/index.html' }, undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await currentOrderSite()).toBe('fr.aliexpress.com');
  });
});
