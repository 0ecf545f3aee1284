import { describe, expect, it } from 'vitest';
import { actionableKinds } from '../../lib/domain/actionable';
import { CLAIM_TIMER_KINDS, DeadlineKind } from '../../lib/schemas/deadline';
import { OrderStatus } from '../../lib/schemas/order';

describe('actionableKinds: which deadlines matter in each order state', () => {
  it.each<{ status: OrderStatus; kinds: DeadlineKind[] }>([
    { status: 'unpaid', kinds: [] },
    // Protection only starts at shipment (POLICY P1).
    { status: 'processing', kinds: [] },
    { status: 'shipped', kinds: ['protection-end'] },
    { status: 'completed', kinds: ['dispute-after-completion', 'return-window', 'quality-dispute'] },
    { status: 'cancelled', kinds: [] },
    { status: 'closed', kinds: [] },
    { status: 'unknown', kinds: ['protection-end', 'dispute-after-completion', 'return-window', 'quality-dispute'] },
  ])('$status → $kinds', ({ status, kinds }) => {
    expect(actionableKinds(status)).toEqual(kinds);
  });

  // Claim timers (issue 5) are clocks of a claim, not deadlines of the order.
  const orderKinds = DeadlineKind.options.filter((kind) => !CLAIM_TIMER_KINDS.includes(kind));

  it('covers every status, and unknown keeps every order kind', () => {
    for (const status of OrderStatus.options) expect(Array.isArray(actionableKinds(status))).toBe(true);
    expect(actionableKinds('unknown')).toEqual(orderKinds);
    expect(orderKinds).toHaveLength(DeadlineKind.options.length - CLAIM_TIMER_KINDS.length);
  });

  it('returns a fresh array each time', () => {
    actionableKinds('unknown').pop();
    expect(actionableKinds('unknown')).toHaveLength(orderKinds.length);
  });
});
