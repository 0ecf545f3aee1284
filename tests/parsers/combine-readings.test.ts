import { describe, expect, it } from 'vitest';
import { combineDetail, combineTracking } from '@/lib/parsers/combine-readings';
import type { ParsedOrderDetail, ParsedTracking } from '@/lib/schemas/order-detail';

const dom: ParsedOrderDetail = {
  orderId: '8212313961591322',
  status: 'completed',
  statusText: 'Completed',
  placedDate: '2026-07-15',
  products: [{ title: 'A' }, { title: 'B' }],
  windows: [{ purpose: 'return-refund', days: 7, from: 'receipt-confirmed' }],
  extendTimeOffered: false,
  refundInProgress: false,
  freeReturn: false,
};
const json: ParsedOrderDetail = { ...dom, status: 'unknown', products: [{ title: 'A' }], windows: [], completedDate: '2026-08-02', freeReturn: true };

describe('one reading from the DOM and the JSON', () => {
  it('JSON fields win where it has them; the DOM fills the rest', () => {
    expect(combineDetail(dom, json)).toEqual({ ...dom, completedDate: '2026-08-02', freeReturn: true });
  });
  it('either alone is the reading', () => {
    expect(combineDetail(dom, undefined)).toBe(dom);
    expect(combineDetail(undefined, json)).toBe(json);
    expect(combineDetail(undefined, undefined)).toBeUndefined();
  });
  it('readings of different orders are never mixed', () => {
    expect(combineDetail(dom, { ...json, orderId: '8212313961591999' })).toBe(dom);
  });
  it('tracking: the DOM keeps its promise lines, the JSON brings the delivered code', () => {
    const domTracking: ParsedTracking = { orderId: dom.orderId, delivered: false, refundIfNoDeliveryBefore: '2026-09-03' };
    const jsonTracking: ParsedTracking = { orderId: dom.orderId, delivered: true, trackingNumber: 'LP00123456789012', latestEvent: { text: 'Delivered', date: '2026-08-01', delivered: true } };
    expect(combineTracking(domTracking, jsonTracking)).toEqual({ ...jsonTracking, refundIfNoDeliveryBefore: '2026-09-03' });
  });
});
