/** The page languages the locale tables know. `en` is the only one that may write month-first. */
export const LOCALES = ['en', 'pt-BR', 'es', 'fr', 'de', 'ru', 'pl', 'it', 'nl', 'he'] as const;
export type Locale = (typeof LOCALES)[number];

/** A table that has rows for some locales only. */
export type PartialLocaleTable<V> = Partial<Record<Locale, Record<string, V>>>;
