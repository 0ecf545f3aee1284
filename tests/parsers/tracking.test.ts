import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrackingJson, parseTrackingPage, yearlessDate } from '@/lib/parsers/tracking';
import type { ParsedTracking } from '@/lib/schemas/order-detail';

const PAGES = join(process.cwd(), 'tests/fixtures/pages');
const JSON_DIR = join(process.cwd(), 'tests/fixtures/json');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
interface Expected {
  observedAt: string;
  parse: ParsedTracking;
}
const files = readdirSync(PAGES).filter((f) => /^tracking-.+\.html$/.test(f)).sort();

describe('saved tracking pages parse exactly as expected', () => {
  it('has the fixture set (in transit, delivered en and pt-BR)', () => expect(files).toHaveLength(3));

  it.each(files)('%s', (file) => {
    const expected = JSON.parse(read(PAGES, file.replace(/\.html$/, '.expected.json'))) as Expected;
    const result = parseTrackingPage(doc(read(PAGES, file)), expected.parse.orderId, new Date(expected.observedAt));
    expect(result).toStrictEqual({ ok: true, data: expected.parse });
  });

  const transit = read(PAGES, 'tracking-transit-en.html');
  const OBSERVED = new Date('2026-08-05T12:00:00.000Z');
  it.each([
    ['no tracking anchors at all', (d: Document) => { d.getElementById('root')!.replaceChildren(); }, false],
    ['promise date unreadable', (d: Document) => { d.querySelector('[class*="delivery-promise-v2--item"] span')!.textContent = 'Refund if no delivery before soon'; }, true],
    ['two different refund dates', (d: Document) => d.querySelector('[class*="delivery-promise-v2--list"]')!.insertAdjacentHTML('beforeend', '<li><span>Refund if no delivery before Sep 9, 2026</span></li>'), true],
    ['hashes changed (prefix kept)', (d: Document) => d.querySelectorAll('[class*="--"]').forEach((el) => el.setAttribute('class', el.getAttribute('class')!.replace(/--[A-Za-z0-9]{7}$/, '--zzzzzzz'))), true],
    ['tracking number garbled', (d: Document) => { d.querySelector('[class*="mailNoValue"]')!.textContent = '<script>'; }, true],
  ])('%s', (_name, mutate, ok) => {
    const d = doc(transit);
    mutate(d);
    const result = parseTrackingPage(d, '8214779947343229', OBSERVED);
    expect(result.ok).toBe(ok);
    if (!result.ok) return;
    const expected = (JSON.parse(read(PAGES, 'tracking-transit-en.expected.json')) as Expected).parse;
    for (const [key, value] of Object.entries(result.data)) expect(value).toEqual(expected[key as keyof ParsedTracking]);
  });
});

describe('tracking JSON (mtop.ae.ld.querydetail)', () => {
  it.each(['tracking-delivered-en', 'tracking-transit-en'])('%s', (name) => {
    const expected = JSON.parse(read(JSON_DIR, `${name}.expected.json`)) as Expected;
    const body = JSON.parse(read(JSON_DIR, `${name}.json`)) as unknown;
    expect(parseTrackingJson(body, expected.parse.orderId, new Date(expected.observedAt))).toStrictEqual({ ok: true, data: expected.parse });
  });

  const observed = new Date('2026-08-05T12:00:00.000Z');
  const line = (code: string, name = 'Something') => ({ mailNo: 'LP1234567', detailList: [{ timeText: 'Sat | Aug. 1 11:02', trackingName: name, trackingPrimaryCode: code }] });
  it.each([
    ['delivered by code, words unknown', [line('AE_GTMS_SIGNED', 'Zugestellt?')], true],
    ['delivered by words', [line('X', 'Delivered')], true],
    ['not delivered', [line('AE_GTMS_LOCAL_ARRIVED')], false],
    ['two packages, one delivered', [line('AE_GTMS_SIGNED'), line('X')], false],
    ['two packages, both delivered', [line('AE_GTMS_SIGNED'), line('AE_GTMS_SIGNED')], true],
  ])('%s', (_name, lines, delivered) => {
    const result = parseTrackingJson({ data: { module: { trackingDetailLineList: lines } } }, '8214779947343229', observed);
    expect(result.ok && result.data.delivered).toBe(delivered);
  });

  it.each([['string', 'x'], ['empty list', { data: { module: { trackingDetailLineList: [] } } }], ['null', null]])('%s is unrecognised', (_n, body) => {
    expect(parseTrackingJson(body, '8214779947343229', observed).ok).toBe(false);
  });
});

describe('event days without a year: the latest occurrence not after the observation', () => {
  it.each([
    ['Tue | Jul. 28 18:39', '2026-08-05T12:00:00Z', '2026-07-28'],
    ['Wed | Dec. 30 09:00', '2027-01-02T12:00:00Z', '2026-12-30'],
    ['Fri | Jan. 1 09:00', '2026-12-30T12:00:00Z', '2026-01-01'],
    ['Fri | Jan. 1 09:00', '2026-12-31T23:30:00Z', '2027-01-01'],
    ['sex | 12 dez 14:20', '2025-12-13T12:00:00Z', '2025-12-12'],
    ['Feb. 29 10:00', '2028-03-01T00:00:00Z', '2028-02-29'],
    ['Feb. 29 10:00', '2027-03-01T00:00:00Z', undefined],
    ['Sep 3, 2026', '2026-01-01T00:00:00Z', '2026-09-03'],
    ['18:39', '2026-08-05T12:00:00Z', undefined],
  ])('%s at %s', (text, at, expected) => {
    expect(yearlessDate(text, new Date(at))).toBe(expected);
  });
});
