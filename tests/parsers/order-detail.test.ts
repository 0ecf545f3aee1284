import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrderDetailPage } from '@/lib/parsers/order-detail';
import { parseOrderDetailJson } from '@/lib/parsers/json/order-detail-json';
import { parseReminderWindows } from '@/lib/parsers/locale/windows';
import { detailTableConflicts } from '@/lib/parsers/locale/detail-words';
import { sellerChatLink } from '@/lib/parsers/site-link';
import type { ParsedOrderDetail } from '@/lib/schemas/order-detail';

const PAGES = join(process.cwd(), 'tests/fixtures/pages');
const JSON_DIR = join(process.cwd(), 'tests/fixtures/json');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const detailFiles = readdirSync(PAGES).filter((f) => /^detail-.+\.html$/.test(f)).sort();

describe('saved order detail pages parse exactly as expected', () => {
  it('has the fixture set (awaiting, completed, cancelled, refund under way in en, pt-BR and es)', () => {
    expect(detailFiles).toHaveLength(12);
  });

  it.each(detailFiles)('%s', (file) => {
    const expected = JSON.parse(read(PAGES, file.replace(/\.html$/, '.expected.json'))) as ParsedOrderDetail;
    const result = parseOrderDetailPage(doc(read(PAGES, file)));
    expect(result).toStrictEqual({ ok: true, data: expected });
  });

  it('never reads the address block or the payment row', () => {
    for (const file of detailFiles) {
      const result = parseOrderDetailPage(doc(read(PAGES, file)));
      const text = JSON.stringify(result);
      expect(text).not.toMatch(/Ana Example|91234-5678|Rua Exemplo|Visa|PayPal|Pix/);
    }
  });
});

describe('robustness: fewer fields or unrecognised, never wrong values', () => {
  const base = read(PAGES, 'detail-completed-en.html');
  const expected = JSON.parse(read(PAGES, 'detail-completed-en.expected.json')) as ParsedOrderDetail;

  const mutations: [string, (d: Document) => void, 'ok' | 'unrecognised'][] = [
    ['status block removed', (d) => d.querySelector('.order-status')?.remove(), 'unrecognised'],
    ['order id row removed', (d) => d.querySelectorAll('.info-row')[0]?.remove(), 'unrecognised'],
    ['order id too short', (d) => { d.querySelectorAll('.info-row-value')[0]!.textContent = '12345'; }, 'unrecognised'],
    ['bot check over the page', (d) => d.body.insertAdjacentHTML('beforeend', '<div id="nc_1_wrapper"></div>'), 'unrecognised'],
    ['reminder removed', (d) => d.querySelector('.order-status-info')?.remove(), 'ok'],
    ['reminder in an unknown wording', (d) => { d.querySelector('.order-status-info')!.textContent = 'You have 7 days to think about it.'; }, 'ok'],
    ['reminder cut off after the number', (d) => { d.querySelector('.order-status-info')!.textContent = 'You can apply for a return/refund within 7 days'; }, 'ok'],
    ['reminder with two numbers for one window', (d) => { d.querySelector('.order-status-info')!.textContent = 'You can apply for a return/refund within 7 days of confirming receipt or within 9 days of confirming receipt.'; }, 'ok'],
    ['status text unknown', (d) => { d.querySelector('.order-block-title')!.textContent = 'Something new'; }, 'ok'],
    ['date unreadable', (d) => { d.querySelectorAll('.info-row-value')[4]!.textContent = 'Feb 30, 2026'; }, 'ok'],
    ['unknown row label', (d) => { d.querySelectorAll('.info-row-label')[4]!.textContent = 'Mystery date:'; }, 'ok'],
    ['store link to another host', (d) => d.querySelector('.order-detail-item-store a')!.setAttribute('href', 'https://evil.example/store/912345678'), 'ok'],
    ['chat link to another host', (d) => d.querySelector('.order-detail-item-chat')!.setAttribute('href', 'https://evil.example/p/message/index.html'), 'ok'],
    ['product link removed', (d) => d.querySelector('.item-title a')!.removeAttribute('href'), 'ok'],
    ['price text garbled', (d) => { d.querySelector('.item-price > div')!.textContent = 'US $3.20 / US $4.00'; }, 'ok'],
    ['products removed', (d) => d.querySelectorAll('.order-detail-item-content').forEach((e) => e.remove()), 'ok'],
  ];

  it.each(mutations)('%s', (_name, mutate, verdict) => {
    const d = doc(base);
    mutate(d);
    const result = parseOrderDetailPage(d);
    expect(result.ok ? 'ok' : 'unrecognised').toBe(verdict);
    if (!result.ok) return;
    // Every field it still gives is the value the intact page gives (or a sub-list of it).
    for (const [key, value] of Object.entries(result.data)) {
      const full = expected[key as keyof ParsedOrderDetail];
      if (key === 'status' && value === 'unknown') continue;
      if (key === 'statusText' && value === 'Something new') continue;
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) {
          const candidates = full as unknown[];
          expect(candidates.some((c) => isSubset(item, c))).toBe(true);
        }
      } else if (typeof value === 'object' && value !== null) {
        expect(isSubset(value, full)).toBe(true);
      } else if (typeof value !== 'boolean') {
        expect(value).toBe(full);
      }
    }
  });

  it('parses a hostile page without throwing (deep nesting, huge text)', () => {
    const d = doc(base);
    let node: Element = d.querySelector('.order-status-info')!;
    for (let i = 0; i < 2000; i++) {
      const child = d.createElement('div');
      node.append(child);
      node = child;
    }
    node.textContent = 'x'.repeat(100_000);
    expect(() => parseOrderDetailPage(d)).not.toThrow();
  });
});

function isSubset(part: unknown, whole: unknown): boolean {
  if (typeof part !== 'object' || part === null) return part === whole;
  if (typeof whole !== 'object' || whole === null) return false;
  return Object.entries(part).every(([k, v]) => isSubset(v, (whole as Record<string, unknown>)[k]));
}

describe('reminder sentences: numbers and what they count from, per language', () => {
  it.each([
    ['en', 'You can apply for a return/refund within 7 days of confirming receipt.', [{ purpose: 'return-refund', days: 7, from: 'receipt-confirmed' }]],
    ['en', 'If the item is defective or not as described, you can open a dispute within 90 days after order was placed.', [{ purpose: 'quality-dispute', days: 90, from: 'order-placed' }]],
    ['en', 'You can open a dispute within 60 days after the order was placed.', [{ purpose: 'quality-dispute', days: 60, from: 'order-placed' }]],
    ['en, other numbers', 'Apply for a return/refund within 15 days of confirming receipt.', [{ purpose: 'return-refund', days: 15, from: 'receipt-confirmed' }]],
    ['pt-BR', 'Você pode solicitar devolução/reembolso em até 7 dias após confirmar o recebimento.', [{ purpose: 'return-refund', days: 7, from: 'receipt-confirmed' }]],
    ['es', 'Puedes abrir una disputa en un plazo de 90 días después de realizar el pedido.', [{ purpose: 'quality-dispute', days: 90, from: 'order-placed' }]],
    ['fr', 'Vous pouvez demander un retour/remboursement dans un délai de 7 jours après la confirmation de réception.', [{ purpose: 'return-refund', days: 7, from: 'receipt-confirmed' }]],
    ['de', 'Sie können innerhalb von 90 Tagen nach Aufgabe der Bestellung einen Streitfall eröffnen.', [{ purpose: 'quality-dispute', days: 90, from: 'order-placed' }]],
    ['unknown anchor', 'You can apply for a return/refund within 7 days after delivery.', []],
    ['no purpose', 'Something happens within 7 days of confirming receipt.', []],
    ['two purposes in one sentence', 'Apply for a return/refund or open a dispute within 7 days of confirming receipt.', []],
    ['no "within"', 'A return/refund 7 days of confirming receipt.', []],
    ['range', 'Apply for a return/refund within 7-15 days of confirming receipt.', []],
    ['decimal', 'Apply for a return/refund within 1.5 days of confirming receipt.', []],
    ['zero days', 'Apply for a return/refund within 0 days of confirming receipt.', []],
    ['too many days', 'Apply for a return/refund within 999 days of confirming receipt.', []],
    ['empty', '', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(parseReminderWindows(text)).toEqual(expected);
  });

  it('locale tables have no conflicting keys', () => {
    expect(detailTableConflicts()).toEqual([]);
  });
});

describe('seller chat link: allow-listed hosts and paths, rebuilt from plain parts', () => {
  it.each([
    ['//www.aliexpress.com/p/message/index.html?sellerId=22&orderId=8212313961591322', 'https://www.aliexpress.com/p/message/index.html?sellerId=22&orderId=8212313961591322'],
    ['https://msg.aliexpress.com/msgDetail.htm?id=5', 'https://msg.aliexpress.com/msgDetail.htm?id=5'],
    ['/p/message/index.html', 'https://www.aliexpress.com/p/message/index.html'],
    ['//www.aliexpress.com/p/message/index.html?x=<script>&sellerId=1', 'https://www.aliexpress.com/p/message/index.html?sellerId=1'],
    ['javascript:alert(1)', undefined],
    ['https://evil.example/p/message/index.html', undefined],
    ['https://www.aliexpress.com.evil.example/p/message/index.html', undefined],
    ['https://user@www.aliexpress.com/p/message/index.html', undefined],
    ['//www.aliexpress.com/item/1.html', undefined],
    ['https://msg.aliexpress.com/other.htm', undefined],
  ])('%s', (href, expected) => {
    expect(sellerChatLink(href)).toBe(expected);
  });
});

describe('order detail JSON (mtop.aliexpress.trade.buyer.order.detail)', () => {
  const body = JSON.parse(read(JSON_DIR, 'order-detail-completed-en.json')) as Record<string, unknown>;
  const expected = JSON.parse(read(JSON_DIR, 'order-detail-completed-en.expected.json')) as ParsedOrderDetail;

  it('parses the sample exactly, blocks selected by tag, no address or payment method', () => {
    const result = parseOrderDetailJson(body);
    expect(result).toStrictEqual({ ok: true, data: expected });
    expect(JSON.stringify(result)).not.toMatch(/Ana Example|91234-5678|Rua Exemplo|PayPal/);
  });

  it('selects by tag, not by key: renamed keys still parse', () => {
    const data = (body.data as { data: Record<string, unknown> }).data;
    const renamed = { ...body, data: { ...(body.data as object), data: Object.fromEntries(Object.values(data).map((v, i) => [`k${i}`, v])) } };
    expect(parseOrderDetailJson(renamed)).toStrictEqual({ ok: true, data: expected });
  });

  const clone = () => JSON.parse(JSON.stringify(body)) as { data: { data: Record<string, { fields: Record<string, unknown> }> } };
  it.each([
    ['not an object', () => 'hello', false],
    ['null', () => null, false],
    ['no blocks', () => ({ data: { data: {} } }), false],
    ['order id missing', () => { const b = clone(); delete b.data.data.detail_simple_order_info_component_2!.fields.tradeOrderId; return b; }, false],
    ['order id not digits', () => { const b = clone(); b.data.data.detail_simple_order_info_component_2!.fields.tradeOrderId = '<b>1</b>'; return b; }, false],
    ['two info blocks (ambiguous)', () => { const b = clone(); b.data.data.extra = b.data.data.detail_simple_order_info_component_2!; return b; }, false],
    ['a date of the wrong type', () => { const b = clone(); b.data.data.detail_simple_order_info_component_2!.fields.orderEndTime = 42; return b; }, true],
    ['product list of the wrong type', () => { const b = clone(); b.data.data.detail_product_block_3!.fields.productVOList = 'x'; return b; }, true],
    ['status block missing', () => { const b = clone(); delete b.data.data.detail_order_status_block_1; return b; }, true],
  ])('%s', (_name, make, ok) => {
    const result = parseOrderDetailJson(make());
    expect(result.ok).toBe(ok);
    if (!result.ok) return;
    for (const [key, value] of Object.entries(result.data)) {
      if (Array.isArray(value) && value.length === 0) continue;
      if (typeof value === 'boolean') continue;
      if (key === 'status' && value !== expected.status) {
        // Without the status block the numeric global code still says completed.
        expect(value).toBe('unknown');
        continue;
      }
      expect(value).toEqual(expected[key as keyof ParsedOrderDetail]);
    }
  });

  it('a hostile body (getters that throw, huge arrays) gives unrecognised, never throws', () => {
    const hostile = { data: { data: { a: { get tag(): string { throw new Error('boom'); } } } } };
    expect(() => parseOrderDetailJson(hostile)).not.toThrow();
    expect(parseOrderDetailJson(hostile).ok).toBe(false);
  });
});
