import type { SellerType } from '../../schemas/risk';
import { foldKey, localeTableConflicts, mergeLocaleTables } from '../text';
import type { PartialLocaleTable } from './locales';

/**
 * The label after the store name in "Sold By" — `(Trader)`, `(Top Brand)`, `(Mall)` — per page
 * language. A label no table knows is `unknown`, never a guess.
 */
export const SELLER_TYPES: PartialLocaleTable<SellerType> = {
  en: { trader: 'trader', 'top brand': 'top-brand', mall: 'mall' },
  'pt-BR': { comerciante: 'trader', 'marca top': 'top-brand', mall: 'mall' },
  es: { comerciante: 'trader', 'marca top': 'top-brand', mall: 'mall' },
  de: { 'händler': 'trader', 'top-marke': 'top-brand', 'top marke': 'top-brand', mall: 'mall' },
  fr: { commerçant: 'trader', 'grande marque': 'top-brand', mall: 'mall' },
};

const LOOKUP = mergeLocaleTables(SELLER_TYPES);

/** For tests: labels two locales read differently (there must be none). */
export const sellerTypeConflicts = (): string[] => localeTableConflicts(SELLER_TYPES);

/** `(Händler)` → trader; brackets and spaces are ignored; unknown labels → `unknown`. */
export function sellerTypeOf(label: string): SellerType {
  const key = foldKey(label).replace(/^[([{（]\s*|\s*[)\]}）]$/g, '');
  return LOOKUP.get(key)?.value ?? 'unknown';
}
