// The real English catalogue, for unit tests that render user-facing text (WXT's fake browser
// has no i18n). Substitution follows chrome.i18n: $1…$9.
import messages from '../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;

export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Catalogue)[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export const i18nMock = {
  t: englishMessage,
  tPlural: (base: string, count: number, ...rest: string[]) =>
    englishMessage(`${base}_${count === 1 ? 'one' : 'other'}`, [String(count), ...rest]),
  uiLanguage: () => 'en',
  preloadMessages: (_keys: readonly string[]) => {},
  preparePluralRules: () => {},
  formatDate: (date: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(date),
};
