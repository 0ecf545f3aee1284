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

/** `answerAfter`: the background answers only once it resolves (default: at once). */
function run(answer: (orders: ParsedOrderCard[]) => OrderView[], answerAfter?: Promise<void>) {
  let now = new Date(card.countdown!.observedAt);
  const sendOrdersSeen = vi.fn<SendOrdersSeen>(async (orders) => {
    await answerAfter;
    return answer(orders);
  });
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

/** A background answer held back until `release()`, to see the badge as the card alone paints it. */
function heldBack() {
  let release!: () => void;
  const until = new Promise<void>((resolve) => (release = resolve));
  return { until, release };
}

// A slow machine reads the cards in more than one slice: wait for the last one, not for a timing.
const allBadged = () =>
  vi.waitFor(() => expect(document.querySelectorAll('aca-order-badge')).toHaveLength(document.querySelectorAll(ORDERS_LIST.card).length));
// The cards are sent when the page is idle: wait for the message and for its answer.
const allAnswered = (send: ReturnType<typeof run>['sendOrdersSeen']) =>
  vi.waitFor(() => {
    expect(send).toHaveBeenCalled();
    expect(send.mock.settledResults.every((result) => result.type === 'fulfilled')).toBe(true);
  });
const sentOrderIds = (send: ReturnType<typeof run>['sendOrdersSeen']) => send.mock.calls.flatMap(([orders]) => orders.map((order) => order.orderId));

/** A date the buyer entered for ORDER a few days before the page was read. */
const manualDeadline = (kind: Deadline['kind'], dueAt: string): Deadline => ({
  orderId: ORDER,
  kind,
  dueAt,
  source: 'manual',
  rule: 'entered-by-user',
  confidence: 'high',
  observedAt: '2026-11-20T09:00:00.000Z',
});

const badge = () => document.querySelector<HTMLElement>(`aca-order-badge[data-aca-order-id="${ORDER}"]`)!;
const chip = () => badge().shadowRoot!.querySelector<HTMLButtonElement>('button.chip')!;

describe('order badges feature', () => {
  it('paints every card from what it says, and keeps the same nodes when the background agrees', async () => {
    loadPage();
    const answer = heldBack();
    const { sendOrdersSeen } = run(sameAsCards, answer.until);
    // The static cards (the rest come with "View orders"), each with one badge.
    const cards = document.querySelectorAll(ORDERS_LIST.card);
    expect(cards.length).toBeGreaterThan(5);
    await allBadged();
    expect(badge().dataset).toMatchObject({ acaStatus: 'shipped', acaDeadline: '2026-12-10', acaDeadlineSource: 'aliexpress', acaUrgency: 'ok' });
    const painted = chip();
    expect(painted.textContent).toContain('17 days');

    answer.release();
    await allAnswered(sendOrdersSeen);
    await tick();
    // Each card told to the background once, whatever the number of slices.
    const shownIds = [...document.querySelectorAll<HTMLElement>('aca-order-badge')].map((host) => host.dataset.acaOrderId);
    expect(sentOrderIds(sendOrdersSeen).sort()).toEqual(shownIds.sort());
    expect(chip()).toBe(painted); // nothing changed: no second build of any badge
  });

  it('redraws a badge when the background knows a nearer deadline', async () => {
    loadPage();
    const manual = manualDeadline('protection-end', '2026-11-25T12:00:00.000Z');
    const { sendOrdersSeen } = run((orders) => sameAsCards(orders).map((view) => (view.orderId === ORDER ? { ...view, deadlines: [manual] } : view)));
    await allBadged();
    await allAnswered(sendOrdersSeen);
    await tick();
    expect(badge().dataset).toMatchObject({ acaDeadline: '2026-11-25', acaDeadlineSource: 'manual', acaUrgency: 'urgent' });
    expect(chip().textContent).toContain('2 days');
  });

  it('leaves a closed badge alone when only its hidden details change, and shows them once opened', async () => {
    loadPage();
    const later = manualDeadline('delivered-protection-end', '2027-01-20T12:00:00.000Z');
    const answer = heldBack();
    const { sendOrdersSeen } = run(
      (orders) => sameAsCards(orders).map((view) => (view.orderId === ORDER ? { ...view, deadlines: [...view.deadlines, later] } : view)),
      answer.until,
    );
    await allBadged();
    const painted = chip(); // from the card alone
    answer.release();
    await allAnswered(sendOrdersSeen);
    await tick();
    expect(chip()).toBe(painted); // the chip still shows the nearer deadline: nothing to redraw
    expect(badge().dataset).toMatchObject({ acaDeadline: '2026-12-10', acaDeadlineSource: 'aliexpress' });

    chip().click();
    const rows = badge().shadowRoot!.querySelectorAll('.panel li.deadline');
    expect([...rows].map((row) => row.className)).toEqual(['deadline source-aliexpress', 'deadline source-manual']);
    // The time zone is looked up only for an open panel.
    expect(badge().shadowRoot!.querySelector('.zone')!.textContent).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it("fetches the badges' strings in the page's first idle moment, before any card appears", async () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', vi.fn((callback: IdleRequestCallback) => idle.push(callback)));
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const preload = vi.spyOn(i18nMock, 'preloadMessages');
    try {
      loadPage();
      for (const order of document.querySelectorAll(ORDERS_LIST.card)) order.remove(); // the list before its JSON arrives
      run(sameAsCards);
      expect(preload).not.toHaveBeenCalled();
      for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => 10 });
      expect(preload).toHaveBeenCalledTimes(1);
      expect(preload.mock.calls[0]![0]).toEqual(expect.arrayContaining(['badge_label', 'urgency_urgent', 'source_estimated']));
    } finally {
      preload.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  describe('cards still waiting for an idle moment', () => {
    // An idle callback that never comes: the page stays busy.
    const neverIdle = () => {
      vi.stubGlobal('requestIdleCallback', vi.fn(() => 1));
      vi.stubGlobal('cancelIdleCallback', vi.fn());
    };
    afterEach(() => {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(document, 'visibilityState');
    });
    const badgeIds = () => [...document.querySelectorAll<HTMLElement>('aca-order-badge')].map((host) => host.dataset.acaOrderId).sort();

    it('are sent when the buyer leaves the tab', async () => {
      neverIdle();
      loadPage();
      const { sendOrdersSeen } = run(sameAsCards);
      await allBadged();
      expect(sendOrdersSeen).not.toHaveBeenCalled();
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(sentOrderIds(sendOrdersSeen).sort()).toEqual(badgeIds());
    });

    it('are sent when the feature stops (the buyer moved on inside the site)', async () => {
      neverIdle();
      loadPage();
      const { sendOrdersSeen } = run(sameAsCards);
      await allBadged();
      const read = badgeIds();
      controller.abort();
      expect(sentOrderIds(sendOrdersSeen).sort()).toEqual(read);
      expect(document.querySelectorAll('aca-order-badge')).toHaveLength(0);
    });
  });

  it('counts the days down on a page left open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    loadPage();
    const { setNow } = run(sameAsCards);
    await allBadged();
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

describe('order badges: short reads and full reads', () => {
  const isShort = (order: ParsedOrderCard) => order.productCount === 0 && order.products.length === 0 && order.store === undefined;
  const want = (orderId: string) => expected.find((order) => order.orderId === orderId)!;

  it('a return visit: cards are read short and each told to the background once', async () => {
    loadPage();
    const { sendOrdersSeen } = run(sameAsCards);
    await allBadged();
    await allAnswered(sendOrdersSeen);
    await tick();
    // Told once each (a slow machine reads the cards over several slices and messages).
    const sent = sendOrdersSeen.mock.calls.flatMap(([orders]) => orders);
    expect(sent.map((order) => order.orderId).sort()).toEqual([...new Set(sent.map((order) => order.orderId))].sort());
    expect(sent).toHaveLength(document.querySelectorAll(ORDERS_LIST.card).length);
    const short = sent.filter(isShort);
    expect(short.length).toBeGreaterThan(0);
    for (const order of short) {
      const { orderId, status, statusText, orderDate } = want(order.orderId);
      expect(order).toMatchObject({ orderId, status, statusText, orderDate });
    }
  });

  it('a first visit: orders the background never saw in full are read again in full and told again', async () => {
    loadPage();
    const firstVisit = (orders: ParsedOrderCard[]): OrderView[] =>
      sameAsCards(orders).map((view, i) => (orders[i]!.productCount === 0 ? { ...view, needsFullRead: true as const } : view));
    const { sendOrdersSeen } = run(firstVisit);
    // The cards may be read over several slices and told in several messages: look at them all.
    const sent = () => sendOrdersSeen.mock.calls.flatMap(([orders]) => orders);
    const readShort = () => [...new Set(sent().filter(isShort).map((order) => order.orderId))].sort();
    const readInFullAfter = () => sent().filter((order) => !isShort(order) && readShort().includes(order.orderId));
    await vi.waitFor(
      () => {
        expect(readShort().length).toBeGreaterThan(0);
        expect(readInFullAfter().map((order) => order.orderId).sort()).toEqual(readShort());
      },
      { timeout: 5000 },
    );
    await allAnswered(sendOrdersSeen);
    for (const order of readInFullAfter()) expect(order).toEqual(want(order.orderId));
    // Each is read in full once: a full read that still finds no products is not read a third time.
    const calls = sendOrdersSeen.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sendOrdersSeen.mock.calls.length).toBe(calls);
    expect(readInFullAfter()).toHaveLength(readShort().length);
  });
});
