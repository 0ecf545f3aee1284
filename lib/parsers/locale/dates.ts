import type { CalendarDate } from '../../schemas/common';
import { foldKey, localeTableConflicts, mergeLocaleTables, tokenize, type Token } from '../text';
import type { PartialLocaleTable } from './locales';

/**
 * Calendar dates as order pages print them, in every language we know:
 *
 *   month first   en `Nov 3, 2025`, `Jul. 15 2026`
 *   day first     pt-BR `24 nov, 2023`, `24 de nov. de 2023`; fr `3 nov. 2025`; es `3 de nov. de 2025`;
 *                 de `28. Okt. 2025`; ru `29 января 2024`; pl `3 listopada 2025`; he `11 בפבר׳ 2026`
 *   year first    `2026-07-18`, `2026/07/18`, `2026年7月18日` (never ambiguous)
 *   numeric       `18/07/2026`, `18.07.2026`, `18-07-2026`: read day first, and only when that
 *                 cannot be an American month-first date — the day is above 12, or the caller
 *                 knows the page is not English (`dayFirst`). Anything else is left out.
 *
 * Month words are looked up in the tables below (folded, without the abbreviation dot); a word
 * no table knows never becomes a month.
 */

/** Month words per locale: abbreviations, full names, and the genitive forms dates use. */
export const MONTHS: PartialLocaleTable<number> = {
  en: {
    jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12,
  },
  'pt-BR': {
    jan: 1, fev: 2, mar: 3, abr: 4, mai: 5, jun: 6, jul: 7, ago: 8, set: 9, out: 10, nov: 11, dez: 12,
    janeiro: 1, fevereiro: 2, 'março': 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8,
    setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  },
  es: {
    ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, oct: 10, nov: 11, dic: 12,
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
    setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  },
  fr: {
    janv: 1, 'févr': 2, fevr: 2, mars: 3, avr: 4, mai: 5, juin: 6, juil: 7, 'août': 8, aout: 8, sept: 9,
    oct: 10, nov: 11, 'déc': 12, dec: 12,
    janvier: 1, 'février': 2, fevrier: 2, avril: 4, juillet: 7, septembre: 9, octobre: 10, novembre: 11,
    'décembre': 12, decembre: 12,
  },
  de: {
    jan: 1, 'jän': 1, feb: 2, febr: 2, 'mär': 3, mrz: 3, apr: 4, mai: 5, jun: 6, jul: 7, aug: 8, sep: 9,
    sept: 9, okt: 10, nov: 11, dez: 12,
    januar: 1, 'jänner': 1, februar: 2, 'märz': 3, april: 4, juni: 6, juli: 7, august: 8, september: 9,
    oktober: 10, november: 11, dezember: 12,
  },
  ru: {
    // Dates use the genitive ("29 января"); the nominative and short forms appear in some layouts.
    'января': 1, 'февраля': 2, 'марта': 3, 'апреля': 4, 'мая': 5, 'июня': 6, 'июля': 7, 'августа': 8,
    'сентября': 9, 'октября': 10, 'ноября': 11, 'декабря': 12,
    'январь': 1, 'февраль': 2, 'март': 3, 'апрель': 4, 'май': 5, 'июнь': 6, 'июль': 7, 'август': 8,
    'сентябрь': 9, 'октябрь': 10, 'ноябрь': 11, 'декабрь': 12,
    'янв': 1, 'фев': 2, 'февр': 2, 'мар': 3, 'апр': 4, 'июн': 6, 'июл': 7, 'авг': 8, 'сен': 9,
    'сент': 9, 'окт': 10, 'ноя': 11, 'нояб': 11, 'дек': 12,
  },
  pl: {
    sty: 1, lut: 2, mar: 3, kwi: 4, maj: 5, cze: 6, lip: 7, sie: 8, wrz: 9, 'paź': 10, paz: 10, lis: 11, gru: 12,
    stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8,
    'września': 9, 'października': 10, listopada: 11, grudnia: 12,
    'styczeń': 1, luty: 2, marzec: 3, 'kwiecień': 4, czerwiec: 6, lipiec: 7, 'sierpień': 8,
    'wrzesień': 9, 'październik': 10, listopad: 11, 'grudzień': 12,
  },
  it: {
    gen: 1, feb: 2, mar: 3, apr: 4, mag: 5, giu: 6, lug: 7, ago: 8, set: 9, ott: 10, nov: 11, dic: 12,
    gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8,
    settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
  },
  nl: {
    jan: 1, feb: 2, mrt: 3, apr: 4, mei: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
    januari: 1, februari: 2, maart: 3, april: 4, juni: 6, juli: 7, augustus: 8, september: 9,
    oktober: 10, november: 11, december: 12,
  },
  he: withHebrewPrefix({
    'ינו': 1, 'פבר': 2, 'מרץ': 3, 'אפר': 4, 'מאי': 5, 'יוני': 6, 'יולי': 7, 'אוג': 8, 'ספט': 9,
    'אוק': 10, 'נוב': 11, 'דצמ': 12,
    'ינואר': 1, 'פברואר': 2, 'אפריל': 4, 'אוגוסט': 8, 'ספטמבר': 9, 'אוקטובר': 10, 'נובמבר': 11,
    'דצמבר': 12,
  }),
};

/** Hebrew dates write "in" as a prefix letter: `11 בפבר׳ 2026`. */
function withHebrewPrefix(table: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { ...table };
  for (const [word, month] of Object.entries(table)) out[`ב${word}`] = month;
  return out;
}

/** Small words between the parts of a day-first date: pt/es `de`, es `del`. */
const DATE_PARTICLES = new Set(['de', 'del']);
/** What may follow an abbreviated month: a dot, or the Hebrew geresh. */
const ABBREVIATION_MARKS = new Set(['.', '\u05f3', "'"]);
/** Separators of all-digit dates. */
const NUMERIC_SEPARATORS = new Set(['/', '.', '-']);
/** Year-month-day markers of Chinese / Japanese dates. */
const CJK_YEAR = '年';
const CJK_MONTH = '月';
const CJK_DAY = '日';

const MONTH_LOOKUP = mergeLocaleTables(MONTHS);

/** For tests: keys two locales read as different months (there must be none). */
export const monthTableConflicts = (): string[] => localeTableConflicts(MONTHS);

/** The month a (folded) word names, if any table knows it. */
export function monthOf(word: string): number | undefined {
  return MONTH_LOOKUP.get(foldKey(word))?.value;
}

export interface DateOptions {
  /** The page is known not to be English, so `03/07/2026` is the 3rd of July. */
  dayFirst?: boolean;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** A real calendar day as `YYYY-MM-DD`, or undefined (Feb 30, month 13, year 1999 …). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in a text (a header line like `Order date: Nov 3, 2025`), or undefined. */
export function parseDate(text: string, options: DateOptions = {}): CalendarDate | undefined {
  if (text.length > 500) return undefined;
  const tokens = tokenize(foldKey(text));
  for (let i = 0; i < tokens.length; i++) {
    for (const matcher of MATCHERS) {
      const found = matcher(tokens, i, options);
      if (found !== undefined) return found ?? undefined;
    }
  }
  return undefined;
}

/**
 * Each matcher returns a date, `undefined` (no date starts here: keep scanning), or `null`
 * (a date starts here but is impossible or ambiguous: stop, the text has no date we trust).
 */
type Match = CalendarDate | null | undefined;
type Matcher = (tokens: Token[], i: number, options: DateOptions) => Match;

const isNum = (t: Token | undefined, minLen: number, maxLen: number): t is Token =>
  t?.kind === 'num' && t.text.length >= minLen && t.text.length <= maxLen;
const isMark = (t: Token | undefined, marks: ReadonlySet<string> | string): t is Token =>
  t?.kind === 'mark' && (typeof marks === 'string' ? t.text === marks : marks.has(t.text));
const isParticle = (t: Token | undefined): boolean => t?.kind === 'word' && DATE_PARTICLES.has(t.text);

/** A digit run that is a whole number, not the tail of `1.5` or `12:30`. */
function standsAlone(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const prevPrev = tokens[i - 2];
  const current = tokens[i];
  if (!prev || !current || prev.end !== current.start) return true;
  return !(prev.kind === 'num' || ((prev.text === '.' || prev.text === ',' || prev.text === ':') && prevPrev?.kind === 'num' && prevPrev.end === prev.start));
}

/** en: `Nov 3, 2025`, `Jul. 15 2026`. */
function monthFirst(tokens: Token[], i: number): Match {
  const word = tokens[i];
  if (word?.kind !== 'word') return undefined;
  const month = monthOf(word.text);
  if (month === undefined) return undefined;
  let j = i + 1;
  if (isMark(tokens[j], ABBREVIATION_MARKS)) j++;
  const day = tokens[j];
  if (!isNum(day, 1, 2)) return undefined;
  j++;
  if (isMark(tokens[j], ',')) j++;
  const year = tokens[j];
  if (!isNum(year, 4, 4)) return undefined;
  return calendarDate(Number(year.text), month, Number(day.text)) ?? null;
}

/** `24 nov, 2023`, `24 de nov. de 2023`, `28. Okt. 2025`, `29 января 2024`, `11 בפבר׳ 2026`. */
function dayFirst(tokens: Token[], i: number): Match {
  const day = tokens[i];
  if (!isNum(day, 1, 2) || !standsAlone(tokens, i)) return undefined;
  let j = i + 1;
  if (isMark(tokens[j], '.')) j++;
  if (isParticle(tokens[j])) j++;
  const word = tokens[j];
  if (word?.kind !== 'word') return undefined;
  const month = monthOf(word.text);
  if (month === undefined) return undefined;
  j++;
  if (isMark(tokens[j], ABBREVIATION_MARKS)) j++;
  if (isParticle(tokens[j])) j++;
  if (isMark(tokens[j], ',')) j++;
  const year = tokens[j];
  if (!isNum(year, 4, 4)) return undefined;
  return calendarDate(Number(year.text), month, Number(day.text)) ?? null;
}

/** `2026-07-18`, `2026/07/18`, `2026. 7. 18.`, `2026年7月18日`: year first is never ambiguous. */
function yearFirst(tokens: Token[], i: number): Match {
  const year = tokens[i];
  if (!isNum(year, 4, 4) || !standsAlone(tokens, i)) return undefined;
  const sep = tokens[i + 1];
  const month = tokens[i + 2];
  const sep2 = tokens[i + 3];
  const day = tokens[i + 4];
  if (!isNum(month, 1, 2) || !isNum(day, 1, 2)) return undefined;
  const cjk = sep?.text === CJK_YEAR && sep2?.text === CJK_MONTH && tokens[i + 5]?.text === CJK_DAY;
  const punct = isMark(sep, NUMERIC_SEPARATORS) && sep2?.text === sep.text;
  if (!cjk && !punct) return undefined;
  if (isMark(tokens[i + 5], NUMERIC_SEPARATORS) && tokens[i + 6]?.kind === 'num') return null; // `2026.07.18.5`
  return calendarDate(Number(year.text), Number(month.text), Number(day.text)) ?? null;
}

/** `18/07/2026`: day first, and only when no American reading is possible or the page is not English. */
function numeric(tokens: Token[], i: number, options: DateOptions): Match {
  const first = tokens[i];
  if (!isNum(first, 1, 2) || !standsAlone(tokens, i)) return undefined;
  const sep = tokens[i + 1];
  const second = tokens[i + 2];
  const sep2 = tokens[i + 3];
  const year = tokens[i + 4];
  if (!isMark(sep, NUMERIC_SEPARATORS) || sep2?.text !== sep.text) return undefined;
  if (!isNum(second, 1, 2) || !isNum(year, 4, 4)) return undefined;
  // The five tokens must touch: `3 / 4 / 2025` is not a date we know how to read.
  for (let k = i; k < i + 4; k++) if (tokens[k]!.end !== tokens[k + 1]!.start) return undefined;
  const a = Number(first.text);
  const b = Number(second.text);
  if (b > 12) return null; // only a month-first reading fits: never taken
  if (a <= 12 && !options.dayFirst) return null; // both readings fit: unsure
  return calendarDate(Number(year.text), b, a) ?? null;
}

const MATCHERS: readonly Matcher[] = [monthFirst, dayFirst, yearFirst, numeric];
