import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18nMock } from '../i18n-en';

vi.mock('@/lib/i18n', () => i18nMock);
const { createConfirmReceivedGuard } = await import('@/lib/features/confirm-received-guard');

const A = '8214870035512946';
const B = '8214752218806374';

/** Two My Orders cards in our own markup (PAGES.md section 1), the page's handlers counting clicks. */
function ordersPage(label = 'Confirm received') {
  const card = (id: string) => `
    <div class="order-item" data-id="${id}">
      <a class="order-item-header-right-detail" href="//www.aliexpress.com/p/order/detail.html?orderId=${id}">Order details</a>
      <div class="order-item-btns">
        <a class="comet-btn" href="//www.aliexpress.com/p/tracking/index.html?tradeOrderId=${id}"><span>Track order</span></a>
        <button type="button" class="comet-btn confirm"><span>${label}</span></button>
        <button type="button" class="comet-btn cart"><span>Add to cart</span></button>
      </div>
    </div>`;
  document.body.innerHTML = `<div class="comet-checkbox-group">${card(A)}${card(B)}</div>`;
  const clicks: string[] = [];
  // Like the page's app: one delegated handler at the root, reacting to the button's class.
  document.body.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button, a');
    const id = button?.closest('.order-item')?.getAttribute('data-id');
    if (button && id) clicks.push(`${id}:${button.classList.contains('confirm') ? 'confirm' : button.classList.contains('cart') ? 'cart' : 'track'}`);
    event.preventDefault();
  });
  return clicks;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const dialog = () => document.querySelector<HTMLElement>('aca-receive-guard');
const inDialog = (selector: string) => dialog()!.shadowRoot!.querySelector<HTMLElement>(selector)!;
const confirmButton = (id: string) => document.querySelector<HTMLElement>(`[data-id="${id}"] .confirm span`)!;

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.body.replaceChildren();
});

async function guard(facts: Record<string, { openClaim: boolean; notDelivered: boolean }> | 'fail', url = 'https://www.aliexpress.com/p/order/index.html', pageKind: 'orders' | 'order-detail' = 'orders') {
  const lookup = vi.fn(async (orderId: string) => {
    if (facts === 'fail') throw new Error('background gone');
    return facts[orderId] ?? { openClaim: false, notDelivered: false };
  });
  controller = new AbortController();
  await createConfirmReceivedGuard(lookup).run({ document, url: new URL(url), pageKind, signal: controller.signal, clock: () => new Date() });
  return lookup;
}

describe('Confirm received guard', () => {
  it('an order with nothing to warn about: the click goes ahead, once', async () => {
    const clicks = ordersPage();
    const lookup = await guard({});
    confirmButton(A).click();
    expect(clicks).toEqual([]); // held while the background answers
    await settle();
    expect(lookup).toHaveBeenCalledWith(A);
    expect(clicks).toEqual([`${A}:confirm`]);
    expect(dialog()).toBeNull();
  });

  it.each([
    ['an open claim', { openClaim: true, notDelivered: false }, ['open-claim']],
    ['not delivered', { openClaim: false, notDelivered: true }, ['not-delivered']],
    ['both', { openClaim: true, notDelivered: true }, ['open-claim', 'not-delivered']],
  ])('%s: asks first; the page acts only once the buyer confirms', async (_, facts, reasons) => {
    const clicks = ordersPage();
    await guard({ [A]: facts });
    confirmButton(A).click();
    await settle();
    expect(clicks).toEqual([]);
    expect(dialog()!.dataset.acaOrderId).toBe(A);
    expect([...dialog()!.shadowRoot!.querySelectorAll<HTMLElement>('[data-aca-reason]')].map((li) => li.dataset.acaReason)).toEqual(reasons);
    inDialog('[data-aca-action="confirm"]').click();
    expect(dialog()).toBeNull();
    expect(clicks).toEqual([`${A}:confirm`]);
    // The next click asks again: the permission was for that one click.
    confirmButton(A).click();
    await settle();
    expect(dialog()).not.toBeNull();
    expect(clicks).toEqual([`${A}:confirm`]);
  });

  it('"Do not confirm" leaves the order as it is', async () => {
    const clicks = ordersPage();
    await guard({ [A]: { openClaim: true, notDelivered: false } });
    confirmButton(A).click();
    await settle();
    inDialog('[data-aca-action="keep"]').click();
    expect(dialog()).toBeNull();
    expect(clicks).toEqual([]);
  });

  it('never touches the other buttons, nor asks about them', async () => {
    const clicks = ordersPage();
    const lookup = await guard({ [A]: { openClaim: true, notDelivered: true } });
    document.querySelector<HTMLElement>(`[data-id="${A}"] .cart`)!.click();
    document.querySelector<HTMLElement>(`[data-id="${A}"] a.comet-btn span`)!.click();
    expect(clicks).toEqual([`${A}:cart`, `${A}:track`]);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('finds the button by its label in the page language', async () => {
    const clicks = ordersPage('Confirmar recebimento');
    await guard({ [B]: { openClaim: true, notDelivered: false } });
    confirmButton(B).click();
    await settle();
    expect(dialog()!.dataset.acaOrderId).toBe(B);
    expect(clicks).toEqual([]);
  });

  it('when the background cannot answer, the page acts as without the extension', async () => {
    const clicks = ordersPage();
    await guard('fail');
    confirmButton(A).click();
    await settle();
    expect(clicks).toEqual([`${A}:confirm`]);
  });

  it('on the order detail page the URL names the order', async () => {
    document.body.innerHTML = '<div class="order-status-btns"><button type="button" class="comet-btn"><span>Confirm received</span></button></div>';
    const lookup = await guard({ [A]: { openClaim: false, notDelivered: true } }, `https://www.aliexpress.com/p/order/detail.html?orderId=${A}`, 'order-detail');
    document.querySelector<HTMLElement>('.order-status-btns button')!.click();
    await settle();
    expect(lookup).toHaveBeenCalledWith(A);
    expect(dialog()).not.toBeNull();
  });

  it('stops listening once the page moves on', async () => {
    const clicks = ordersPage();
    const lookup = await guard({ [A]: { openClaim: true, notDelivered: false } });
    controller.abort();
    confirmButton(A).click();
    expect(clicks).toEqual([`${A}:confirm`]);
    expect(lookup).not.toHaveBeenCalled();
  });
});
