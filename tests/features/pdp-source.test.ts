import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pdpFromPageJson } from '@/lib/features/pdp-source';
import { listenForPageJson } from '@/lib/features/page-json';
import { PAGE_JSON_EVENT } from '@/lib/page-world/channel';
import { startPageJsonRelay } from '@/lib/page-world/relay';
import { parseProductPage } from '@/lib/parsers/product-page';

const PDP_BODY = readFileSync(join(process.cwd(), 'tests/fixtures/pages/product-2024-en.pdp.json'), 'utf8');
const PDP_URL = 'https://acs.aliexpress.com/h5/mtop.aliexpress.pdp.pc.query/1.0/?jsv=2.5.1&appKey=12574478&api=mtop.aliexpress.pdp.pc.query&v=1.0';
const send = (api: string, body: string) =>
  document.dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail: JSON.stringify({ api, body }) }));

let controller: AbortController;
afterEach(() => controller?.abort());

function source() {
  controller = new AbortController();
  return pdpFromPageJson(listenForPageJson(document, controller.signal), controller.signal);
}

describe('the pdp source over the page-json channel', () => {
  it('nothing seen yet: latest is undefined', () => {
    expect(source().latest()).toBeUndefined();
  });

  it('a pdp answer becomes latest and calls every subscriber; other APIs and junk do not', () => {
    const pdp = source();
    const first = vi.fn();
    const second = vi.fn();
    pdp.subscribe(first);
    pdp.subscribe(second);
    send('mtop.aliexpress.trade.buyer.order.detail', '{"other":true}');
    document.dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail: '{"api":"mtop.aliexpress.pdp.pc.query","body":"<html>"}' }));
    expect(first).not.toHaveBeenCalled();
    expect(pdp.latest()).toBeUndefined();

    send('mtop.aliexpress.pdp.pc.query', '{"n":1}');
    send('mtop.aliexpress.pdp.pc.query', '{"n":2}');
    expect(pdp.latest()).toEqual({ n: 2 });
    expect(first).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('a subscriber that throws does not keep the others from hearing', () => {
    const pdp = source();
    const after = vi.fn();
    pdp.subscribe(() => {
      throw new Error('boom');
    });
    pdp.subscribe(after);
    send('mtop.aliexpress.pdp.pc.query', '{}');
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('unsubscribe and abort stop the calls', () => {
    const pdp = source();
    const gone = vi.fn();
    const stays = vi.fn();
    const unsubscribe = pdp.subscribe(gone);
    pdp.subscribe(stays);
    unsubscribe();
    send('mtop.aliexpress.pdp.pc.query', '{"n":1}');
    expect(gone).not.toHaveBeenCalled();
    expect(stays).toHaveBeenCalledTimes(1);
    controller.abort();
    send('mtop.aliexpress.pdp.pc.query', '{"n":2}');
    expect(stays).toHaveBeenCalledTimes(1);
    expect(pdp.latest()).toEqual({ n: 1 });
  });

  it('an answer the page world saw before the source was made is its latest at once (replay); the parser reads its rating count', async () => {
    // The page world: its fetch wrapped by the relay's observer, the page's own request made early.
    const page = {
      fetch: (_url: string) => Promise.resolve(new Response(PDP_BODY, { headers: { 'content-type': 'application/json' } })),
      location: { href: 'https://www.aliexpress.com/item/1005006812345678.html' },
    };
    const stop = startPageJsonRelay(page as never, document);
    try {
      expect(await (await page.fetch(PDP_URL)).text()).toBe(PDP_BODY);
      await new Promise((resolve) => setTimeout(resolve, 10));
      const pdp = source();
      expect(pdp.latest()).toEqual(JSON.parse(PDP_BODY));
      const parsed = parseProductPage(document, { url: 'https://www.aliexpress.com/item/1005006812345678.html', pdpResponse: pdp.latest() });
      expect(parsed.ok && parsed.data.store).toMatchObject({ id: '1103456789', positiveRatePercent: 97.2, ratingCount: 16083 });
    } finally {
      stop();
    }
  });
});
