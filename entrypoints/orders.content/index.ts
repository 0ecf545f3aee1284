import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendRequest } from '@/lib/messaging/client';
import { ORDER_PAGE_MATCHES } from '@/lib/pages/hosts';
import { createOrderBadges } from '@/lib/features/order-badges';
import { createOrderPanel } from '@/lib/features/order-panel';
import { createConfirmReceivedGuard } from '@/lib/features/confirm-received-guard';
import { createDeadlineEditor } from '@/lib/features/deadline-editor';
import { listenForPageJson } from '@/lib/features/page-json';
import { runPageSessions } from '@/lib/features/page-session';
import type { Feature } from '@/lib/features/registry';

// Wiring only: which features run here, and how they reach the background.
const features: Feature[] = [
  createOrderBadges(async (orders, observedAt) => {
    const response = await sendRequest({ type: 'orders/seen', observedAt: observedAt.toISOString(), orders });
    if (response.ok) return response.data.orders;
    console.warn('[AliExpress Claim Assistant] the background did not take the orders:', response.error.message);
    return undefined;
  }, createDeadlineEditor({
    setManual: (orderId, kind, dueAt) => sendRequest({ type: 'deadline/set-manual', orderId, kind, dueAt }),
    removeManual: (orderId, kind) => sendRequest({ type: 'deadline/remove-manual', orderId, kind }),
  }), (orderId) => void sendRequest({ type: 'claim/open', orderId })),
  createOrderPanel({
    async detailSeen(detail, observedAt) {
      const response = await sendRequest({ type: 'order-detail/seen', observedAt: observedAt.toISOString(), detail });
      if (response.ok) return response.data;
      console.warn('[AliExpress Claim Assistant] the background did not take the order details:', response.error.message);
      return undefined;
    },
    async trackingSeen(tracking, observedAt) {
      const response = await sendRequest({ type: 'tracking/seen', observedAt: observedAt.toISOString(), tracking });
      if (response.ok) return response.data;
      console.warn('[AliExpress Claim Assistant] the background did not take the tracking details:', response.error.message);
      return undefined;
    },
    openClaim: (orderId) => void sendRequest({ type: 'claim/open', orderId }),
  }, (context) => listenForPageJson(context.document, context.signal)),
  createConfirmReceivedGuard(async (orderId) => {
    const response = await sendRequest({ type: 'claim/guard', orderId });
    return response.ok ? response.data : undefined;
  }),
];

export default defineContentScript({
  matches: ORDER_PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runPageSessions(ctx, features);
  },
});
