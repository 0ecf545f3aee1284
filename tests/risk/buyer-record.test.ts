import { describe, expect, it } from 'vitest';
import { countBuyerRecord, type OrderOutcomeFacts } from '../../lib/domain/risk/buyer-record';

const fine: OrderOutcomeFacts = { refundInProgress: false, estimatedDelivery: '2026-10-20', deliveredDate: '2026-10-18' };

describe('countBuyerRecord: disputes and late deliveries from what the records hold', () => {
  it.each<{ name: string; orders: OrderOutcomeFacts[]; want: ReturnType<typeof countBuyerRecord> }>([
    { name: 'no orders', orders: [], want: {} },
    { name: 'orders only seen on My Orders: both unknown', orders: [{}, {}], want: {} },
    { name: 'one detail page without a refund: 0 disputes, lateness unknown', orders: [{ refundInProgress: false }, {}], want: { disputes: 0 } },
    { name: 'a refund under way counts as a dispute', orders: [{ refundInProgress: true }, { refundInProgress: false }, {}], want: { disputes: 1 } },
    { name: 'the refund of a cancelled order is no dispute, nor evidence of none', orders: [{ status: 'cancelled', refundInProgress: true }, { status: 'unpaid', refundInProgress: false }], want: {} },
    { name: 'a refund under way on a shipped order is one', orders: [{ status: 'shipped', refundInProgress: true }], want: { disputes: 1 } },
    { name: 'delivered after the estimate: late', orders: [{ estimatedDelivery: '2026-10-20', deliveredDate: '2026-10-23' }], want: { lateDeliveries: 1 } },
    { name: 'delivered on the estimated day: on time', orders: [{ estimatedDelivery: '2026-10-20', deliveredDate: '2026-10-20' }], want: { lateDeliveries: 0 } },
    { name: 'an estimate without a delivery date counts neither way', orders: [{ estimatedDelivery: '2026-10-20' }, { deliveredDate: '2026-10-30' }], want: {} },
    { name: 'a date that does not exist is no date', orders: [{ estimatedDelivery: '2026-02-30', deliveredDate: '2026-03-05' }], want: {} },
    {
      name: 'mixed: checked orders are those that answer both',
      orders: [fine, fine, { refundInProgress: true, estimatedDelivery: '2026-09-01', deliveredDate: '2026-09-12' }, { refundInProgress: false }, {}],
      want: { disputes: 1, lateDeliveries: 1, checkedOrders: 3 },
    },
    { name: 'two fine orders', orders: [fine, fine], want: { disputes: 0, lateDeliveries: 0, checkedOrders: 2 } },
    // The buyer's claim opened a dispute: one, even when the detail page no longer shows a refund.
    { name: 'a dispute the claim opened, refund since closed', orders: [{ ...fine, disputeOpened: true }, fine], want: { disputes: 1, lateDeliveries: 0, checkedOrders: 2 } },
    { name: 'a dispute the claim opened, detail page never read: known, but lateness is not', orders: [{ disputeOpened: true }, {}], want: { disputes: 1 } },
    { name: 'a dispute the claim opened on a cancelled order still counts', orders: [{ status: 'cancelled', refundInProgress: false, disputeOpened: true }], want: { disputes: 1 } },
    { name: 'disputeOpened false says nothing by itself', orders: [{ disputeOpened: false }], want: {} },
  ])('$name', ({ orders, want }) => {
    expect(countBuyerRecord(orders)).toEqual(want);
  });
});
