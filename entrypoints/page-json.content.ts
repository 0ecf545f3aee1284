import { defineContentScript } from 'wxt/utils/define-content-script';
import { ORDER_PAGE_MATCHES } from '@/lib/pages/hosts';
import { PAGE_JSON_EVENT, PAGE_JSON_REPLAY_EVENT, REPLAY_KEEP } from '@/lib/page-world/channel';
import { installResponseObserver } from '@/lib/page-world/response-observer';

// Wiring only. In the page's own world (Chrome MV3; Firefox 128+, the manifest's minimum) from
// document_start, so the page's first API answers are seen too. It has no extension API: it hands
// each body to the isolated content script as a string in a CustomEvent, and keeps the last few
// for the isolated script's replay request (it starts later, at document_idle).
export default defineContentScript({
  matches: ORDER_PAGE_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const seen: string[] = [];
    const send = (detail: string) => document.dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail }));
    installResponseObserver(window as never, {
      deliver(api, body) {
        const detail = JSON.stringify({ api, body });
        seen.push(detail);
        if (seen.length > REPLAY_KEEP) seen.shift();
        send(detail);
      },
    });
    document.addEventListener(PAGE_JSON_REPLAY_EVENT, () => {
      for (const detail of seen) send(detail);
    });
  },
});
