import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18nMock } from '../i18n-en';
import type { PendingMessage } from '@/lib/schemas/pending-message';

vi.mock('@/lib/i18n', () => i18nMock);
const { createMessageInsert } = await import('@/lib/features/message-insert');

const ORDER = '8214779947343229';
const TEXT = 'Hello,\nI received a different item from the one I ordered. Order number: 8214779947343229.\nThank you.';
const pendingFor = (orderId = ORDER): PendingMessage => ({ orderId, text: TEXT, setAt: '2026-11-23T12:00:00.000Z', expiresAt: '2026-11-23T12:30:00.000Z' });

/** The page's side: every event the chat could react to, counted. */
function watchPage() {
  const seen = { input: 0, keydown: 0, submit: 0, sendClicks: 0 };
  document.addEventListener('input', () => seen.input++, true);
  document.addEventListener('keydown', () => seen.keydown++, true);
  document.addEventListener('submit', () => seen.submit++, true);
  document.querySelector('.im-send-btn, .message-send button')?.addEventListener('click', () => seen.sendClicks++);
  return seen;
}

function loadFixture(name: string) {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/pages', `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  // The fixture's own script does not run here; the page's reactions are watched instead.
  document.body.replaceChildren(...[...parsed.body.childNodes].filter((n) => n.nodeName !== 'SCRIPT').map((n) => document.importNode(n, true)));
}

async function run(url: string, pending: PendingMessage | null) {
  const get = vi.fn(async () => pending);
  const markUsed = vi.fn(async () => {});
  const controller = new AbortController();
  await createMessageInsert({ get, markUsed }).run({ document, url: new URL(url), pageKind: 'messages', signal: controller.signal, clock: () => new Date() });
  return { get, markUsed, controller };
}

const host = () => document.querySelector('aca-message-insert') as HTMLElement | null;
const button = (label: string) => [...(host()?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label)!;

beforeEach(() => loadFixture('chat-im-2026'));
afterEach(() => document.body.replaceChildren());

describe('message insert on the seller chat', () => {
  it('offers the pending message of the order the URL names, and inserts it without sending', async () => {
    const seen = watchPage();
    const { get, markUsed } = await run(`https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`, pendingFor());
    expect(get).toHaveBeenCalledWith(ORDER);
    expect(host()?.dataset.acaOrderId).toBe(ORDER);
    expect(host()?.dataset.acaState).toBe('ready');
    expect(host()?.shadowRoot?.textContent).toContain(`Your message for order ${ORDER} is ready.`);

    button('Insert message').click();
    const box = document.querySelector<HTMLTextAreaElement>('.im-textarea')!;
    expect(box.value).toBe(TEXT);
    expect(host()?.dataset.acaState).toBe('inserted');
    expect(markUsed).toHaveBeenCalledWith(ORDER);
    // The page heard typing and nothing else: no Enter, no submit, no click on Send.
    expect(seen).toEqual({ input: 1, keydown: 0, submit: 0, sendClicks: 0 });
    // Decoys untouched.
    expect(document.querySelector<HTMLTextAreaElement>('.im-quick-reply-text')!.value).toBe('');
    expect(document.querySelector<HTMLTextAreaElement>('.site-feedback')!.value).toBe('');
  });

  it('keeps what the buyer already typed', async () => {
    await run(`https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`, pendingFor());
    const box = document.querySelector<HTMLTextAreaElement>('.im-textarea')!;
    box.value = 'Hi!';
    button('Insert message').click();
    expect(box.value).toBe(`Hi!\n${TEXT}`);
  });

  it('with no order in the URL: asks for any, and the host carries no order attribute', async () => {
    const { get } = await run('https://www.aliexpress.com/p/message/index.html', pendingFor());
    expect(get).toHaveBeenCalledWith(undefined);
    expect(host()).not.toBeNull();
    expect(host()?.hasAttribute('data-aca-order-id')).toBe(false);
  });

  it('shows nothing when no message is waiting', async () => {
    await run(`https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`, null);
    expect(host()).toBeNull();
  });

  it('says so when the chat box is not there, and inserts nothing', async () => {
    document.querySelector('.im-textarea')!.remove();
    const { markUsed } = await run(`https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`, pendingFor());
    button('Insert message').click();
    expect(host()?.dataset.acaState).toBe('no-input');
    expect(host()?.shadowRoot?.textContent).toContain('The chat box was not found');
    expect(markUsed).not.toHaveBeenCalled();
  });

  it('inserts into a contenteditable box (older chat page)', async () => {
    loadFixture('chat-msg-detail');
    const seen = watchPage();
    await run('https://msg.aliexpress.com/msgDetail.htm', pendingFor());
    button('Insert message').click();
    expect(document.querySelector('.message-editor-box')!.textContent).toBe(TEXT);
    expect(document.querySelector('.message-editor-preview')!.textContent).toBe('');
    expect(seen.keydown + seen.submit + seen.sendClicks).toBe(0);
    expect(seen.input).toBeGreaterThan(0);
  });

  it('renders a hostile message as text, and leaves with the page', async () => {
    const hostile = { ...pendingFor(), text: '<img src=x onerror=alert(1)> {orderNumber}' };
    const { controller } = await run(`https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`, hostile);
    const preview = host()!.shadowRoot!.querySelector('.preview')!;
    expect(preview.textContent).toBe(hostile.text);
    expect(host()!.shadowRoot!.querySelector('img')).toBeNull();
    controller.abort();
    expect(host()).toBeNull();
  });

  it('looks again when the tab comes back into view (a message chosen while the chat was open)', async () => {
    const get = vi.fn<(orderId: string | undefined) => Promise<PendingMessage | null>>().mockResolvedValueOnce(null).mockResolvedValue(pendingFor());
    const controller = new AbortController();
    await createMessageInsert({ get, markUsed: async () => {} }).run({ document, url: new URL(`https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`), pageKind: 'messages', signal: controller.signal, clock: () => new Date() });
    expect(host()).toBeNull();
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(host()).not.toBeNull());
    // Once shown, it is not asked for again.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(get).toHaveBeenCalledTimes(2);
    controller.abort();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('dismisses on "Not now"', async () => {
    await run(`https://www.aliexpress.com/p/message/index.html?orderId=${ORDER}`, pendingFor());
    button('Not now').click();
    expect(host()).toBeNull();
  });
});
