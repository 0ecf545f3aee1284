import { describe, expect, it } from 'vitest';
import { actionableKinds } from '../../lib/domain/actionable';
import { CLAIM_TIMER_KINDS, DeadlineKind } from '../../lib/schemas/deadline';
import { OrderStatus } from '../../lib/schemas/order';

describe('actionableKinds: which deadlines matter in each order state', () => {
  it.each<{ status: OrderStatus; kinds: DeadlineKind[] }>([
    { status: 'unpaid', kinds: [] },
    // Protection only starts at shipment (POLICY P1).
    { status: 'processing', kinds: [] },
    // Delivered-scan shortening (P5) is an early protection end.
    { status: 'shipped', kinds: ['protection-end', 'delivered-protection-end'] },
    { status: 'completed', kinds: ['dispute-after-completion', 'return-window', 'quality-dispute', 'free-return'] },
    { status: 'cancelled', kinds: [] },
    { status: 'closed', kinds: [] },
    // The delay coupon is a chance, not a claim deadline.
    {
      status: 'unknown',
      kinds: ['protection-end', 'dispute-after-completion', 'return-window', 'quality-dispute', 'delivered-protection-end', 'free-return'],
    },
  ])('$status → $kinds', ({ status, kinds }) => {
    expect(actionableKinds(status)).toEqual(kinds);
  });

  // Claim timers (issue 5) are clocks of a claim, not deadlines of the order; the delay coupon is
  // a chance, not a claim deadline.
  const orderKinds = DeadlineKind.options.filter((kind) => !CLAIM_TIMER_KINDS.includes(kind) && kind !== 'delay-coupon');

  it('covers every status, and unknown keeps every order kind but the coupon', () => {
    for (const status of OrderStatus.options) expect(Array.isArray(actionableKinds(status))).toBe(true);
    expect(actionableKinds('unknown')).toEqual(orderKinds);
    expect(orderKinds).toHaveLength(DeadlineKind.options.length - CLAIM_TIMER_KINDS.length - 1);
  });

  it('returns a fresh array each time', () => {
    actionableKinds('unknown').pop();
    expect(actionableKinds('unknown')).toHaveLength(orderKinds.length);
  });
});
