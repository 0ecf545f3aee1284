import { describe, expect, it } from 'vitest';
import { parseManualDeadline, toFormValues } from '../../lib/domain/manual-date';
import { local, zone } from './helpers';

const now = local('2026-06-10 12:00');

describe('parseManualDeadline: what the buyer typed, in their zone', () => {
  it.each([
    { name: 'date and time', date: '2026-06-20', time: '15:30', want: '2026-06-20 15:30' },
    { name: 'date only: the end of that day', date: '2026-06-20', time: '', want: '2026-06-20 23:59' },
    { name: 'spaces around', date: ' 2026-06-20 ', time: ' 08:05 ', want: '2026-06-20 08:05' },
    { name: 'month end', date: '2026-06-30', time: '23:59', want: '2026-06-30 23:59' },
    { name: 'leap day', date: '2028-02-29', time: '', want: '2028-02-29 23:59', at: '2028-02-01 12:00' },
    { name: 'later today', date: '2026-06-10', time: '12:01', want: '2026-06-10 12:01' },
    { name: 'a DST day (LA springs forward), after the gap', date: '2026-03-08', time: '12:00', want: '2026-03-08 12:00', at: '2026-03-01 12:00' },
  ])('$name', ({ date, time, want, at }: { date: string; time: string; want: string; at?: string }) => {
    const result = parseManualDeadline(date, time, at ? local(at) : now);
    expect(result).toEqual({ ok: true, dueAt: local(want) });
  });

  it.each([
    { name: 'nothing typed', date: '', time: '', error: 'missing-date' },
    { name: 'not a date', date: '20/06/2026', time: '', error: 'invalid-date' },
    { name: '31 April', date: '2026-04-31', time: '', error: 'invalid-date' },
    { name: '29 February in a common year', date: '2027-02-29', time: '', error: 'invalid-date' },
    { name: 'month 13', date: '2026-13-01', time: '', error: 'invalid-date' },
    { name: 'bad time', date: '2026-06-20', time: '25:00', error: 'invalid-time' },
    { name: 'time words', date: '2026-06-20', time: 'noon', error: 'invalid-time' },
    { name: 'passed', date: '2026-06-09', time: '', error: 'in-the-past' },
    { name: 'exactly now', date: '2026-06-10', time: '12:00', error: 'in-the-past' },
    { name: 'over 400 days ahead', date: '2027-07-20', time: '', error: 'too-far-ahead' },
  ])('$name → $error', ({ date, time, error }) => {
    expect(parseManualDeadline(date, time, now)).toEqual({ ok: false, error });
  });

  it('a time skipped by spring-forward is refused where the zone skips it', () => {
    const result = parseManualDeadline('2026-03-08', '02:30', local('2026-03-01 12:00'));
    if (zone === 'America/Los_Angeles') expect(result).toEqual({ ok: false, error: 'invalid-time' });
    else expect(result).toEqual({ ok: true, dueAt: local('2026-03-08 02:30') });
  });

  it.each(['2026-06-20 15:30', '2026-12-31 23:59', '2026-03-08 12:00'])('round-trips %s through the form values', (text) => {
    const { date, time } = toFormValues(local(text));
    expect(parseManualDeadline(date, time, local('2026-03-01 00:00'))).toEqual({ ok: true, dueAt: local(text) });
  });
});
