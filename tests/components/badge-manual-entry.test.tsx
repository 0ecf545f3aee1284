import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { OrderView, Response } from '@/lib/messaging/protocol';
import type { Deadline } from '@/lib/schemas/deadline';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);

let OrderBadge: typeof import('@/components/order-badge/OrderBadge').OrderBadge;
let summariseOrder: typeof import('@/lib/domain/order-summary').summariseOrder;
let createDeadlineEditor: typeof import('@/lib/features/deadline-editor').createDeadlineEditor;
beforeAll(async () => {
  ({ OrderBadge } = await import('@/components/order-badge/OrderBadge'));
  ({ summariseOrder } = await import('@/lib/domain/order-summary'));
  ({ createDeadlineEditor } = await import('@/lib/features/deadline-editor'));
});

const NOW = new Date('2026-11-23T12:00:00.000Z');
const ORDER = '8214752218806374';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function renderWith(manual: Parameters<typeof OrderBadge>[0]['manual'], open = true) {
  const node = OrderBadge({
    orderId: ORDER,
    summary: summariseOrder({ status: 'shipped', candidates: [], now: NOW }),
    now: NOW,
    timeZone: 'Europe/Paris',
    open,
    onToggle: () => {},
    manual,
    clock: () => NOW,
  });
  document.body.replaceChildren(node);
  return node;
}
const entry = (over = {}) => ({ status: 'shipped' as const, canUndo: false, onSave: vi.fn(async () => undefined), onUndo: vi.fn(async () => undefined), ...over });
const fill = (node: Element, date: string, time = '') => {
  node.querySelector<HTMLInputElement>('input[type="date"]')!.value = date;
  node.querySelector<HTMLInputElement>('input[type="time"]')!.value = time;
  node.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
};

describe('badge panel: manual entry', () => {
  it('is offered only in the open panel, with the kinds the status allows', () => {
    expect(renderWith(entry(), false).querySelector('form')).toBeNull();
    const node = renderWith(entry());
    expect([...node.querySelectorAll('option')].map((o) => o.value)).toEqual(['protection-end']);
    expect(node.textContent).toContain('Your time zone (Europe/Paris)');
  });

  it.each([
    { date: '', error: 'Enter a date.' },
    { date: '2028-01-01', error: 'That date is more than 400 days ahead: check the year.' },
    { date: '2026-11-01', error: 'That moment has passed: enter a date still ahead.' },
  ])('refuses "$date" with a clear error and sends nothing', async ({ date, error }) => {
    const manual = entry();
    const node = renderWith(manual);
    fill(node, date);
    await flush();
    const alert = node.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.hidden).toBe(false);
    expect(alert.textContent).toBe(error);
    expect(manual.onSave).not.toHaveBeenCalled();
  });

  it('sends a valid date as the local wall-clock time typed', async () => {
    const manual = entry();
    const node = renderWith(manual);
    fill(node, '2026-12-05', '18:45');
    await flush();
    expect(manual.onSave).toHaveBeenCalledWith('protection-end', new Date(2026, 11, 5, 18, 45));
    expect(node.querySelector<HTMLElement>('[role="alert"]')!.hidden).toBe(true);
  });

  it('shows what the background refused', async () => {
    const node = renderWith(entry({ onSave: vi.fn(async () => 'order not known') }));
    fill(node, '2026-12-05');
    await flush();
    expect(node.querySelector('[role="alert"]')!.textContent).toBe('Not saved: order not known');
  });

  it('after a save, offers undo', async () => {
    const manual = entry({ canUndo: true });
    const node = renderWith(manual);
    expect(node.querySelector('[role="status"]')!.textContent).toContain('Your date was saved.');
    node.querySelector<HTMLButtonElement>('.manual-undo')!.click();
    await flush();
    expect(manual.onUndo).toHaveBeenCalled();
  });
});

describe('createDeadlineEditor: undo puts back what was there', () => {
  const view: OrderView = { orderId: ORDER, status: 'shipped', deadlines: [] };
  const previous: Deadline = {
    orderId: ORDER,
    kind: 'protection-end',
    dueAt: '2026-12-01T10:00:00.000Z',
    source: 'manual',
    rule: 'entered-by-user',
    confidence: 'high',
    observedAt: '2026-11-20T10:00:00.000Z',
  };
  const answer = (prev: Deadline | null): Response<'deadline/set-manual'> => ({ ok: true, data: { order: view, previous: prev } });

  it.each([
    { name: 'no manual date before → undo removes', prev: null, undoCall: ['remove', ORDER, 'protection-end'] },
    { name: 'a manual date before → undo restores it', prev: previous, undoCall: ['set', ORDER, 'protection-end', previous.dueAt] },
  ])('$name', async ({ prev, undoCall }) => {
    const calls: unknown[][] = [];
    const editor = createDeadlineEditor({
      setManual: async (...args) => (calls.push(['set', ...args]), answer(prev)),
      removeManual: async (...args) => (calls.push(['remove', ...args]), answer(null)),
    });
    expect(editor.canUndo(ORDER)).toBe(false);
    expect(await editor.save(ORDER, 'protection-end', new Date('2026-12-05T10:00:00.000Z'))).toEqual({ ok: true, view });
    expect(editor.canUndo(ORDER)).toBe(true);
    await editor.undo(ORDER);
    expect(calls.at(-1)).toEqual(undoCall);
    expect(editor.canUndo(ORDER)).toBe(false);
  });

  it('a refused save leaves nothing to undo', async () => {
    const editor = createDeadlineEditor({
      setManual: async () => ({ ok: false, error: { code: 'not-found', message: 'unknown order' } }),
      removeManual: async () => answer(null),
    });
    expect(await editor.save(ORDER, 'protection-end', new Date())).toEqual({ ok: false, message: 'unknown order' });
    expect(editor.canUndo(ORDER)).toBe(false);
  });
});
