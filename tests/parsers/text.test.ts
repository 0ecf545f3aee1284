import { describe, expect, it } from 'vitest';
import { attrOf, bounded, cleanText, firstDigitRun, foldKey, mergeLocaleTables, textOf, tokenize } from '@/lib/parsers/text';

describe('text helpers', () => {
  it.each([
    ['  Awaiting   delivery ', 'Awaiting delivery'],
    ['1\u00a0234,56\u202f₽', '1 234,56 ₽'],
    ['Conclu\u200bído\u200f ', 'Concluído'],
    ['a\n\t b', 'a b'],
    ['', ''],
  ])('cleanText(%j) = %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });

  it.each([
    ['  AWAITING Delivery ', 'awaiting delivery'],
    ['En attente d’expédition', "en attente d'expédition"],
    ['Завершён', 'завершен'],
    ['Conclu\u0069\u0301do', 'concluído'],
  ])('foldKey(%j) = %j', (raw, key) => {
    expect(foldKey(raw)).toBe(key);
  });

  it.each([
    ['Order ID: 3041234567890123 Copy', 12, '3041234567890123'],
    ['Ref. 2026 Number: 8212313961591322', 12, '8212313961591322'],
    ['Order ID: 30412345678', 12, undefined],
    ['', 12, undefined],
  ])('firstDigitRun(%j, %d) = %j', (text, min, run) => {
    expect(firstDigitRun(text, min)).toBe(run);
  });

  it('bounded leaves out what is empty or too long, never cuts', () => {
    expect(bounded('abc', 3)).toBe('abc');
    expect(bounded('abcd', 3)).toBeUndefined();
    expect(bounded('', 3)).toBeUndefined();
    expect(bounded(undefined, 3)).toBeUndefined();
  });

  it('reads text and attributes only, never markup', () => {
    const el = document.createElement('span');
    el.setAttribute('title', '  <b>bold</b>  title ');
    el.textContent = '<img src=x onerror=alert(1)>';
    expect(textOf(el)).toBe('<img src=x onerror=alert(1)>');
    expect(attrOf(el, 'title', 100)).toBe('<b>bold</b> title');
    expect(attrOf(el, 'title', 5)).toBeUndefined();
    expect(textOf(null)).toBeUndefined();
    el.textContent = 'x'.repeat(30_000);
    expect(textOf(el)).toBeUndefined();
  });

  it('tokenize splits digits, words and marks', () => {
    expect(tokenize('28. okt. 2025').map((t) => `${t.kind}:${t.text}`)).toEqual(['num:28', 'mark:.', 'word:okt', 'mark:.', 'num:2025']);
  });

  it('mergeLocaleTables drops a key two locales read differently', () => {
    const merged = mergeLocaleTables<'a' | 'b', number>({ a: { x: 1, Same: 2 }, b: { X: 9, same: 2 } });
    expect(merged.get('x')).toBeUndefined();
    expect(merged.get('same')).toEqual({ value: 2, locales: ['a', 'b'] });
  });
});
