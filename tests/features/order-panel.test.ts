import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OrderPanelSenders } from '@/lib/features/order-panel';
import type { ParsedOrderDetail } from '@/lib/schemas/order-detail';
import { i18nMock } from '../i18n-en';
import { showSavedPage } from './helpers/saved-page';

vi.mock('@/lib/i18n', () => i18nMock);

let createOrderPanel: typeof import('@/lib/features/order-panel').createOrderPanel;
beforeAll(async () => {
  ({ createOrderPanel } = await import('@/lib/features/order-panel'));
});

const PAGES = join(process.cwd(), 'tests/fixtures/pages');
const html = readFileSync(join(PAGES, 'detail-completed-en.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(PAGES, 'detail-completed-en.expected.json'), 'utf8')) as ParsedOrderDetail;
const ORDER = expected.orderId;
const NOW = new Date('2026-08-05T12:00:00.000Z');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.body.replaceChildren();
});

const loadPage = () => showSavedPage(html);

function run(orderId = ORDER, answer: Awaited<ReturnType<OrderPanelSenders['detailSeen']>> = undefined) {
  const detailSeen = vi.fn<OrderPanelSenders['detailSeen']>(async () => answer);
  const trackingSeen = vi.fn<OrderPanelSenders['trackingSeen']>(async () => undefined);
  controller = new AbortController();
  const feature = createOrderPanel({ detailSeen, trackingSeen });
  void feature.run({
    document,
    url: new URL(`https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`),
    pageKind: 'order-detail',
    signal: controller.signal,
    clock: () => NOW,
  });
  return { detailSeen };
}

const host = () => document.querySelector('aca-order-panel') as HTMLElement | null;

describe('order panel feature', () => {
  it('mounts right after the status block, sends exactly what the page says, then shows the saved state', async () => {
    loadPage();
    const view = { orderId: ORDER, status: 'completed' as const, deadlines: [] };
    const { detailSeen } = run(ORDER, { order: view, history: [] });
    expect(host()?.previousElementSibling?.classList.contains('order-status')).toBe(true);
    // Before the answer: this page's own reading (the return window, 7 days from Aug 2).
    expect(host()?.dataset).toMatchObject({ acaOrderId: ORDER, acaDeadline: '2026-08-09', acaDeadlineSource: 'aliexpress', acaSaved: 'pending' });
    expect(detailSeen).toHaveBeenCalledWith(expected, NOW);
    await tick();
    expect(host()?.dataset.acaSaved).toBe('saved');
  });

  it('waits for a client-rendered page, and re-attaches when the page re-renders the status block', async () => {
    run();
    await tick();
    expect(host()).toBeNull();
    loadPage();
    await tick();
    expect(host()).not.toBeNull();
    const status = document.querySelector('.order-status')!;
    status.replaceWith(status.cloneNode(true));
    await tick();
    expect(host()?.previousElementSibling).toBe(document.querySelector('.order-status'));
    expect(document.querySelectorAll('aca-order-panel')).toHaveLength(1);
  });

  it("shows nothing and sends nothing when the page shows another order than the URL's", async () => {
    loadPage();
    const { detailSeen } = run('8212313961599999');
    await tick();
    expect(host()).toBeNull();
    expect(detailSeen).not.toHaveBeenCalled();
  });

  it('a failed save says so, and the panel still shows what the page said', async () => {
    loadPage();
    run(ORDER, undefined);
    await tick();
    expect(host()?.dataset.acaSaved).toBe('failed');
    expect(host()?.shadowRoot?.textContent).toMatch(/Could not save/);
    expect(host()?.dataset.acaDeadline).toBe('2026-08-09');
  });

  it('is removed when the page navigates away', async () => {
    loadPage();
    run();
    expect(host()).not.toBeNull();
    controller.abort();
    expect(host()).toBeNull();
  });
});

describe('a page that renders in steps', () => {
  it('reads again after more content appeared, and sends only a changed reading', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      loadPage();
      const reminder = document.querySelector('.order-status-info')!;
      reminder.remove();
      const { detailSeen } = run();
      expect(detailSeen).toHaveBeenCalledTimes(1);
      expect(detailSeen.mock.calls[0]![0].windows).toEqual([]);
      document.querySelector('.order-status')!.append(reminder);
      await Promise.resolve(); // the mutation observer
      await vi.advanceTimersByTimeAsync(400);
      expect(detailSeen).toHaveBeenCalledTimes(2);
      expect(detailSeen.mock.calls[1]![0]).toEqual(expected);
      // A change that alters nothing the parser reads sends nothing.
      document.body.append(document.createElement('div'));
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(400);
      expect(detailSeen).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
