import { describe, expect, it } from 'vitest';
import { assessSellerRisk } from '@/lib/domain/risk/assess';
import { signalsFromProduct, sightingOf } from '@/lib/domain/risk/signals-from-product';
import type { RiskFactorId, RiskLevel } from '@/lib/schemas/risk';
import { productFixtures } from '../parsers/helpers/product-fixtures';
import { NOW } from './helpers';

// The verdict each saved page gets from what its content script reads (DOM and runParams; the
// pdp JSON where the fixture has one), with no history: the model on real parsed data.
const TABLE: Record<string, { level: RiskLevel; has?: RiskFactorId[]; withPdp?: RiskLevel }> = {
  'product-2022-de': { level: 'medium', has: ['positive-rate'] },
  'product-2022-en': { level: 'low', has: ['positive-rate', 'store-age'] },
  // The two yardsticks: 100% of 5 ratings at two months must not be low; 98.7% of 80,000 at ten years must.
  'product-2023-de-newcomer': { level: 'high', has: ['store-age', 'positive-rate'] },
  'product-2023-en-veteran': { level: 'low', has: ['positive-rate', 'store-age', 'top-rated'] },
  'product-2023-pt-br': { level: 'medium' },
  'product-2024-aggregation': { level: 'medium', has: ['aggregation'], withPdp: 'medium' },
  'product-2024-de': { level: 'medium' },
  'product-2024-en': { level: 'low', has: ['store-age', 'choice'], withPdp: 'low' },
  'product-2024-en-drop': { level: 'low', has: ['positive-rate'] },
  'product-2024-hostile': { level: 'low', has: ['store-age'] },
  'product-2024-pt-br': { level: 'low', has: ['store-age'] },
};

const fixtures = productFixtures();

describe('the risk model on every saved product page', () => {
  it('every fixture has a row', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    const row = TABLE[name]!;
    const assessment = assessSellerRisk(signalsFromProduct(fixture.expected), NOW);
    expect(assessment.level).toBe(row.level);
    for (const id of row.has ?? []) expect(assessment.factors.map((f) => f.id)).toContain(id);
    if (fixture.pdp) expect(assessSellerRisk(signalsFromProduct(fixture.pdp.expected), NOW).level).toBe(row.withPdp);
  });

  it('the 2024 store, seen at 97.2% a month ago and at 89.4% now: the drop is the strongest reason', () => {
    const before = fixtures.find((f) => f.name === 'product-2024-en')!.expected;
    const after = fixtures.find((f) => f.name === 'product-2024-en-drop')!.expected;
    const history = [sightingOf(before, '2026-10-23')];
    const assessment = assessSellerRisk(signalsFromProduct(after, { history }), NOW);
    expect(assessment.strongest?.reason).toBe('positive-rate-dropped');
    expect(assessment.level).toBe('high');
    expect(assessment.strongest?.params).toMatchObject({ fromPercent: 97.2, toPercent: 89.4 });
  });

  it('the rating count is the total when the page has it, else the positive ratings alone', () => {
    const veteran = fixtures.find((f) => f.name === 'product-2023-en-veteran')!.expected;
    expect(signalsFromProduct(veteran).ratingCount).toBe(80000);
    const old = fixtures.find((f) => f.name === 'product-2022-en')!.expected;
    expect(signalsFromProduct(old).ratingCount).toBe(12450);
    expect(sightingOf(old, '2026-11-01')).toEqual({ observedOn: '2026-11-01', positiveRatePercent: 96.2, ratingCount: 12450, followers: 23400 });
  });
});
