import { describe, expect, it } from 'vitest';
import { claimTimers } from '../../../lib/domain/claim/claim-timers';
import type { ClaimEvent } from '../../../lib/schemas/claim';
import { Deadline } from '../../../lib/schemas/deadline';
import { DAY, HOUR, ORDER_ID, T0, at, claimAfter, deadline, disputeOpened, messageUsed, problemSet, started } from './helpers';

const far = [deadline('protection-end', 60 * 24)];
const base = [started, problemSet];
const accepted: ClaimEvent = { type: 'seller-proposal-accepted', at: at(30), warningAcknowledged: true };
const iso = (ms: number) => new Date(ms).toISOString();

describe('claim timers', () => {
  it.each<[string, ClaimEvent[], Deadline[], [Deadline['kind'], Deadline['rule'], string][]]>([
    ['nothing contacted: no clock', base, far, []],
    ['a message sent: 48 h reply wait', [...base, messageUsed(3)], far, [['seller-reply', 'seller-reply-wait', iso(T0 + 51 * HOUR)]]],
    ['the wait stops 2 days before the dispute deadline', [...base, messageUsed(3)], [deadline('protection-end', 3 * 24)], [['seller-reply', 'seller-reply-wait', iso(T0 + 24 * HOUR)]]],
    ['a reply stops it', [...base, messageUsed(3), { type: 'seller-replied', at: at(5) }], far, []],
    ['silence stops it', [...base, messageUsed(3), { type: 'seller-silent', at: at(51) }], far, []],
    ['a dispute: the seller has 5 days (S1)', [...base, messageUsed(3), disputeOpened(10)], far, [['seller-dispute-answer', 'dispute-answer-window', iso(T0 + 10 * HOUR + 5 * DAY)]]],
    ['a proposal answers the dispute', [...base, disputeOpened(10), { type: 'seller-proposal-received', at: at(20), proposal: { kind: 'refund-only' } }], far, []],
    ['mediation stops the seller clock', [...base, disputeOpened(10), { type: 'mediation-requested', at: at(20) }], far, []],
    ['a cancelled dispute has no clock', [...base, disputeOpened(10), { type: 'dispute-cancelled', at: at(20), warningAcknowledged: true }], far, []],
    ['a return agreed: 10 days to ship, 2 early (S5)', [...base, disputeOpened(10), { type: 'return-agreed', at: at(20) }], far, [['return-shipment', 'return-shipping-window', iso(T0 + 20 * HOUR + 8 * DAY)]]],
    ['an accepted return proposal starts it too', [...base, disputeOpened(10), { type: 'seller-proposal-received', at: at(20), proposal: { kind: 'return-and-refund' } }, accepted], far, [['return-shipment', 'return-shipping-window', iso(T0 + 30 * HOUR + 8 * DAY)]]],
    ['shipping stops it', [...base, disputeOpened(10), { type: 'return-agreed', at: at(20) }, { type: 'return-shipped', at: at(40) }], far, []],
    ['a finished claim has no clocks', [...base, messageUsed(3), { type: 'outcome-recorded', at: at(9), outcome: 'replaced' }], far, []],
  ])('%s', (_name, events, deadlines, expected) => {
    const timers = claimTimers(claimAfter(events), { deadlines, now: new Date(T0 + 4 * HOUR) });
    expect(timers.map((t) => [t.kind, t.rule, t.dueAt])).toEqual(expected);
    for (const timer of timers) {
      // Deadline-shaped, so the reminder scheduler can carry it; and labelled as an estimate.
      expect(Deadline.safeParse(timer).success).toBe(true);
      expect(timer).toMatchObject({ orderId: ORDER_ID, source: 'estimated' });
    }
  });

  it('takes a custom reply wait', () => {
    const [timer] = claimTimers(claimAfter([...base, messageUsed(3)]), { deadlines: far, now: new Date(T0), sellerReplyWaitMs: 24 * HOUR });
    expect(timer?.dueAt).toBe(iso(T0 + 27 * HOUR));
  });
});
