import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SendOrdersSeen } from '@/lib/features/order-badges';
import type { OrderView } from '@/lib/messaging/protocol';
import { ORDERS_LIST } from '@/lib/parsers/selectors';
import type { Deadline } from '@/lib/schemas/deadline';
import type { ParsedOrderCard } from '@/lib/schemas/order';
import { deriveDeadlines } from '@/lib/domain/deadlines';
import { factsFromCard } from '@/lib/domain/card-facts';
import { i18nMock } from '../i18n-en';
import { FIXTURE_DIR } from '../parsers/helpers/fixtures';
import { showSavedPage } from './helpers/saved-page';

vi.mock('@/lib/i18n', () => i18nMock);

let createOrderBadges: typeof import('@/lib/features/order-badges').createOrderBadges;
let REFRESH_MS: number;
beforeAll(async () => {
  ({ createOrderBadges, REFRESH_MS } = await import('@/lib/features/order-badges'));
});

// My Orders as the buyer sees it, with the background's answer in the tests' hands: the badge
// paints from the card at once, then follows what the background says, and only redraws on change.

const html = readFileSync(join(FIXTURE_DIR, 'orders-2026-en.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, 'orders-2026-en.expected.json'), 'utf8')) as ParsedOrderCard[];
// "Buyer protection ends in 17 days 4 hours", read on 2026-11-23 at 12:00 UTC.
const ORDER = '8214870035512946';
const card = expected.find((order) => order.orderId === ORDER)!;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
});

const loadPage = () => showSavedPage(html);

function run(answer: (orders: ParsedOrderCard[]) => OrderView[]) {
  let now = new Date(card.countdown!.observedAt);
  const sendOrdersSeen = vi.fn<SendOrdersSeen>(async (orders) => answer(orders));
  controller = new AbortController();
  void createOrderBadges(sendOrdersSeen).run({
    document,
    url: new URL('https://www.aliexpress.com/p/order/index.html'),
    pageKind: 'orders',
    signal: controller.signal,
    clock: () => now,
  });
  return { sendOrdersSeen, setNow: (date: Date) => (now = date) };
}

/** What the background answers when it knows nothing more than the cards. */
const sameAsCards = (orders: ParsedOrderCard[]): OrderView[] =>
  orders.map((order) => ({ orderId: order.orderId, status: order.status, deadlines: deriveDeadlines(factsFromCard(order)) }));

const badge = () => document.querySelector<HTMLElement>(`aca-order-badge[data-aca-order-id="${ORDER}"]`)!;
const chip = () => badge().shadowRoot!.querySelector('button.chip')!;

describe('order badges feature', () => {
  it('paints every card from what it says, and keeps the same nodes when the background agrees', async () => {
    loadPage();
    const { sendOrdersSeen } = run(sameAsCards);
    // The static cards (the rest come with "View orders"), each with one badge.
    const cards = document.querySelectorAll(ORDERS_LIST.card);
    expect(cards.length).toBeGreaterThan(5);
    expect(document.querySelectorAll('aca-order-badge')).toHaveLength(cards.length);
    expect(badge().dataset).toMatchObject({ acaStatus: 'shipped', acaDeadline: '2026-12-10', acaDeadlineSource: 'aliexpress', acaUrgency: 'ok' });
    const painted = chip();
    expect(painted.textContent).toContain('17 days');

    await tick();
    expect(sendOrdersSeen).toHaveBeenCalledTimes(1);
    expect(chip()).toBe(painted); // nothing changed: no second build of any badge
  });

  it('redraws a badge when the background knows a nearer deadline', async () => {
    loadPage();
    const manual: Deadline = {
      orderId: ORDER,
      kind: 'protection-end',
      dueAt: '2026-11-25T12:00:00.000Z',
      source: 'manual',
      rule: 'entered-by-user',
      confidence: 'high',
      observedAt: '2026-11-20T09:00:00.000Z',
    };
    run((orders) => sameAsCards(orders).map((view) => (view.orderId === ORDER ? { ...view, deadlines: [manual] } : view)));
    await tick();
    expect(badge().dataset).toMatchObject({ acaDeadline: '2026-11-25', acaDeadlineSource: 'manual', acaUrgency: 'urgent' });
    expect(chip().textContent).toContain('2 days');
  });

  it('counts the days down on a page left open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    loadPage();
    const { setNow } = run(sameAsCards);
    await tick();
    const before = chip();
    // Five minutes on, nothing to redraw yet.
    setNow(new Date('2026-11-23T12:05:00.000Z'));
    vi.advanceTimersByTime(REFRESH_MS);
    expect(chip()).toBe(before);
    // Sixteen days on, the same badge says 1 day left and turns urgent.
    setNow(new Date('2026-12-09T12:00:00.000Z'));
    vi.advanceTimersByTime(REFRESH_MS);
    expect(badge().dataset).toMatchObject({ acaDeadline: '2026-12-10', acaUrgency: 'urgent' });
    expect(chip().textContent).toContain('1 day');
  });
});
