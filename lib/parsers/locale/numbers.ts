import { cleanText } from '../text';

/**
 * Counts, shares and star ratings as product pages print them, in every locale:
 *
 *   counts   `1393`, `1,393` (en), `1.393` (pt-BR, de, es), `1 393`, `50,000+`, `50.000+`, `10K+`, `1,2 mil`
 *   percent  `98.1%`, `98,1%`, `98 %`, `100%`
 *   stars    `4.8`, `4,8`
 *
 * Page counts are whole numbers, so a separator between groups of three digits is always a
 * thousands separator, whatever the locale. Anything that reads two ways (`1.39`, `1,3934`, two
 * numbers in one text) gives undefined: a missing number is better than a wrong one.
 */

/** One count: digits, optional thousands groups, optional `+` (at least), optional K / mil. */
const COUNT = /^(\d{1,3}(?:([.,\u00a0 '’])\d{3})?(?:\2\d{3})*|\d+)(?:([.,])(\d))?\s?(k|mil|tsd\.?)?\s?\+?$/i;
/** Where a count sits in a longer text: a run of digits and the marks a count may contain. */
const COUNT_RUN = /\d[\d.,\u00a0 '’]*(?:\s?(?:k|mil|tsd\.?)(?![\p{L}]))?\s?\+?/giu;
const MULTIPLIERS: Record<string, number> = { k: 1000, mil: 1000, tsd: 1000, 'tsd.': 1000 };
/** Past this a count is a misread (no store has ten billion ratings). */
const MAX_COUNT = 1e10;

/** A count standing alone (`1.393`, `50,000+`), or undefined. */
export function parseCountValue(raw: string): number | undefined {
  if (raw.length > 40) return undefined;
  const text = cleanText(raw);
  const match = COUNT.exec(text);
  if (!match) return undefined;
  const [, whole, , decimalMark, decimal, suffix] = match;
  const digits = whole!.replace(/[^\d]/g, '');
  if (digits.length > 1 && digits.startsWith('0')) return undefined;
  let value = Number(digits);
  if (suffix) {
    // `1.5K`, `1,2 mil`: a rounded figure, read as what it says.
    const grouped = whole !== digits;
    if (grouped && decimal !== undefined) return undefined;
    value = (value + (decimal !== undefined ? Number(decimal) / 10 : 0)) * MULTIPLIERS[suffix.toLowerCase()]!;
  } else if (decimalMark !== undefined) {
    return undefined; // `12.5` is not a count
  }
  value = Math.round(value);
  return Number.isSafeInteger(value) && value <= MAX_COUNT ? value : undefined;
}

/** The one count in a label like `7 Reviews`, `50.000+ vendidos`, `1.393 Seguidores`, or undefined. */
export function parseCountIn(raw: string): number | undefined {
  if (raw.length > 200) return undefined;
  const text = cleanText(raw);
  const runs = [...text.matchAll(COUNT_RUN)].map((m) => m[0].trim());
  if (runs.length !== 1) return undefined;
  return parseCountValue(runs[0]!.replace(/[.,\u00a0 '’]+$/, ''));
}

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?\s?%$/;
const PERCENT_IN = /\d{1,3}(?:[.,]\d{1,2})?\s?%/g;

/** `98.1%`, `98,1 %` → 98.1; over 100 or anything else → undefined. */
export function parsePercentValue(raw: string): number | undefined {
  if (raw.length > 20) return undefined;
  const match = PERCENT.exec(cleanText(raw));
  if (!match) return undefined;
  const value = Number(`${match[1]}.${match[2] ?? '0'}`);
  return value <= 100 ? value : undefined;
}

/** The one percentage in a text like `98,1% Avaliações positivas`, or undefined. */
export function parsePercentIn(raw: string): number | undefined {
  if (raw.length > 200) return undefined;
  const found = cleanText(raw).match(PERCENT_IN);
  return found?.length === 1 ? parsePercentValue(found[0]) : undefined;
}

// Pages print stars with one decimal (`4.8`, `5.0`): a bare `4` may be a cut-off `4.6`.
const STARS = /^([0-5])[.,](\d)$/;

/** `4.8`, `4,8`, `5.0` → 0–5; anything else (`4`, `4.85`) → undefined. */
export function parseStarsValue(raw: string): number | undefined {
  if (raw.length > 10) return undefined;
  const match = STARS.exec(cleanText(raw));
  if (!match) return undefined;
  const value = Number(`${match[1]}.${match[2]}`);
  return value <= 5 ? value : undefined;
}
