import { describe, expect, it } from 'vitest';
import { assessSellerRisk } from '../../lib/domain/risk/assess';
import { calendarDay, checkSignals, storeAgeMonths } from '../../lib/domain/risk/signals';
import { RiskAssessment, type SellerSignals } from '../../lib/schemas/risk';
import { daysAgo, NOW, VETERAN, yearsAgo } from './helpers';

/** Parsers are typed, but a page can still hand us anything; the domain must shrug it off. */
const hostile = (value: unknown) => value as SellerSignals;

describe('assessSellerRisk never throws on missing or broken fields', () => {
  it.each<{ name: string; signals: SellerSignals }>([
    { name: 'empty', signals: {} },
    { name: 'null', signals: hostile(null) },
    { name: 'a string', signals: hostile('98%') },
    { name: 'history not an array', signals: hostile({ history: 'yes' }) },
    { name: 'history of junk', signals: hostile({ history: [null, 3, {}, { observedOn: 'yesterday' }, { observedOn: daysAgo(3), ratingCount: 'many' }] }) },
    { name: 'buyer history of junk', signals: hostile({ buyerHistory: { orders: 'x', disputes: -1, lateDeliveries: Number.NaN } }) },
    { name: 'aggregation of junk', signals: hostile({ aggregation: { isAggregation: 'yes', realStoreId: 5 } }) },
    { name: 'every field the wrong type', signals: hostile(Object.fromEntries(Object.keys(VETERAN).map((k) => [k, { nested: true }]))) },
  ])('$name', ({ signals }) => {
    const result = assessSellerRisk(signals, NOW);
    expect(result.level).toBe('unknown');
    expect(() => RiskAssessment.parse(result)).not.toThrow();
  });

  it('an invalid `now` gives an assessment without age or history, not a throw', () => {
    const result = assessSellerRisk({ ...VETERAN, history: [{ observedOn: daysAgo(5), positiveRatePercent: 99 }] }, new Date(Number.NaN));
    expect(result.factors.map((f) => f.id)).toEqual(['positive-rate']);
    expect(() => RiskAssessment.parse(result)).not.toThrow();
  });
});

describe('invalid numbers are ignored, not trusted', () => {
  it.each<{ name: string; bad: Partial<Record<keyof SellerSignals, unknown>> }>([
    { name: 'rate NaN', bad: { positiveRatePercent: Number.NaN } },
    { name: 'rate over 100%', bad: { positiveRatePercent: 180 } },
    { name: 'rate negative', bad: { positiveRatePercent: -4 } },
    { name: 'rate Infinity', bad: { positiveRatePercent: Number.POSITIVE_INFINITY } },
    { name: 'rate as text', bad: { positiveRatePercent: '99.1%' } },
    { name: 'rating count negative', bad: { ratingCount: -80_000 } },
    { name: 'rating count fractional', bad: { ratingCount: 12.5 } },
    { name: 'rating count NaN', bad: { ratingCount: Number.NaN } },
  ])('$name: the rate does not vouch for the store', ({ bad }) => {
    const result = assessSellerRisk(hostile({ positiveRatePercent: 99, ratingCount: 50_000, ...bad }), NOW);
    expect(result.factors.some((f) => f.id === 'positive-rate' && f.direction === 'lowers')).toBe(false);
    expect(result.level).toBe('unknown');
  });

  it.each<{ name: string; bad: Record<string, unknown> }>([
    { name: 'followers negative', bad: { followers: -5 } },
    { name: 'item rating over 5', bad: { itemRating: 7, reviewCount: 100 } },
    { name: 'review count NaN', bad: { itemRating: 4.9, reviewCount: Number.NaN } },
    { name: 'sold count negative', bad: { soldCount: -1 } },
    { name: 'seller type not in the list', bad: { sellerType: 'Mall' } },
    { name: 'opened on a day that does not exist', bad: { openedOn: '2015-02-30' } },
    { name: 'opened in the future', bad: { openedOn: '2031-01-01' } },
    { name: 'opened year before AliExpress', bad: { openedYear: 1970 } },
    { name: 'opened year in the future', bad: { openedYear: 2031 } },
    { name: 'disputes negative', bad: { buyerHistory: { orders: 3, lateDeliveries: 0, disputes: -2 } } },
  ])('$name: no factor from it', ({ bad }) => {
    expect(assessSellerRisk(hostile(bad), NOW).factors).toEqual([]);
  });

  it('keeps the good fields when one field is bad', () => {
    const result = assessSellerRisk(hostile({ ...VETERAN, followers: -1, soldCount: Number.NaN }), NOW);
    expect(result.level).toBe('low');
  });

  it('ignores history sightings that are undated, dated today or later, or over a year old', () => {
    const signals = hostile({
      ...VETERAN,
      history: [
        // Each of these would read as a reset (900,000 → 80,000) if it were trusted.
        { observedOn: 'last week', positiveRatePercent: 100, ratingCount: 900_000 },
        { observedOn: '2026-02-30', positiveRatePercent: 100, ratingCount: 900_000 },
        { observedOn: daysAgo(0), positiveRatePercent: 100, ratingCount: 900_000 },
        { observedOn: daysAgo(-3), positiveRatePercent: 100, ratingCount: 900_000 },
        { observedOn: daysAgo(400), positiveRatePercent: 100, ratingCount: 900_000 },
        { observedOn: daysAgo(10), positiveRatePercent: 250 },
      ],
    });
    const found = assessSellerRisk(signals, NOW).factors.map((f) => f.id);
    expect(found).not.toContain('rate-drop');
    expect(found).not.toContain('count-reset');
  });

  it('small wobbles between visits are not a drop or a reset', () => {
    const signals: SellerSignals = {
      ...VETERAN,
      positiveRatePercent: 95,
      ratingCount: 70_000,
      history: [
        { observedOn: daysAgo(90), positiveRatePercent: 98.7, ratingCount: 80_000 },
        { observedOn: daysAgo(60), positiveRatePercent: 96.5, ratingCount: 75_000 },
      ],
    };
    const found = assessSellerRisk(signals, NOW).factors.map((f) => f.id);
    expect(found).not.toContain('rate-drop');
    expect(found).not.toContain('count-reset');
  });

  it('a follower reset counts when ratings say nothing', () => {
    const signals: SellerSignals = { openedOn: yearsAgo(6), followers: 30, history: [{ observedOn: daysAgo(40), followers: 12_000 }] };
    const reset = assessSellerRisk(signals, NOW).factors.find((f) => f.id === 'count-reset');
    expect(reset).toMatchObject({ reason: 'followers-reset', params: { from: 12_000, to: 30 } });
    expect(assessSellerRisk(signals, NOW).level).not.toBe('low');
  });
});

describe('signal helpers', () => {
  it.each([
    { text: '2024-02-29', ok: true },
    { text: '2023-02-29', ok: false },
    { text: '2024-13-01', ok: false },
    { text: '2024-1-01', ok: false },
    { text: '', ok: false },
  ])('calendarDay($text) → $ok', ({ text, ok }) => {
    expect(calendarDay(text) !== undefined).toBe(ok);
  });

  it.each([
    { openedOn: '2026-09-23', openedYear: undefined, age: { min: 2, max: 2 } },
    // A bare year spans a range; a full day wins over it.
    { openedOn: undefined, openedYear: 2024, age: { min: 22, max: 34 } },
    { openedOn: '2016-11-23', openedYear: 2024, age: { min: 120, max: 120 } },
    { openedOn: 'garbage', openedYear: 2024, age: { min: 22, max: 34 } },
    { openedOn: undefined, openedYear: undefined, age: undefined },
  ])('storeAgeMonths($openedOn, $openedYear) → $age', ({ openedOn, openedYear, age }) => {
    expect(storeAgeMonths(openedOn, openedYear, NOW)).toEqual(age);
  });

  it('orders the timeline oldest first and ends with today', () => {
    const checked = checkSignals(
      { ratingCount: 10, history: [{ observedOn: daysAgo(5), ratingCount: 9 }, { observedOn: daysAgo(50), ratingCount: 2 }] },
      NOW,
    );
    expect(checked.timeline.map((s) => s.ratingCount)).toEqual([2, 9, 10]);
  });
});
