import { defineContentScript } from 'wxt/utils/define-content-script';
import { ORDER_PAGE_MATCHES, PRODUCT_PAGE_MATCHES } from '@/lib/pages/hosts';
import { startPageJsonRelay } from '@/lib/page-world/relay';

// Wiring only. In the page's own world (Chrome MV3; Firefox 128+, the manifest's minimum) from
// document_start, so the page's first API answers are seen too; it has no extension API and
// hands what it sees to the isolated orders and product content scripts (lib/features/page-json.ts).
export default defineContentScript({
  matches: [...ORDER_PAGE_MATCHES, ...PRODUCT_PAGE_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    startPageJsonRelay(window, document);
  },
});
