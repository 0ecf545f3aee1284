import { listenForPageJson, type PageJsonSource } from './page-json';
import type { FeatureContext } from './registry';
import type { PdpSource } from './risk-hint';

export const PDP_API = 'mtop.aliexpress.pdp.pc.query';

/**
 * The product page's own `mtop.aliexpress.pdp.pc.query` answers as the risk hint's PdpSource: the
 * latest body (already JSON-parsed and size-checked by the page-json channel, still untrusted —
 * the product parser validates it) and a call on each new one. It listens from the moment it is
 * made, so the answers the page world kept from before (the replay) land in `latest` at once.
 */
export function pdpFromPageJson(pageJson: PageJsonSource, signal: AbortSignal): PdpSource {
  let latest: unknown;
  const listeners = new Set<() => void>();
  const unsubscribe = pageJson.subscribe(PDP_API, (_api, body) => {
    latest = body;
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // one listener's failure is its own
      }
    }
  });
  signal.addEventListener('abort', () => {
    unsubscribe();
    listeners.clear();
  });
  return {
    latest: () => latest,
    subscribe(onResponse) {
      if (signal.aborted) return () => undefined;
      listeners.add(onResponse);
      return () => listeners.delete(onResponse);
    },
  };
}

/** One source per run (per product page), over the page-world relay of this document. */
export function pagePdpSource(context: FeatureContext): PdpSource {
  return pdpFromPageJson(listenForPageJson(context.document, context.signal), context.signal);
}
