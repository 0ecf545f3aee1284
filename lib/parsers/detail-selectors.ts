/**
 * Anchors of the order detail and tracking pages (PAGES.md sections 2 and 3), in one place.
 * The detail page uses the orders app's plain class names; the tracking page uses CSS modules
 * (`block--element--HASH`): matched by prefix, the hash changes per build.
 */
export const ORDER_DETAIL = {
  /** The status block; the extension's panel goes right after it. */
  statusBlock: '.order-status',
  statusTitle: '.order-block-title',
  /** The line under the status: the reminder sentence with its windows, refund notes. */
  statusInfo: '.order-status-info',
  /** `label: value` rows: Ref. Number, Order placed on, Paid on … (payment method is never read). */
  infoRow: '.info-row',
  /** One block per store, with its products. */
  storeBlock: '.order-detail-item',
  storeName: '.store-name',
  product: '.order-detail-item-content',
  productTitle: '.item-title a',
  productVariant: '.item-sku-attr',
  productPrice: '.item-price',
  productQuantity: '.item-price-quantity',
  button: 'button.comet-btn, a.comet-btn',
  /** Never read: the address block (personal data). */
  personal: '.order-detail-info-item',
  botCheck: '#baxia-dialog-content, .baxia-dialog, #nc_1_wrapper',
  storePath: /^\/store\/(\d+)(?:\/.*)?$/,
  itemPath: /^\/item\/(\d+)\.html$/,
} as const;

export const TRACKING = {
  trackingNumber: '[class*="logistic-info-v2--mailNoValue"]',
  carrier: '[class*="logistic-info-v2--carrierTitle"]',
  arrival: '[class*="arrival-time-v2--title"]',
  packageTab: '[class^="tab-list-v2--tab"]',
  /**
   * Event rows and promise lines: their markup is not documented (PAGES.md says unknown), so
   * events are read from the page's JSON and promise lines are found by their words in any
   * short element of the page.
   */
  eventName: '[class*="logistic-detail-v2--nodeTitle"]',
  eventTime: '[class*="logistic-detail-v2--nodeTime"]',
} as const;
