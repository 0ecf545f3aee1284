import { describe, expect, it } from 'vitest';
import { zone } from './helpers';

// getTimezoneOffset() is minutes *behind* UTC, so zones east of UTC are negative.
const OFFSETS: Record<string, { january: number; july: number }> = {
  'Pacific/Auckland': { january: -780, july: -720 },
  'America/Los_Angeles': { january: 480, july: 420 },
  'Asia/Kolkata': { january: -330, july: -330 },
  UTC: { january: 0, july: 0 },
};

describe('time zone of this test project', () => {
  it('is one of the configured zones', () => {
    expect(Object.keys(OFFSETS)).toContain(zone);
  });

  it('is the zone Intl resolves (compared in canonical form: ICU may say Asia/Calcutta)', () => {
    const canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(canonical);
  });

  it('is the zone Date uses for local time', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(OFFSETS[zone]?.january);
    expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(OFFSETS[zone]?.july);
  });
});
