/**
 * Every anchor the product-page parsers use (PAGES.md §4), in one place. Since 2024 the page uses
 * CSS-module classes `block--element--HASH`: the prefix is stable, the hash changes per build, so
 * they are matched with `[class*="block--element"]`. `data-pl` attributes are the second anchor.
 */
export const PRODUCT_PAGE = {
  title: 'h1[data-pl="product-title"], h1[class*="title--wrap"], h1.product-title-text',
  reviewer: '[data-pl="product-reviewer"]',
  rating: '[class*="reviewer--rating"], strong',
  reviews: 'a[class*="reviewer--reviews"]',
  sold: 'span[class*="reviewer--sold"]',
  price: '[class*="price-default--current--"], [class*="price--current--"], .product-price-value',
  /** "Sold By": the link to the store, name inside, seller-type label in the next span. */
  soldBy: 'a[class*="store-detail--wrap"]',
  soldByName: '[class*="store-detail--storeName"]',
  /** Hover table: rows `Name:`, `Store no.:`, `Open since:` (labels differ per language). */
  storeInfo: '[class*="store-detail--storeInfo"]',
  storeInfoRow: 'tr',
  /** Store card under the description. */
  storeCardName: '[class*="store-info--name"] a',
  storeCardDesc: '[class*="store-info--desc"]',
  choice: '[class*="choice-mind--wrap--"]',
  shippingTitle: '.dynamic-shipping-titleLayout',
  shippingContent: '.dynamic-shipping-contentLayout',
  /** Chosen options: one title per SKU property ("Color: Black"). */
  skuTitle: '[class*="sku-item--title--"]',
  /** The real merchant's business licence on pooling listings. */
  credentialLink: 'a[href*="showcredential.htm"]',
  mainImage: 'meta[property="og:image"]',
  /** Where the hint goes: after the "Sold By" block, or (fallback) under the title. */
  storeBlock: '[class*="store-detail--wrap"], [class*="store-info--name"]',
  botCheck: '#baxia-dialog-content, .baxia-dialog, #nc_1_wrapper',
  /** Inline scripts that may hold `window.runParams` (≤ early 2024). */
  inlineScript: 'script:not([src])',
} as const;

export const STORE_LINK = /^(?:https?:)?\/\/(?:[a-z]{2,3}|www)\.aliexpress\.(?:com|us)\/store\/(\d{4,12})(?:[/?#].*)?$/;
export const CREDENTIAL_STORE_NUM = /showcredential\.htm\?(?:[^#]*&)?storeNum=(\d{4,12})(?:[&#]|$)/;
