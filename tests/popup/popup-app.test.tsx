import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '@/lib/schemas/deadline';
import type { UpcomingOrder, UpcomingResult } from '@/lib/messaging/protocol';
import type { PopupApi } from '@/lib/popup/popup-api';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);
const { PopupApp } = await import('@/components/popup/PopupApp');
const { DEFAULT_REMINDER_SETTINGS } = await import('@/lib/settings/reminder-settings');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = new Date('2026-12-01T12:00:00.000Z');
const DAY = 86_400_000;
const A = '8214752218806374';
const B = '8214398825640091';
const C = '8214310067729158';

const deadline = (orderId: string, leftMs: number, over: Partial<Deadline> = {}): Deadline => ({
  orderId,
  kind: 'protection-end',
  dueAt: new Date(NOW.getTime() + leftMs).toISOString(),
  source: 'aliexpress',
  rule: 'card-countdown',
  confidence: 'high',
  observedAt: NOW.toISOString(),
  ...over,
});
const order = (orderId: string, over: Partial<UpcomingOrder>): UpcomingOrder => ({ orderId, status: 'shipped', urgency: 'ok', deadlines: [], ...over });

function result(over: Partial<UpcomingResult> = {}): UpcomingResult {
  return {
    total: 2,
    urgent: 1,
    orders: [
      order(B, { urgency: 'urgent', title: 'Screwdriver <b>set</b>', storeName: 'Harbor Tools', deadlines: [deadline(B, 2 * DAY)] }),
      order(A, {
        status: 'completed',
        urgency: 'soon',
        deadlines: [deadline(A, 5 * DAY, { kind: 'dispute-after-completion', source: 'estimated', rule: 'completion-window-bounded', confidence: 'low' })],
      }),
    ],
    withoutDeadline: [order(C, { status: 'completed', urgency: 'none' })],
    withoutDeadlineTotal: 1,
    ...over,
  };
}

function fakeApi(data: UpcomingResult | 'error' = result()): PopupApi & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const view = { orderId: A, status: 'shipped' as const, deadlines: [] };
  return {
    calls,
    upcoming: vi.fn(async (limit: number) => {
      calls.push(['upcoming', limit]);
      return data === 'error' ? { ok: false as const, error: { code: 'storage-failed' as const, message: 'disk full' } } : { ok: true as const, data };
    }),
    setManual: vi.fn(async (orderId: string, kind: string, dueAt: string) => {
      calls.push(['set', orderId, kind, dueAt]);
      return { ok: true as const, data: { order: view, previous: null } };
    }),
    removeManual: vi.fn(async (orderId: string, kind: string) => {
      calls.push(['remove', orderId, kind]);
      return { ok: true as const, data: { order: view, previous: null } };
    }),
    snapshot: vi.fn(async () => undefined),
    saveSnapshot: vi.fn(async () => undefined),
    loadSettings: vi.fn(async () => DEFAULT_REMINDER_SETTINGS),
    saveSettings: vi.fn(async (s) => s),
    download: vi.fn((name: string, type: string, text: string) => void calls.push(['download', name, type, text])),
    now: () => NOW,
  };
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function show(api: PopupApi) {
  await act(async () => root.render(<PopupApp api={api} timeZone="Europe/Paris" />));
  await act(async () => {});
}
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('popup orders screen', () => {
  it('shows the loading state first, then the orders most urgent first with days left and sources', async () => {
    const api = fakeApi();
    act(() => root.render(<PopupApp api={api} />));
    expect($('[data-aca-view="orders"]')!.dataset.acaState).toBe('loading');
    expect(container.textContent).toContain('Loading your deadlines');
    await act(async () => {});
    expect($('[data-aca-view="orders"]')!.dataset.acaState).toBe('ready');
    expect($$('.orders > .order').map((li) => li.dataset.acaOrderId)).toEqual([B, A, C]);
    const [first, second] = $$('.orders > .order');
    expect(first!.textContent).toContain('2 days left');
    expect(first!.textContent).toContain('from AliExpress');
    expect(first!.textContent).toContain('Screwdriver <b>set</b>'); // page text stays text
    expect(first!.querySelector('b')).toBeNull();
    expect(second!.querySelector('.when')!.textContent).toMatch(/^≈ /);
    expect(second!.textContent).toContain('≈ estimate');
    expect(container.textContent).toContain('1 urgent');
    expect(container.textContent).toContain('No deadline known yet');
  });

  it('draws last opening\'s list at once (without what has passed), then the fresh one, and keeps that for next time', async () => {
    const api = fakeApi();
    let answer!: (value: Awaited<ReturnType<PopupApi['upcoming']>>) => void;
    vi.mocked(api.upcoming).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const old = result({ orders: [order(B, { urgency: 'urgent', deadlines: [deadline(B, -DAY)] }), order(A, { deadlines: [deadline(A, 3 * DAY)] })] });
    vi.mocked(api.snapshot).mockResolvedValue(old);
    await show(api);
    expect($('[data-aca-view="orders"]')!.dataset.acaFresh).toBe('false');
    expect($$('.popup > section:not(.unknown) .order').map((li) => li.dataset.acaOrderId)).toEqual([A]);
    await act(async () => answer({ ok: true, data: result() }));
    expect($('[data-aca-view="orders"]')!.dataset.acaFresh).toBe('true');
    expect($$('.popup > section:not(.unknown) .order').map((li) => li.dataset.acaOrderId)).toEqual([B, A]);
    expect(api.saveSnapshot).toHaveBeenCalledWith(result());
  });

  it('a snapshot arriving after the fresh list changes nothing', async () => {
    const api = fakeApi();
    let late!: (value: UpcomingResult) => void;
    vi.mocked(api.snapshot).mockReturnValue(new Promise((resolve) => (late = resolve)));
    await show(api);
    await act(async () => late(result({ orders: [], total: 0 })));
    expect($('[data-aca-view="orders"]')!.dataset.acaFresh).toBe('true');
    expect($$('.popup > section:not(.unknown) .order')).toHaveLength(2);
  });

  it('empty state points to My Orders', async () => {
    await show(fakeApi(result({ total: 0, urgent: 0, orders: [], withoutDeadline: [], withoutDeadlineTotal: 0 })));
    expect(container.textContent).toContain('No open deadlines');
    expect($<HTMLAnchorElement>('a.button')!.href).toBe('https://www.aliexpress.com/p/order/index.html');
  });

  it('error state says why and retries', async () => {
    const api = fakeApi('error');
    await show(api);
    expect($('[role="alert"]')!.textContent).toContain('disk full');
    await act(async () => $('.state.error button')!.click());
    expect(api.calls.filter((c) => c[0] === 'upcoming')).toHaveLength(2);
  });

  it('manual entry: validates in the user zone, saves, offers undo that removes it again', async () => {
    const api = fakeApi();
    await show(api);
    const card = () => $(`.order[data-aca-order-id="${C}"]`)!;
    await act(async () => card().querySelector<HTMLButtonElement>('.order-actions button')!.click());
    const form = card().querySelector('form')!;
    expect(form.querySelector('select')!.value).toBe('dispute-after-completion'); // completed: dispute kinds
    await act(async () => form.requestSubmit());
    expect(card().querySelector('[role="alert"]')!.textContent).toBe('Enter a date.');
    expect(api.calls.some((c) => c[0] === 'set')).toBe(false);

    await act(async () => type(card().querySelector<HTMLInputElement>('input[type="date"]')!, '2026-11-30'));
    await act(async () => card().querySelector('form')!.requestSubmit());
    expect(card().querySelector('[role="alert"]')!.textContent).toContain('has passed');

    await act(async () => type(card().querySelector<HTMLInputElement>('input[type="date"]')!, '2026-12-12'));
    await act(async () => type(card().querySelector<HTMLInputElement>('input[type="time"]')!, '15:30'));
    await act(async () => card().querySelector('form')!.requestSubmit());
    await act(async () => {});
    const set = api.calls.find((c) => c[0] === 'set')!;
    expect(set.slice(0, 3)).toEqual(['set', C, 'dispute-after-completion']);
    expect(new Date(set[3] as string).getTime()).toBe(new Date(2026, 11, 12, 15, 30).getTime());
    expect(card().querySelector('form')).toBeNull();
    expect($('.toast')!.textContent).toContain(`for order ${C}`);

    await act(async () => $('.toast button')!.click());
    await act(async () => {});
    expect(api.calls.find((c) => c[0] === 'remove')).toEqual(['remove', C, 'dispute-after-completion']);
    expect($('.toast')!.textContent).toBe('Undone.');
  });

  it('removing a manual date offers undo that puts it back', async () => {
    const manual = deadline(B, 4 * DAY, { source: 'manual', rule: 'entered-by-user' });
    const api = fakeApi(result({ orders: [order(B, { urgency: 'soon', deadlines: [manual] })], total: 1 }));
    vi.mocked(api.removeManual).mockResolvedValue({ ok: true, data: { order: { orderId: B, status: 'shipped', deadlines: [] }, previous: manual } });
    await show(api);
    await act(async () => $('.deadline button.link')!.click());
    await act(async () => {});
    await act(async () => $('.toast button')!.click());
    expect(vi.mocked(api.setManual)).toHaveBeenCalledWith(B, 'protection-end', manual.dueAt);
  });

  it('exports every upcoming deadline as an .ics file through the download hook', async () => {
    const api = fakeApi();
    await show(api);
    await act(async () => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Export calendar (.ics)')!.click());
    const download = api.calls.find((c) => c[0] === 'download')!;
    expect(download.slice(0, 3)).toEqual(['download', 'aliexpress-deadlines.ics', 'text/calendar;charset=utf-8']);
    expect(api.calls).toContainEqual(['upcoming', 10_000]);
    const text = download[3] as string;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain(`UID:${B}-protection-end@aliexpress-claim-assistant`);
    expect($('.toast')!.textContent).toBe('2 deadlines saved to a calendar file.');
  });

  it('settings: thresholds validated before saving', async () => {
    const api = fakeApi();
    await show(api);
    const input = $<HTMLInputElement>('#aca-thresholds')!;
    expect(input.value).toBe('7, 3, 1, 0');
    await act(async () => type(input, '14, 2, x'));
    await act(async () => $('.settings form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect($('.settings [role="alert"]')!.textContent).toContain('whole days');
    expect(api.saveSettings).not.toHaveBeenCalled();
    await act(async () => type($<HTMLInputElement>('#aca-thresholds')!, '2, 14'));
    await act(async () => $('.settings form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(api.saveSettings).toHaveBeenCalledWith({ thresholds: [14, 2], notifications: true });
  });
});
