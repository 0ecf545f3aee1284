import { describe, expect, it } from 'vitest';
import { calendarDate, monthOf, monthTableConflicts, parseDate } from '@/lib/parsers/locale/dates';

describe('parseDate: month names by locale', () => {
  it.each([
    // en: month first, the order header and the page JSON
    ['en', 'Nov 3, 2025', '2025-11-03'],
    ['en', 'Jul 15, 2026', '2026-07-15'],
    ['en', 'Order date: Nov 3, 2025', '2025-11-03'],
    ['en', 'Date: Jul 15, 2026', '2026-07-15'],
    ['en', 'Sep 1, 2026', '2026-09-01'],
    ['en', 'Jul. 15 2026', '2026-07-15'],
    ['en', 'Sept 30, 2025', '2025-09-30'],
    ['en', 'December 31, 2025', '2025-12-31'],
    ['en', 'Feb 29, 2024', '2024-02-29'],
    ['en', '28 Oct 2025', '2025-10-28'],
    ['en', 'NOV 3, 2025', '2025-11-03'],
    // pt-BR
    ['pt-BR', '24 nov, 2023', '2023-11-24'],
    ['pt-BR', '24 de nov. de 2023', '2023-11-24'],
    ['pt-BR', 'Data do pedido: 5 fev, 2026', '2026-02-05'],
    ['pt-BR', '1 set, 2025', '2025-09-01'],
    ['pt-BR', '12 out, 2025', '2025-10-12'],
    ['pt-BR', '31 dez, 2025', '2025-12-31'],
    ['pt-BR', '7 de março de 2026', '2026-03-07'],
    ['pt-BR', '3 mai, 2026', '2026-05-03'],
    ['pt-BR', '15 ago, 2024', '2024-08-15'],
    // fr
    ['fr', '3 nov. 2025', '2025-11-03'],
    ['fr', '14 févr. 2026', '2026-02-14'],
    ['fr', '1 juil. 2026', '2026-07-01'],
    ['fr', '9 juin 2026', '2026-06-09'],
    ['fr', '21 août 2025', '2025-08-21'],
    ['fr', '2 déc. 2025', '2025-12-02'],
    ['fr', '5 janv. 2026', '2026-01-05'],
    ['fr', '30 sept. 2025', '2025-09-30'],
    ['fr', '17 mars 2026', '2026-03-17'],
    ['fr', '3 avr. 2026', '2026-04-03'],
    ['fr', '11 septembre 2025', '2025-09-11'],
    ['fr', 'Date de commande : 3 nov. 2025', '2025-11-03'],
    // es
    ['es', '3 nov. 2025', '2025-11-03'],
    ['es', '3 de nov. de 2025', '2025-11-03'],
    ['es', '8 ene. 2026', '2026-01-08'],
    ['es', '19 dic. 2025', '2025-12-19'],
    ['es', '2 sept. 2025', '2025-09-02'],
    ['es', '2 sep. 2025', '2025-09-02'],
    ['es', '4 de abril de 2026', '2026-04-04'],
    ['es', '18/07/2026', '2026-07-18'],
    ['es', 'Fecha del pedido: 18/07/2026', '2026-07-18'],
    // de
    ['de', '28 Okt. 2025', '2025-10-28'],
    ['de', '28. Okt. 2025', '2025-10-28'],
    ['de', '3. März 2026', '2026-03-03'],
    ['de', '3 Mär. 2026', '2026-03-03'],
    ['de', '12. Dez. 2025', '2025-12-12'],
    ['de', '1. Mai 2026', '2026-05-01'],
    ['de', '9. Juni 2026', '2026-06-09'],
    ['de', '20. Juli 2026', '2026-07-20'],
    ['de', '14. Febr. 2026', '2026-02-14'],
    ['de', '30. Sept. 2025', '2025-09-30'],
    ['de', '6. Januar 2026', '2026-01-06'],
    // ru
    ['ru', '29 января 2024', '2024-01-29'],
    ['ru', '29 янв. 2024', '2024-01-29'],
    ['ru', '1 мая 2025', '2025-05-01'],
    ['ru', '15 сентября 2025', '2025-09-15'],
    ['ru', '3 дек. 2025', '2025-12-03'],
    ['ru', '8 марта 2026 г.', '2026-03-08'],
    ['ru', 'Дата заказа: 29 января 2024', '2024-01-29'],
    // pl
    ['pl', '3 lis 2025', '2025-11-03'],
    ['pl', '3 listopada 2025', '2025-11-03'],
    ['pl', '21 paź 2025', '2025-10-21'],
    ['pl', '7 lip 2026', '2026-07-07'],
    ['pl', '1 sty 2026', '2026-01-01'],
    ['pl', '12 sierpnia 2025', '2025-08-12'],
    ['pl', '30 września 2025 r.', '2025-09-30'],
    // it, nl, he
    ['it', '3 ott 2025', '2025-10-03'],
    ['it', '12 giugno 2026', '2026-06-12'],
    ['nl', '3 mrt 2026', '2026-03-03'],
    ['nl', '21 mei 2026', '2026-05-21'],
    ['he', '11 בפבר׳ 2026', '2026-02-11'],
    // year first: never ambiguous
    ['iso', '2026-07-18', '2026-07-18'],
    ['ja', '2026年7月18日', '2026-07-18'],
    ['ko', '2026. 7. 18.', '2026-07-18'],
  ])('%s %j → %s', (_locale, text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('parseDate: all-digit dates are read day first, and only when that is certain', () => {
  it.each([
    ['18/07/2026', {}, '2026-07-18'],
    ['13/01/2026', {}, '2026-01-13'],
    ['31.12.2025', {}, '2025-12-31'],
    ['03/07/2026', { dayFirst: true }, '2026-07-03'],
    ['03.07.2026', { dayFirst: true }, '2026-07-03'],
    ['3/7/2026', { dayFirst: true }, '2026-07-03'],
    ['12/12/2025', { dayFirst: true }, '2025-12-12'],
  ])('%j %j → %s', (text, options, expected) => {
    expect(parseDate(text, options)).toBe(expected);
  });

  it.each([
    ['03/07/2026', {}], // 3 July or March 7: unsure on an English page
    ['12/11/2025', {}],
    ['07/18/2026', {}], // only a month-first reading fits: never taken
    ['07/18/2026', { dayFirst: true }],
    ['31/02/2026', { dayFirst: true }], // no such day
    ['18/07/26', { dayFirst: true }], // two-digit year
    ['18 / 07 / 2026', { dayFirst: true }], // spaced digits are not a date we know
    ['18/07-2026', { dayFirst: true }],
  ])('%j %j → absent', (text, options) => {
    expect(parseDate(text, options)).toBeUndefined();
  });
});

describe('parseDate: rejects', () => {
  it.each([
    'Feb 30, 2025',
    'Feb 29, 2025',
    '31 abr, 2026',
    '30 февраля 2026',
    '32 nov. 2025',
    '0 nov. 2025',
    'Nov 3, 1999',
    'Nov 3, 2101',
    'Nov 3',
    'Jul. 28 18:39',
    'Tue | Jul. 28 18:39',
    'Foo 3, 2025',
    '3 Smarch 2025',
    'Order ID: 3041234567890123 Copy',
    'Ref. Number: 8212313961591322',
    '',
    '2025',
    '2026-02-30',
    '2026-13-01',
    '1.5 nov 2025',
    'x'.repeat(600),
  ])('%j → absent', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('takes the first date of a text, and stops at an impossible one', () => {
    expect(parseDate('Paid: Nov 3, 2025, shipped Nov 5, 2025')).toBe('2025-11-03');
    expect(parseDate('Feb 30, 2025 then Nov 5, 2025')).toBeUndefined();
  });
});

describe('month tables', () => {
  it('no word names two different months', () => {
    expect(monthTableConflicts()).toEqual([]);
  });

  it.each([
    ['Nov', 11], ['nov.', undefined], ['févr', 2], ['FÉVR', 2], ['März', 3], ['января', 1], ['paź', 10],
    ['set', 9], ['out', 10], ['dez', 12], ['dic', 12], ['okt', 10], ['mai', 5], ['may', 5], ['maj', 5],
    ['lis', 11], ['ЯНВ', 1], ['Order', undefined], ['de', undefined],
  ])('monthOf(%j) = %j', (word, month) => {
    expect(monthOf(word)).toBe(month);
  });

  it.each([
    [2024, 2, 29, '2024-02-29'],
    [2025, 2, 29, undefined],
    [2026, 4, 31, undefined],
    [2026, 0, 1, undefined],
    [2026, 12, 31, '2026-12-31'],
    [2026, 1.5, 1, undefined],
  ])('calendarDate(%d, %d, %d) = %j', (y, m, d, expected) => {
    expect(calendarDate(y, m, d)).toBe(expected);
  });
});
