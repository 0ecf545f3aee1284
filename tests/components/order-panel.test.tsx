import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '@/lib/schemas/deadline';
import type { DeadlineMoves } from '@/lib/schemas/deadline-history';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);

let OrderPanel: typeof import('@/components/order-panel/OrderPanel').OrderPanel;
let summariseOrder: typeof import('@/lib/domain/order-summary').summariseOrder;
let selectDeadlines: typeof import('@/lib/domain/select-deadlines').selectDeadlines;
beforeAll(async () => {
  ({ OrderPanel } = await import('@/components/order-panel/OrderPanel'));
  ({ summariseOrder } = await import('@/lib/domain/order-summary'));
  ({ selectDeadlines } = await import('@/lib/domain/select-deadlines'));
});

const NOW = new Date('2026-01-10T12:00:00.000Z');
const DAY = 86_400_000;
const ORDER = '8214779947343229';
const protection: Deadline = {
  orderId: ORDER,
  kind: 'protection-end',
  dueAt: '2026-02-02T00:00:00.000Z',
  source: 'aliexpress',
  rule: 'tracking-refund-date',
  confidence: 'high',
  observedAt: NOW.toISOString(),
};
const coupon: Deadline = { ...protection, kind: 'delay-coupon', dueAt: new Date(NOW.getTime() + 4 * DAY).toISOString(), rule: 'tracking-coupon-date' };
const early: Deadline = { ...protection, kind: 'delivered-protection-end', source: 'estimated', rule: 'delivered-shortening', confidence: 'low', dueAt: new Date(NOW.getTime() + 2 * DAY).toISOString() };

function render(candidates: Deadline[], history: DeadlineMoves[] = [], extra: Partial<Parameters<typeof OrderPanel>[0]> = {}) {
  return OrderPanel({
    orderId: ORDER,
    summary: summariseOrder({ status: 'shipped', candidates, now: NOW }),
    deadlines: selectDeadlines(candidates),
    history,
    extendTimeOffered: false,
    refundInProgress: false,
    saveState: 'saved',
    now: NOW,
    timeZone: 'UTC',
    ...extra,
  });
}

describe('OrderPanel', () => {
  it('lists every deadline with days left, source and rule, the nearest one marked', () => {
    const node = render([protection, coupon, early]);
    const rows = [...node.querySelectorAll('li.deadline')];
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['delivered-protection-end', 'delay-coupon', 'protection-end']);
    expect(rows[0]!.classList.contains('shown')).toBe(true);
    expect(rows[0]!.textContent).toMatch(/Protection may end early.*≈ .*2 days left.*≈ estimate.*rough.*marked delivered/);
    expect(rows[2]!.textContent).toMatch(/Buyer protection ends.*Feb 2, 2026.*22 days left.*AliExpress.*Refund if no delivery before/);
    expect(rows[1]!.textContent).toMatch(/Ask for the delay coupon/);
    expect(node.textContent).toMatch(/Urgent.*2 days of protection left/);
  });

  it('says where a deadline moved from', () => {
    const history: DeadlineMoves[] = [{ kind: 'protection-end', source: 'aliexpress', moves: [{ dueAt: '2026-01-12T00:00:00.000Z', observedAt: '2026-01-01T00:00:00.000Z' }] }];
    const node = render([protection], history);
    expect(node.querySelector('.moved')?.textContent).toBe('moved from Jan 12, 2026 to Feb 2, 2026');
  });

  it('notes a refund under way, "Extend time", the chat link and a failed save', () => {
    const node = render([protection], [], { refundInProgress: true, sellerChatUrl: 'https://www.aliexpress.com/p/message/index.html?sellerId=1', saveState: 'failed' });
    expect(node.textContent).toMatch(/already under way/);
    expect(node.querySelector('a.chat')?.getAttribute('href')).toBe('https://www.aliexpress.com/p/message/index.html?sellerId=1');
    expect(node.querySelector('a.chat')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(node.textContent).toMatch(/Could not save/);
    expect(render([protection], [], { extendTimeOffered: true }).textContent).toMatch(/"Extend time" is offered/);
  });

  it('without deadlines it says so and points to the tracking page', () => {
    expect(render([]).textContent).toMatch(/No deadline known.*tracking page/);
  });

  it('offers "Start a claim" only when wired (issue 5), and calls back', () => {
    expect(render([protection]).querySelector('[data-aca-action="start-claim"]')).toBeNull();
    let started = 0;
    const button = render([protection], [], { onStartClaim: () => started++ }).querySelector<HTMLButtonElement>('[data-aca-action="start-claim"]')!;
    expect(button.textContent).toBe('Start a claim');
    button.click();
    expect(started).toBe(1);
  });
});
