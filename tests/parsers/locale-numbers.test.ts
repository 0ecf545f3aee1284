import { describe, expect, it } from 'vitest';
import { parseCountIn, parseCountValue, parsePercentIn, parsePercentValue, parseStarsValue } from '@/lib/parsers/locale/numbers';
import { SELLER_TYPES, sellerTypeConflicts, sellerTypeOf } from '@/lib/parsers/locale/seller-types';

describe('counts, in every locale', () => {
  it.each<[string, number | undefined]>([
    ['1393', 1393], ['1,393', 1393], ['1.393', 1393], ['1 393', 1393], ['1\u00a0393', 1393], ["1'393", 1393],
    ['50,000+', 50000], ['50.000+', 50000], ['80,000', 80000], ['1.234.567', 1234567], ['0', 0], ['7', 7],
    ['10K+', 10000], ['1.5K', 1500], ['1,2 mil', 1200], ['3 mil+', 3000],
    // Two readings, or none: left out.
    ['1.39', undefined], ['1,3934', undefined], ['12.5', undefined], ['1,39,300', undefined], ['1.393,5', undefined],
    ['007', undefined], ['', undefined], ['abc', undefined], ['-5', undefined], ['1,234.567', undefined], ['99999999999', undefined],
  ])('%j → %j', (text, count) => {
    expect(parseCountValue(text)).toBe(count);
  });

  it.each<[string, number | undefined]>([
    ['7 Reviews', 7], ['2,417 Reviews', 2417], ['1.204 avaliações', 1204], ['88 Bewertungen', 88], ['1.204 reseñas', 1204],
    ['91 sold', 91], ['50,000+ sold', 50000], ['50.000+ vendidos', 50000], ['500+ verkauft', 500], ['10K+ sold', 10000],
    ['1.393 Seguidores', 1393], ['7 kits sold', 7],
    ['Top 10, 50 sold', undefined], ['sold', undefined], ['1.5 sold', undefined],
  ])('in a label: %j → %j', (text, count) => {
    expect(parseCountIn(text)).toBe(count);
  });
});

describe('percentages and stars', () => {
  it.each<[string, number | undefined]>([
    ['98.1%', 98.1], ['98,1%', 98.1], ['98 %', 98], ['100%', 100], ['95.55%', 95.55], ['0%', 0],
    ['101%', undefined], ['98.1', undefined], ['98.123%', undefined], ['%', undefined], ['9 8%', undefined],
  ])('%j → %j', (text, value) => {
    expect(parsePercentValue(text)).toBe(value);
  });

  it.each<[string, number | undefined]>([
    ['98,1% Avaliações positivas', 98.1], ['98.7% Positive Feedback', 98.7], ['98% and 97%', undefined], ['no rate', undefined],
  ])('in a text: %j → %j', (text, value) => {
    expect(parsePercentIn(text)).toBe(value);
  });

  it.each<[string, number | undefined]>([
    ['4.8', 4.8], ['4,8', 4.8], ['5.0', 5], ['0.0', 0], ['4', undefined], ['5.5', undefined], ['6.0', undefined], ['4.85', undefined], ['', undefined],
  ])('stars %j → %j', (text, value) => {
    expect(parseStarsValue(text)).toBe(value);
  });
});

describe('seller types', () => {
  it('no label reads two ways across locales', () => {
    expect(sellerTypeConflicts()).toEqual([]);
    expect(Object.keys(SELLER_TYPES)).toEqual(expect.arrayContaining(['en', 'pt-BR', 'de', 'es']));
  });

  it.each<[string, string]>([
    ['(Trader)', 'trader'], ['(Top Brand)', 'top-brand'], ['(Mall)', 'mall'], ['(Comerciante)', 'trader'], ['(Marca top)', 'top-brand'],
    ['(Händler)', 'trader'], ['(HÄNDLER)', 'trader'], ['(Top-Marke)', 'top-brand'], ['Trader', 'trader'], ['（Mall）', 'mall'],
    ['(Verified)', 'unknown'], ['(<b>Mall</b>)', 'unknown'], ['', 'unknown'],
  ])('%j → %s', (label, type) => {
    expect(sellerTypeOf(label)).toBe(type);
  });
});
