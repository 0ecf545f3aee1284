import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '@/lib/schemas/deadline';
import type { OrderSummary } from '@/lib/schemas/summary';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);

let OrderBadge: typeof import('@/components/order-badge/OrderBadge').OrderBadge;
let summariseOrder: typeof import('@/lib/domain/order-summary').summariseOrder;
beforeAll(async () => {
  ({ OrderBadge } = await import('@/components/order-badge/OrderBadge'));
  ({ summariseOrder } = await import('@/lib/domain/order-summary'));
});

const NOW = new Date('2026-11-23T12:00:00.000Z');
const DAY = 86_400_000;
const ORDER = '8214752218806374';
const deadline = (over: Partial<Deadline>): Deadline => ({
  orderId: ORDER,
  kind: 'protection-end',
  dueAt: new Date(NOW.getTime() + 12 * DAY + 5 * 3_600_000).toISOString(),
  source: 'aliexpress',
  rule: 'card-countdown',
  confidence: 'high',
  observedAt: NOW.toISOString(),
  ...over,
});

function render(summary: OrderSummary, open = false, onToggle = () => {}) {
  return OrderBadge({ orderId: ORDER, summary, now: NOW, timeZone: 'UTC', open, onToggle });
}
const summaryOf = (status: Parameters<typeof summariseOrder>[0]['status'], candidates: Deadline[]) =>
  summariseOrder({ status, candidates, now: NOW });

describe('OrderBadge', () => {
  it.each([
    ['shipped, 12 days of protection', 'shipped', [deadline({})], /OK.*12 days of protection left.*AliExpress/],
    ['shipped, 2 days left', 'shipped', [deadline({ dueAt: new Date(NOW.getTime() + 2 * DAY + 1000).toISOString() })], /Urgent.*2 days of protection left.*AliExpress/],
    ['shipped, 5 hours left', 'shipped', [deadline({ dueAt: new Date(NOW.getTime() + 5 * 3_600_000).toISOString() })], /Protection ends within a day/],
    ['completed, estimate', 'completed', [deadline({ kind: 'dispute-after-completion', source: 'estimated', rule: 'completion-window-bounded', confidence: 'medium', dueAt: new Date(NOW.getTime() + 6 * DAY + 1000).toISOString() })], /6 days left to open a dispute.*≈ estimate/],
    ['completed, window closed 3 days ago', 'completed', [deadline({ kind: 'dispute-after-completion', source: 'manual', rule: 'entered-by-user', dueAt: new Date(NOW.getTime() - 3 * DAY - 1000).toISOString() })], /Dispute window closed 3 days ago.*entered by you/],
    ['shipped, nothing known', 'shipped', [], /Deadline unknown/],
    ['processing', 'processing', [], /Not shipped yet/],
    ['unpaid', 'unpaid', [deadline({})], /Nothing to claim/],
  ] as const)('%s', (_name, status, candidates, text) => {
    const node = render(summaryOf(status, [...candidates]));
    expect(node.textContent).toMatch(text);
    expect(node.querySelector('.panel')).toBeNull();
  });

  it('shows urgency by class, icon and word together', () => {
    const node = render(summaryOf('shipped', [deadline({ dueAt: new Date(NOW.getTime() + DAY).toISOString() })]));
    expect(node.classList.contains('urgency-urgent')).toBe(true);
    expect(node.querySelector('svg.icon')).not.toBeNull();
    expect(node.querySelector('.word')!.textContent).toBe('Urgent');
  });

  it('opened, lists every deadline with date, source, confidence, rule, and the next step', () => {
    const summary = summaryOf('completed', [
      deadline({ kind: 'dispute-after-completion', source: 'estimated', rule: 'completion-window-bounded', confidence: 'low', dueAt: new Date(NOW.getTime() + 9 * DAY).toISOString() }),
      deadline({ kind: 'quality-dispute', source: 'manual', rule: 'entered-by-user', dueAt: new Date(NOW.getTime() + 40 * DAY).toISOString() }),
    ]);
    const node = render(summary, true);
    const rows = [...node.querySelectorAll('.deadline')].map((row) => row.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/Last day to open a dispute.*≈ Dec 2, 2026 · 9 days left.*Source: ≈ estimate \(rough\).*15 days after an order completes/);
    expect(rows[1]).toMatch(/Defect \/ not-as-described dispute ends.*Jan 2, 2027 · 40 days left.*entered by you \(sure\)/);
    expect(node.querySelector('.next')!.textContent).toMatch(/Next step:.*open a dispute before this date/);
    expect(node.querySelector('button.chip')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('toggles through its callback (the feature owns the open state)', () => {
    const onToggle = vi.fn();
    const node = render(summaryOf('shipped', [deadline({})]), true, onToggle);
    (node.querySelector('button.chip') as HTMLButtonElement).click();
    (node.querySelector('button.close') as HTMLButtonElement).click();
    expect(onToggle).toHaveBeenCalledTimes(2);
  });
});
