import { describe, expect, it, vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { DeadlineKind } from '@/lib/schemas/deadline';
import { NextStep } from '@/lib/schemas/summary';

// Records every message key a headline asks for, so the test can compare it with what is fetched ahead.
const asked = new Set<string>();
vi.mock('@/lib/i18n', () => ({
  t: (key: string) => (asked.add(key), key),
  tPlural: (base: string, count: number) => {
    const key = `${base}_${count === 1 ? 'one' : 'other'}`;
    asked.add(key);
    return key;
  },
}));

const { badgeHeadline, HEADLINE_KEYS } = await import('@/components/order-badge/headline');

const shown = (kind: DeadlineKind) => ({
  orderId: '8001234567890123',
  kind,
  rule: 'card-countdown' as const,
  source: 'aliexpress' as const,
  confidence: 'high' as const,
  dueAt: '2026-03-05T09:00:00.000Z',
  observedAt: '2026-03-01T09:00:00.000Z',
});

describe('HEADLINE_KEYS (fetched ahead while the page is idle)', () => {
  it('holds every key a headline can ask for, for every kind, count and next step', () => {
    for (const kind of DeadlineKind.options) {
      for (const [urgency, daysLeft] of [['ok', 12], ['urgent', 1], ['urgent', 0], ['expired', 0], ['expired', -1], ['expired', -3]] as const) {
        badgeHeadline({ shown: shown(kind), urgency, daysLeft, dueDate: '2026-03-05', nextStep: 'none', deadlines: [] });
      }
    }
    for (const nextStep of NextStep.options) badgeHeadline({ urgency: 'none', nextStep, deadlines: [] });
    expect(asked.size).toBeGreaterThan(DeadlineKind.options.length * 4);
    expect([...asked].filter((key) => !HEADLINE_KEYS.includes(key as never))).toEqual([]);
  });

  it('names only messages the catalogue has', () => {
    expect(HEADLINE_KEYS.filter((key) => !(key in messages))).toEqual([]);
  });
});
