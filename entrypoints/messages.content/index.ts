import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendRequest } from '@/lib/messaging/client';
import { detectPageKind } from '@/lib/pages/detect';
import { MESSAGE_PAGE_MATCHES } from '@/lib/pages/hosts';
import { createMessageInsert, orderIdFromChatUrl } from '@/lib/features/message-insert';
import { runFeatures, type Feature } from '@/lib/features/registry';

// Wiring only: the insert offer on the seller chat, reaching the background through the protocol.
const features: Feature[] = [
  createMessageInsert({
    async get(orderId) {
      const response = await sendRequest({ type: 'message/get-pending', ...(orderId ? { orderId } : {}) });
      return response.ok ? response.data.pending : null;
    },
    async markUsed(orderId) {
      await sendRequest({ type: 'message/mark-used', orderId });
    },
  }),
];

export default defineContentScript({
  matches: MESSAGE_PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let controller: AbortController | undefined;
    let current: string | undefined;
    const start = () => {
      const url = new URL(location.href);
      // The IM switches conversations in place: start again only when the order changes.
      const key = `${detectPageKind(url)}:${orderIdFromChatUrl(url) ?? ''}`;
      if (key === current) return;
      controller?.abort();
      controller = new AbortController();
      current = key;
      const pageKind = detectPageKind(url);
      document.documentElement.dataset.acaPage = pageKind;
      void runFeatures(features, { document, url, pageKind, signal: controller.signal, clock: () => new Date() });
    };
    ctx.onInvalidated(() => controller?.abort());
    ctx.addEventListener(window, 'wxt:locationchange', start);
    start();
  },
});
