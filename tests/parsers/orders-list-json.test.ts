import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrdersListJson } from '@/lib/parsers/json/orders-list-json';
import type { ParsedOrderCard } from '@/lib/schemas/order';

const dir = join(process.cwd(), 'tests/fixtures/json');
const body = JSON.parse(readFileSync(join(dir, 'orders-list-pt-br.json'), 'utf8')) as unknown;
const expected = JSON.parse(readFileSync(join(dir, 'orders-list-pt-br.expected.json'), 'utf8')) as ParsedOrderCard[];

describe('orders list JSON (mtop.aliexpress.trade.buyer.order.list)', () => {
  it('parses the sample exactly: blocks by tag, a bad order left out, unknown button types "other"', () => {
    expect(parseOrdersListJson(body)).toStrictEqual({ ok: true, data: expected });
  });

  it('a numeric id past 2^53 is not trusted (JSON.parse may have rounded it)', () => {
    const unsafe = JSON.parse('{"data":{"data":{"a":{"tag":"pc_om_list_order","fields":{"orderId":9214779947343229,"statusText":"Completed"}},"b":{"tag":"pc_om_list_order","fields":{"orderId":8214779947343229,"statusText":"Completed"}}}}}') as unknown;
    const result = parseOrdersListJson(unsafe);
    expect(result.ok && result.data.map((o) => o.orderId)).toEqual(['8214779947343229']);
  });

  it.each([['no blocks', { data: { data: {} } }], ['a string', 'x'], ['null', null]])('%s → unrecognised', (_n, input) => {
    expect(parseOrdersListJson(input).ok).toBe(false);
  });
});
