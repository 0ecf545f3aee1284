import { describe, expect, it } from 'vitest';
import { deriveDeadlines } from '../../lib/domain/deadlines';
import { summariseOrder } from '../../lib/domain/order-summary';
import type { Deadline, Urgency } from '../../lib/schemas/deadline';
import type { OrderStatus } from '../../lib/schemas/order';
import { type NextStep, OrderSummary } from '../../lib/schemas/summary';
import { DAY, HOUR, ORDER_ID, deadline, local, localIso, zone } from './helpers';

const now = local('2026-06-10 12:00');
const inMs = (ms: number) => new Date(now.getTime() + ms).toISOString();
const protection = (leftMs: number) => deadline({ kind: 'protection-end', dueAt: inMs(leftMs) });
const dispute = (leftMs: number) =>
  deadline({ kind: 'dispute-after-completion', source: 'estimated', rule: 'completion-window-bounded', confidence: 'medium', dueAt: inMs(leftMs) });
const returns = (leftMs: number) =>
  deadline({ kind: 'return-window', source: 'manual', rule: 'entered-by-user', dueAt: inMs(leftMs) });

function summarise(status: OrderStatus, candidates: Deadline[], at = now) {
  const summary = summariseOrder({ status, candidates, now: at });
  // Every summary is valid against the schema the UI and messages rely on.
  expect(OrderSummary.parse(summary)).toEqual(summary);
  return summary;
}

describe('summariseOrder: urgency and next step per status', () => {
  it.each<{ name: string; status: OrderStatus; candidates: Deadline[]; urgency: Urgency; nextStep: NextStep }>([
    { name: 'unpaid: nothing to act on', status: 'unpaid', candidates: [], urgency: 'none', nextStep: 'none' },
    { name: 'cancelled', status: 'cancelled', candidates: [protection(2 * DAY)], urgency: 'none', nextStep: 'none' },
    { name: 'closed', status: 'closed', candidates: [dispute(2 * DAY)], urgency: 'none', nextStep: 'none' },
    { name: 'processing: protection not started (P1)', status: 'processing', candidates: [protection(20 * DAY)], urgency: 'none', nextStep: 'wait-for-shipment' },
    { name: 'shipped, no deadline known', status: 'shipped', candidates: [], urgency: 'none', nextStep: 'read-deadline-on-detail-page' },
    { name: 'shipped, only a completion deadline', status: 'shipped', candidates: [dispute(5 * DAY)], urgency: 'none', nextStep: 'read-deadline-on-detail-page' },
    { name: 'shipped, protection ok', status: 'shipped', candidates: [protection(20 * DAY)], urgency: 'ok', nextStep: 'open-dispute-if-not-received' },
    { name: 'shipped, protection soon', status: 'shipped', candidates: [protection(5 * DAY)], urgency: 'soon', nextStep: 'open-dispute-if-not-received' },
    { name: 'shipped, protection urgent (P6)', status: 'shipped', candidates: [protection(72 * HOUR)], urgency: 'urgent', nextStep: 'ask-extension-or-open-dispute' },
    { name: 'shipped, protection passed', status: 'shipped', candidates: [protection(-HOUR)], urgency: 'expired', nextStep: 'deadline-passed' },
    { name: 'completed, no deadline known', status: 'completed', candidates: [protection(5 * DAY)], urgency: 'none', nextStep: 'read-deadline-on-detail-page' },
    { name: 'completed, window ok', status: 'completed', candidates: [dispute(10 * DAY)], urgency: 'ok', nextStep: 'open-dispute-if-problem' },
    { name: 'completed, window urgent', status: 'completed', candidates: [dispute(HOUR)], urgency: 'urgent', nextStep: 'open-dispute-if-problem' },
    { name: 'completed, window passed', status: 'completed', candidates: [dispute(0)], urgency: 'expired', nextStep: 'deadline-passed' },
    { name: 'unknown, no deadline known', status: 'unknown', candidates: [], urgency: 'none', nextStep: 'read-deadline-on-detail-page' },
    { name: 'unknown, protection urgent', status: 'unknown', candidates: [protection(DAY)], urgency: 'urgent', nextStep: 'ask-extension-or-open-dispute' },
    { name: 'unknown, return window soon', status: 'unknown', candidates: [returns(4 * DAY)], urgency: 'soon', nextStep: 'open-dispute-if-problem' },
  ])('$name → $urgency, $nextStep', ({ status, candidates, urgency, nextStep }) => {
    const summary = summarise(status, candidates);
    expect(summary.urgency).toBe(urgency);
    expect(summary.nextStep).toBe(nextStep);
    if (urgency === 'none') {
      expect(summary).toEqual({ urgency, nextStep, deadlines: [] });
    }
  });
});

describe('summariseOrder: which deadline is shown', () => {
  it.each<{ name: string; candidates: Deadline[]; shown: Deadline; urgency: Urgency }>([
    { name: 'the earliest one still open', candidates: [returns(9 * DAY), dispute(4 * DAY)], shown: dispute(4 * DAY), urgency: 'soon' },
    { name: 'an open one over an earlier passed one', candidates: [dispute(-2 * DAY), returns(9 * DAY)], shown: returns(9 * DAY), urgency: 'ok' },
    { name: 'dueAt == now counts as passed', candidates: [dispute(0), returns(9 * DAY)], shown: returns(9 * DAY), urgency: 'ok' },
    { name: 'all passed: the latest one', candidates: [dispute(-5 * DAY), returns(-HOUR)], shown: returns(-HOUR), urgency: 'expired' },
  ])('$name', ({ candidates, shown, urgency }) => {
    const summary = summarise('completed', candidates);
    expect(summary.shown).toEqual(shown);
    expect(summary.urgency).toBe(urgency);
  });

  it('lists the selected, actionable deadlines sorted by dueAt', () => {
    const oldReading = deadline({ kind: 'protection-end', dueAt: inMs(DAY), observedAt: localIso('2026-05-20 12:00') });
    // Estimates: the earliest wins, even one already passed; the older page reading loses.
    const candidates = [returns(9 * DAY), protection(3 * DAY), dispute(-DAY), dispute(2 * DAY), oldReading];
    expect(summarise('completed', candidates).deadlines).toEqual([dispute(-DAY), returns(9 * DAY)]);
    expect(summarise('unknown', candidates).deadlines).toEqual([dispute(-DAY), protection(3 * DAY), returns(9 * DAY)]);
  });

  it('shows nothing, without throwing, when now is not a date', () => {
    const summary = summarise('shipped', [protection(DAY)], new Date(NaN));
    expect(summary).toMatchObject({ urgency: 'none', nextStep: 'read-deadline-on-detail-page' });
    expect(summary.shown).toBeUndefined();
  });
});

describe('summariseOrder: daysLeft (whole local days, truncated toward zero)', () => {
  it.each([
    { name: '12 days 5 hours left', dueAt: '2026-06-22 17:00', daysLeft: 12 },
    { name: '3 days exactly', dueAt: '2026-06-13 12:00', daysLeft: 3 },
    { name: 'under a day left', dueAt: '2026-06-11 11:00', daysLeft: 0 },
    { name: 'passed 5 hours ago', dueAt: '2026-06-10 07:00', daysLeft: 0 },
    { name: 'passed 1 day 5 hours ago', dueAt: '2026-06-09 07:00', daysLeft: -1 },
    { name: 'passed 10 days ago', dueAt: '2026-05-31 12:00', daysLeft: -10 },
  ])('$name → $daysLeft', ({ dueAt, daysLeft }) => {
    const summary = summarise('shipped', [deadline({ dueAt: localIso(dueAt) })]);
    expect(summary.daysLeft).toBe(daysLeft);
  });
});

describe('summariseOrder: dueDate is the local calendar day', () => {
  // Month ends, leap day, and times around each DST switch: 2026-03-08 and 2026-11-01 in
  // Los Angeles, 2026-04-05 and 2026-09-27 in Auckland. 01:30 on 11-01 and 02:30 on 04-05 occur
  // twice in those zones; any reading is still that day.
  it.each([
    '2026-01-31 23:59', '2026-02-01 00:00', '2026-02-28 23:59', '2028-02-29 00:00', '2028-02-29 23:30', '2026-12-31 23:59',
    '2026-03-08 00:30', '2026-03-08 03:30', '2026-03-08 23:30',
    '2026-11-01 00:30', '2026-11-01 01:30', '2026-11-01 23:30',
    '2026-04-05 00:30', '2026-04-05 02:30', '2026-04-05 23:30',
    '2026-09-27 00:30', '2026-09-27 03:30', '2026-09-27 23:30',
  ])('due %s', (due) => {
    const summary = summarise('shipped', [deadline({ dueAt: localIso(due) })], local('2026-01-01 00:00'));
    expect(summary.dueDate).toBe(due.slice(0, 10));
  });

  it.each([
    { name: 'estimate over Jan 31', lastSeen: '2026-01-31 10:00', dueDate: '2026-02-13' },
    { name: 'estimate onto Feb 29, 2028', lastSeen: '2028-02-16 10:00', dueDate: '2028-02-29' },
    { name: 'estimate over Feb 29, 2028', lastSeen: '2028-02-17 23:30', dueDate: '2028-03-01' },
    { name: 'estimate late on LA spring-forward day', lastSeen: '2026-02-23 23:30', dueDate: '2026-03-08' },
    { name: 'estimate early on LA fall-back day', lastSeen: '2026-10-19 00:30', dueDate: '2026-11-01' },
    { name: 'estimate late on Auckland fall-back day', lastSeen: '2026-03-23 23:30', dueDate: '2026-04-05' },
    { name: 'estimate early on Auckland spring-forward day', lastSeen: '2026-09-14 00:30', dueDate: '2026-09-27' },
  ])('$name → $dueDate', ({ lastSeen, dueDate }) => {
    const candidates = deriveDeadlines({ orderId: ORDER_ID, status: 'completed', lastSeenNotCompletedAt: localIso(lastSeen) });
    expect(summarise('completed', candidates, local('2026-01-01 00:00')).dueDate).toBe(dueDate);
  });

  it.each([
    { name: 'Jan 31 + 15 days', observed: '2026-01-31 10:00', remainingMs: 15 * DAY, dueDate: '2026-02-15' },
    { name: 'Feb 14, 2028 + 15 days', observed: '2028-02-14 10:00', remainingMs: 15 * DAY, dueDate: '2028-02-29' },
    { name: 'Feb 15, 2028 + 15 days', observed: '2028-02-15 10:00', remainingMs: 15 * DAY, dueDate: '2028-03-01' },
  ])('countdown $name → $dueDate', ({ observed, remainingMs, dueDate }) => {
    const candidates = deriveDeadlines({
      orderId: ORDER_ID,
      status: 'shipped',
      countdown: { text: '15 days', remainingMs, observedAt: localIso(observed) },
    });
    expect(summarise('shipped', candidates, local('2026-01-01 00:00')).dueDate).toBe(dueDate);
  });

  // A countdown is elapsed time: 24 h from 23:30 (or 00:30) lands on a different local day only
  // in the zone whose clocks change that night. Zone-specific on purpose.
  it.each([
    { name: 'LA springs forward', observed: '2026-03-07 23:30', switchZone: 'America/Los_Angeles', there: '2026-03-09', elsewhere: '2026-03-08' },
    { name: 'LA falls back', observed: '2026-11-01 00:30', switchZone: 'America/Los_Angeles', there: '2026-11-01', elsewhere: '2026-11-02' },
    { name: 'Auckland falls back', observed: '2026-04-05 00:30', switchZone: 'Pacific/Auckland', there: '2026-04-05', elsewhere: '2026-04-06' },
    { name: 'Auckland springs forward', observed: '2026-09-26 23:30', switchZone: 'Pacific/Auckland', there: '2026-09-28', elsewhere: '2026-09-27' },
  ])('24 h countdown when $name', ({ observed, switchZone, there, elsewhere }) => {
    const candidates = deriveDeadlines({
      orderId: ORDER_ID,
      status: 'shipped',
      countdown: { text: '1 day', remainingMs: DAY, observedAt: localIso(observed) },
    });
    const summary = summarise('shipped', candidates, local('2026-01-01 00:00'));
    expect(summary.dueDate).toBe(zone === switchZone ? there : elsewhere);
  });
});
