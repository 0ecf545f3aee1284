import type * as z from 'zod/mini';
import { ParsedProduct, ProductStore, type ProductSource } from '../../schemas/product';

/** What one source of a product page said; every field already checked with its schema. */
export interface ProductPart {
  source: ProductSource;
  /** The id the source itself names (JSON only); checked against the page's URL. */
  productId?: string;
  fields: Partial<Omit<ParsedProduct, 'productId' | 'sources' | 'store'>>;
  store: Partial<ProductStore>;
}

type Shape<T> = { [K in keyof T]-?: z.ZodMiniType<T[K]> };

const PRODUCT_FIELDS = ParsedProduct.def.shape as unknown as Shape<ParsedProduct>;
const STORE_FIELDS = ProductStore.def.shape as unknown as Shape<ProductStore>;

/** Sets `target[key]` only when the value passes that field's schema: a bad value is left out alone. */
function keep<T extends object, K extends keyof T>(shape: Shape<T>, target: Partial<T>, key: K, value: unknown): void {
  if (value === undefined) return;
  const parsed = shape[key].safeParse(value);
  if (parsed.success && parsed.data !== undefined) target[key] = parsed.data;
}

export function newPart(source: ProductSource): ProductPart {
  return { source, fields: {}, store: {} };
}

export function setField<K extends keyof ProductPart['fields']>(part: ProductPart, key: K, value: unknown): void {
  keep(PRODUCT_FIELDS as unknown as Shape<ProductPart['fields']>, part.fields, key, value);
}

export function setStore<K extends keyof ProductStore>(part: ProductPart, key: K, value: unknown): void {
  keep(STORE_FIELDS, part.store, key, value);
}

/** Whether a part says anything at all about the product or its store. */
export function hasContent(part: ProductPart): boolean {
  return Object.keys(part.fields).length > 0 || Object.keys(part.store).length > 0;
}
