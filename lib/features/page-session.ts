import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPageKind, type PageKind } from '../pages/detect';
import { runFeatures, type Feature } from './registry';

/**
 * Runs `features` on the current page and again after single-page navigation, but only when
 * `sessionKey` changes (e.g. another kind of page, another product): within one session the
 * features follow the page themselves. The previous session is aborted first, and everything
 * stops when the extension is reloaded under the page.
 */
export function runPageSessions(
  ctx: ContentScriptContext,
  features: readonly Feature[],
  sessionKey: (url: URL, pageKind: PageKind) => string = (_url, pageKind) => pageKind,
): void {
  let controller: AbortController | undefined;
  let current: string | undefined;
  const start = () => {
    const url = new URL(location.href);
    const pageKind = detectPageKind(url);
    const key = sessionKey(url, pageKind);
    if (key === current) return;
    controller?.abort();
    controller = new AbortController();
    current = key;
    document.documentElement.dataset.acaPage = pageKind;
    void runFeatures(features, { document, url, pageKind, signal: controller.signal, clock: () => new Date() });
  };
  ctx.onInvalidated(() => controller?.abort());
  ctx.addEventListener(window, 'wxt:locationchange', start);
  start();
}
