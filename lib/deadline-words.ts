import { t, type MessageKey } from './i18n';

// Deadline kinds and sources in words, for every kind the schema has now or gains later: a kind
// without its own text falls back to a generic word instead of showing a message key.

export function kindLabel(kind: string): string {
  const key = `kind_${kind.replace(/-/g, '_')}` as MessageKey;
  const text = t(key);
  return text === key ? t('reminder_kindOther') : text;
}

/** "from AliExpress", "≈ estimate", "entered by you". */
export function sourceWords(source: string): string {
  const key = `reminder_source_${source}` as MessageKey;
  const text = t(key);
  return text === key ? source : text;
}
