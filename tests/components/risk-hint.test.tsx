import { beforeAll, describe, expect, it, vi } from 'vitest';
import { RiskReason, type RiskAssessment, type RiskFactor } from '@/lib/schemas/risk';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);

let RiskHint: typeof import('@/components/risk-hint/RiskHint').RiskHint;
let reasonText: typeof import('@/components/risk-hint/reason-text').reasonText;
beforeAll(async () => {
  ({ RiskHint } = await import('@/components/risk-hint/RiskHint'));
  ({ reasonText } = await import('@/components/risk-hint/reason-text'));
});

const factor = (over: Partial<RiskFactor>): RiskFactor => ({ id: 'store-age', direction: 'lowers', weight: 15, reason: 'store-established', params: { months: 40 }, ...over });
const assessment = (over: Partial<RiskAssessment>): RiskAssessment => {
  const factors = over.factors ?? [factor({})];
  return { level: 'low', score: 20, factors, ...(factors[0] ? { strongest: factors[0] } : {}), confidence: 'medium', ...over };
};
const render = (a: RiskAssessment, extra: Partial<Parameters<typeof RiskHint>[0]> = {}) =>
  RiskHint({ productId: '1005006812345678', storeName: 'Sound Wave', assessment: a, history: [], open: false, onToggle: () => {}, ...extra });

// Params every reason may carry, as the model sends them.
const PARAMS = {
  ratePercent: 97.2, ratingCount: 16083, months: 14, followers: 12, sellerType: 'mall', rating: 4.8, reviewCount: 2417, soldCount: 10000,
  realStoreId: '1107890123', fromPercent: 97.2, toPercent: 89.4, fromDate: '2026-10-01', toDate: '2026-11-01', from: 8000, to: 40,
  disputes: 2, lateDeliveries: 1, orders: 5,
};

describe('RiskHint', () => {
  it.each(RiskReason.options)('reason %s reads as a sentence (no key, no placeholder left)', (reason) => {
    const text = reasonText(factor({ reason, params: PARAMS }));
    expect(text).not.toMatch(/risk_|\$\d|undefined|NaN/);
    expect(text.length).toBeGreaterThan(15);
  });

  it('the chip: level word, strongest reason, "heuristic", never the score', () => {
    const chip = render(assessment({ score: 20 })).querySelector('button.chip')!;
    expect(chip.textContent).toBe('Low riskOpen for 3 years or more.heuristic');
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(chip.getAttribute('aria-label')).toMatch(/^Seller check \(heuristic\): Low risk\. Open for 3 years or more\./);
    expect(chip.textContent).not.toContain('20');
  });

  it('unknown says "not enough data" and why', () => {
    const text = render(assessment({ level: 'unknown', factors: [], confidence: 'low' })).textContent ?? '';
    expect(text).toMatch(/^Not enough dataNot enough data to judge this seller/);
  });

  it('opened: every reason with direction and weight, the history table newest first, the buyer’s orders', () => {
    const el = render(
      assessment({ factors: [factor({ direction: 'raises', weight: 35, id: 'rate-drop', reason: 'positive-rate-dropped', params: PARAMS }), factor({})] }),
      {
        open: true,
        history: [
          { observedOn: '2026-10-01', positiveRatePercent: 97.2, followers: 1393 },
          { observedOn: '2026-11-01', positiveRatePercent: 89.4, ratingCount: 16100 },
        ],
        buyer: { orders: 3, completed: 2 },
      },
    );
    const rows = [...el.querySelectorAll('li.reason')].map((li) => li.textContent);
    expect(rows[0]).toMatch(/^▲The positive rate fell from 97\.2% \(.+\) to 89\.4% \(.+\): possibly a new owner\.raises risk · \+35 points$/);
    expect(rows[1]).toBe('▼Open for 3 years or more.lowers risk · −15 points');
    const history = [...el.querySelectorAll('table.history tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(history.map((r) => r.slice(1))).toEqual([['89.4%', '16,100', '—'], ['97.2%', '—', '1,393']]);
    expect(el.querySelector('.buyer')!.textContent).toBe('You have 3 orders from this store in My Orders (2 completed).');
  });

  it.each<[string, string[], RegExp]>([
    ['no linked order', [], /^This listing as you see it now \(title, options, price, delivery promise\) is kept on your device/],
    ['one linked order', ['8190000000000001'], /evidence of what was promised, for your order 8190000000000001\.$/],
    ['two linked orders', ['8190000000000001', '8190000000000002'], /for 2 of your orders\.$/],
  ])('the kept snapshot: %s', (_name, linkedOrderIds, text) => {
    const el = render(assessment({}), { open: true, snapshot: { linkedOrderIds } });
    expect(el.querySelector('.snapshot')!.textContent).toMatch(text);
  });

  it('a first visit says there is nothing to compare yet', () => {
    const el = render(assessment({}), { open: true, history: [{ observedOn: '2026-11-01', positiveRatePercent: 97 }] });
    expect(el.textContent).toMatch(/First visit: nothing to compare with yet/);
    expect(el.querySelector('.buyer')!.textContent).toBe('You have no orders from this store in My Orders yet.');
  });

  it('a hostile store name is text, never markup', () => {
    const el = render(assessment({}), { open: true, storeName: '<img src=x onerror=alert(1)>' });
    expect(el.querySelector('.title')!.textContent).toBe('Seller check: <img src=x onerror=alert(1)>');
    expect(el.querySelector('img')).toBeNull();
  });
});
