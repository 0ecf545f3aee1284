import { beforeEach, describe, expect, it, vi } from 'vitest';

// chrome.i18n as the extension sees it: getMessage fills $1…$9 and blanks placeholders it is not given.
const catalogue: Record<string, string> = {
  badge_label: 'Claim deadline for order $1: $2. Show details.',
  urgency_ok: 'OK',
  urgency_soon: 'Soon',
};
const getMessage = vi.fn((key: string, substitutions?: string[]) =>
  (catalogue[key] ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions?.[Number(n) - 1] ?? ''),
);
const getUILanguage = vi.fn(() => 'en');
vi.mock('wxt/browser', () => ({ browser: { i18n: { getMessage, getUILanguage } } }));

// Each test gets a fresh module: the template cache lives for a page, not across tests.
const loadI18n = () => import('@/lib/i18n');

beforeEach(() => {
  vi.resetModules();
  getMessage.mockClear();
  getUILanguage.mockClear();
});

describe('t', () => {
  it('substitutes $1…$9 and asks chrome.i18n once per key', async () => {
    const { t } = await loadI18n();
    expect(t('badge_label', ['8214779947343229', '12 days left'])).toBe('Claim deadline for order 8214779947343229: 12 days left. Show details.');
    expect(t('badge_label', ['1', 'x'])).toBe('Claim deadline for order 1: x. Show details.');
    expect(getMessage).toHaveBeenCalledTimes(1);
  });

  it('blanks a placeholder it is not given and shows the key of a missing message', async () => {
    const { t } = await loadI18n();
    expect(t('badge_label', '42')).toBe('Claim deadline for order 42: . Show details.');
    expect(t('urgency_expired')).toBe('urgency_expired');
  });

  it('keeps a substitution that looks like a placeholder as text', async () => {
    const { t } = await loadI18n();
    expect(t('badge_label', ['$2', '$1'])).toBe('Claim deadline for order $2: $1. Show details.');
  });
});

describe('preloadMessages', () => {
  it('fetches the templates ahead, so drawing the strings later asks chrome.i18n nothing', async () => {
    const { preloadMessages, t } = await loadI18n();
    preloadMessages(['urgency_ok', 'urgency_soon', 'badge_label']);
    expect(getMessage.mock.calls.map(([key]) => key)).toEqual(['urgency_ok', 'urgency_soon', 'badge_label']);
    getMessage.mockClear();
    expect([t('urgency_ok'), t('urgency_soon'), t('badge_label', ['7', 'Quiet'])]).toEqual([
      'OK',
      'Soon',
      'Claim deadline for order 7: Quiet. Show details.',
    ]);
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('fetches a key already fetched no second time', async () => {
    const { preloadMessages, t } = await loadI18n();
    t('urgency_ok');
    preloadMessages(['urgency_ok', 'urgency_ok']);
    expect(getMessage).toHaveBeenCalledTimes(1);
  });
});

describe('preparePluralRules', () => {
  it('asks for the UI language ahead, once, so a later tPlural does not', async () => {
    const { preparePluralRules, tPlural } = await loadI18n();
    preparePluralRules();
    preparePluralRules();
    expect(getUILanguage).toHaveBeenCalledTimes(1);
    tPlural('protectionLeft', 3);
    tPlural('protectionLeft', 1);
    expect(getUILanguage).toHaveBeenCalledTimes(1);
    expect(getMessage.mock.calls.map(([key]) => key)).toEqual(['protectionLeft_other', 'protectionLeft_one']);
  });
});
