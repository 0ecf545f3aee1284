/**
 * Order cards as HTML, shaped like PAGES.md section 1, for tests that need one exact card.
 * Every text given here is inserted as text (escaped), like the page would render it.
 */

export interface CardSpec {
  status?: string;
  dateLine?: string;
  idLine?: string;
  detailId?: string | null;
  storeId?: string;
  storeName?: string;
  choice?: boolean;
  products?: ProductSpec[];
  thumbnails?: number;
  total?: string[];
  buttons?: string[];
  notes?: string[];
  /** Extra free lines inside the card (where a countdown may sit). */
  lines?: string[];
}

export interface ProductSpec {
  id?: string;
  title?: string;
  variant?: string;
  price?: string[];
  quantity?: string;
}

export const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const spans = (parts: string[]): string => parts.map((p, i) => `<span class="es--char${i}--x1">${esc(p)}</span>`).join('');

export function productHtml(p: ProductSpec): string {
  return `<div class="order-item-content-body">
  <a class="order-item-content-img" href="//www.aliexpress.com/item/${p.id ?? ''}.html" style="background-image: url(&quot;https://ae-pic-a1.aliexpress-media.com/kf/S1.jpg_220x220.jpg&quot;);"></a>
  <div class="order-item-content-info">
    <div class="order-item-content-info-name"><a href="//www.aliexpress.com/item/${p.id ?? ''}.html" target="_blank"><span title="${esc(p.title ?? '')}">${esc(p.title ?? '')}</span></a></div>
    ${p.variant === undefined ? '' : `<div class="order-item-content-info-sku">${esc(p.variant)}</div>`}
    <div class="order-item-content-info-number"><div>${spans(p.price ?? [])}</div><span class="order-item-content-info-number-quantity">${esc(p.quantity ?? '')}</span></div>
  </div>
</div>`;
}

export function cardHtml(spec: CardSpec): string {
  const products =
    spec.thumbnails !== undefined
      ? `<div class="order-item-content-body"><div class="order-item-content-img-list">${'<a class="order-item-content-img" style="background-image: url(x.jpg)"></a>'.repeat(spec.thumbnails)}</div></div>`
      : (spec.products ?? []).map(productHtml).join('');
  const detail =
    spec.detailId === null
      ? ''
      : `<a href="//www.aliexpress.com/p/order/detail.html?orderId=${spec.detailId ?? ''}" data-pl="order_item_header_detail">Order details<span class="comet-icon"></span></a>`;
  return `<div class="order-item">
  <div class="order-item-header">
    <div class="order-item-header-status"><span class="order-item-header-status-text">${esc(spec.status ?? '')}</span></div>
    <div class="order-item-header-right">
      <div class="order-item-header-right-info" data-pl="order_item_header_info">
        <div>${esc(spec.dateLine ?? '')}</div>
        <div>${esc(spec.idLine ?? '')}<span class="order-item-header-right-info-copy">Copy</span></div>
      </div>
      ${detail}
    </div>
  </div>
  <div class="order-item-store">
    ${spec.choice ? '<img class="order-item-store-icon" src="https://ae01.alicdn.com/kf/choice.png">' : ''}
    <span class="order-item-store-name "><a href="//www.aliexpress.com/store/${spec.storeId ?? ''}" target="_blank"><span>${esc(spec.storeName ?? '')}</span></a></span>
  </div>
  <div class="order-item-content">
    ${products}
    <div class="order-item-content-opt">
      <div class="order-item-content-opt-price"><span class="order-item-content-opt-price-total">${spans(spec.total ?? [])}</span></div>
      <div class="order-item-btns">${(spec.buttons ?? []).map((b) => `<button class="comet-btn order-item-btn"><span>${esc(b)}</span></button>`).join('')}</div>
    </div>
  </div>
  ${(spec.lines ?? []).map((l) => `<div class="order-item-extra"><span>${esc(l)}</span></div>`).join('')}
  <div class="order-item-bottom-action"><div class="expose-info">${(spec.notes ?? []).map((n) => `<div class="expose-info-item"><span class="expose-info-item-title">${esc(n)}</span></div>`).join('')}</div></div>
</div>`;
}

export function pageHtml(cards: string[]): string {
  return `<div id="root"><div class="order-wrap"><div class="order-main">
  <div class="comet-tabs-nav"><div class="comet-tabs-nav-item comet-tabs-nav-item-active">View all</div></div>
  <div class="order-content"><div class="comet-checkbox-group">${cards.join('\n')}</div></div>
  <div class="order-more"><button class="comet-btn comet-btn-large comet-btn-borderless"><span>View orders</span></button></div>
</div></div></div>`;
}

/** A detached container holding the HTML (tests only: test HTML is ours, not the page's). */
export function fragmentOf(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}
