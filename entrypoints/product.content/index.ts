import { defineContentScript } from 'wxt/utils/define-content-script';
import { pagePdpSource } from '@/lib/features/pdp-source';
import { createRiskHint } from '@/lib/features/risk-hint';
import { runPageSessions } from '@/lib/features/page-session';
import type { Feature } from '@/lib/features/registry';
import { sendRequest } from '@/lib/messaging/client';
import { PRODUCT_PAGE_MATCHES } from '@/lib/pages/hosts';

// Wiring only: which features run on product pages, how they reach the background, and the
// page's own pdp JSON (handed over by entrypoints/page-json.content.ts).
const features: Feature[] = [
  createRiskHint(async (product, observedAt) => {
    const response = await sendRequest({ type: 'product/seen', observedAt: observedAt.toISOString(), product });
    if (response.ok) return response.data;
    console.warn('[AliExpress Claim Assistant] the background did not take the product page:', response.error.message);
    return undefined;
  }, { pdp: pagePdpSource }),
];

export default defineContentScript({
  matches: PRODUCT_PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Another product in the same tab (single-page navigation) starts over.
    runPageSessions(ctx, features, (url) => url.pathname);
  },
});
