import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildClaimFile } from '@/lib/domain/claim/claim-file';
import { applyClaimEvent } from '@/lib/domain/claim/reducer';
import type { ClaimDetails } from '@/lib/messaging/claim-requests';
import type { ClaimApi } from '@/lib/popup/claim-api';
import type { PopupApi } from '@/lib/popup/popup-api';
import type { ClaimEvent, ClaimState } from '@/lib/schemas/claim';
import type { Deadline } from '@/lib/schemas/deadline';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);
const { ClaimScreen } = await import('@/components/claim/ClaimScreen');
const { claimFromUrl, PopupRouter } = await import('@/components/claim/PopupRouter');
const { DEFAULT_REMINDER_SETTINGS } = await import('@/lib/settings/reminder-settings');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = new Date('2026-12-01T12:00:00.000Z');
const DAY = 86_400_000;
const ORDER = '8214870035512946';
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==';

const protection = (leftMs: number): Deadline => ({
  orderId: ORDER,
  kind: 'protection-end',
  dueAt: new Date(NOW.getTime() + leftMs).toISOString(),
  source: 'aliexpress',
  rule: 'card-countdown',
  confidence: 'high',
  observedAt: NOW.toISOString(),
});

/** The popup's claim API over the real reducer, in memory: what the background would answer. */
function fakeApi(deadlines: Deadline[] = [protection(20 * DAY + 3_600_000)]) {
  let state: ClaimState | undefined;
  let clock = NOW.getTime();
  const calls: string[] = [];
  const details = (): ClaimDetails => ({
    claim: state!,
    products: [
      { itemKey: '1005001', productId: '1005001', title: 'Magnetic Clear Case', variant: 'Clear' },
      { itemKey: '1005002', productId: '1005002', title: 'USB-C cable' },
    ],
    deadlines,
  });
  const step = (event: ClaimEvent) => {
    const result = applyClaimEvent(state, { ...event, at: new Date((clock += 1000)).toISOString() });
    if (!result.ok) return { ok: false as const, error: { code: 'claim-refused' as const, message: result.error.code } };
    state = result.state;
    return { ok: true as const, data: details() };
  };
  const api: ClaimApi = {
    get: vi.fn(async () => ({ ok: true as const, data: { details: state ? details() : null } })),
    start: vi.fn(async () => step({ type: 'claim-started', at: '', orderId: ORDER })),
    list: vi.fn(async () => ({
      ok: true as const,
      data: { claims: state ? [{ orderId: ORDER, startedAt: state.startedAt, updatedAt: state.updatedAt, problems: state.problems.length, evidence: state.evidence.length, closed: state.outcome !== undefined }] : [], total: state ? 1 : 0 },
    })),
    record: vi.fn(async (_: string, event: ClaimEvent) => (calls.push(`record:${event.type}`), step(event))),
    addEvidence: vi.fn(async (_: string, item, base64?: string) => (calls.push(`add:${item.kind}:${base64 ? 'file' : 'none'}`), step({ type: 'evidence-added', at: '', evidence: item }))),
    removeEvidence: vi.fn(async (_: string, evidenceId: string) => step({ type: 'evidence-removed', at: '', evidenceId })),
    evidenceFile: vi.fn(async () => ({ ok: true as const, data: { type: 'image/png', base64: 'iVBORw0KGgo=' } })),
    exportClaim: vi.fn(async () => ({ ok: true as const, data: { file: buildClaimFile(state!, deadlines, new Date(clock)), claim: state! } })),
    snapshots: vi.fn(async () => ({ ok: true as const, data: { snapshots: [] } })),
    setPending: vi.fn(async (orderId: string, text: string) => (calls.push('pending'), { ok: true as const, data: { pending: { orderId, text, setAt: NOW.toISOString(), expiresAt: NOW.toISOString() } } })),
    copy: vi.fn(async () => (calls.push('copy'), true)),
    captureTab: vi.fn(async () => ({ ok: true as const, dataUrl: `data:image/png;base64,${PNG_BASE64}` })),
    openTab: vi.fn((url: string) => void calls.push(`open:${url}`)),
    download: vi.fn(),
    now: () => new Date(clock),
    newId: (() => {
      let n = 0;
      return () => `ev-${++n}`;
    })(),
  };
  return { api, calls, state: () => state };
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

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const click = (selector: string) => act(async () => $(selector)!.click());
async function select(selector: string, value: string) {
  const element = $<HTMLSelectElement>(selector)!;
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** File reading and hashing take a few real turns of the event loop. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

async function show(api: ClaimApi) {
  await act(async () => root.render(<ClaimScreen api={api} orderId={ORDER} onBack={() => undefined} />));
  await act(async () => {});
}

async function startWithProblem(api: ClaimApi) {
  await show(api);
  await click('.state.empty button.primary');
  await click('[data-aca-step="identify-problem"] button');
  await select('[data-aca-item="1005001"] [data-aca-field="reason"]', 'damaged');
  await act(async () => $<HTMLFormElement>('.claim-panel form')!.requestSubmit());
}

describe('claim screen', () => {
  it('offers to start a claim, then asks about every product of the order', async () => {
    const { api, state } = fakeApi();
    await show(api);
    expect($('[data-aca-view="claim"]')!.dataset.acaState).toBe('none');
    await click('.state.empty button.primary');
    expect($('[data-aca-view="claim"]')!.dataset.acaState).toBe('ready');
    expect($$('[data-aca-item]').map((f) => f.dataset.acaItem)).toEqual(['1005001', '1005002']);
    expect($('[data-aca-step="identify-problem"]')!.dataset.acaStatus).toBe('current');
    expect($('[data-aca-now]')!.textContent).toBe('Say what is wrong with each product.');
    await select('[data-aca-item="1005001"] [data-aca-field="reason"]', 'damaged');
    await select('[data-aca-item="1005002"] [data-aca-field="reason"]', 'missing-parts');
    await act(async () => $<HTMLFormElement>('.claim-panel form')!.requestSubmit());
    expect(state()!.problems.map((p) => [p.itemKey, p.reason, p.title])).toEqual([
      ['1005001', 'damaged', 'Magnetic Clear Case'],
      ['1005002', 'missing-parts', 'USB-C cable'],
    ]);
    // Saved: the screen moves on to the evidence, the first step is done.
    expect($('[data-aca-step="identify-problem"]')!.dataset.acaStatus).toBe('done');
    expect($('[data-aca-panel]')!.dataset.acaPanel).toBe('collect-evidence');
  });

  it('for "not as described" asks what differs, saves it with the problem and shows it again', async () => {
    const { api, state } = fakeApi();
    await show(api);
    await click('.state.empty button.primary');
    const item = '[data-aca-item="1005001"]';
    expect($(`${item} [data-aca-field="aspects"]`)).toBeNull();
    await select(`${item} [data-aca-field="reason"]`, 'damaged');
    expect($(`${item} [data-aca-field="aspects"]`)).toBeNull(); // only for not as described
    await select(`${item} [data-aca-field="reason"]`, 'not-as-described');
    const boxes = () => [...container.querySelectorAll<HTMLInputElement>(`${item} [data-aca-field="aspects"] input[type="checkbox"]`)];
    expect(boxes().map((b) => [b.value, b.parentElement!.textContent])).toEqual([
      ['size', 'Size'],
      ['colour', 'Colour'],
      ['model', 'Model'],
      ['material', 'Material'],
      ['other', 'Something else'],
    ]);
    expect($(`${item} [data-aca-field="aspects"] legend`)!.textContent).toBe('What differs from the listing?');
    // Ticked out of order, one ticked and unticked again: saved in the list's order.
    for (const value of ['other', 'size', 'colour', 'size']) await act(async () => boxes().find((b) => b.value === value)!.click());
    await act(async () => $<HTMLFormElement>('.claim-panel form')!.requestSubmit());
    expect(state()!.problems).toEqual([{ itemKey: '1005001', title: 'Magnetic Clear Case', variant: 'Clear', reason: 'not-as-described', aspects: ['colour', 'other'] }]);

    // Back to the step: the saved aspects are ticked.
    await click('[data-aca-step="identify-problem"] button');
    expect(boxes().filter((b) => b.checked).map((b) => b.value)).toEqual(['colour', 'other']);
  });

  it('a file added through the file input is hashed, sent, and ticks its checklist line', async () => {
    const { api, calls, state } = fakeApi();
    await startWithProblem(api);
    expect($('[data-aca-requirement="damage-photos"]')!.dataset.acaMet).toBe('false');
    const input = $<HTMLInputElement>('[data-aca-field="file"]')!;
    const file = new File(['photo bytes'], 'crack.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(calls).toContain('add:photo:file');
    const [item] = state()!.evidence;
    expect(item).toMatchObject({ name: 'crack.jpg', kind: 'photo', size: 11, covers: ['damage-photos'] });
    expect(item!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect($('[data-aca-requirement="damage-photos"]')!.dataset.acaMet).toBe('true');
  });

  it('"Capture this tab" keeps a screenshot of the AliExpress tab as evidence, with its hash', async () => {
    const { api, calls, state } = fakeApi();
    await startWithProblem(api);
    await click('[data-aca-action="capture-tab"]');
    await settle();
    expect(calls).toContain('add:screenshot:file');
    expect(state()!.evidence[0]).toMatchObject({ kind: 'screenshot', type: 'image/png', size: 70, name: expect.stringMatching(/^screenshot-.*\.png$/) });
    expect(state()!.evidence[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('"Capture this tab" on another page says where to open the popup, and keeps nothing', async () => {
    const { api, calls } = fakeApi();
    vi.mocked(api.captureTab).mockResolvedValue({ ok: false, reason: 'not-aliexpress' });
    await startWithProblem(api);
    await click('[data-aca-action="capture-tab"]');
    await settle();
    expect(calls.some((c) => c.startsWith('add:'))).toBe(false);
    expect($('.toast.bad')!.textContent).toContain('Open the popup on an AliExpress tab');
  });

  it('refuses an unsupported file (SVG) without sending it', async () => {
    const { api, calls } = fakeApi();
    await startWithProblem(api);
    const input = $<HTMLInputElement>('[data-aca-field="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' })], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(calls.some((c) => c.startsWith('add:'))).toBe(false);
    expect($('.toast.bad')!.textContent).toContain('not kept');
  });

  it('one click copies the message, leaves it pending, records it, then opens the seller chat', async () => {
    const { api, calls, state } = fakeApi();
    await startWithProblem(api);
    await click('[data-aca-step="contact-seller"] button');
    expect($<HTMLSelectElement>('[data-aca-field="template"]')!.value).toBe('damaged');
    const text = $<HTMLTextAreaElement>('[data-aca-field="message"]')!.value;
    expect(text).toContain(ORDER);
    expect(text).not.toMatch(/\{\w+\}/);
    await click('[data-aca-action="send-to-chat"]');
    expect(calls.slice(-4)).toEqual(['copy', 'pending', 'record:message-used', `open:https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`]);
    expect(api.setPending).toHaveBeenCalledWith(ORDER, text);
    expect(state()!.timeline.at(-1)).toMatchObject({ type: 'message-used', templateId: 'damaged', language: 'en', text });
  });

  it('after the message: the seller replied / did not answer, recorded on the timeline', async () => {
    const { api, state } = fakeApi();
    await startWithProblem(api);
    await click('[data-aca-step="contact-seller"] button');
    await click('[data-aca-action="send-to-chat"]');
    await click('[data-aca-step="contact-seller"] button');
    const silent = $$('.claim-panel button').find((b) => b.textContent === 'The seller did not answer')!;
    await act(async () => silent.click());
    expect(state()!.seller.silentAt).toBeDefined();
    expect($('[data-aca-step="contact-seller"]')!.dataset.acaStatus).toBe('done');
  });

  it('exports the JSON and the printable HTML, images embedded only when ticked', async () => {
    const { api } = fakeApi();
    await startWithProblem(api);
    await click('[data-aca-action="capture-tab"]');
    await settle();
    await click('[data-aca-action="export-json"]');
    const [name, type, text] = vi.mocked(api.download).mock.calls[0]!;
    expect([name, type]).toEqual([`aliexpress-claim-${ORDER}.json`, 'application/json']);
    const json = JSON.parse(text);
    expect(json.evidence[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.deadlines).toEqual([expect.objectContaining({ kind: 'protection-end', source: 'aliexpress', rule: 'card-countdown' })]);
    await click('[data-aca-action="export-html"]');
    expect(vi.mocked(api.download).mock.calls[1]![2]).not.toContain('data:image/png');
    expect(api.evidenceFile).not.toHaveBeenCalled();
    await click('[data-aca-field="embed-images"]');
    await click('[data-aca-action="export-html"]');
    await settle();
    const [htmlName, htmlType, html] = vi.mocked(api.download).mock.calls[2]!;
    expect([htmlName, htmlType]).toEqual([`aliexpress-claim-${ORDER}.html`, 'text/html;charset=utf-8']);
    expect(html).toContain('data:image/png;base64,iVBORw0KGgo=');
  });

  it('records the outcome; the claim is then finished', async () => {
    const { api, state } = fakeApi();
    await startWithProblem(api);
    await click('[data-aca-step="follow-up"] button');
    await select('[data-aca-field="outcome"]', 'refunded-partial');
    const record = $$('.claim-panel button').find((b) => b.textContent === 'Record the outcome')!;
    await act(async () => record.click());
    expect(state()!.outcome?.outcome).toBe('refunded-partial');
    expect($('[data-aca-now]')!.dataset.acaNow).toBe('none');
    expect($('[data-aca-outcome]')!.textContent).toContain('Partly refunded');
  });

  it('says to open the dispute now when the dispute deadline is near', async () => {
    const { api } = fakeApi([protection(2 * DAY)]);
    await startWithProblem(api);
    expect($('[data-aca-warning="open-dispute-now"]')!.textContent).toContain('Open the dispute now');
    expect($('[data-aca-step="open-dispute"]')!.dataset.acaStatus).toBe('current');
  });

  it('accepting a seller proposal asks first, and runs only once the warnings are read', async () => {
    const { api, state } = fakeApi();
    await startWithProblem(api);
    await click('[data-aca-step="open-dispute"] button');
    expect($<HTMLTextAreaElement>('[data-aca-field="dispute-description"]')!.value).toContain('damaged');
    await click('[data-aca-action="dispute-opened"]');
    // The dispute is open: the screen moves on to its answer, where the proposal is entered.
    expect($('[data-aca-panel]')!.dataset.acaPanel).toBe('mediation');
    await click('[data-aca-action="seller-proposed"]');
    const amount = $<HTMLInputElement>('.proposal-form input[inputmode="decimal"]')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(amount, '2');
      amount.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('[data-aca-action="save-proposal"]');
    expect($('[data-aca-proposal]')!.textContent).toContain('Partial refund of $2.00');
    await click('[data-aca-action="accept-proposal"]');
    expect($$('[data-aca-confirm] [data-aca-warning]').map((w) => w.dataset.acaWarning)).toEqual(['accepting-closes-case', 'proposal-below-request']);
    expect($<HTMLButtonElement>('[data-aca-action="confirm"]')!.disabled).toBe(true);
    expect(state()!.dispute!.acceptedProposal).toBeUndefined();
    await click('[data-aca-field="acknowledge"]');
    await click('[data-aca-action="confirm"]');
    expect(state()!.dispute!.acceptedProposal?.resolution).toEqual({ kind: 'partial-refund', amount: { amount: 2, currency: 'USD' } });
  });

  it('cancelling a dispute asks first; going back changes nothing', async () => {
    const { api, state } = fakeApi();
    await startWithProblem(api);
    await click('[data-aca-step="open-dispute"] button');
    await click('[data-aca-action="dispute-opened"]');
    await click('[data-aca-action="cancel-dispute"]');
    expect($$('[data-aca-confirm] [data-aca-warning]').map((w) => w.dataset.acaWarning)).toEqual(['cancel-is-final', 'seller-may-run-out-the-clock']);
    await click('[data-aca-confirm] button:not([data-aca-action])');
    expect($('[data-aca-confirm]')).toBeNull();
    expect(state()!.dispute!.cancelledAt).toBeUndefined();
  });

  it('shows the live deadlines with their sources', async () => {
    const { api } = fakeApi();
    await startWithProblem(api);
    await click('[data-aca-step="check-deadlines"] button');
    const line = $('[data-aca-panel="check-deadlines"] [data-aca-kind="protection-end"]')!;
    expect(line.dataset.acaSource).toBe('aliexpress');
    expect(line.textContent).toContain('20 days left');
    expect(line.textContent).toContain('from AliExpress');
  });
});

/** The orders screen's API with one order listed. */
function ordersApi(): PopupApi {
  const data = { total: 1, urgent: 0, orders: [{ orderId: ORDER, status: 'shipped' as const, urgency: 'ok' as const, deadlines: [protection(20 * DAY)] }], withoutDeadline: [], withoutDeadlineTotal: 0 };
  const manual = { ok: true as const, data: { order: { orderId: ORDER, status: 'shipped' as const, deadlines: [] }, previous: null } };
  return {
    upcoming: async () => ({ ok: true as const, data }),
    snapshot: async () => undefined,
    saveSnapshot: async () => undefined,
    setManual: async () => manual,
    removeManual: async () => manual,
    loadSettings: async () => DEFAULT_REMINDER_SETTINGS,
    saveSettings: async (s) => s,
    download: () => undefined,
    now: () => NOW,
  };
}

describe('popup routing', () => {
  it('the orders list starts a claim; an order with a running claim opens it; back returns to the list', async () => {
    const { api } = fakeApi();
    await act(async () => root.render(<PopupRouter api={ordersApi()} claimApi={api} />));
    await act(async () => {});
    expect($('main')!.dataset.acaView).toBe('orders');
    expect($(`[data-aca-order-id="${ORDER}"] [data-aca-action="start-claim"]`)!.textContent).toBe('Start a claim');
    await click(`[data-aca-order-id="${ORDER}"] [data-aca-action="start-claim"]`);
    expect($('main')!.dataset.acaView).toBe('claim');
    await click('.state.empty button.primary');
    await click('[data-aca-back]');
    await act(async () => {});
    expect($('main')!.dataset.acaView).toBe('orders');
    const link = $(`[data-aca-order-id="${ORDER}"] [data-aca-action="start-claim"]`)!;
    expect(link.dataset.acaClaim).toBe('running');
    expect(link.textContent).toBe('Open the claim');
  });

  it('popup.html?claim=<id> opens that order\'s claim at once', async () => {
    const { api } = fakeApi();
    await act(async () => root.render(<PopupRouter api={ordersApi()} claimApi={api} initialClaim={ORDER} />));
    await act(async () => {});
    expect($('main')!.dataset.acaView).toBe('claim');
    expect(api.get).toHaveBeenCalledWith(ORDER);
  });
});

describe('claimFromUrl', () => {
  it.each([
    ['?claim=8214870035512946', '8214870035512946'],
    ['?claim=12', undefined],
    ['?claim=<script>', undefined],
    ['', undefined],
  ])('%s → %s', (search, expected) => expect(claimFromUrl(search)).toBe(expected));
});
