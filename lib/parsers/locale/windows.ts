import type { ReminderWindow, WindowAnchor, WindowPurpose } from '../../schemas/order-detail';
import { foldKey } from '../text';
import type { Locale } from './locales';

/**
 * Windows the order detail page's reminder states (POLICY D3), e.g. "you can apply for a
 * return/refund within 7 days of confirming receipt" or "open a dispute within 90 days after
 * order was placed". A sentence yields a window only when it holds exactly one purpose (what
 * the buyer may do) and exactly one `<within> N <days> <anchor>` phrase from the same language's
 * table. Anything else — no purpose, two purposes, two different numbers, an anchor we do not
 * know ("after delivery") — yields nothing: the number is never guessed.
 *
 * English is the site's own wording (seen on live pages, 2026). The other languages are our
 * rendering of the same sentence and are unconfirmed: extend them when a saved page shows the
 * site's own.
 */
export interface WindowTable {
  /** Words right before the number. */
  within: readonly string[];
  /** The day word right after the number. */
  days: readonly string[];
  /** What the days count from, right after the day word. */
  anchors: Readonly<Record<string, WindowAnchor>>;
  /** Phrases anywhere in the sentence that say what the window is for. */
  purposes: Readonly<Record<string, WindowPurpose>>;
}

export const WINDOW_TABLES: Partial<Record<Locale, WindowTable>> = {
  en: {
    within: ['within'],
    days: ['days', 'day'],
    anchors: {
      'of confirming receipt': 'receipt-confirmed',
      'after confirming receipt': 'receipt-confirmed',
      'of receipt confirmation': 'receipt-confirmed',
      'after order was placed': 'order-placed',
      'after the order was placed': 'order-placed',
      'of placing the order': 'order-placed',
    },
    purposes: {
      'return/refund': 'return-refund',
      'return or refund': 'return-refund',
      'open a dispute': 'quality-dispute',
      'not as described': 'quality-dispute',
      defective: 'quality-dispute',
    },
  },
  'pt-BR': {
    within: ['em até', 'no prazo de', 'dentro de'],
    days: ['dias', 'dia'],
    anchors: {
      'após confirmar o recebimento': 'receipt-confirmed',
      'após a confirmação do recebimento': 'receipt-confirmed',
      'após a realização do pedido': 'order-placed',
      'após o pedido ser feito': 'order-placed',
    },
    purposes: {
      'devolução/reembolso': 'return-refund',
      'abrir uma disputa': 'quality-dispute',
      'não for como descrito': 'quality-dispute',
      defeito: 'quality-dispute',
    },
  },
  es: {
    within: ['en un plazo de', 'dentro de'],
    days: ['días', 'día'],
    anchors: {
      'tras confirmar la recepción': 'receipt-confirmed',
      'después de confirmar la recepción': 'receipt-confirmed',
      'después de realizar el pedido': 'order-placed',
      'tras realizar el pedido': 'order-placed',
    },
    purposes: {
      'devolución/reembolso': 'return-refund',
      'abrir una disputa': 'quality-dispute',
      'no es como se describe': 'quality-dispute',
      defectuoso: 'quality-dispute',
    },
  },
  fr: {
    within: ['dans un délai de', 'sous'],
    days: ['jours', 'jour'],
    anchors: {
      'après la confirmation de réception': 'receipt-confirmed',
      'suivant la confirmation de réception': 'receipt-confirmed',
      'après la passation de la commande': 'order-placed',
    },
    purposes: {
      'retour/remboursement': 'return-refund',
      'ouvrir un litige': 'quality-dispute',
      'non conforme à la description': 'quality-dispute',
      'défectueux': 'quality-dispute',
    },
  },
  de: {
    within: ['innerhalb von'],
    days: ['tagen', 'tag'],
    anchors: {
      'nach bestätigung des erhalts': 'receipt-confirmed',
      'nach erhaltsbestätigung': 'receipt-confirmed',
      'nach aufgabe der bestellung': 'order-placed',
    },
    purposes: {
      'rückgabe/erstattung': 'return-refund',
      'streitfall eröffnen': 'quality-dispute',
      'nicht wie beschrieben': 'quality-dispute',
      defekt: 'quality-dispute',
    },
  },
};

const escape = (word: string) => foldKey(word).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

interface CompiledTable {
  phrase: RegExp;
  anchors: Map<string, WindowAnchor>;
  purposes: [string, WindowPurpose][];
}

// One expression per language, built from its table: `<within> N <day word> <anchor>`, whole words.
const COMPILED: CompiledTable[] = Object.values(WINDOW_TABLES).map((table) => ({
  phrase: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives(table.within)}) (\\d{1,3}) (?:${alternatives(table.days)}) (${alternatives(Object.keys(table.anchors))})(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  anchors: new Map(Object.entries(table.anchors).map(([k, v]) => [foldKey(k), v])),
  purposes: Object.entries(table.purposes).map(([k, v]) => [foldKey(k), v]),
}));

const MAX_REMINDER = 3000;

/** Every window the reminder text states, one per sentence that states one clearly. */
export function parseReminderWindows(text: string): ReminderWindow[] {
  if (text.length > MAX_REMINDER) return [];
  const windows: ReminderWindow[] = [];
  for (const sentence of foldKey(text).split(/(?<=[.!?;。])\s+/)) {
    const found = windowIn(sentence);
    if (found && !windows.some((w) => w.purpose === found.purpose && w.from === found.from && w.days === found.days)) windows.push(found);
  }
  return windows;
}

function windowIn(sentence: string): ReminderWindow | undefined {
  const readings = new Map<string, ReminderWindow>();
  for (const table of COMPILED) {
    const purposes = new Set(table.purposes.filter(([phrase]) => sentence.includes(phrase)).map(([, p]) => p));
    const phrases = [...sentence.matchAll(table.phrase)];
    if (phrases.length === 0) continue;
    const counts = new Set(phrases.map((m) => `${m[1]}|${table.anchors.get(m[2]!)}`));
    if (purposes.size !== 1 || counts.size !== 1) return undefined; // unclear in this language: nothing
    const [days, from] = [...counts][0]!.split('|') as [string, WindowAnchor];
    const window: ReminderWindow = { purpose: [...purposes][0]!, days: Number(days), from };
    readings.set(JSON.stringify(window), window);
  }
  if (readings.size !== 1) return undefined;
  const [window] = readings.values();
  return window!.days >= 1 && window!.days <= 400 ? window : undefined;
}
