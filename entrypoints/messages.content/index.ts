import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendRequest } from '@/lib/messaging/client';
import { MESSAGE_PAGE_MATCHES } from '@/lib/pages/hosts';
import { createMessageInsert, orderIdFromChatUrl } from '@/lib/features/message-insert';
import { runPageSessions } from '@/lib/features/page-session';
import type { Feature } from '@/lib/features/registry';

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
    // The IM switches conversations in place: start again only when the order changes.
    runPageSessions(ctx, features, (url, pageKind) => `${pageKind}:${orderIdFromChatUrl(url) ?? ''}`);
  },
});
