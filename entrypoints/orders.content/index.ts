import { defineContentScript } from 'wxt/utils/define-content-script';
import { ORDER_PAGE_MATCHES } from '@/lib/pages/hosts';
import { detectPageKind } from '@/lib/pages/detect';

export default defineContentScript({
  matches: ORDER_PAGE_MATCHES,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.acaPage = detectPageKind(location.href);
  },
});
