import { describe, expect, it } from 'vitest';
import type { ClaimErrorCode } from '../../../lib/domain/claim/errors';
import { ClaimTransitionError } from '../../../lib/domain/claim/errors';
import { applyClaimEvent, replayClaim } from '../../../lib/domain/claim/reducer';
import { ClaimState, type ClaimEvent } from '../../../lib/schemas/claim';
import {
  NOT_RECEIVED,
  ORDER_ID,
  WRONG_ITEM,
  at,
  claimAfter,
  disputeOpened,
  evidence,
  messageUsed,
  problemSet,
  started,
} from './helpers';

const proposal = (hours: number, amount = 5): ClaimEvent => ({
  type: 'seller-proposal-received',
  at: at(hours),
  proposal: { kind: 'partial-refund', amount: { amount, currency: 'USD' } },
});
const returnProposal = (hours: number): ClaimEvent => ({ type: 'seller-proposal-received', at: at(hours), proposal: { kind: 'return-and-refund' } });

describe('claim reducer: accepted events', () => {
  it.each<[string, ClaimEvent[], ClaimEvent, (s: ClaimState) => unknown, unknown]>([
    ['start', [], started, (s) => [s.orderId, s.startedAt, s.problems, s.evidence], [ORDER_ID, at(0), [], []]],
    ['problem per product', [started], { type: 'problem-set', at: at(1), problems: [WRONG_ITEM, NOT_RECEIVED] }, (s) => s.problems.map((p) => p.reason), ['wrong-item', 'not-received']],
    ['problem edited later (S3)', [started, problemSet, disputeOpened(2)], { type: 'problem-set', at: at(3), problems: [NOT_RECEIVED] }, (s) => s.problems, [NOT_RECEIVED]],
    ['evidence added', [started], { type: 'evidence-added', at: at(1), evidence: evidence('e1', ['seller-chat']) }, (s) => s.evidence.map((e) => e.id), ['e1']],
    ['evidence removed', [started, { type: 'evidence-added', at: at(1), evidence: evidence('e1', []) }, { type: 'evidence-added', at: at(1), evidence: evidence('e2', []) }], { type: 'evidence-removed', at: at(2), evidenceId: 'e1' }, (s) => s.evidence.map((e) => e.id), ['e2']],
    ['deadlines checked', [started], { type: 'deadlines-checked', at: at(2) }, (s) => s.deadlinesCheckedAt, at(2)],
    ['first message is the contact', [started], messageUsed(3), (s) => s.seller.contactedAt, at(3)],
    ['a follow-up keeps the first contact', [started, messageUsed(3)], messageUsed(50), (s) => s.seller.contactedAt, at(3)],
    ['seller replied', [started, messageUsed(3)], { type: 'seller-replied', at: at(5) }, (s) => s.seller.repliedAt, at(5)],
    ['seller silent', [started, messageUsed(3)], { type: 'seller-silent', at: at(51) }, (s) => s.seller.silentAt, at(51)],
    ['dispute opened', [started, problemSet], disputeOpened(4), (s) => s.dispute, { openedAt: at(4), resolution: { kind: 'refund-only' } }],
    ['proposal received', [started, problemSet, disputeOpened(4)], proposal(10), (s) => s.dispute?.proposal?.resolution, { kind: 'partial-refund', amount: { amount: 5, currency: 'USD' } }],
    ['a newer proposal replaces the open one', [started, problemSet, disputeOpened(4), proposal(10)], proposal(11, 8), (s) => s.dispute?.proposal?.receivedAt, at(11)],
    ['proposal accepted', [started, problemSet, disputeOpened(4), proposal(10)], { type: 'seller-proposal-accepted', at: at(12), warningAcknowledged: true }, (s) => [s.dispute?.proposal, s.dispute?.acceptedProposal?.acceptedAt, s.returnShipment], [undefined, at(12), undefined]],
    ['accepting a return starts the return (S5)', [started, problemSet, disputeOpened(4), returnProposal(10)], { type: 'seller-proposal-accepted', at: at(12), warningAcknowledged: true }, (s) => s.returnShipment, { agreedAt: at(12) }],
    ['dispute cancelled', [started, problemSet, disputeOpened(4)], { type: 'dispute-cancelled', at: at(6), warningAcknowledged: true }, (s) => s.dispute?.cancelledAt, at(6)],
    ['mediation requested', [started, problemSet, disputeOpened(4)], { type: 'mediation-requested', at: at(130) }, (s) => s.dispute?.mediationRequestedAt, at(130)],
    ['return agreed', [started, problemSet, disputeOpened(4)], { type: 'return-agreed', at: at(20) }, (s) => s.returnShipment, { agreedAt: at(20) }],
    ['return shipped', [started, problemSet, disputeOpened(4), { type: 'return-agreed', at: at(20) }], { type: 'return-shipped', at: at(30), trackingNumber: 'LP00123456789' }, (s) => s.returnShipment, { agreedAt: at(20), shippedAt: at(30), trackingNumber: 'LP00123456789' }],
    ['outcome recorded', [started, problemSet, disputeOpened(4)], { type: 'outcome-recorded', at: at(200), outcome: 'refunded-full' }, (s) => s.outcome, { at: at(200), outcome: 'refunded-full' }],
    ['outcome without a dispute (seller fixed it)', [started, problemSet, messageUsed(3)], { type: 'outcome-recorded', at: at(9), outcome: 'replaced' }, (s) => s.outcome?.outcome, 'replaced'],
  ])('%s', (_name, before, event, read, expected) => {
    const previous = before.length ? claimAfter(before) : undefined;
    const frozen = structuredClone(previous);
    const result = applyClaimEvent(previous, event);
    expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
    if (!result.ok) return;
    expect(read(result.state)).toEqual(expected);
    // The event lands at the end of the timeline, the state stays valid, the input untouched.
    expect(result.state.timeline).toEqual([...(previous?.timeline ?? []), event]);
    expect(result.state.updatedAt).toBe(event.at);
    expect(ClaimState.safeParse(result.state).success).toBe(true);
    expect(previous).toEqual(frozen);
  });
});

describe('claim reducer: refused events change nothing', () => {
  const open = [started, problemSet, disputeOpened(4)];
  it.each<[string, ClaimEvent[], unknown, ClaimErrorCode]>([
    ['anything before start', [], problemSet, 'not-started'],
    ['a second start', [started], { ...started, at: at(1) }, 'already-started'],
    ['unknown event type', [started], { type: 'seller-bribed', at: at(1) }, 'invalid-event'],
    ['unknown key (strict)', [started], { type: 'seller-silent', at: at(1), extra: 1 }, 'invalid-event'],
    ['not an object', [started], 'problem-set', 'invalid-event'],
    ['bad instant', [started], { type: 'deadlines-checked', at: 'yesterday' }, 'invalid-event'],
    ['empty problem list', [started], { type: 'problem-set', at: at(1), problems: [] }, 'invalid-event'],
    ['a sub-case on the wrong reason', [started], { type: 'problem-set', at: at(1), problems: [{ itemKey: '1', reason: 'damaged', notReceivedCase: 'held-by-customs' }] }, 'invalid-event'],
    ['aspects on the wrong reason', [started], { type: 'problem-set', at: at(1), problems: [{ itemKey: '1', reason: 'wrong-item', aspects: ['colour'] }] }, 'invalid-event'],
    ['a message with a control character', [started], { ...messageUsed(1), text: 'Hi\u0000' }, 'invalid-event'],
    ['a message over 2,000 characters', [started], { ...messageUsed(1), text: 'a'.repeat(2001) }, 'invalid-event'],
    ['an event older than the last one', [started, problemSet], { type: 'deadlines-checked', at: at(0) }, 'out-of-order'],
    ['the same evidence id twice', [started, { type: 'evidence-added', at: at(1), evidence: evidence('e1', []) }], { type: 'evidence-added', at: at(2), evidence: evidence('e1', []) }, 'duplicate-evidence'],
    ['a reference without a url or file name', [started], { type: 'evidence-added', at: at(1), evidence: { ...evidence('r1', []), kind: 'reference' } }, 'invalid-event'],
    ['a photo with a reference', [started], { type: 'evidence-added', at: at(1), evidence: { ...evidence('r1', []), reference: { url: 'https://example.com/a' } } }, 'invalid-event'],
    ['an http reference', [started], { type: 'evidence-added', at: at(1), evidence: { ...evidence('r1', []), kind: 'reference', reference: { url: 'http://example.com/a' } } }, 'invalid-event'],
    ['removing evidence never added', [started], { type: 'evidence-removed', at: at(1), evidenceId: 'nope' }, 'unknown-evidence'],
    ['a reply before any contact', [started], { type: 'seller-replied', at: at(1) }, 'seller-not-contacted'],
    ['silence before any contact', [started], { type: 'seller-silent', at: at(1) }, 'seller-not-contacted'],
    ['a dispute without a problem', [started], disputeOpened(1), 'no-problem'],
    ['a second dispute (D4)', open, disputeOpened(5), 'dispute-already-opened'],
    ['a dispute after a cancelled one (D4)', [...open, { type: 'dispute-cancelled', at: at(5), warningAcknowledged: true }], disputeOpened(6), 'dispute-already-opened'],
    ['a proposal without a dispute', [started, problemSet], proposal(2), 'no-open-dispute'],
    ['accepting with no proposal', open, { type: 'seller-proposal-accepted', at: at(5), warningAcknowledged: true }, 'no-proposal'],
    ['accepting without the warning (S4)', [...open, proposal(5)], { type: 'seller-proposal-accepted', at: at(6) }, 'invalid-event'],
    ['accepting with the warning refused', [...open, proposal(5)], { type: 'seller-proposal-accepted', at: at(6), warningAcknowledged: false }, 'invalid-event'],
    ['cancelling without the warning (S4)', open, { type: 'dispute-cancelled', at: at(5) }, 'invalid-event'],
    ['cancelling with no dispute', [started, problemSet], { type: 'dispute-cancelled', at: at(5), warningAcknowledged: true }, 'no-open-dispute'],
    ['cancelling twice', [...open, { type: 'dispute-cancelled', at: at(5), warningAcknowledged: true }], { type: 'dispute-cancelled', at: at(6), warningAcknowledged: true }, 'no-open-dispute'],
    ['mediation without a dispute', [started, problemSet], { type: 'mediation-requested', at: at(5) }, 'no-open-dispute'],
    ['mediation twice', [...open, { type: 'mediation-requested', at: at(5) }], { type: 'mediation-requested', at: at(6) }, 'mediation-already-requested'],
    ['a return without a dispute', [started, problemSet], { type: 'return-agreed', at: at(5) }, 'no-open-dispute'],
    ['a return agreed twice', [...open, { type: 'return-agreed', at: at(5) }], { type: 'return-agreed', at: at(6) }, 'return-already-agreed'],
    ['shipping a return never agreed', open, { type: 'return-shipped', at: at(5) }, 'return-not-agreed'],
    ['shipping a return twice', [...open, { type: 'return-agreed', at: at(5) }, { type: 'return-shipped', at: at(6) }], { type: 'return-shipped', at: at(7) }, 'return-already-shipped'],
    ['a hostile tracking number', [...open, { type: 'return-agreed', at: at(5) }], { type: 'return-shipped', at: at(6), trackingNumber: '<img src=x>' }, 'invalid-event'],
    ['anything after the outcome', [...open, { type: 'outcome-recorded', at: at(9), outcome: 'refunded-full' }], { type: 'deadlines-checked', at: at(10) }, 'closed'],
    ['a second outcome', [...open, { type: 'outcome-recorded', at: at(9), outcome: 'refunded-full' }], { type: 'outcome-recorded', at: at(10), outcome: 'rejected' }, 'closed'],
  ])('%s → %s', (_name, before, event, code) => {
    const previous = before.length ? claimAfter(before) : undefined;
    const frozen = structuredClone(previous);
    const result = applyClaimEvent(previous, event);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ClaimTransitionError);
    expect(result.error.code).toBe(code);
    expect(result.state).toBe(previous);
    expect(previous).toEqual(frozen);
  });

  it('names the event type in the error only when it is one of ours', () => {
    const state = claimAfter([started]);
    const known = applyClaimEvent(state, { type: 'seller-silent', at: 'soon' });
    const unknown = applyClaimEvent(state, { type: 'constructor', at: at(1) });
    expect(!known.ok && known.error.eventType).toBe('seller-silent');
    expect(!unknown.ok && unknown.error.eventType).toBeUndefined();
  });
});

describe('claim timeline', () => {
  it('replays to the same state, so the timeline alone can be stored', () => {
    const state = claimAfter([
      started,
      problemSet,
      { type: 'evidence-added', at: at(1), evidence: evidence('e1', ['beside-listing-photo']) },
      messageUsed(2),
      { type: 'seller-silent', at: at(50) },
      disputeOpened(51),
      returnProposal(60),
      { type: 'seller-proposal-accepted', at: at(61), warningAcknowledged: true },
      { type: 'return-shipped', at: at(70) },
      { type: 'outcome-recorded', at: at(300), outcome: 'refunded-full' },
    ]);
    expect(state.timeline).toHaveLength(10);
    const replayed = replayClaim(JSON.parse(JSON.stringify(state.timeline)));
    expect(replayed.ok && replayed.state).toEqual(state);
  });

  it('stops a replay at the first refused event', () => {
    const result = replayClaim([started, disputeOpened(1)]);
    expect(!result.ok && result.error.code).toBe('no-problem');
    expect(replayClaim([]).ok).toBe(false);
  });
});
