import { describe, expect, it, vi } from 'vitest';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);
const { OrderBadge } = await import('@/components/order-badge/OrderBadge');
const { summariseOrder } = await import('@/lib/domain/order-summary');
const { createMessageHandler } = await import('@/lib/messaging/handler');

const NOW = new Date('2026-11-23T12:00:00.000Z');
const ORDER = '8214752218806374';
const summary = summariseOrder({ status: 'shipped', candidates: [], now: NOW });

describe('"Start a claim" from a badge (issue 5)', () => {
  it('the opened details offer it when wired, and it calls back', () => {
    const onStartClaim = vi.fn();
    const node = OrderBadge({ orderId: ORDER, summary, now: NOW, timeZone: 'UTC', open: true, onToggle: () => {}, onStartClaim });
    const button = node.querySelector<HTMLButtonElement>('[data-aca-action="start-claim"]')!;
    expect(button.textContent).toBe('Start a claim');
    button.click();
    expect(onStartClaim).toHaveBeenCalledTimes(1);
  });

  it('without it, or closed, there is no link', () => {
    expect(OrderBadge({ orderId: ORDER, summary, now: NOW, timeZone: 'UTC', open: true, onToggle: () => {} }).querySelector('[data-aca-action="start-claim"]')).toBeNull();
    expect(OrderBadge({ orderId: ORDER, summary, now: NOW, timeZone: 'UTC', open: false, onToggle: () => {}, onStartClaim: () => {} }).querySelector('[data-aca-action="start-claim"]')).toBeNull();
  });

  it('claim/open asks the background to open the claim screen for a valid order only', async () => {
    const openClaimPage = vi.fn(async () => {});
    const handler = createMessageHandler({} as never, { openClaimPage });
    expect(await handler({ type: 'claim/open', orderId: ORDER })).toEqual({ ok: true, data: { opened: true } });
    expect(openClaimPage).toHaveBeenCalledWith(ORDER);
    expect(await handler({ type: 'claim/open', orderId: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(openClaimPage).toHaveBeenCalledTimes(1);
  });
});
