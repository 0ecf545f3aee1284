import { describe, expect, it } from 'vitest';
import { parseAmount, parseMoney } from '@/lib/parsers/locale/money';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseMoney: prices as cards print them', () => {
  it.each([
    // USD
    ['US $26.70', 26.7, 'USD'],
    ['US $1.99', 1.99, 'USD'],
    ['Total:US $1.99', 1.99, 'USD'],
    ['Total: US $ 1,234.56', 1234.56, 'USD'],
    ['US$5.00', 5, 'USD'],
    ['USD 12.00', 12, 'USD'],
    ['12.00 USD', 12, 'USD'],
    ['US $0.99', 0.99, 'USD'],
    ['US $1.234,56', 1234.56, 'USD'],
    // EUR
    ['€12,34', 12.34, 'EUR'],
    ['12,34 €', 12.34, 'EUR'],
    ['12,34€', 12.34, 'EUR'],
    ['€ 1.234,56', 1234.56, 'EUR'],
    [`1${NBSP}234,56${NBSP}€`, 1234.56, 'EUR'],
    ['EUR 9.99', 9.99, 'EUR'],
    ['Total : 45,10 €', 45.1, 'EUR'],
    // BRL
    ['R$126,59', 126.59, 'BRL'],
    ['R$ 1.234,56', 1234.56, 'BRL'],
    ['R$87,15', 87.15, 'BRL'],
    [`R$${NBSP}5,00`, 5, 'BRL'],
    ['Total:R$ 12.345.678,90', 12345678.9, 'BRL'],
    // PLN
    ['129,46zł', 129.46, 'PLN'],
    ['129,46 zł', 129.46, 'PLN'],
    [`1${NBSP}029,46${NBSP}zł`, 1029.46, 'PLN'],
    ['PLN 10,00', 10, 'PLN'],
    // RUB
    [`1${NBSP}234,56${NBSP}₽`, 1234.56, 'RUB'],
    [`1${NNBSP}234,56${NNBSP}₽`, 1234.56, 'RUB'],
    ['1 234,56 ₽', 1234.56, 'RUB'],
    ['99,00 руб.', 99, 'RUB'],
    // zero-decimal and others
    ['CLP 13,941', 13941, 'CLP'],
    ['CLP 13.941', 13941, 'CLP'],
    ['CLP 941', 941, 'CLP'],
    ['CLP 1.213.941', 1213941, 'CLP'],
    ['₩12,000', 12000, 'KRW'],
    ['₪12.34', 12.34, 'ILS'],
    ['£7.49', 7.49, 'GBP'],
    ['CA $15.20', 15.2, 'CAD'],
    ['CA$15.20', 15.2, 'CAD'],
    ['AU $19.95', 19.95, 'AUD'],
    ['MX$349.00', 349, 'MXN'],
    ['MX $1,349.00', 1349, 'MXN'],
    ['CHF 1\'234.50', 1234.5, 'CHF'],
    ['12,34 Kč', 12.34, 'CZK'],
    ['₴120,00', 120, 'UAH'],
    ['₹1,234.00', 1234, 'INR'],
    ['1.234,56 TL', 1234.56, 'TRY'],
    ['JP¥1,200', 1200, 'JPY'],
  ])('%j → %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });
});

describe('parseMoney: a bare $ is US dollars only when the caller knows', () => {
  it.each([
    ['$26.70', { bareDollar: 'USD' as const }, { amount: 26.7, currency: 'USD' }],
    ['Total:$1.99', { bareDollar: 'USD' as const }, { amount: 1.99, currency: 'USD' }],
    ['$26.70', {}, undefined],
    ['$ 26.70', {}, undefined],
    ['NT$300', { bareDollar: 'USD' as const }, undefined], // some other dollar
    ['C$12.00', { bareDollar: 'USD' as const }, undefined],
    ['A$12.00', { bareDollar: 'USD' as const }, undefined],
  ])('%j %j → %j', (text, options, expected) => {
    expect(parseMoney(text, options)).toEqual(expected);
  });
});

describe('parseMoney: anything ambiguous is absent', () => {
  it.each([
    ['26.70'], // no currency
    ['12,5 €'], // one decimal digit
    ['€12,345,67'], // mixed groups
    ['€1.234.56'], // decimal and thousands the same mark
    ['€1,2345'], // four digits after the mark
    ['€1,23,456'], // Indian grouping is not supported
    ['CLP 13,94'], // pesos have no cents
    ['CLP 13.941,00'],
    ['US $26.70 US $30.00'], // two prices
    ['US $1.00 - US $2.00'],
    ['-US $1.00'], // a discount
    ['- R$ 5,00'],
    ['US $'],
    ['US $.99'],
    ['€'],
    ['XY 12.00'], // unknown marker
    ['12 items'],
    ['R$ 0.123,45'], // a leading zero group
    ['EUR 12,34 USD'], // two markers that disagree
    ['€ 12..34'],
    ['US $1234567890123456'], // too many digits for a double
    ['x'.repeat(400)],
    [''],
    ['US $7'], // cents are always printed: a cut-off price?
    ['US $1,234'],
    ['€1.234'],
    ['350 ₽'],
    ['US $12.4'], // `US $12.40` cut off
    ['R$ 1.2'],
  ])('%j → absent', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });

  it('reads a number that touches no marker as no price', () => {
    expect(parseMoney('Total (2 items): US $3.98')).toEqual({ amount: 3.98, currency: 'USD' });
  });
});

describe('parseAmount: separators by currency and by the last mark', () => {
  it.each([
    ['26.70', 'USD', { amount: 26.7, decimalMark: '.' }],
    ['26,70', 'EUR', { amount: 26.7, decimalMark: ',' }],
    ['1,234.56', 'USD', { amount: 1234.56, decimalMark: '.' }],
    ['1.234,56', 'BRL', { amount: 1234.56, decimalMark: ',' }],
    ['1 234,56', 'RUB', { amount: 1234.56, decimalMark: ',' }],
    ["1'234.50", 'CHF', { amount: 1234.5, decimalMark: '.' }],
    ['0,99', 'BRL', { amount: 0.99, decimalMark: ',' }],
    ['13,941', 'CLP', { amount: 13941 }],
    ['13.941', 'CLP', { amount: 13941 }],
    ['941', 'CLP', { amount: 941 }],
    ['1 234 567', 'KRW', { amount: 1234567 }],
    ['1,234', 'USD', undefined], // no cents
    ['1.234', 'EUR', undefined],
    ['12', 'USD', undefined],
    ['13,94', 'CLP', undefined],
    ['1,5', 'USD', undefined],
    ['1 23', 'USD', undefined],
    ['1234,567', 'EUR', undefined],
    ['1 234.567,89', 'EUR', undefined],
    ['1.234.56', 'EUR', undefined],
    ['01.234,56', 'EUR', undefined],
  ])('%j %s → %j', (run, currency, expected) => {
    expect(parseAmount(run, currency)).toEqual(expected);
  });
});
