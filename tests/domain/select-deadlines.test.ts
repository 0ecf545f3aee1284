import { describe, expect, it } from 'vitest';
import { selectDeadlines } from '../../lib/domain/select-deadlines';
import type { Deadline } from '../../lib/schemas/deadline';
import { deadline, localIso } from './helpers';

// Candidates for one kind, named by what they are; dueAt / observedAt in local wall-clock time.
const page = (observed: string, due: string) =>
  deadline({ source: 'aliexpress', rule: 'card-countdown', confidence: 'high', observedAt: localIso(observed), dueAt: localIso(due) });
const manual = (observed: string, due: string) =>
  deadline({ source: 'manual', rule: 'entered-by-user', confidence: 'high', observedAt: localIso(observed), dueAt: localIso(due) });
const estimate = (observed: string, due: string) =>
  deadline({ source: 'estimated', rule: 'completion-window-bounded', confidence: 'low', observedAt: localIso(observed), dueAt: localIso(due) });

const oldPage = page('2026-06-01 09:00', '2026-06-20 12:00');
const newPage = page('2026-06-05 09:00', '2026-06-25 12:00');
const oldManual = manual('2026-06-02 09:00', '2026-06-22 12:00');
const newManual = manual('2026-06-06 09:00', '2026-06-28 12:00');
const sameTimeManual = manual('2026-06-05 09:00', '2026-06-18 12:00');
const earlyEstimate = estimate('2026-06-07 09:00', '2026-06-10 12:00');
const lateEstimate = estimate('2026-06-08 09:00', '2026-06-15 12:00');
const earlyEstimateOlder = estimate('2026-06-01 09:00', '2026-06-10 12:00');

describe('selectDeadlines: which candidate of a kind wins', () => {
  it.each<{ name: string; candidates: Deadline[]; winner: Deadline }>([
    { name: 'a fresh page reading beats an older manual entry', candidates: [oldManual, newPage], winner: newPage },
    { name: 'a fresh manual entry beats an older page reading', candidates: [oldPage, newManual], winner: newManual },
    { name: 'the newer of two page readings', candidates: [newPage, oldPage], winner: newPage },
    { name: 'the newer of two manual entries', candidates: [oldManual, newManual], winner: newManual },
    { name: 'on an observedAt tie, AliExpress beats manual', candidates: [sameTimeManual, newPage], winner: newPage },
    { name: 'first-hand beats an earlier, newer estimate', candidates: [earlyEstimate, oldPage], winner: oldPage },
    { name: 'without first-hand, the earliest estimate', candidates: [lateEstimate, earlyEstimate], winner: earlyEstimate },
    { name: 'estimates due together: the newer one', candidates: [earlyEstimateOlder, earlyEstimate], winner: earlyEstimate },
    { name: 'a single candidate', candidates: [lateEstimate], winner: lateEstimate },
  ])('$name', ({ candidates, winner }) => {
    expect(selectDeadlines(candidates)).toEqual([winner]);
    expect(selectDeadlines([...candidates].reverse())).toEqual([winner]);
  });
});

describe('selectDeadlines: one per kind, sorted by dueAt', () => {
  it('keeps one deadline per kind, earliest due first', () => {
    const protection = page('2026-06-05 09:00', '2026-06-25 12:00');
    const dispute = deadline({ ...estimate('2026-06-07 09:00', '2026-06-12 12:00'), kind: 'dispute-after-completion' });
    const laterDispute = deadline({ ...estimate('2026-06-07 09:00', '2026-06-30 12:00'), kind: 'dispute-after-completion' });
    const quality = deadline({ ...manual('2026-06-01 09:00', '2026-07-01 12:00'), kind: 'quality-dispute' });
    expect(selectDeadlines([quality, laterDispute, protection, dispute])).toEqual([dispute, protection, quality]);
  });

  it('orders kinds due at the same instant by kind, so output is stable', () => {
    const due = '2026-06-25 12:00';
    const returns = deadline({ ...manual('2026-06-01 09:00', due), kind: 'return-window' });
    const protection = page('2026-06-01 09:00', due);
    expect(selectDeadlines([returns, protection])).toEqual([protection, returns]);
  });

  it('returns nothing for no candidates', () => {
    expect(selectDeadlines([])).toEqual([]);
  });
});

describe('selectDeadlines: invalid dates are dropped, never thrown on', () => {
  it.each([
    { name: 'dueAt not a date', broken: deadline({ dueAt: 'soon', observedAt: localIso('2026-06-30 09:00') }) },
    { name: 'observedAt not a date', broken: deadline({ observedAt: '', dueAt: localIso('2026-06-11 09:00') }) },
    { name: 'dueAt out of range', broken: deadline({ dueAt: '+999999-01-01T00:00:00Z', observedAt: localIso('2026-06-30 09:00') }) },
  ])('$name', ({ broken }) => {
    expect(() => selectDeadlines([broken])).not.toThrow();
    expect(selectDeadlines([broken])).toEqual([]);
    // A valid candidate of the same kind still wins, although the broken one looks newer.
    expect(selectDeadlines([broken, oldPage])).toEqual([oldPage]);
  });
});
