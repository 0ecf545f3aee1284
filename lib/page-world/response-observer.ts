import { MAX_BODY_CHARS, OBSERVED_APIS, type ObservedApi } from './channel';

/**
 * Runs in the page's own world (entrypoints/page-json.content.ts) and watches the page's own
 * answers to the API calls in OBSERVED_APIS — fetch, XMLHttpRequest and JSONP — without changing
 * what the page sees:
 * - fetch: the page gets the very promise the browser's fetch returned (same response object,
 *   same timing, same errors, thrown or rejected); we read a clone of the body on the side;
 * - XMLHttpRequest: `open` records the URL and passes everything through; a `load` listener reads
 *   `responseText` (reading it changes nothing);
 * - JSONP: when a script for an observed API is added, its callback is wrapped to copy the
 *   argument, then call the page's function with the same `this` and arguments, returning (or
 *   throwing) exactly what it does.
 * Any failure of ours is swallowed: the page goes on as if we were not there.
 */
export interface ObserverOptions {
  deliver(api: ObservedApi, body: string): void;
}

type FetchFn = (this: unknown, ...args: unknown[]) => Promise<Response>;
interface PageWindow {
  fetch?: FetchFn;
  XMLHttpRequest?: { prototype: { open: (...args: unknown[]) => unknown } };
  document?: Document;
  MutationObserver?: typeof MutationObserver;
  [name: string]: unknown;
}

const HOST = /^https?:\/\/(?:[a-z0-9-]+\.)*aliexpress\.(?:com|us)(?::\d+)?\//i;

/** The observed API a request URL calls (`…/h5/<api>/1.0/…` or `?api=<api>`), if any. */
export function observedApi(url: string): ObservedApi | undefined {
  if (url.length > 10_000 || !HOST.test(url)) return undefined;
  const lower = url.toLowerCase();
  return OBSERVED_APIS.find((api) => lower.includes(`/h5/${api}/`) || lower.includes(`api=${api}&`) || lower.endsWith(`api=${api}`));
}

function urlOf(input: unknown, base: string): string {
  try {
    if (typeof input === 'string') return new URL(input, base).href;
    if (input instanceof URL) return input.href;
    if (typeof input === 'object' && input !== null && typeof (input as Request).url === 'string') return (input as Request).url;
  } catch {
    // not a URL the page could fetch either
  }
  return '';
}

const noop = () => undefined;

/** Installs the wrappers; the returned function puts the page's originals back. */
export function installResponseObserver(win: PageWindow, { deliver }: ObserverOptions): () => void {
  const base = (() => {
    try {
      return String((win as { location?: Location }).location?.href ?? 'https://www.aliexpress.com/');
    } catch {
      return 'https://www.aliexpress.com/';
    }
  })();
  const safeDeliver = (api: ObservedApi, body: unknown) => {
    try {
      if (typeof body === 'string' && body.length > 0 && body.length <= MAX_BODY_CHARS) deliver(api, body);
    } catch {
      // ours only
    }
  };
  const restore: (() => void)[] = [];

  // fetch
  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    const fetch = function fetch(this: unknown, input: unknown) {
      // eslint-disable-next-line prefer-rest-params -- pass exactly what the page passed
      const answer = originalFetch.apply(this, arguments as unknown as unknown[]);
      try {
        const api = observedApi(urlOf(input, base));
        if (api && answer && typeof answer.then === 'function') {
          answer.then((response) => {
            try {
              if (!response || response.bodyUsed) return;
              response.clone().text().then((body) => safeDeliver(api, body), noop);
            } catch {
              // a body we cannot copy: the page still has its own
            }
          }, noop);
        }
      } catch {
        // ours only
      }
      return answer;
    };
    win.fetch = fetch as FetchFn;
    restore.push(() => {
      if (win.fetch === fetch) win.fetch = originalFetch;
    });
  }

  // XMLHttpRequest
  const proto = win.XMLHttpRequest?.prototype;
  const originalOpen = proto?.open;
  if (proto && typeof originalOpen === 'function') {
    // The API each request was last opened for: a request object the page reuses for another URL
    // must not be read under the old name.
    const apiOf = new WeakMap<object, ObservedApi>();
    const listening = new WeakSet<object>();
    const open = function open(this: XMLHttpRequest) {
      try {
        // eslint-disable-next-line prefer-rest-params
        const api = observedApi(urlOf(arguments[1], base));
        if (api) apiOf.set(this, api);
        else apiOf.delete(this);
        if (api && !listening.has(this)) {
          listening.add(this);
          this.addEventListener('load', function onLoad(this: XMLHttpRequest) {
            try {
              const current = apiOf.get(this);
              if (!current) return;
              if (this.responseType === '' || this.responseType === 'text') safeDeliver(current, this.responseText);
              else if (this.responseType === 'json') safeDeliver(current, JSON.stringify(this.response));
            } catch {
              // ours only
            }
          });
        }
      } catch {
        // ours only
      }
      // eslint-disable-next-line prefer-rest-params
      return originalOpen.apply(this, arguments as unknown as unknown[]);
    };
    proto.open = open;
    restore.push(() => {
      if (proto.open === open) proto.open = originalOpen;
    });
  }

  // JSONP: <script src="…/h5/<api>/…?callback=mtopjsonp3">
  const doc = win.document;
  const Observer = win.MutationObserver;
  if (doc && Observer) {
    const wrapCallback = (script: HTMLScriptElement) => {
      const src = script.src;
      const api = typeof src === 'string' ? observedApi(src) : undefined;
      if (!api) return;
      const name = new URL(src).searchParams.get('callback');
      if (!name || !/^[A-Za-z_$][\w$]{0,60}$/.test(name)) return;
      const original = win[name];
      if (typeof original !== 'function' || WRAPPED.has(original)) return;
      const callback = function (this: unknown) {
        try {
          // eslint-disable-next-line prefer-rest-params
          safeDeliver(api, JSON.stringify(arguments[0]));
        } catch {
          // ours only
        }
        // eslint-disable-next-line prefer-rest-params
        return (original as (...args: unknown[]) => unknown).apply(this, arguments as unknown as unknown[]);
      };
      WRAPPED.add(callback);
      try {
        win[name] = callback;
      } catch {
        // a callback the page made read-only: leave it
      }
    };
    const observer = new Observer((mutations) => {
      try {
        for (const mutation of mutations) {
          for (const node of mutation.addedNodes) {
            if ((node as Element).localName === 'script') wrapCallback(node as HTMLScriptElement);
          }
        }
      } catch {
        // ours only
      }
    });
    observer.observe(doc, { childList: true, subtree: true });
    restore.push(() => observer.disconnect());
  }

  return () => {
    for (const undo of restore) undo();
  };
}

const WRAPPED = new WeakSet<object>();
