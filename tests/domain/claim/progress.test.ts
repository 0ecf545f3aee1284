import { describe, expect, it } from 'vitest';
import { disputeDeadline } from '../../../lib/domain/claim/dispute-deadline';
import { claimProgress, type NowAction } from '../../../lib/domain/claim/progress';
import { claimWarnings } from '../../../lib/domain/claim/warnings';
import type { ClaimEvent, StepStatus } from '../../../lib/schemas/claim';
import type { Deadline } from '../../../lib/schemas/deadline';
import { DAY, HOUR, NOT_RECEIVED, T0, at, claimAfter, deadline, disputeOpened, evidence, messageUsed, problemSet, started } from './helpers';

const allEvidence: ClaimEvent[] = [
  { type: 'evidence-added', at: at(1), evidence: evidence('e1', ['beside-listing-photo', 'seller-chat', 'payment-proof']) },
];
const ready = [started, problemSet, ...allEvidence, { type: 'deadlines-checked', at: at(2) } as ClaimEvent];
const farDeadline = [deadline('protection-end', 30 * 24)];
const atHour = (h: number) => new Date(T0 + h * HOUR);

// Step order: identify, evidence, deadlines, contact, dispute, mediation, follow-up.
type Row = [string, ClaimEvent[], Deadline[], number, string, NowAction['code']];

describe('claim progress: step statuses and what to do now', () => {
  it.each<Row>([
    ['just started', [started], farDeadline, 0, 'current todo todo todo todo todo todo', 'describe-problem'],
    ['problem set, evidence missing', [started, problemSet], farDeadline, 1, 'done current todo todo todo todo todo', 'collect-evidence'],
    ['evidence complete', [started, problemSet, ...allEvidence], farDeadline, 1, 'done done current todo todo todo todo', 'check-deadlines'],
    ['no dispute window known', [started, problemSet, ...allEvidence], [], 1, 'done done current todo todo todo todo', 'find-deadline'],
    ['ready to contact', ready, farDeadline, 2, 'done done done current todo todo todo', 'contact-seller'],
    ['waiting for the seller', [...ready, messageUsed(3)], farDeadline, 10, 'done done done current todo todo todo', 'wait-for-seller'],
    ['the 48 h wait ran out', [...ready, messageUsed(3)], farDeadline, 52, 'done done done done current todo todo', 'open-dispute'],
    ['contacted, then a dispute', [...ready, messageUsed(3), disputeOpened(10)], farDeadline, 11, 'done done done done done current todo', 'wait-for-dispute-answer'],
    ['seller said no', [...ready, messageUsed(3), { type: 'seller-replied', at: at(5) }], farDeadline, 6, 'done done done done current todo todo', 'open-dispute'],
    ['contacted without evidence', [started, problemSet, messageUsed(3)], farDeadline, 4, 'done skipped skipped current todo todo todo', 'wait-for-seller'],
    ['dispute open, seller has 5 days', [...ready, disputeOpened(3)], farDeadline, 10, 'done done done skipped done current todo', 'wait-for-dispute-answer'],
    ['dispute open, 5 days passed', [...ready, disputeOpened(3)], farDeadline, 3 + 5 * 24, 'done done done skipped done current todo', 'request-mediation'],
    ['seller proposes', [...ready, disputeOpened(3), { type: 'seller-proposal-received', at: at(8), proposal: { kind: 'return-and-refund' } }], farDeadline, 9, 'done done done skipped done current todo', 'answer-seller-proposal'],
    ['return agreed', [...ready, disputeOpened(3), { type: 'return-agreed', at: at(8) }], farDeadline, 9, 'done done done skipped done skipped current', 'ship-return'],
    ['return shipped', [...ready, disputeOpened(3), { type: 'return-agreed', at: at(8) }, { type: 'return-shipped', at: at(20) }], farDeadline, 21, 'done done done skipped done skipped current', 'wait-for-refund'],
    ['in mediation', [...ready, disputeOpened(3), { type: 'mediation-requested', at: at(130) }], farDeadline, 131, 'done done done skipped done done current', 'wait-for-decision'],
    ['dispute cancelled', [...ready, disputeOpened(3), { type: 'dispute-cancelled', at: at(4), warningAcknowledged: true }], farDeadline, 5, 'done done done skipped done skipped current', 'record-outcome'],
    ['closed by the seller fixing it', [...ready, messageUsed(3), { type: 'outcome-recorded', at: at(9), outcome: 'replaced' }], farDeadline, 10, 'done done done done skipped skipped done', 'none'],
    ['closed after a refund', [...ready, disputeOpened(3), { type: 'outcome-recorded', at: at(90), outcome: 'refunded-full' }], farDeadline, 91, 'done done done skipped done skipped done', 'none'],
  ])('%s', (_name, events, deadlines, hour, statuses, code) => {
    const progress = claimProgress(claimAfter(events), { deadlines, now: atHour(hour) });
    expect(progress.steps.map((s) => s.status).join(' ')).toBe(statuses);
    expect(progress.now.code).toBe(code);
    expect(progress.steps.filter((s) => s.status === 'current').length).toBeLessThanOrEqual(1);
  });
});

describe('claim progress: deadline-aware', () => {
  const contacted = [...ready, messageUsed(3)];

  it.each<[string, Deadline[], number, boolean, NowAction['code']]>([
    ['AliExpress date 4 days away: keep waiting', [deadline('protection-end', 4 * 24 + 4)], 4, false, 'wait-for-seller'],
    ['AliExpress date exactly 3 days away: open now', [deadline('protection-end', 3 * 24 + 4)], 4, true, 'open-dispute-now'],
    ['AliExpress date 2 days away: open now', [deadline('protection-end', 2 * 24 + 4)], 4, true, 'open-dispute-now'],
    ['estimate 4 days away: the margin makes it 2, open now', [deadline('dispute-after-completion', 4 * 24 + 4, 'estimated')], 4, true, 'open-dispute-now'],
    ['estimate 6 days away: keep waiting', [deadline('dispute-after-completion', 6 * 24 + 4, 'estimated')], 4, false, 'wait-for-seller'],
    ['the earliest open window counts', [deadline('protection-end', 40 * 24), deadline('return-window', 2 * 24)], 4, true, 'open-dispute-now'],
    ['a passed window does not, a later one does', [deadline('protection-end', 1), deadline('dispute-after-completion', 20 * 24)], 4, false, 'wait-for-seller'],
    ['every window passed: blocked', [deadline('protection-end', 1)], 4, false, 'dispute-window-closed'],
  ])('%s', (_name, deadlines, hour, urgent, code) => {
    const progress = claimProgress(claimAfter(contacted), { deadlines, now: atHour(hour) });
    expect(progress.disputeUrgent).toBe(urgent);
    expect(progress.now.code).toBe(code);
    const dispute = progress.steps.find((s) => s.step === 'open-dispute')!.status;
    expect(dispute).toBe<StepStatus>(code === 'dispute-window-closed' ? 'blocked' : urgent ? 'current' : 'todo');
  });

  it('overrides even the first steps when the window is about to close', () => {
    const progress = claimProgress(claimAfter([started]), { deadlines: [deadline('protection-end', 24)], now: atHour(1) });
    expect(progress.now).toMatchObject({ code: 'open-dispute-now', actBy: new Date(at(24)) });
    expect(progress.steps.map((s) => s.status).join(' ')).toBe('todo todo todo todo current todo todo');
  });

  it('takes a custom threshold', () => {
    const state = claimAfter(contacted);
    const deadlines = [deadline('protection-end', 5 * 24)];
    expect(claimProgress(state, { deadlines, now: atHour(4) }).disputeUrgent).toBe(false);
    expect(claimProgress(state, { deadlines, now: atHour(4), thresholdDays: 5 }).disputeUrgent).toBe(true);
  });

  it('counts the shortened protection after a delivery scan (P5) as a window', () => {
    const delivered = { ...deadline('protection-end', 2 * 24, 'estimated'), kind: 'delivered-protection-end' } as unknown as Deadline;
    const progress = claimProgress(claimAfter(contacted), { deadlines: [deadline('protection-end', 30 * 24), delivered], now: atHour(4) });
    expect(progress.disputeUrgent).toBe(true);
    expect(progress.disputeDeadline?.deadline).toBe(delivered);
  });

  it('ignores deadline kinds that do not close a dispute window', () => {
    const foreign = { ...deadline('protection-end', 24), kind: 'seller-reply' } as unknown as Deadline;
    expect(disputeDeadline([foreign], atHour(0))).toEqual({ state: 'unknown' });
  });

  it.each<[string, number, number]>([
    ['48 h after contact when the deadline is far', 30 * 24, 3 + 48],
    ['capped at the deadline minus the 2-day margin', 4 * 24, 4 * 24 - 48],
  ])('waits for the seller: %s', (_name, dueHour, untilHour) => {
    const progress = claimProgress(claimAfter(contacted), { deadlines: [deadline('protection-end', dueHour)], now: atHour(3), thresholdDays: 0 });
    expect(progress.now).toEqual({ code: 'wait-for-seller', until: atHour(untilHour) });
  });

  it('does not wait at all when the deadline minus the margin is already here', () => {
    const progress = claimProgress(claimAfter(contacted), { deadlines: [deadline('protection-end', 2 * 24 + 1)], now: atHour(3), thresholdDays: 0 });
    expect(progress.now.code).toBe('open-dispute');
    expect(progress.steps.find((s) => s.step === 'contact-seller')!.status).toBe('done');
  });

  it('a finished claim is never blocked by a passed window', () => {
    const state = claimAfter([...ready, messageUsed(3), { type: 'outcome-recorded', at: at(9), outcome: 'replaced' }]);
    const progress = claimProgress(state, { deadlines: [deadline('protection-end', 5)], now: atHour(10) });
    expect(progress.steps.map((s) => s.status).join(' ')).toBe('done done done done skipped skipped done');
    expect(progress.now.code).toBe('none');
  });

  it('a dispute already open is never urgent', () => {
    const progress = claimProgress(claimAfter([...ready, disputeOpened(3)]), { deadlines: [deadline('protection-end', 24)], now: atHour(4) });
    expect(progress.disputeUrgent).toBe(false);
    expect(progress.now.code).toBe('wait-for-dispute-answer');
  });

  it('not-received claims need no evidence to move on (D5)', () => {
    const state = claimAfter([started, { type: 'problem-set', at: at(1), problems: [NOT_RECEIVED] }]);
    expect(claimProgress(state, { deadlines: farDeadline, now: atHour(2) }).now.code).toBe('check-deadlines');
  });

  it('ship-return gives the 10-day limit (S5), 2 days early', () => {
    const state = claimAfter([...ready, disputeOpened(3), { type: 'return-agreed', at: at(8) }]);
    expect(claimProgress(state, { deadlines: farDeadline, now: atHour(9) }).now).toEqual({ code: 'ship-return', by: new Date(T0 + 8 * HOUR + 8 * DAY) });
  });
});

describe('claim warnings (S4)', () => {
  const withProposal = (proposal: ClaimEvent & { type: 'seller-proposal-received' }, resolution?: ClaimEvent) =>
    claimAfter([started, problemSet, resolution ?? disputeOpened(3), proposal]);
  const partial = (amount: number, currency = 'USD') => ({ kind: 'partial-refund' as const, amount: { amount, currency } });

  it.each<[string, ClaimEvent | undefined, ReturnType<typeof partial> | { kind: 'return-and-refund' } | { kind: 'refund-only' }, string[]]>([
    ['partial against a full refund', undefined, partial(5), ['accepting-closes-case', 'proposal-below-request']],
    ['a full refund', undefined, { kind: 'refund-only' }, ['accepting-closes-case']],
    ['a return for a full refund', undefined, { kind: 'return-and-refund' }, ['accepting-closes-case']],
    ['less than the partial asked', { type: 'dispute-opened', at: at(3), resolution: partial(10) }, partial(6), ['accepting-closes-case', 'proposal-below-request']],
    ['the partial asked', { type: 'dispute-opened', at: at(3), resolution: partial(10) }, partial(10), ['accepting-closes-case']],
    ['another currency cannot be compared', { type: 'dispute-opened', at: at(3), resolution: partial(10) }, partial(60, 'BRL'), ['accepting-closes-case', 'proposal-below-request']],
  ])('accepting: %s', (_name, opened, proposal, expected) => {
    const state = withProposal({ type: 'seller-proposal-received', at: at(5), proposal }, opened);
    expect(claimWarnings(state, 'accept-proposal')).toEqual(expected);
  });

  it('cancelling warns that it is final and that sellers run out the clock', () => {
    expect(claimWarnings(claimAfter([started, problemSet, disputeOpened(3)]), 'cancel-dispute')).toEqual(['cancel-is-final', 'seller-may-run-out-the-clock']);
  });
});
