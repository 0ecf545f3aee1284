import { foldKey, localeTableConflicts, mergeLocaleTables, tokenize, type Token } from '../text';
import type { PartialLocaleTable } from './locales';

/**
 * Time left as a card may print it, in the page language: `14 days 6 hours`, `2 days 05:10:22`,
 * `23 h 59 m`, `9 dias e 3 horas`, `5 días`, `3 jours 4 heures`, `6 Tage 2 Stunden`,
 * `12 дней 5 часов`, `4 dni 3 godz.`.
 *
 * A run is one or more `number unit` pairs, largest unit first, each unit at most once, the
 * smaller ones in range (hours < 24 after days …), optionally joined by `,` / `and` words and
 * closed by a clock `hh:mm(:ss)` after days. Rejected: ranges (`7-15 days`), decimals
 * (`1.5 days`), past times (`3 days ago`, `hace 3 días`), a lone one-letter pair (`5 m` may be
 * metres), a number left dangling after the run (`17 days 4`, cut off?), more than 400 days,
 * and a line with two different runs.
 */

export type TimeUnit = 'day' | 'hour' | 'minute' | 'second';

const UNIT_MS: Record<TimeUnit, number> = { day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 };
const UNIT_RANK: Record<TimeUnit, number> = { day: 0, hour: 1, minute: 2, second: 3 };
/** The largest value a unit may have when a larger unit comes before it. */
const UNIT_LIMIT: Record<TimeUnit, number> = { day: Infinity, hour: 23, minute: 59, second: 59 };
const MAX_REMAINING_MS = 400 * UNIT_MS.day;

/** Unit words per locale: singular, plural, genitive (ru/pl counting forms) and abbreviations. */
export const COUNTDOWN_UNITS: PartialLocaleTable<TimeUnit> = {
  en: {
    day: 'day', days: 'day', d: 'day',
    hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', h: 'hour',
    minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute', m: 'minute',
    second: 'second', seconds: 'second', sec: 'second', secs: 'second', s: 'second',
  },
  'pt-BR': {
    dia: 'day', dias: 'day',
    hora: 'hour', horas: 'hour', h: 'hour',
    minuto: 'minute', minutos: 'minute', min: 'minute',
    segundo: 'second', segundos: 'second', seg: 'second', s: 'second',
  },
  es: {
    'día': 'day', 'días': 'day', dia: 'day', dias: 'day',
    hora: 'hour', horas: 'hour', h: 'hour',
    minuto: 'minute', minutos: 'minute', min: 'minute',
    segundo: 'second', segundos: 'second', seg: 'second', s: 'second',
  },
  fr: {
    jour: 'day', jours: 'day', j: 'day',
    heure: 'hour', heures: 'hour', h: 'hour',
    minute: 'minute', minutes: 'minute', min: 'minute', mn: 'minute',
    seconde: 'second', secondes: 'second', sec: 'second', s: 'second',
  },
  de: {
    tag: 'day', tage: 'day', tagen: 'day',
    stunde: 'hour', stunden: 'hour', std: 'hour', h: 'hour',
    minute: 'minute', minuten: 'minute', min: 'minute',
    sekunde: 'second', sekunden: 'second', sek: 'second', s: 'second',
  },
  ru: {
    'день': 'day', 'дня': 'day', 'дней': 'day', 'дн': 'day', 'д': 'day',
    'час': 'hour', 'часа': 'hour', 'часов': 'hour', 'ч': 'hour',
    'минута': 'minute', 'минуту': 'minute', 'минуты': 'minute', 'минут': 'minute', 'мин': 'minute', 'м': 'minute',
    'секунда': 'second', 'секунду': 'second', 'секунды': 'second', 'секунд': 'second', 'сек': 'second', 'с': 'second',
  },
  pl: {
    'dzień': 'day', dni: 'day', dnia: 'day',
    godzina: 'hour', godziny: 'hour', godzin: 'hour', godz: 'hour', h: 'hour',
    minuta: 'minute', minuty: 'minute', minut: 'minute', min: 'minute',
    sekunda: 'second', sekundy: 'second', sekund: 'second', sek: 'second', s: 'second',
  },
  it: {
    giorno: 'day', giorni: 'day',
    ora: 'hour', ore: 'hour', h: 'hour',
    minuto: 'minute', minuti: 'minute', min: 'minute',
    secondo: 'second', secondi: 'second', sec: 'second', s: 'second',
  },
  nl: {
    dag: 'day', dagen: 'day',
    uur: 'hour', u: 'hour',
    minuut: 'minute', minuten: 'minute', min: 'minute',
    seconde: 'second', seconden: 'second', sec: 'second', s: 'second',
  },
};

/** Words that may join two pairs: `9 dias e 3 horas`, `5 días y 3 horas`. */
export const COUNTDOWN_CONNECTORS: ReadonlySet<string> = new Set(['and', 'e', 'y', 'et', 'und', 'i', 'и', 'en', ',']);

/** Words that turn a duration into time past: before it (`hace 3 días`) … */
export const PAST_BEFORE: readonly (readonly string[])[] = [['hace'], ['há'], ['vor'], ['il', 'y', 'a']];
/** … or after it (`3 days ago`). */
export const PAST_AFTER: ReadonlySet<string> = new Set(['ago', 'atrás', 'atras', 'назад', 'temu', 'fa', 'geleden', 'zuvor']);

/** A cheap first look: no digit followed by a letter, no countdown (most card lines). */
const NUMBER_THEN_WORD = /\d\s*\p{L}/u;

/** Marks that make the number before a run the start of a range (`7-15 days`, `7~15 days`). */
const RANGE_MARKS = new Set(['-', '–', '—', '~', '/', '+']);

const UNIT_LOOKUP = mergeLocaleTables(COUNTDOWN_UNITS);

/** For tests: unit words two locales read as different units (there must be none). */
export const countdownTableConflicts = (): string[] => localeTableConflicts(COUNTDOWN_UNITS);

export interface Countdown {
  remainingMs: number;
}

const unitOf = (t: Token | undefined): TimeUnit | undefined =>
  t?.kind === 'word' ? UNIT_LOOKUP.get(t.text)?.value : undefined;
const isNum = (t: Token | undefined, maxLen: number): t is Token => t?.kind === 'num' && t.text.length <= maxLen;
const touches = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Time left stated in a line of card text, or undefined when there is none or it is unclear. */
export function findCountdown(line: string): Countdown | undefined {
  if (line.length > 300 || !NUMBER_THEN_WORD.test(line)) return undefined;
  const tokens = tokenize(foldKey(line));
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = readRun(tokens, i);
    if (run === undefined) continue;
    if (run.ms !== null) found.push(run.ms);
    i = run.next - 1;
  }
  if (found.length === 0 || found.some((ms) => ms !== found[0])) return undefined;
  return { remainingMs: found[0]! };
}

/** A run starting at token i: its total (null when it is a run but must not be used), and where it ends. */
function readRun(tokens: Token[], i: number): { ms: number | null; next: number } | undefined {
  if (!isNum(tokens[i], 4) || unitOf(tokens[i + 1]) === undefined) return undefined;
  const prev = tokens[i - 1];
  let rejected =
    (prev?.kind === 'num' && touches(prev, tokens[i])) ||
    (prev !== undefined && (prev.text === '.' || prev.text === ',' || prev.text === ':') && touches(prev, tokens[i]) && tokens[i - 2]?.kind === 'num') ||
    (prev !== undefined && RANGE_MARKS.has(prev.text) && tokens[i - 2]?.kind === 'num');

  let ms = 0;
  let pairs = 0;
  let lastUnit: TimeUnit | undefined;
  let lastUnitWord = '';
  let j = i;
  for (;;) {
    const unit = unitOf(tokens[j + 1]);
    if (!isNum(tokens[j], 4) || unit === undefined) break;
    const value = Number(tokens[j]!.text);
    if (lastUnit !== undefined && (UNIT_RANK[unit] <= UNIT_RANK[lastUnit] || value > UNIT_LIMIT[unit])) rejected = true;
    ms += value * UNIT_MS[unit];
    pairs++;
    lastUnit = unit;
    lastUnitWord = tokens[j + 1]!.text;
    j += 2;
    if (tokens[j]?.text === '.' && touches(tokens[j - 1], tokens[j])) j++; // `godz.`, `мин.`
    const joiner = tokens[j];
    if (joiner && COUNTDOWN_CONNECTORS.has(joiner.text) && isNum(tokens[j + 1], 4) && unitOf(tokens[j + 2])) j++;
  }

  // `2 days 05:10:22`: a clock may close a run of days.
  const clock = readClock(tokens, j);
  if (clock !== undefined) {
    if (lastUnit === 'day' && Number.isFinite(clock.ms)) ms += clock.ms;
    else rejected = true;
    j = clock.next;
  }

  const lonePair = pairs === 1 && clock === undefined;
  if (lonePair && [...lastUnitWord].length <= 1) rejected = true; // `5 m` may be metres
  if (isPast(tokens, i, j)) rejected = true;
  if (tokens[j] && RANGE_MARKS.has(tokens[j]!.text) && isNum(tokens[j + 1], 4)) rejected = true; // `5 days-10 days`
  if (tokens[j]?.kind === 'num') rejected = true; // `17 days 4`: a cut-off `17 days 4 hours`?
  if (ms > MAX_REMAINING_MS) rejected = true;
  return { ms: rejected ? null : ms, next: j };
}

function readClock(tokens: Token[], j: number): { ms: number; next: number } | undefined {
  const [h, c1, m, c2, s] = [tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3], tokens[j + 4]];
  if (!isNum(h, 2) || c1?.text !== ':' || !isNum(m, 2) || m.text.length !== 2) return undefined;
  if (!touches(h, c1) || !touches(c1, m)) return undefined;
  const hours = Number(h.text);
  const minutes = Number(m.text);
  let seconds = 0;
  let next = j + 3;
  if (c2?.text === ':' && touches(m, c2) && isNum(s, 2) && s.text.length === 2 && touches(c2, s)) {
    seconds = Number(s.text);
    next = j + 5;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return { ms: Number.NaN, next };
  return { ms: hours * UNIT_MS.hour + minutes * UNIT_MS.minute + seconds * UNIT_MS.second, next };
}

function isPast(tokens: Token[], start: number, end: number): boolean {
  const after = tokens[end];
  if (after?.kind === 'word' && PAST_AFTER.has(after.text)) return true;
  return PAST_BEFORE.some((words) =>
    words.every((word, k) => tokens[start - words.length + k]?.text === word),
  );
}

// What a countdown's first pair can look like in a card's whole text. Blocks run together there
// ("x2" + "Magnetic…" reads "x2magnetic"), so there is no word boundary after the unit. A unit of
// one letter counts only followed by a second pair or a clock ("23 h 59 m", "2 d 05:10:22"):
// readRun rejects a lone one.
const escapeWords = (words: string[]) =>
  words
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
const UNIT_WORDS = [...UNIT_LOOKUP.keys()];
const LONG_UNITS = escapeWords(UNIT_WORDS.filter((word) => [...word].length > 1));
const LETTER_UNITS = escapeWords(UNIT_WORDS.filter((word) => [...word].length === 1));
const COUNTDOWN_START = new RegExp(
  `\\d\\s*(?:${LONG_UNITS})|\\d\\s*(?:${LETTER_UNITS})[\\s,.]*\\d{1,2}(?:\\s*(?:${LETTER_UNITS})|:\\d{2})`,
  'u',
);

/**
 * A cheap test over a whole card's text: false only when no line of it can hold a countdown,
 * so the line-by-line reading can be skipped. A true answer promises nothing.
 */
export function mayHoldCountdown(text: string): boolean {
  return COUNTDOWN_START.test(foldKey(text));
}
