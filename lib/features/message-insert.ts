/** @jsxImportSource @/lib/ui */
import { MessageInsert, type InsertState } from '@/components/message-insert/MessageInsert';
import insertCss from '@/components/message-insert/message-insert.css?inline';
import { findChatInput } from '../parsers/chat-input';
import type { PendingMessage } from '../schemas/pending-message';
import { insertIntoChat } from './chat-insert';
import type { Feature, FeatureContext } from './registry';
import { createShadowHost } from './shadow-host';

/** How the feature reaches the background (the entrypoint wires these to the protocol). */
export interface PendingMessages {
  get(orderId: string | undefined): Promise<PendingMessage | null>;
  markUsed(orderId: string): Promise<void>;
}

/** The order a chat URL names, if any: `?orderId=<12–20 digits>` (PAGES.md "Hosts and URLs"). */
export function orderIdFromChatUrl(url: URL): string | undefined {
  const id = url.searchParams.get('orderId');
  return id && /^\d{12,20}$/.test(id) ? id : undefined;
}

/**
 * On the seller chat: when a message is waiting for this order (or, when the URL names no
 * order, for any), offers to put it into the chat box. Contract: `<aca-message-insert>` with
 * `data-aca-order-id` when the URL names the order, and `data-aca-state` (ready / inserted /
 * no-input). It never sends: the buyer reads the text and presses the page's own button.
 */
export function createMessageInsert(pending: PendingMessages): Feature {
  return {
    id: 'message-insert',
    include: ['messages'],
    run: (context) => offerPendingMessage(context, pending),
  };
}

async function offerPendingMessage(context: FeatureContext, pending: PendingMessages): Promise<void> {
  const { document: doc, signal } = context;
  const urlOrderId = orderIdFromChatUrl(context.url);
  let shown = false;
  let checking = false;

  const check = async () => {
    if (shown || checking || signal.aborted) return;
    checking = true;
    try {
      const message = await pending.get(urlOrderId);
      if (message && !signal.aborted && !shown) {
        shown = true;
        show(message);
      }
    } finally {
      checking = false;
    }
  };

  function show(message: PendingMessage): void {
    const { host, mount } = createShadowHost(doc, 'aca-message-insert', insertCss);
    if (urlOrderId) host.dataset.acaOrderId = urlOrderId;
    let state: InsertState = 'ready';
    const render = () => {
      host.dataset.acaState = state;
      mount.replaceChildren(MessageInsert({ orderId: message.orderId, text: message.text, state, onInsert, onDismiss: () => host.remove() }));
    };
    function onInsert(): void {
      if (state === 'inserted') return;
      const input = findChatInput(doc);
      if (!input.ok) {
        state = 'no-input';
        render();
        return;
      }
      insertIntoChat(input.data, message.text);
      state = 'inserted';
      render();
      // Used once: the next chat page does not offer it again. A failure here only means it may.
      void pending.markUsed(message.orderId).catch(() => undefined);
    }
    render();
    doc.body.append(host);
    signal.addEventListener('abort', () => host.remove());
  }

  // The buyer may choose a message in the popup while this chat is already open: look again
  // when the tab comes back into view.
  const onVisible = () => {
    if (doc.visibilityState === 'visible') void check();
  };
  doc.addEventListener('visibilitychange', onVisible, { signal });
  await check();
}
