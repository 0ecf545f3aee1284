import * as z from 'zod/mini';
import { MAX_BODY_CHARS, OBSERVED_APIS, PAGE_JSON_EVENT, PAGE_JSON_REPLAY_EVENT, type ObservedApi } from '../page-world/channel';

/**
 * The isolated side of the page-world channel. Everything arriving here may come from the page
 * (any script there can dispatch the same event): it is read as a string, parsed, validated with
 * zod, and whatever fails is dropped without a word — the features then read the DOM as before.
 */
export type PageJsonListener = (api: ObservedApi, body: unknown) => void;

export interface PageJsonSource {
  /** Bodies of this API from now on (and the ones the page world kept from before). */
  subscribe(api: ObservedApi, listener: PageJsonListener): () => void;
}

const Envelope = z.strictObject({ api: z.enum(OBSERVED_APIS), body: z.string().check(z.maxLength(MAX_BODY_CHARS)) });
const MAX_DETAIL = MAX_BODY_CHARS + 200;

/** Reads one event's detail; undefined for anything malformed. Never throws. */
export function readPageJson(detail: unknown): { api: ObservedApi; body: unknown } | undefined {
  try {
    if (typeof detail !== 'string' || detail.length > MAX_DETAIL) return undefined;
    const envelope = Envelope.safeParse(JSON.parse(detail));
    if (!envelope.success) return undefined;
    return { api: envelope.data.api, body: JSON.parse(envelope.data.body) as unknown };
  } catch {
    return undefined;
  }
}

export function listenForPageJson(doc: Document, signal: AbortSignal): PageJsonSource {
  const listeners = new Set<{ api: ObservedApi; listener: PageJsonListener }>();
  const onEvent = (event: Event) => {
    let detail: unknown;
    try {
      detail = (event as CustomEvent).detail;
    } catch {
      return;
    }
    const message = readPageJson(detail);
    if (!message) return;
    for (const entry of listeners) {
      if (entry.api !== message.api) continue;
      try {
        entry.listener(message.api, message.body);
      } catch {
        // a feature's failure is its own: the DOM reading stands
      }
    }
  };
  doc.addEventListener(PAGE_JSON_EVENT, onEvent);
  signal.addEventListener('abort', () => doc.removeEventListener(PAGE_JSON_EVENT, onEvent));
  return {
    subscribe(api, listener) {
      const entry = { api, listener };
      listeners.add(entry);
      // What the page world saw before we listened comes again (to every listener of that API).
      doc.dispatchEvent(new CustomEvent(PAGE_JSON_REPLAY_EVENT));
      return () => listeners.delete(entry);
    },
  };
}
