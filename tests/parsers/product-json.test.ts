import { describe, expect, it } from 'vitest';
import { parseProductPage, productIdFromUrl, sameProduct } from '@/lib/parsers/product-page';
import { at, balancedObject, digits, num } from '@/lib/parsers/product/json-read';
import { parsePdpResponse } from '@/lib/parsers/product/product-pdp-json';
import { findRunParamsData, parseRunParams } from '@/lib/parsers/product/product-run-params';

const page = (body: string, lang = 'en') => new DOMParser().parseFromString(`<html lang="${lang}"><body>${body}</body></html>`, 'text/html');
const script = (text: string) => `<script>${text}</script>`;
const URL_1 = 'https://www.aliexpress.com/item/1005001234567890.html';

describe('balanced object literals', () => {
  it.each<[string, string | undefined]>([
    ['{}', '{}'],
    ['{"a":{"b":1}} tail', '{"a":{"b":1}}'],
    ['{"name":"} not {the end","x":1} tail', '{"name":"} not {the end","x":1}'],
    ["{a:'}', b:\"\\\"}\"}", "{a:'}', b:\"\\\"}\"}"],
    ['{"never": "closes"', undefined],
    ['x{}', undefined],
  ])('%j', (text, literal) => {
    expect(balancedObject(text, 0)).toBe(literal);
  });
});

describe('window.runParams from the inline script text (never eval)', () => {
  it('reads the JSON form and the JavaScript wrapper around a data member', () => {
    expect(findRunParamsData(page(script('window.runParams = {"data":{"x":1}};')))).toEqual({ x: 1 });
    expect(findRunParamsData(page(script("window.runParams = {\n data: {\"x\":2},\n csrfToken: '}{'\n};")))).toEqual({ x: 2 });
  });

  it('a hostile store name with braces and quotes stays a name', () => {
    const name = '"}, "storeNum": 1, "x": {"';
    const data = { storeModule: { storeName: name, storeNum: 912345678, positiveRate: '96.2%' } };
    const part = parseRunParams(page(script(`window.runParams = ${JSON.stringify({ data }).replace(/</g, '\\u003c')};`)));
    expect(part?.store).toEqual({ id: '912345678', name, positiveRatePercent: 96.2 });
  });

  it.each([
    ['no runParams', script('window.other = {"data":{"storeModule":{}}}')],
    ['code, not data', script('window.runParams = (function(){ return {data: 1} })()')],
    ['not JSON inside', script('window.runParams = { data: { storeModule: { storeName: getName() } } }')],
    ['cut off', script('window.runParams = {"data":{"storeModule":{"storeName":"A"')],
    ['an external script', '<script src="https://example.com/runParams.js"></script>'],
  ])('%s → nothing', (_name, body) => {
    expect(parseRunParams(page(body))).toBeUndefined();
  });

  it('a store id and URL that disagree: neither is kept', () => {
    const data = { storeModule: { storeName: 'A', storeNum: 912345678, storeURL: '//www.aliexpress.com/store/1111111' } };
    expect(parseRunParams(page(script(`window.runParams = ${JSON.stringify({ data })}`)))?.store).toEqual({ name: 'A' });
  });

  it('runParams of another product add nothing', () => {
    const data = { pageModule: { productId: '1005009999999999' }, storeModule: { storeName: 'Other', storeNum: 912345678 } };
    expect(parseProductPage(page(script(`window.runParams = ${JSON.stringify({ data })}`)), { url: URL_1 })).toEqual({
      ok: false,
      reason: 'markup-changed',
      missing: ['store'],
    });
  });
});

describe('pdp JSON (a pure function of the response body)', () => {
  const shop = { storeName: 'S', sellerPositiveRate: '96.4', sellerTotalNum: 1000, sellerInfo: { storeNum: '1103456789' } };

  it.each<[string, unknown]>([
    ['undefined', undefined], ['null', null], ['a string', '{"data":1}'], ['an array', [1, 2]], ['no shop card', { data: { result: { PC_RATING: {} } } }],
    ['a shop card that is a string', { data: { result: { SHOP_CARD_PC: 'x' } } }],
  ])('%s → nothing', (_name, body) => {
    expect(parsePdpResponse(body)).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['the mtop envelope', { data: { result: { SHOP_CARD_PC: shop } } }],
    ['the bare result', { result: { SHOP_CARD_PC: shop } }],
  ])('%s', (_name, body) => {
    expect(parsePdpResponse(body)?.store).toEqual({ id: '1103456789', name: 'S', positiveRatePercent: 96.4, ratingCount: 1000 });
  });

  it('wrong types and impossible values are dropped one by one', () => {
    const body = {
      data: {
        result: {
          SHOP_CARD_PC: { storeName: 42, sellerPositiveRate: '120', sellerTotalNum: -5, sellerPositiveNum: 1.5, sellerInfo: { storeNum: 'abc', openedYear: 1999, topRatedSeller: 'yes' } },
          PC_RATING: { rating: 'NaN', totalValidNum: Infinity, otherText: 'lots sold' },
          GLOBAL_DATA: { globalData: { storeId: '1103456789' } },
        },
      },
    };
    const part = parsePdpResponse(body);
    expect(part?.store).toEqual({ id: '1103456789' });
    expect(part?.fields).toEqual({});
  });

  it('a getter that throws does not throw out of the page parser', () => {
    const hostile = { data: { result: { get SHOP_CARD_PC() { throw new Error('boom'); } } } };
    expect(parseProductPage(page(''), { url: URL_1, pdpResponse: hostile })).toEqual({ ok: false, reason: 'markup-changed', missing: ['page'] });
  });

  it.each<[string, string, boolean]>([
    ['1005006812345678', '1005006812345678', true],
    ['3256806812345678', '1005006812345678', true],
    ['1005006812345678', '3256806812345678', true],
    ['3256806812345678', '1005006812345679', false],
    ['1005006812345678', '1005006812345679', false],
  ])('%s is %s: %s', (a, b, same) => {
    expect(sameProduct(a, b)).toBe(same);
  });
});

describe('json readers', () => {
  it('read own properties only, with the type asked for', () => {
    expect(at({ a: { b: 1 } }, 'a', 'b')).toBe(1);
    expect(at({ a: [1] }, 'a', '0')).toBeUndefined();
    expect(at({}, 'constructor')).toBeUndefined();
    expect(at(Object.create({ inherited: 1 }), 'inherited')).toBeUndefined();
    expect([num('96.4'), num(' 7 '), num('1e5'), num(NaN), num('0x10')]).toEqual([96.4, 7, undefined, undefined, undefined]);
    expect([digits(912345678, 4, 12), digits('12ab', 4, 12), digits(1.5, 1, 3)]).toEqual(['912345678', undefined, undefined]);
  });

  it.each<[string, string | undefined]>([
    ['https://www.aliexpress.com/item/1005001234567890.html', '1005001234567890'],
    ['https://www.aliexpress.us/item/3256806812345678.html?spm=x', '3256806812345678'],
    ['https://www.aliexpress.com/item/abc.html', undefined],
    ['not a url', undefined],
  ])('product id of %s', (url, id) => {
    expect(productIdFromUrl(url)).toBe(id);
  });
});

describe('the store details table', () => {
  const row = (label: string, value: string) => `<tr><td>${label}</td><td>${value}</td></tr>`;
  const soldBy = (name: string, rows: string) =>
    page(`<div><a class="store-detail--wrap--Lk2" href="//www.aliexpress.com/store/1103456789"><span class="store-detail--storeName--Lk2">${name}</span></a>` +
      `<div class="store-detail--storeInfo--Lk2"><table><tbody>${rows}</tbody></table></div></div>`);

  it.each<[string, string, string | undefined, string | undefined]>([
    ['a name that reads as a date', 'Nov 3, 2020 Shop', 'Mar 1, 2019', '2019-03-01'],
    ['a name that reads as a date, no opening row', 'Nov 3, 2020', undefined, undefined],
    ['a name of digits', '12345678', 'Mar 1, 2019', '2019-03-01'],
  ])('%s is a name, not a date or a store number', (_name, name, opened, openedOn) => {
    const rows = row('Name:', name) + row('Store no.:', '1103456789') + (opened ? row('Open since:', opened) : '');
    const result = parseProductPage(soldBy(name, rows), { url: URL_1 });
    expect(result.ok && result.data.store).toEqual({ id: '1103456789', name, ...(openedOn ? { openedOn } : {}) });
  });

  it('a store number in the table that disagrees with the link: no store id at all', () => {
    const result = parseProductPage(soldBy('Shop', row('Name:', 'Shop') + row('Store no.:', '9999999')), { url: URL_1 });
    expect(result.ok && result.data.store).toEqual({ name: 'Shop' });
  });
});
