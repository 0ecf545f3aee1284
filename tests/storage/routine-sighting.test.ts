import { describe, expect, it } from 'vitest';
import { SIGHTING_REFRESH_MS, onlyRefreshesBounds } from '../../lib/storage/routine-sighting';
import { HOUR, T0, plus } from './fixtures';

type Row = { id: string; status: string; tags: string[]; seenAt?: string; openAt?: string };
const BOUNDS = ['seenAt', 'openAt'] as const;
const row = (overrides: Partial<Row> = {}): Row => ({ id: '1', status: 'shipped', tags: ['a'], seenAt: T0, openAt: T0, ...overrides });

describe('onlyRefreshesBounds', () => {
  it('an identical row says nothing new', () => {
    expect(onlyRefreshesBounds(row(), row(), BOUNDS)).toBe(true);
  });

  it('bounds moved forward by less than the refresh interval say nothing new', () => {
    const later = plus(T0, SIGHTING_REFRESH_MS - 1);
    expect(onlyRefreshesBounds(row(), row({ seenAt: later, openAt: later }), BOUNDS)).toBe(true);
  });

  it('a bound moved forward by the refresh interval or more is news', () => {
    expect(onlyRefreshesBounds(row(), row({ seenAt: plus(T0, SIGHTING_REFRESH_MS) }), BOUNDS)).toBe(false);
  });

  it('a bound moved back, appearing or disappearing is news', () => {
    expect(onlyRefreshesBounds(row(), row({ seenAt: plus(T0, -HOUR / 60) }), BOUNDS)).toBe(false);
    expect(onlyRefreshesBounds(row({ openAt: undefined }), row(), BOUNDS)).toBe(false);
    const withoutOpen = row();
    delete withoutOpen.openAt;
    expect(onlyRefreshesBounds(row(), withoutOpen, BOUNDS)).toBe(false);
  });

  it('any other field that differs is news, however deep', () => {
    expect(onlyRefreshesBounds(row(), row({ status: 'completed' }), BOUNDS)).toBe(false);
    expect(onlyRefreshesBounds(row(), row({ tags: ['a', 'b'] }), BOUNDS)).toBe(false);
    expect(onlyRefreshesBounds(row(), row(), ['seenAt'])).toBe(true);
    expect(onlyRefreshesBounds(row(), row({ openAt: plus(T0, 1) }), ['seenAt'])).toBe(false);
  });

  it('the order fields were built in does not matter', () => {
    const reordered: Row = { tags: ['a'], openAt: T0, seenAt: T0, status: 'shipped', id: '1' };
    expect(onlyRefreshesBounds(row(), reordered, BOUNDS)).toBe(true);
  });
});
