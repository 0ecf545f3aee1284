import { describe, expect, it } from 'vitest';
import { countdownTableConflicts, findCountdown, mayHoldCountdown } from '@/lib/parsers/locale/countdown';

const D = 86_400_000;
const H = 3_600_000;
const M = 60_000;
const S = 1000;

const ACCEPTED = [
    // en
    ['en', '14 days 6 hours', 14 * D + 6 * H],
    ['en', 'Buyer protection: 14 days 6 hours left', 14 * D + 6 * H],
    ['en', '2 days 05:10:22', 2 * D + 5 * H + 10 * M + 22 * S],
    ['en', '2 days 05:10', 2 * D + 5 * H + 10 * M],
    ['en', '23 h 59 m', 23 * H + 59 * M],
    ['en', '2d 5h', 2 * D + 5 * H],
    ['en', '1 day', D],
    ['en', '5 days', 5 * D],
    ['en', '36 hours', 36 * H],
    ['en', '14 days, 6 hours and 3 minutes', 14 * D + 6 * H + 3 * M],
    ['en', 'Confirm receipt within 9 Days 23 Hours 1 Min', 9 * D + 23 * H + M],
    ['en', '0 days 3 hours', 3 * H],
    ['en', '1 hour 30 mins', H + 30 * M],
    ['en', '45 minutes 10 seconds', 45 * M + 10 * S],
    // pt-BR
    ['pt-BR', '9 dias 3 horas', 9 * D + 3 * H],
    ['pt-BR', '9 dias e 3 horas', 9 * D + 3 * H],
    ['pt-BR', 'Proteção do comprador: 1 dia 2 horas', D + 2 * H],
    ['pt-BR', '12 horas 5 minutos', 12 * H + 5 * M],
    // es
    ['es', '5 días', 5 * D],
    ['es', '5 días y 3 horas', 5 * D + 3 * H],
    ['es', 'Quedan 2 dias 4 horas', 2 * D + 4 * H],
    // fr
    ['fr', '3 jours 4 heures', 3 * D + 4 * H],
    ['fr', '1 jour et 1 heure', D + H],
    ['fr', '3 j 4 h', 3 * D + 4 * H],
    // de
    ['de', '6 Tage 2 Stunden', 6 * D + 2 * H],
    ['de', '1 Tag 1 Stunde 5 Minuten', D + H + 5 * M],
    ['de', 'Noch 10 Tage', 10 * D],
    // ru
    ['ru', '12 дней 5 часов', 12 * D + 5 * H],
    ['ru', '1 день 1 час', D + H],
    ['ru', '2 дня 3 часа', 2 * D + 3 * H],
    ['ru', '5 ч 10 мин', 5 * H + 10 * M],
    ['ru', 'Осталось 21 день', 21 * D],
    // pl
    ['pl', '4 dni 3 godz.', 4 * D + 3 * H],
    ['pl', '1 dzień 5 godzin', D + 5 * H],
    ['pl', '2 dni 4 godziny 10 minut', 2 * D + 4 * H + 10 * M],
    // it, nl
    ['it', '3 giorni 2 ore', 3 * D + 2 * H],
    ['nl', '3 dagen 2 uur', 3 * D + 2 * H],
    // repeated equal runs are fine
    ['en', '2 days left (2 days)', 2 * D],
] as const;

describe('findCountdown: time left in the page language', () => {
  it.each(ACCEPTED)('%s %j → %d ms', (_locale, line, ms) => {
    expect(findCountdown(line)).toEqual({ remainingMs: ms });
  });
});

describe('findCountdown: rejects', () => {
  it.each([
    ['no unit', 'Order ID: 8214779947343229'],
    ['a date', 'Nov 3, 2025'],
    ['a Polish date', '3 lis 2025'],
    ['a clock alone', '05:10:22'],
    ['a range', 'Delivery: 7-15 days'],
    ['a tilde range', '7~15 days'],
    ['a decimal', '1.5 days'],
    ['a decimal comma', '1,5 dias'],
    ['past, en', 'Shipped 3 days ago'],
    ['past, es', 'Enviado hace 3 días'],
    ['past, fr', 'Expédié il y a 3 jours'],
    ['past, de', 'Versandt vor 3 Tagen'],
    ['past, ru', 'Отправлено 3 дня назад'],
    ['past, pl', 'Wysłano 3 dni temu'],
    ['units out of order', '5 hours 2 days'],
    ['a unit twice', '2 days 3 days'],
    ['hours out of range after days', '2 days 30 hours'],
    ['minutes out of range', '1 hour 75 minutes'],
    ['a bad clock', '2 days 25:10:00'],
    ['a clock after hours', '5 hours 10:22'],
    ['a lone one-letter pair (metres?)', 'Cable 5 m'],
    ['a lone one-letter pair (seconds?)', 'Size 40 s'],
    ['more than 400 days', '500 days'],
    ['a dangling number (cut off?)', 'Buyer protection ends in 17 days 4'],
    ['a dangling number before a cut unit', 'Buyer protection ends in 17 days 4 ho'],
    ['two different runs', '3 days 2 hours, then 5 days'],
    ['a long line', `${'x'.repeat(300)} 3 days`],
    ['empty', ''],
  ])('%s: %j', (_name, line) => {
    expect(findCountdown(line)).toBeUndefined();
  });

  it('no unit word means two different units in two languages', () => {
    expect(countdownTableConflicts()).toEqual([]);
  });
});

describe('mayHoldCountdown: the cheap gate before reading a card line by line', () => {
  // It may say yes too often (that costs time), never no to a real countdown (that loses a deadline).
  it.each(ACCEPTED)('%s: passes "%s"', (_locale, line) => {
    expect(mayHoldCountdown(line)).toBe(true);
    // In a card's whole text, neighbouring blocks run into the line.
    expect(mayHoldCountdown(`US $3.86x2${line}Track orderConfirm received`)).toBe(true);
  });

  it.each([
    'US $12.48x1Pay nowCancel order',
    'Magnetic Clear Case for iPhone 16 Pro MaxColor: ClearUS $3.86x2',
    'Total:US $1.99Leave feedback',
  ])('lets a card without one skip the line reading: %s', (text) => {
    expect(mayHoldCountdown(text)).toBe(false);
  });
});
