import { browser } from 'wxt/browser';

// Keys are typed from the English catalogue (type-only import: nothing is bundled).
type Catalogue = typeof import('../public/_locales/en/messages.json');
export type MessageKey = Exclude<keyof Catalogue, 'default'>;

/** A user-facing string from the extension's locale catalogue. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  // An empty answer means a key missing from the user's language and from English: show the
  // key rather than nothing, so the gap is visible and reported.
  return text || key;
}

/** Keys that come in plural forms: `${base}_one` and `${base}_other`. */
type PluralBase<K extends string> = K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
export type PluralKey = PluralBase<MessageKey>;

let pluralRules: Intl.PluralRules | undefined;

/** `count` picks the plural form (chrome.i18n has none); `$1` is the count. */
export function tPlural(base: PluralKey, count: number, ...rest: string[]): string {
  pluralRules ??= new Intl.PluralRules(uiLanguage());
  const form = pluralRules.select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, [String(count), ...rest]);
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** A calendar date in the user's language and time zone, e.g. "Dec 5, 2026". */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(date);
}
