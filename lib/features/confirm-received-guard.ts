/** @jsxImportSource @/lib/ui */
import { ReceiveGuard, type GuardReason } from '@/components/receive-guard/ReceiveGuard';
import guardCss from '@/components/receive-guard/receive-guard.css?inline';
import { buttonCode } from '../parsers/locale/buttons';
import { ORDERS_LIST } from '../parsers/selectors';
import { cleanText } from '../parsers/text';
import type { Feature, FeatureContext } from './registry';
import { createShadowHost } from './shadow-host';

/** What the guard asks the background (wired to `claim/guard`); `undefined`: it could not tell. */
export type GuardLookup = (orderId: string) => Promise<{ openClaim: boolean; notDelivered: boolean } | undefined>;

const ORDER_ID = /^\d{12,20}$/;
const CLICKABLE = 'button, a, [role="button"]';
/** A label is a few words; a long text is a container, not the button. */
const LABEL_MAX = 60;

/**
 * On My Orders and the order detail page: the page's "Confirm received" (found by its label in
 * the page language, lib/parsers/locale/buttons.ts) on an order with an open claim, or not yet
 * delivered, first asks the buyer. A capture-phase listener holds the click back; once they
 * confirm, the same click is dispatched again and let through, once. Every other button, and
 * this one on any other order, is never touched. If the background cannot answer, the page
 * acts as it would without us.
 */
export function createConfirmReceivedGuard(lookup: GuardLookup): Feature {
  return { id: 'confirm-received-guard', include: ['orders', 'order-detail'], run: (context) => guardConfirmReceived(context, lookup) };
}

function guardConfirmReceived(context: FeatureContext, lookup: GuardLookup): void {
  const { document: doc, signal } = context;
  const allowed = new WeakSet<Element>();
  let open = false;

  const onClick = (event: MouseEvent) => {
    const button = confirmReceivedButton(event.target);
    if (!button) return;
    if (allowed.has(button)) {
      allowed.delete(button);
      return;
    }
    const orderId = orderIdFor(button, context.url);
    if (!orderId) return;
    // Held back while the background answers (a few ms); it goes on unless there is a reason to ask.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (open) return;
    void lookup(orderId)
      .catch(() => undefined)
      .then((facts) => {
        if (signal.aborted) return;
        const reasons: GuardReason[] = [];
        if (facts?.openClaim) reasons.push('open-claim');
        if (facts?.notDelivered) reasons.push('not-delivered');
        if (reasons.length === 0) return release(button);
        ask(orderId, reasons, button);
      });
  };

  function release(button: HTMLElement): void {
    if (!button.isConnected) return;
    allowed.add(button);
    button.click();
  }

  function ask(orderId: string, reasons: GuardReason[], button: HTMLElement): void {
    open = true;
    const { host, mount } = createShadowHost(doc, 'aca-receive-guard', guardCss);
    host.dataset.acaOrderId = orderId;
    const close = () => {
      open = false;
      host.remove();
    };
    mount.replaceChildren(
      ReceiveGuard({
        orderId,
        reasons,
        onCancel: close,
        onConfirm: () => {
          close();
          release(button);
        },
      }),
    );
    doc.body.append(host);
    (mount.querySelector('[data-aca-action="keep"]') as HTMLElement | null)?.focus();
    signal.addEventListener('abort', close, { once: true });
  }

  doc.addEventListener('click', onClick, { capture: true, signal });
}

/** The "Confirm received" control the click landed in, by its label in any of our page languages. */
function confirmReceivedButton(target: EventTarget | null): HTMLElement | undefined {
  const element = target instanceof Element ? target.closest<HTMLElement>(CLICKABLE) : null;
  if (!element) return undefined;
  const label = cleanText(element.textContent ?? '');
  if (!label || label.length > LABEL_MAX) return undefined;
  return buttonCode(label) === 'confirm-received' ? element : undefined;
}

/** The detail page names its order in the URL; on My Orders the card's "Order details" link does. */
function orderIdFor(button: Element, url: URL): string | undefined {
  const fromUrl = url.searchParams.get('orderId');
  if (fromUrl && ORDER_ID.test(fromUrl)) return fromUrl;
  const card = button.closest(ORDERS_LIST.card);
  for (const link of card?.querySelectorAll<HTMLAnchorElement>('a[href*="orderId="]') ?? []) {
    const id = new URL(link.getAttribute('href') ?? '', 'https://www.aliexpress.com').searchParams.get('orderId');
    if (id && ORDER_ID.test(id)) return id;
  }
  return undefined;
}
