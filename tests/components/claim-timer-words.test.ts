import { describe, expect, it, vi } from 'vitest';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);

const { badgeHeadline } = await import('@/components/order-badge/headline');
const { OrderBadge } = await import('@/components/order-badge/OrderBadge');

const ORDER = '8001234567890123';
const NOW = new Date('2026-03-02T09:00:00.000Z');
type Kind = 'seller-reply' | 'seller-dispute-answer' | 'return-shipment';
type Rule = 'seller-reply-wait' | 'dispute-answer-window' | 'return-shipping-window';
const timer = (kind: Kind, rule: Rule) => ({ orderId: ORDER, kind, rule, source: 'estimated' as const, confidence: 'medium' as const, dueAt: '2026-03-05T09:00:00.000Z', observedAt: NOW.toISOString() });

// The claim timers are deadlines like any other: wherever a deadline is shown they have words.
describe('claim timers in deadline wording', () => {
  it.each<[Kind, Rule, number, string, string]>([
    ['seller-reply', 'seller-reply-wait', 2, 'urgent', "2 days left to wait for the seller's reply"],
    ['seller-reply', 'seller-reply-wait', 0, 'urgent', "Last day to wait for the seller's reply"],
    ['seller-dispute-answer', 'dispute-answer-window', 3, 'urgent', '3 days left for the seller to answer the dispute'],
    ['seller-dispute-answer', 'dispute-answer-window', -1, 'expired', "The seller's time to answer ended 1 day ago"],
    ['return-shipment', 'return-shipping-window', 1, 'urgent', '1 day left to ship the return'],
    ['return-shipment', 'return-shipping-window', 0, 'expired', 'The time to ship the return has ended'],
  ])('%s, %i days', (kind, rule, daysLeft, urgency, text) => {
    const shown = timer(kind, rule);
    const summary = { shown, urgency: urgency as 'urgent', daysLeft, dueDate: '2026-03-05', nextStep: 'none' as const, deadlines: [shown] };
    expect(badgeHeadline(summary)).toBe(text);
    const panel = OrderBadge({ orderId: ORDER, summary, now: NOW, timeZone: 'UTC', open: true, onToggle: () => {} });
    // The panel names the kind and explains the rule: no raw key shows through.
    expect(panel.textContent).not.toMatch(/kind_|rule_/);
  });
});
