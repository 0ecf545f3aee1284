import { describe, expect, it } from 'vitest';
import { findOrderCards, parseOrderCard, parseOrdersPage } from '@/lib/parsers/orders-list';
import { ORDERS_LIST } from '@/lib/parsers/selectors';
import type { ParsedOrderCard } from '@/lib/schemas/order';
import { cardHtml, fragmentOf, pageHtml, type CardSpec } from './helpers/order-card-html';

const OBSERVED_AT = new Date('2026-11-23T12:00:00.000Z');
const D = 86_400_000;
const H = 3_600_000;

const EN_CARD: CardSpec = {
  status: 'Awaiting delivery',
  dateLine: 'Order date: Nov 3, 2025',
  idLine: 'Order ID: 8214779947343229',
  detailId: '8214779947343229',
  storeId: '1102345678',
  storeName: 'Shenzhen Gadget Store',
  choice: true,
  products: [
    { id: '1005006123456789', title: 'USB-C cable 2 m, 100 W', variant: 'Color: Black, Length: 2m', price: ['US $', '2', '.', '35'], quantity: 'x2' },
  ],
  total: ['Total:', 'US $', '4', '.', '70'],
  buttons: ['Track order', 'Confirm received', 'Returns/refunds'],
  notes: [],
};

const EN_EXPECTED: ParsedOrderCard = {
  orderId: '8214779947343229',
  orderDate: '2025-11-03',
  status: 'shipped',
  statusText: 'Awaiting delivery',
  store: { id: '1102345678', name: 'Shenzhen Gadget Store' },
  isChoice: true,
  products: [
    {
      productId: '1005006123456789',
      title: 'USB-C cable 2 m, 100 W',
      variant: 'Color: Black, Length: 2m',
      unitPrice: { amount: 2.35, currency: 'USD' },
      quantity: 2,
    },
  ],
  productCount: 1,
  total: { amount: 4.7, currency: 'USD' },
  buttons: ['track', 'confirm-received', 'return-refund'],
  notes: [],
};

const cardOf = (spec: CardSpec): Element => fragmentOf(cardHtml(spec)).firstElementChild!;
const parse = (spec: CardSpec) => parseOrderCard(cardOf(spec), OBSERVED_AT);

describe('parseOrderCard on cards shaped like PAGES.md', () => {
  it('reads every field of an English card', () => {
    expect(parse(EN_CARD)).toEqual({ ok: true, data: EN_EXPECTED });
  });

  it('reads the 2026 header labels the same (keyed on numbers, not words)', () => {
    const result = parse({ ...EN_CARD, dateLine: 'Date: Jul 15, 2026', idLine: 'Ref. Number: 8214779947343229' });
    expect(result).toMatchObject({ ok: true, data: { orderId: '8214779947343229', orderDate: '2026-07-15' } });
  });

  it('reads a pt-BR card: genitive-free dates, decimal commas, translated words', () => {
    const result = parse({
      status: 'Concluído ',
      dateLine: 'Data do pedido: 24 nov, 2023',
      idLine: 'Nº do pedido: 3041234567890123 Copiar',
      detailId: '3041234567890123',
      storeId: '912345678',
      storeName: 'Loja Oficial',
      products: [{ id: '1005005555555555', title: 'Fone', price: ['R$', '126', ',', '59'], quantity: 'x1' }],
      total: ['Total:', 'R$', '126', ',', '59'],
      buttons: ['Adicionar ao carrinho', 'Deixar avaliação', 'Excluir'],
      notes: ['Reembolso concluído'],
    });
    expect(result).toEqual({
      ok: true,
      data: {
        orderId: '3041234567890123',
        orderDate: '2023-11-24',
        status: 'completed',
        statusText: 'Concluído',
        store: { id: '912345678', name: 'Loja Oficial' },
        isChoice: false,
        products: [{ productId: '1005005555555555', title: 'Fone', unitPrice: { amount: 126.59, currency: 'BRL' }, quantity: 1 }],
        productCount: 1,
        total: { amount: 126.59, currency: 'BRL' },
        buttons: ['add-to-cart', 'leave-feedback', 'remove'],
        notes: ['Reembolso concluído'],
      },
    });
  });

  it.each([
    ['Spanish words make 03/07/2026 day first', 'Enviado', ['Rastrear pedido'], '2026-07-03'],
    ['English words leave 03/07/2026 out', 'Shipped', ['Track order'], undefined],
    ['no words leave 03/07/2026 out', '', [], undefined],
    ['words shared with English prove nothing', 'Unknown state', ['Track order', 'Something'], undefined],
  ])('numeric dates: %s', (_name, status, buttons, expected) => {
    const result = parse({ ...EN_CARD, status, buttons, dateLine: 'Fecha del pedido: 03/07/2026' });
    expect(result.ok ? result.data.orderDate : 'unrecognised').toBe(expected);
  });

  it('reads a day above 12 day first whatever the language', () => {
    const result = parse({ ...EN_CARD, dateLine: '18/07/2026' });
    expect(result.ok && result.data.orderDate).toBe('2026-07-18');
  });

  it('leaves an impossible date out', () => {
    const result = parse({ ...EN_CARD, dateLine: 'Order date: Feb 30, 2026' });
    expect(result.ok && 'orderDate' in result.data).toBe(false);
  });

  it('counts thumbnails when the card lists no products', () => {
    const result = parse({ ...EN_CARD, products: undefined, thumbnails: 3 });
    expect(result).toMatchObject({ ok: true, data: { products: [], productCount: 3 } });
  });

  it('reads several product rows in order', () => {
    const result = parse({
      ...EN_CARD,
      products: [
        { id: '1005000000000001', title: 'A', price: ['US $1.00'], quantity: 'x1' },
        { id: '1005000000000002', title: 'B', price: ['US $2.00'], quantity: '×3' },
      ],
    });
    expect(result.ok && result.data.products.map((p) => [p.productId, p.quantity])).toEqual([
      ['1005000000000001', 1],
      ['1005000000000002', 3],
    ]);
    expect(result.ok && result.data.productCount).toBe(2);
  });

  it('leaves every price out when the card\'s prices disagree on the decimal mark (one was cut?)', () => {
    const result = parse({ ...EN_CARD, total: ['Total:', 'US $1,04'], products: [{ id: '1005000000000001', title: 'A', price: ['US $1,049.99'], quantity: 'x1' }] });
    expect(result.ok && [result.data.total, result.data.products[0]?.unitPrice]).toEqual([undefined, undefined]);
  });

  it('counts no products (0 = not read) when a product row has nothing readable', () => {
    const card = cardOf(EN_CARD);
    card.querySelector('.order-item-content-body')!.replaceChildren(fragmentOf('<div class="renamed-thumbs"><div></div><div></div></div>').firstElementChild!);
    const result = parseOrderCard(card, OBSERVED_AT);
    expect(result).toMatchObject({ ok: true, data: { products: [], productCount: 0 } });
  });

  describe('a bare $ is US dollars only when the card says US $ elsewhere', () => {
    it.each([
      ['total in US $', ['US $', '5.00'], { amount: 2.5, currency: 'USD' }],
      ['total in bare $ too', ['$', '5.00'], undefined],
      ['total in MX$', ['MX$', '5.00'], undefined],
    ])('%s', (_name, total, unitPrice) => {
      const result = parse({ ...EN_CARD, total, products: [{ id: '1005000000000001', title: 'A', price: ['$', '2.50'], quantity: 'x2' }] });
      expect(result.ok && result.data.products[0]?.unitPrice).toEqual(unitPrice);
    });
  });

  describe('order id', () => {
    it('falls back to the detail link when the header has no id', () => {
      const result = parse({ ...EN_CARD, idLine: 'Order ID:' });
      expect(result.ok && result.data.orderId).toBe('8214779947343229');
    });

    it('is unrecognised when header and link disagree', () => {
      expect(parse({ ...EN_CARD, detailId: '8214779947343220' })).toEqual({ ok: false, reason: 'markup-changed', missing: ['orderId'] });
    });

    it.each([
      ['no digits anywhere', 'Order ID:', null],
      ['too short', 'Order ID: 82147799473', null],
      ['too long', `Order ID: ${'1'.repeat(25)}`, null],
    ])('is unrecognised with %s', (_name, idLine, detailId) => {
      expect(parse({ ...EN_CARD, idLine, detailId })).toEqual({ ok: false, reason: 'markup-changed', missing: ['orderId'] });
    });

    it('takes the first run of 12+ digits', () => {
      const result = parse({ ...EN_CARD, idLine: 'Ref. 2026 Number: 8214779947343229 / 1234', detailId: null });
      expect(result.ok && result.data.orderId).toBe('8214779947343229');
    });
  });

  describe('countdown, found by text outside titles, prices, store and header', () => {
    it.each([
      ['en', 'Confirm receipt within: 14 days 6 hours', 14 * D + 6 * H],
      ['pt-BR', 'Proteção do comprador: 9 dias 3 horas', 9 * D + 3 * H],
      ['ru', 'Осталось 12 дней 5 часов', 12 * D + 5 * H],
    ])('%s: %j', (_locale, line, remainingMs) => {
      const result = parse({ ...EN_CARD, lines: [line] });
      expect(result.ok && result.data.countdown).toEqual({ text: line, remainingMs, observedAt: OBSERVED_AT.toISOString() });
    });

    it('joins text split over inline elements into one line', () => {
      const card = cardOf(EN_CARD);
      const line = fragmentOf('<div>Buyer protection <b>14</b> days <span>6</span> hours</div>').firstElementChild!;
      card.append(line);
      const result = parseOrderCard(card, OBSERVED_AT);
      expect(result.ok && result.data.countdown).toEqual({
        text: 'Buyer protection 14 days 6 hours',
        remainingMs: 14 * D + 6 * H,
        observedAt: OBSERVED_AT.toISOString(),
      });
    });

    it.each([
      ['a product title', { products: [{ id: '1005000000000001', title: 'Smart watch 7 days battery life', price: ['US $9.99'], quantity: 'x1' }] }],
      ['a variant', { products: [{ id: '1005000000000001', title: 'Watch', variant: 'Battery: 7 days', price: ['US $9.99'], quantity: 'x1' }] }],
      ['a store name', { storeName: '24 hours Store' }],
      ['the header info', { dateLine: 'Order date: Nov 3, 2025 (3 days)' }],
      ['a past time', { lines: ['Shipped 3 days ago'] }],
      ['two lines that disagree', { lines: ['3 days 2 hours', '5 days'] }],
    ])('never reads %s', (_name, extra: Partial<CardSpec>) => {
      const result = parse({ ...EN_CARD, ...extra });
      expect(result.ok).toBe(true);
      expect(result.ok && result.data.countdown).toBeUndefined();
    });

    it('never reads a title whose class was renamed (it still has a title attribute and an item link)', () => {
      const card = cardOf({ ...EN_CARD, products: [{ id: '1005000000000001', title: 'Smart watch 7 days battery life', price: ['US $9.99'], quantity: 'x1' }] });
      card.querySelector('.order-item-content-info-name')!.className = 'renamed-name';
      const result = parseOrderCard(card, OBSERVED_AT);
      expect(result.ok && result.data.countdown).toBeUndefined();
    });

    it('never reads the extension\'s own badge inside the card', () => {
      const card = cardOf({ ...EN_CARD, lines: ['Buyer protection ends in 14 days 6 hours'] });
      const badge = document.createElement('aca-order-badge');
      badge.textContent = '3 days left';
      card.querySelector('.order-item-header-status')!.append(badge);
      const result = parseOrderCard(card, OBSERVED_AT);
      expect(result.ok && result.data.countdown?.remainingMs).toBe(14 * D + 6 * H);
    });

    it('leaves the countdown out (and still parses) when observedAt is not a date', () => {
      const result = parseOrderCard(cardOf({ ...EN_CARD, lines: ['14 days'] }), new Date(Number.NaN));
      expect(result.ok).toBe(true);
      expect(result.ok && result.data.countdown).toBeUndefined();
    });
  });

  describe('hostile text', () => {
    it('returns markup in a store name as literal text', () => {
      const name = '<img src=x onerror=alert(1)>';
      const card = cardOf({ ...EN_CARD, storeName: name, status: '<script>alert(1)</script>' });
      const result = parseOrderCard(card, OBSERVED_AT);
      expect(result.ok && result.data.store?.name).toBe(name);
      expect(result.ok && result.data.statusText).toBe('<script>alert(1)</script>');
      expect(result.ok && result.data.status).toBe('unknown');
      expect(card.querySelector('img[onerror]')).toBeNull();
    });

    it.each([
      ['store name', { storeName: 'x'.repeat(301) }, (d: ParsedOrderCard) => d.store?.name],
      ['status text', { status: 'x'.repeat(201) }, (d: ParsedOrderCard) => d.statusText],
      ['variant', { products: [{ id: '1005000000000001', title: 'A', variant: 'v'.repeat(501) }] }, (d: ParsedOrderCard) => d.products[0]?.variant],
      ['note', { notes: ['n'.repeat(501)] }, (d: ParsedOrderCard) => d.notes[0]],
    ])('leaves an over-long %s out rather than cutting it', (_name, extra: Partial<CardSpec>, pick) => {
      const result = parse({ ...EN_CARD, ...extra });
      expect(result.ok).toBe(true);
      expect(result.ok && pick(result.data)).toBeUndefined();
    });

    it('ignores links to other sites', () => {
      const card = cardOf(EN_CARD);
      card.querySelector('.order-item-store-name a')!.setAttribute('href', 'https://evil.example/store/1102345678');
      card.querySelector('.order-item-content-info-name a')!.setAttribute('href', 'javascript:alert(1)//item/1005006123456789.html');
      card.querySelector('a.order-item-content-img')!.removeAttribute('href');
      const result = parseOrderCard(card, OBSERVED_AT);
      expect(result.ok && result.data.store).toEqual({ name: 'Shenzhen Gadget Store' });
      expect(result.ok && result.data.products[0]?.productId).toBeUndefined();
    });

    it.each([
      ['an icon', (href: string) => `<svg><a href="${href}"><text>x</text></a></svg>`],
      ['a form field', (href: string) => `<select><option><a href="${href}">x</a></option></select>`],
    ])('does not read links hidden inside %s', (_name, hide) => {
      const card = cardOf(EN_CARD);
      card.querySelector('.order-item-store')!.insertAdjacentHTML('beforeend', hide('//www.aliexpress.com/store/9999999999'));
      const result = parseOrderCard(card, OBSERVED_AT);
      // A second store link would make the store id ambiguous, so none would be read.
      expect(result.ok && result.data.store).toEqual(EN_EXPECTED.store);
    });

    it.each([
      ['another host', 'https://evil.example/store/1102345678', undefined],
      ['a user@host trick', '//www.aliexpress.com@evil.example/store/1102345678', undefined],
      ['a port', 'https://www.aliexpress.com:8443/store/1102345678', undefined],
      ['a backslash', '/\\evil.example/store/1102345678', undefined],
      ['javascript:', 'javascript:alert(1)//www.aliexpress.com/store/1102345678', undefined],
      ['a language host', 'https://pt.aliexpress.com/store/1102345678', '1102345678'],
      ['a root-relative link', '/store/1102345678/pages/all-items.html', '1102345678'],
      ['aliexpress.us', '//www.aliexpress.us/store/1102345678', '1102345678'],
    ])('reads a store id only from an AliExpress link: %s', (_name, href, id) => {
      const card = cardOf(EN_CARD);
      card.querySelector('.order-item-store-name a')!.setAttribute('href', href);
      const result = parseOrderCard(card, OBSERVED_AT);
      expect(result.ok && result.data.store?.id).toBe(id);
    });

    it('caps buttons and notes at the schema maxima', () => {
      const result = parse({ ...EN_CARD, buttons: Array.from({ length: 40 }, () => 'Remove'), notes: Array.from({ length: 25 }, (_, i) => `n${i}`) });
      expect(result.ok && result.data.buttons.length).toBe(30);
      expect(result.ok && result.data.notes.length).toBe(20);
    });

    it('never throws, whatever the element', () => {
      const odd = [
        document.createElement('div'),
        fragmentOf('<div class="order-item"></div>').firstElementChild!,
        fragmentOf('<div class="order-item">' + '<div>'.repeat(3000) + '14 days' + '</div>'.repeat(3000) + '</div>').firstElementChild!,
        document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
      ];
      for (const el of odd) expect(() => parseOrderCard(el, OBSERVED_AT)).not.toThrow();
      expect(parseOrderCard(odd[0]!, OBSERVED_AT)).toEqual({ ok: false, reason: 'markup-changed', missing: ['orderId'] });
      expect(() => parseOrderCard(null as unknown as Element, OBSERVED_AT)).not.toThrow();
      expect(() => parseOrdersPage(null as unknown as ParentNode, OBSERVED_AT)).not.toThrow();
      expect(findOrderCards(null as unknown as ParentNode)).toEqual([]);
    });
  });
});

describe('findOrderCards', () => {
  it('finds cards in page order in a subtree, a document, or the card itself', () => {
    const root = fragmentOf(pageHtml([cardHtml(EN_CARD), cardHtml({ ...EN_CARD, detailId: '8214779947343230', idLine: '8214779947343230' })]));
    const cards = findOrderCards(root);
    expect(cards).toHaveLength(2);
    expect(findOrderCards(cards[0]!)).toEqual([cards[0]]);
    const doc = document.implementation.createHTMLDocument('orders');
    doc.body.append(root);
    expect(findOrderCards(doc)).toEqual(cards);
  });

  it('does not count a card nested in a card twice', () => {
    const root = fragmentOf(`<div class="order-item"><div class="order-item">inner</div></div>`);
    expect(findOrderCards(root)).toHaveLength(1);
  });

  it('uses the exported card selector', () => {
    expect(cardOf(EN_CARD).matches(ORDERS_LIST.card)).toBe(true);
  });
});

describe('parseOrdersPage', () => {
  it('parses every card and counts the unreadable ones', () => {
    const root = fragmentOf(pageHtml([cardHtml(EN_CARD), cardHtml({ ...EN_CARD, idLine: '', detailId: null })]));
    expect(parseOrdersPage(root, OBSERVED_AT)).toEqual({ ok: true, data: { orders: [EN_EXPECTED], unreadCards: 1 } });
  });

  it.each([
    ['#baxia-dialog-content', pageHtml([cardHtml(EN_CARD)]) + '<div id="baxia-dialog-content"></div>'],
    ['.baxia-dialog', '<div class="baxia-dialog"><iframe></iframe></div>'],
    ['#nc_1_wrapper', '<div id="nc_1_wrapper"><span class="nc-lang-cnt">Please slide to verify</span></div>'],
    ['the words only', '<div class="captcha"><p>Please SLIDE TO VERIFY</p></div>'],
  ])('reports a bot check (%s)', (_name, html) => {
    expect(parseOrdersPage(fragmentOf(html), OBSERVED_AT)).toEqual({ ok: false, reason: 'bot-check', missing: [] });
  });

  it('reports an empty list', () => {
    expect(parseOrdersPage(fragmentOf(pageHtml([])), OBSERVED_AT)).toEqual({ ok: false, reason: 'empty', missing: [] });
  });

  it.each([
    ['a foreign page', '<main><h1>Welcome to AliExpress</h1><div class="product">Nov 3, 2025</div></main>'],
    ['nothing', ''],
  ])('reports markup-changed for %s', (_name, html) => {
    expect(parseOrdersPage(fragmentOf(html), OBSERVED_AT)).toMatchObject({ ok: false, reason: 'markup-changed' });
  });

  it('reports markup-changed, not an empty list, when the cards were redesigned beyond recognition', () => {
    const redesigned = pageHtml([cardHtml(EN_CARD), cardHtml(EN_CARD)]).replaceAll('order-item', 'ord-card');
    expect(parseOrdersPage(fragmentOf(redesigned), OBSERVED_AT)).toMatchObject({ ok: false, reason: 'markup-changed' });
  });

  it('reports markup-changed when no card parses', () => {
    const root = fragmentOf(pageHtml([cardHtml({ ...EN_CARD, idLine: '', detailId: null })]));
    expect(parseOrdersPage(root, OBSERVED_AT)).toEqual({ ok: false, reason: 'markup-changed', missing: ['orderId'] });
  });

  it('reads a whole document', () => {
    const doc = document.implementation.createHTMLDocument('orders');
    doc.body.append(fragmentOf(pageHtml([cardHtml(EN_CARD)])));
    expect(parseOrdersPage(doc, OBSERVED_AT)).toEqual({ ok: true, data: { orders: [EN_EXPECTED], unreadCards: 0 } });
    const captcha = document.implementation.createHTMLDocument('captcha');
    captcha.body.append(fragmentOf('<p>slide to verify</p>'));
    expect(parseOrdersPage(captcha, OBSERVED_AT)).toMatchObject({ ok: false, reason: 'bot-check' });
  });
});
