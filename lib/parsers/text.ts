/**
 * Small text helpers shared by the parsers. Page text is hostile: these only read `textContent`
 * and attributes (never HTML), bound every length, and fold text the same way for every table.
 */

/** Every Unicode space a page may use (JS `\s` covers NBSP, narrow NBSP, thin, figure …). */
const SPACES = /\s+/g;
/** Zero-width and direction marks that RTL and copy-pasted texts carry. */
const INVISIBLES = /[\u200b-\u200d\u200e\u200f\u2060\u2066-\u2069\ufeff\u00ad]/g;

/** Hard cap on how much of any one element's text we look at: a hostile page can be huge. */
export const MAX_RAW_TEXT = 20_000;

/** Plain printable ASCII words with single spaces: already clean (most texts; skips two replaces). */
const ALREADY_CLEAN = /^[!-~]+(?: [!-~]+)*$/;

/** Trimmed text with runs of any kind of space collapsed to one plain space. */
export function cleanText(text: string): string {
  if (ALREADY_CLEAN.test(text)) return text;
  return text.replace(INVISIBLES, '').replace(SPACES, ' ').trim();
}

/**
 * The key a table lookup uses: cleaned, Unicode-normalised, case-folded, typographic apostrophes
 * made plain and Russian ё folded to е (pages write both).
 */
export function foldKey(text: string): string {
  return cleanText(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/ё/g, 'е');
}

/** The element's text, cleaned; undefined when there is no element, no text, or far too much. */
export function textOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const raw = el.textContent;
  if (raw == null || raw.length > MAX_RAW_TEXT) return undefined;
  const text = cleanText(raw);
  return text === '' ? undefined : text;
}

/** A cleaned text only when it fits the schema's maximum: truncating would change what it says. */
export function bounded(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text === '' || text.length > max) return undefined;
  return text;
}

/** An attribute, cleaned and bounded. */
export function attrOf(el: Element | null | undefined, name: string, max: number): string | undefined {
  const raw = el?.getAttribute(name);
  if (raw == null || raw.length > MAX_RAW_TEXT) return undefined;
  return bounded(cleanText(raw), max);
}

/** The first run of at least `min` ASCII digits that is not part of a longer run. */
export function firstDigitRun(text: string, min: number): string | undefined {
  for (const match of text.matchAll(/\d+/g)) {
    if (match[0].length >= min) return match[0];
  }
  return undefined;
}

/** A token of page text: a digit run, a word (letters and marks), or one other visible character. */
export interface Token {
  kind: 'num' | 'word' | 'mark';
  text: string;
  start: number;
  end: number;
}

/** Split folded text into tokens; whitespace separates tokens and is dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/(\d+)|([\p{L}\p{M}]+)|(\S)/gu)) {
    const start = match.index;
    const kind = match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : 'mark';
    tokens.push({ kind, text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** Build a lookup from per-locale tables; a key two locales read differently is dropped (never guess). */
export function mergeLocaleTables<L extends string, V>(
  tables: Partial<Record<L, Record<string, V>>>,
): Map<string, { value: V; locales: L[] }> {
  const merged = new Map<string, { value: V; locales: L[] }>();
  const conflicts = new Set<string>();
  for (const locale of Object.keys(tables) as L[]) {
    for (const [rawKey, value] of Object.entries(tables[locale] ?? {}) as [string, V][]) {
      const key = foldKey(rawKey);
      const seen = merged.get(key);
      if (!seen) merged.set(key, { value, locales: [locale] });
      else if (seen.value === value) seen.locales.push(locale);
      else conflicts.add(key);
    }
  }
  for (const key of conflicts) merged.delete(key);
  return merged;
}

/** Keys that two locales read differently (tests assert there are none). */
export function localeTableConflicts<L extends string, V>(tables: Partial<Record<L, Record<string, V>>>): string[] {
  const first = new Map<string, V>();
  const conflicts: string[] = [];
  for (const locale of Object.keys(tables) as L[]) {
    for (const [rawKey, value] of Object.entries(tables[locale] ?? {}) as [string, V][]) {
      const key = foldKey(rawKey);
      if (first.has(key) && first.get(key) !== value) conflicts.push(`${locale}:${key}`);
      else first.set(key, value);
    }
  }
  return conflicts;
}
