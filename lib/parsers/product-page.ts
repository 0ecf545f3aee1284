import { sameProduct } from '../domain/product-id';
import { ParsedProduct, type ProductSource, type ProductStore } from '../schemas/product';
import { hasContent, type ProductPart } from './product/partial';
import { parseProductDom } from './product/product-page-dom';
import { parsePdpResponse } from './product/product-pdp-json';
import { parseRunParams } from './product/product-run-params';
import { PRODUCT_PAGE } from './product/selectors';
import { recognised, unrecognised, type ParseResult } from './result';

export interface ProductPageInput {
  /** The page's address: the product id comes from `/item/<id>.html`. */
  url: URL | string;
  /** The page's own `mtop.aliexpress.pdp.pc.query` response body, when something observed it. */
  pdpResponse?: unknown;
}

export { sameProduct };

const ITEM_PATH = /^\/item\/(\d{6,20})\.html$/;

/** The product id in a product page's URL, or undefined. */
export function productIdFromUrl(url: URL | string): string | undefined {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return ITEM_PATH.exec(parsed.pathname)?.[1];
  } catch {
    return undefined;
  }
}

/** The "Sold By" / store block once the client-rendered page has drawn it. */
export function findStoreBlock(root: ParentNode): Element | null {
  return root.querySelector(PRODUCT_PAGE.storeBlock);
}

/** Where the hint goes when there is no store block: under the title. */
export function findTitle(root: ParentNode): Element | null {
  return root.querySelector(PRODUCT_PAGE.title);
}

/**
 * One product page, read from every source it offers — the pdp JSON when handed over, the inline
 * `window.runParams` of older pages, the rendered DOM — merged field by field in that order (the
 * JSON is locale-independent, so it wins). A source naming another product, or another store than
 * the one chosen, adds nothing. Never throws; a page without a readable store is unrecognised.
 */
export function parseProductPage(doc: Document, input: ProductPageInput): ParseResult<ParsedProduct> {
  try {
    return parse(doc, input);
  } catch {
    return unrecognised('markup-changed', ['page']);
  }
}

function parse(doc: Document, { url, pdpResponse }: ProductPageInput): ParseResult<ParsedProduct> {
  const productId = productIdFromUrl(url);
  if (!productId) return unrecognised('markup-changed', ['productId']);
  if (doc.querySelector(PRODUCT_PAGE.botCheck) && !findStoreBlock(doc)) return unrecognised('bot-check');

  const candidates = [
    pdpResponse === undefined ? undefined : parsePdpResponse(pdpResponse),
    parseRunParams(doc),
    parseProductDom(doc, doc),
  ];
  const parts = candidates.filter(
    (part): part is ProductPart => part !== undefined && hasContent(part) && (part.productId === undefined || sameProduct(part.productId, productId)),
  );

  const storeId = parts.find((part) => part.store.id !== undefined)?.store.id;
  const sources: ProductSource[] = [];
  const fields: Partial<ParsedProduct> = {};
  const store: Partial<ProductStore> = {};
  for (const part of parts) {
    let used = false;
    for (const [key, value] of Object.entries(part.fields) as [keyof typeof part.fields, unknown][]) {
      if (fields[key] === undefined) {
        (fields as Record<string, unknown>)[key] = value;
        used = true;
      }
    }
    // A source that names another store says nothing about this one.
    if (part.store.id === undefined || part.store.id === storeId) {
      for (const [key, value] of Object.entries(part.store) as [keyof ProductStore, unknown][]) {
        if (store[key] === undefined) {
          (store as Record<string, unknown>)[key] = value;
          used = true;
        }
      }
    }
    if (used) sources.push(part.source);
  }

  if (store.id === undefined && store.name === undefined) return unrecognised('markup-changed', ['store']);
  const checked = ParsedProduct.safeParse({ productId, sources, ...fields, store });
  return checked.success ? recognised(checked.data) : unrecognised('markup-changed', ['schema']);
}
