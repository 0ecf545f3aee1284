import type { Money } from '../../schemas/common';
import { isMoney } from '../card-check';
import { cleanText } from '../text';

/**
 * Prices as cards print them: `US $26.70`, `€12,34`, `12,34 €`, `R$ 1.234,56`, `129,46zł`,
 * `1 234,56 ₽`, `CLP 13,941`, `₪12.34`, `Total:US $1.99` …
 *
 * 1. Find digit runs (digits with `.`, `,`, `'` or spaces between them) that touch a currency
 *    marker from the table below, before or after. Exactly one such run, or nothing.
 * 2. Split the run by the currency's minor units. Cards always print cents for currencies that
 *    have them (`US $12.00`, `2 187,00 ₽`), so for those the last separator must be the decimal
 *    point with exactly two digits after it; for currencies without (CLP, KRW, JPY …) every
 *    separator is a thousands separator. Thousands separators are all the same mark, between
 *    groups of three.
 * Anything that does not fit (two prices, `12,5`, `1.23.45`, `US $12` — a cut-off `US $12.40`?,
 * a bare `$` without USD context, an unknown `NT$`) gives undefined: a missing price is better
 * than a wrong one.
 */

/** `$` alone: US, Canadian, Mexican, Chilean … dollars all print it. Only the caller can say which. */
export const BARE_DOLLAR = 'bare-dollar';

/** Marker as printed → ISO 4217 code. Markers are matched longest first and case-sensitively. */
export const CURRENCY_MARKERS: Readonly<Record<string, string>> = {
  'US $': 'USD', 'US$': 'USD', USD: 'USD',
  $: BARE_DOLLAR,
  R$: 'BRL', BRL: 'BRL',
  '€': 'EUR', EUR: 'EUR',
  '£': 'GBP', GBP: 'GBP',
  'zł': 'PLN', PLN: 'PLN',
  '₽': 'RUB', 'руб.': 'RUB', 'руб': 'RUB', RUB: 'RUB',
  CLP: 'CLP', 'CLP $': 'CLP', CLP$: 'CLP',
  '₪': 'ILS', ILS: 'ILS',
  'CA $': 'CAD', CA$: 'CAD', CAD: 'CAD',
  'AU $': 'AUD', AU$: 'AUD', AUD: 'AUD',
  'MX $': 'MXN', MX$: 'MXN', MXN: 'MXN',
  'NZ $': 'NZD', NZ$: 'NZD', NZD: 'NZD',
  'HK $': 'HKD', HK$: 'HKD', HKD: 'HKD',
  'SG $': 'SGD', SG$: 'SGD', SGD: 'SGD',
  COP: 'COP', COL$: 'COP',
  ARS: 'ARS',
  'S/': 'PEN', PEN: 'PEN',
  UYU: 'UYU', $U: 'UYU',
  '₩': 'KRW', KRW: 'KRW',
  'JP¥': 'JPY', JPY: 'JPY', '円': 'JPY',
  'CN¥': 'CNY', CNY: 'CNY',
  '₹': 'INR', INR: 'INR',
  '₴': 'UAH', 'грн': 'UAH', UAH: 'UAH',
  'Kč': 'CZK', CZK: 'CZK',
  Ft: 'HUF', HUF: 'HUF',
  lei: 'RON', RON: 'RON',
  CHF: 'CHF',
  '₺': 'TRY', TL: 'TRY', TRY: 'TRY',
  SEK: 'SEK', NOK: 'NOK', DKK: 'DKK',
  '฿': 'THB', THB: 'THB',
  '₫': 'VND', VND: 'VND',
  Rp: 'IDR', IDR: 'IDR',
  RM: 'MYR', MYR: 'MYR',
  '₱': 'PHP', PHP: 'PHP',
  '₸': 'KZT', KZT: 'KZT',
  SAR: 'SAR', AED: 'AED', ZAR: 'ZAR',
};

/** Currencies printed without decimals (ISO 4217 minor units 0). Every other known one has 2. */
export const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(['CLP', 'KRW', 'JPY', 'VND', 'ISK', 'PYG', 'UGX']);

export interface MoneyOptions {
  /** What a bare `$` means on this card; set only when the card's other prices say `US $`. */
  bareDollar?: 'USD';
}

const MARKERS_LONGEST_FIRST = Object.keys(CURRENCY_MARKERS).sort((a, b) => b.length - a.length);
/** Digit runs; groups may be split by `.`, `,`, apostrophes or (after cleaning) plain spaces. */
const DIGIT_RUN = /\d(?:[\d.,'’ ]*\d)?/g;
const THOUSANDS_SEPARATORS = new Set(['.', ',', ' ', "'", '’']);
const LETTER = /\p{L}/u;
const MINUS = new Set(['-', '−', '–']);
/** Past 15 digits a double no longer holds every amount exactly. */
const MAX_DIGITS = 15;

function markerBefore(text: string, end: number): { currency: string; start: number } | undefined {
  const before = text.slice(0, end).trimEnd();
  for (const marker of MARKERS_LONGEST_FIRST) {
    if (!before.endsWith(marker)) continue;
    const start = before.length - marker.length;
    const outside = before[start - 1];
    // `NT$`, `XUS $`: a letter glued to the marker makes it some other marker we do not know.
    if (outside !== undefined && LETTER.test(outside)) return undefined;
    return { currency: CURRENCY_MARKERS[marker]!, start };
  }
  return undefined;
}

function markerAfter(text: string, start: number): string | undefined {
  const rest = text.slice(start);
  const after = rest.trimStart();
  for (const marker of MARKERS_LONGEST_FIRST) {
    if (!after.startsWith(marker)) continue;
    const outside = after[marker.length];
    if (outside !== undefined && LETTER.test(outside)) return undefined;
    return CURRENCY_MARKERS[marker];
  }
  return undefined;
}

/** An amount read from a digit run, with the decimal mark it used (none for whole-unit currencies). */
export interface Amount {
  amount: number;
  decimalMark?: '.' | ',';
}

/** The amount a digit run states in a currency, or undefined when the run can be read two ways. */
export function parseAmount(run: string, currency: string): Amount | undefined {
  const groups = run.split(/[^\d]/);
  const separators = run.replace(/\d/g, '').split('');
  if (groups.some((g) => g === '')) return undefined; // `1..2`, `1. 234`
  const digits = groups.join('');
  if (digits.length > MAX_DIGITS) return undefined;

  const lastSeparator = separators[separators.length - 1];
  const lastGroup = groups[groups.length - 1]!;
  let integerGroups = groups;
  let integerSeparators = separators;
  let decimalMark: '.' | ',' | undefined;
  if (!ZERO_DECIMAL_CURRENCIES.has(currency)) {
    // Cents are always printed: `12`, `12,5`, `1.234` are cut off or not a price we know.
    if ((lastSeparator !== '.' && lastSeparator !== ',') || lastGroup.length !== 2) return undefined;
    decimalMark = lastSeparator;
    integerGroups = groups.slice(0, -1);
    integerSeparators = separators.slice(0, -1);
  } else if (separators.length > 0 && lastGroup.length !== 3) {
    return undefined; // `13,94` in pesos: no reading we are sure of
  }

  if (integerSeparators.length > 0) {
    const thousands = integerSeparators[0]!;
    if (!THOUSANDS_SEPARATORS.has(thousands)) return undefined;
    if (integerSeparators.some((s) => s !== thousands)) return undefined;
    if (thousands === decimalMark) return undefined; // `1.234.56`
    const [head, ...tail] = integerGroups;
    if (!head || head.length > 3 || head.startsWith('0')) return undefined;
    if (tail.some((g) => g.length !== 3)) return undefined;
  }
  const whole = integerGroups.join('');
  const amount = Number(decimalMark === undefined ? whole : `${whole}.${lastGroup}`);
  if (!Number.isFinite(amount)) return undefined;
  return decimalMark === undefined ? { amount } : { amount, decimalMark };
}

/** A price as read: the money, and the decimal mark it was written with. */
export interface Price {
  money: Money;
  decimalMark?: '.' | ',';
}

/** The one price a text states, with how it was written, or undefined. Never throws. */
export function parsePrice(raw: string, options: MoneyOptions = {}): Price | undefined {
  if (raw.length > 300) return undefined;
  const text = cleanText(raw);
  const candidates: { run: string; currency: string }[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = markerBefore(text, start);
    const after = markerAfter(text, end);
    if (before === undefined && after === undefined) continue;
    if (before !== undefined && after !== undefined && before.currency !== after) return undefined;
    const signAt = before !== undefined ? before.start : start;
    const sign = text.slice(0, signAt).trimEnd().slice(-1);
    if (MINUS.has(sign)) return undefined; // a discount or refund line, not a price
    candidates.push({ run: match[0], currency: before?.currency ?? after! });
  }
  if (candidates.length !== 1) return undefined;
  const { run, currency: marked } = candidates[0]!;
  const currency = marked === BARE_DOLLAR ? options.bareDollar : marked;
  if (currency === undefined) return undefined;
  const parsed = parseAmount(run, currency);
  if (parsed === undefined) return undefined;
  const money: Money = { amount: parsed.amount, currency };
  if (!isMoney(money)) return undefined; // the schema's rules, by hand (../card-check.ts)
  return parsed.decimalMark === undefined ? { money } : { money, decimalMark: parsed.decimalMark };
}

/** The one price a text states, or undefined. Never throws. */
export function parseMoney(raw: string, options: MoneyOptions = {}): Money | undefined {
  return parsePrice(raw, options)?.money;
}
