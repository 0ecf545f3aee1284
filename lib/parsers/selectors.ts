/**
 * Every anchor the parsers use, in one place, so a markup change is fixed here once.
 * Source: shared/aliexpress/PAGES.md. Plain class names on the orders app have held 2022 → 2026;
 * `data-pl` attributes are the second anchor where the page has them.
 */

const STORE_PATH = '/store/';
const ITEM_PATH = '/item/';

/** My Orders list (`/p/order/index.html`), PAGES.md section 1. */
export const ORDERS_LIST = {
  /** One card per order: `#root > .order-wrap > .order-main > .order-content > .comet-checkbox-group > div.order-item`. */
  card: 'div.order-item',
  /** The list the cards live in; present but without cards means "no orders". */
  list: '.comet-checkbox-group, .order-content',
  /** Anything inside the card group: a list with such children but no readable card is not empty. */
  listChild: '.comet-checkbox-group > *',
  /**
   * Card parts all carry classes starting with this: when some are on the page but no card is,
   * the cards were renamed (markup changed), not removed (empty).
   */
  cardClassPrefix: 'order-item',
  /** A slider / captcha that replaces or covers the page. */
  botCheck: '#baxia-dialog-content, .baxia-dialog, #nc_1_wrapper',
  /** The bot check's own words, for when only its text is there (matched case-insensitively). */
  botCheckText: 'slide to verify',
  /** Where the extension puts its badge inside a card. */
  badgeAnchor: '.order-item-header-status',
  /** The "View orders" pager that appends the next cards. */
  pager: '.order-more button',

  /**
   * Anchors inside one card. The card is read in a single walk that indexes its elements by
   * these class names: one `querySelector` per field costs ~20x more in happy-dom, where the
   * parser tests run, and a single walk is as cheap as anything in a browser. The CSS each
   * stands for is given alongside.
   */
  classes: {
    /** `.order-item-header-status-text`: `Awaiting delivery`, `Concluído `. */
    status: 'order-item-header-status-text',
    /** `.order-item-header-right`: holds the info block and the "Order details" link. */
    headerRight: 'order-item-header-right',
    /** `.order-item-header-right-info`: two child divs, date first, id second. */
    headerInfo: 'order-item-header-right-info',
    /** `.order-item-store`: Choice icon, then the name link. */
    store: 'order-item-store',
    /** `img.order-item-store-icon`: an AliExpress Choice order. */
    choiceIcon: 'order-item-store-icon',
    /** `.order-item-content-body`: one per product when products are listed. */
    productRow: 'order-item-content-body',
    /** `.order-item-content-info-name`: link to the item, `span[title]` with the full title. */
    productName: 'order-item-content-info-name',
    /** `.order-item-content-info-sku`: `Color: Black, Size: L`. */
    variant: 'order-item-content-info-sku',
    /** `.order-item-content-info-number`: its first child div is the unit price. */
    priceBlock: 'order-item-content-info-number',
    /** `.order-item-content-info-number-quantity`: `x2`. */
    quantity: 'order-item-content-info-number-quantity',
    /** `.order-item-content-img-list`: several products shown as thumbnails only. */
    thumbnailList: 'order-item-content-img-list',
    /** `.order-item-content-img`: one thumbnail. */
    thumbnail: 'order-item-content-img',
    /** `.order-item-content-opt-price-total`: `Total:US $1.99`, digits split over spans. */
    total: 'order-item-content-opt-price-total',
    /** `.order-item-btns .order-item-btn`: card buttons (`a` or `button.comet-btn`). */
    buttonBar: 'order-item-btns',
    button: 'order-item-btn',
    /** `.order-item-bottom-action .expose-info .expose-info-item-title`: refund / dispute lines. */
    bottomAction: 'order-item-bottom-action',
    exposeInfo: 'expose-info',
    note: 'expose-info-item-title',
  },
  /** Tags some anchors must have: `img.order-item-store-icon`. */
  choiceIconTag: 'IMG',
  /** The unit price and the header parts are child `div`s of their blocks. */
  partTag: 'DIV',
  /** `[data-pl="…"]`, the second anchor for the header. */
  dataPl: {
    headerInfo: 'order_item_header_info',
    detailLink: 'order_item_header_detail',
  },
  /** Links, by path: `//www.aliexpress.com/store/<id>`, `//www.aliexpress.com/item/<id>.html`, `…?orderId=<id>`. */
  links: {
    /** `a[href*="/store/"]`, read as `/store/<id>`. */
    storePath: STORE_PATH,
    store: /^\/store\/(\d+)(?:\/.*)?$/,
    /** `a[href*="/item/"]`, read as `/item/<id>.html`. */
    itemPath: ITEM_PATH,
    item: /^\/item\/(\d+)\.html$/,
    /** `a[href*="orderId="]`. */
    orderIdParam: 'orderId',
  },
  /** `span` inside the store link holds the store name. */
  storeNameTag: 'SPAN',
  /** `span[title]` inside the title link holds the full product title. */
  titleAttribute: 'title',

  /**
   * Text inside these is never read as a countdown: a title like "Smart watch 7 days battery"
   * must not become one. Besides the named blocks (title, variant, prices, store, header info,
   * tracking popover), anything carrying a `title` attribute or linking to a product or a store
   * is skipped, so a renamed class does not let a title through.
   */
  notCountdown: {
    classes: [
      'order-item-content-info-name',
      'order-item-content-info-sku',
      'order-item-content-info-number',
      'order-item-content-opt-price',
      'order-item-content-opt-price-total',
      'order-item-store',
      'order-item-header-right-info',
      'order-track-popover',
    ],
    /** `[name]` (any value) or `[name="value"]`. */
    attributes: [['title'], ['data-pl', 'order_item_header_info']] as readonly (readonly [string, string?])[],
    /** `a[href*="…"]`. */
    linkPaths: [ITEM_PATH, STORE_PATH],
    tags: ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'IMG', 'INPUT', 'TEXTAREA', 'SELECT'],
    /** The extension's own elements (`<aca-order-badge>` inside a card) are never read. */
    ownTagPrefix: 'ACA-',
  },
} as const;

/**
 * The seller chat (PAGES.md §5). The input box's own selector is unknown: the panel is found by
 * the IM's `im-*` class names (or the older page's message/chat containers), and the input is
 * whatever visible textarea or contenteditable sits inside it.
 */
export const CHAT = {
  panel: '[class^="im-"], [class*=" im-"], [class*="message-detail"], [class*="chat-box"], [class*="msg-detail"]',
  input: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
} as const;
