import { PAGE_JSON_EVENT, PAGE_JSON_REPLAY_EVENT, REPLAY_KEEP } from './channel';
import { installResponseObserver } from './response-observer';

/**
 * The page-world half of the channel: every observed body goes to the isolated content script as
 * a string in a CustomEvent (strings cross worlds in every browser), and the last few are kept
 * for its replay request — it starts at document_idle, after the page's first API answers.
 */
export function startPageJsonRelay(win: Window, doc: Document): () => void {
  const seen: string[] = [];
  const send = (detail: string) => doc.dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail }));
  const uninstall = installResponseObserver(win as never, {
    deliver(api, body) {
      const detail = JSON.stringify({ api, body });
      seen.push(detail);
      if (seen.length > REPLAY_KEEP) seen.shift();
      send(detail);
    },
  });
  const replay = () => {
    for (const detail of seen) send(detail);
  };
  doc.addEventListener(PAGE_JSON_REPLAY_EVENT, replay);
  return () => {
    uninstall();
    doc.removeEventListener(PAGE_JSON_REPLAY_EVENT, replay);
  };
}
