// @vitest-environment node
// Node's own fetch classes (Response, ReadableStream): the page sees the browser's, which behave alike.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installResponseObserver, observedApi } from '@/lib/page-world/response-observer';

const DETAIL_URL = 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/?jsv=2.5.1&appKey=1';
const OTHER_URL = 'https://acs.aliexpress.com/h5/mtop.aliexpress.other.thing/1.0/';
const BODY = JSON.stringify({ data: { data: { a: { tag: 'detail_order_status_block', fields: { title: 'Completed' } } } } });
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

let undo: (() => void) | undefined;
afterEach(() => {
  undo?.();
  undo = undefined;
});

function pageWith(fetchImpl: (...args: unknown[]) => Promise<Response>) {
  const win: Record<string, unknown> = { fetch: fetchImpl, location: { href: 'https://www.aliexpress.com/p/order/detail.html?orderId=1' } };
  const delivered: [string, string][] = [];
  undo = installResponseObserver(win as never, { deliver: (api, body) => delivered.push([api, body]) });
  return { win: win as { fetch: (...args: unknown[]) => Promise<Response> }, delivered };
}

describe('which requests are observed', () => {
  it.each([
    [DETAIL_URL, 'mtop.aliexpress.trade.buyer.order.detail'],
    ['https://acs.aliexpress.us/h5/mtop.ae.ld.querydetail/1.0/?x=1', 'mtop.ae.ld.querydetail'],
    ['https://acs.aliexpress.com/h5/MTOP.ALIEXPRESS.TRADE.BUYER.ORDER.LIST/1.0/', 'mtop.aliexpress.trade.buyer.order.list'],
    ['https://www.aliexpress.com/gateway?api=mtop.ae.ld.querydetail', 'mtop.ae.ld.querydetail'],
    ['https://acs.aliexpress.com/h5/mtop.aliexpress.pdp.pc.query/1.0/?jsv=2.5.1&api=mtop.aliexpress.pdp.pc.query', 'mtop.aliexpress.pdp.pc.query'],
    [OTHER_URL, undefined],
    ['https://evil.example/h5/mtop.ae.ld.querydetail/1.0/', undefined],
    ['https://aliexpress.com.evil.example/h5/mtop.ae.ld.querydetail/1.0/', undefined],
    ['', undefined],
  ])('%s', (url, api) => expect(observedApi(url)).toBe(api));
});

describe('fetch: the page gets exactly what it got before', () => {
  it('the same promise, the same response object, the whole body; we read a copy', async () => {
    const response = new Response(BODY, { status: 200, headers: { 'content-type': 'application/json' } });
    const answer = Promise.resolve(response);
    const original = vi.fn(() => answer);
    const { win, delivered } = pageWith(original);
    const got = win.fetch(DETAIL_URL, { credentials: 'include' });
    expect(got).toBe(answer);
    expect(original).toHaveBeenCalledWith(DETAIL_URL, { credentials: 'include' });
    const res = await got;
    expect(res).toBe(response);
    expect(await res.text()).toBe(BODY);
    await flush();
    expect(delivered).toEqual([['mtop.aliexpress.trade.buyer.order.detail', BODY]]);
  });

  it('other requests are not touched (no clone, nothing delivered)', async () => {
    const response = new Response('x');
    const clone = vi.spyOn(response, 'clone');
    const { win, delivered } = pageWith(() => Promise.resolve(response));
    expect(await (await win.fetch(OTHER_URL)).text()).toBe('x');
    await flush();
    expect(clone).not.toHaveBeenCalled();
    expect(delivered).toEqual([]);
  });

  it('a rejected fetch rejects with the same error, and nothing of ours goes unhandled', async () => {
    const error = new TypeError('Failed to fetch');
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const { win, delivered } = pageWith(() => Promise.reject(error));
    await expect(win.fetch(DETAIL_URL)).rejects.toBe(error);
    await flush();
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(delivered).toEqual([]);
  });

  it('a fetch that throws at once throws the same error at once', () => {
    const error = new TypeError('Illegal invocation');
    const { win } = pageWith(() => {
      throw error;
    });
    expect(() => win.fetch(DETAIL_URL)).toThrow(error);
  });

  it('passes `this` through (a fetch called with the wrong receiver still fails as before)', () => {
    const original = vi.fn(() => Promise.resolve(new Response('')));
    const { win } = pageWith(original);
    void win.fetch(DETAIL_URL);
    expect(original.mock.contexts[0]).toBe(win);
  });

  it('a streaming body reaches the page chunk by chunk, complete; we get the same text', async () => {
    const chunks = ['{"data":', '{"data":{}}', '}'];
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        for (const chunk of chunks) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          controller.enqueue(encoder.encode(chunk));
        }
        controller.close();
      },
    });
    const { win, delivered } = pageWith(() => Promise.resolve(new Response(stream)));
    const res = await win.fetch(DETAIL_URL);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const seen: string[] = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      seen.push(decoder.decode(value));
    }
    expect(seen.join('')).toBe(chunks.join(''));
    expect(seen.length).toBeGreaterThanOrEqual(chunks.length);
    await flush();
    expect(delivered).toEqual([['mtop.aliexpress.trade.buyer.order.detail', chunks.join('')]]);
  });

  it('a body the page already used, or one that cannot be copied, is left alone', async () => {
    const response = new Response(BODY);
    vi.spyOn(response, 'clone').mockImplementation(() => {
      throw new TypeError('Response body is already used');
    });
    const { win, delivered } = pageWith(() => Promise.resolve(response));
    const res = await win.fetch(DETAIL_URL);
    expect(await res.text()).toBe(BODY);
    await flush();
    expect(delivered).toEqual([]);
  });

  it('uninstalling puts the original back', () => {
    const original = vi.fn(() => Promise.resolve(new Response('')));
    const { win } = pageWith(original);
    expect(win.fetch).not.toBe(original);
    undo!();
    undo = undefined;
    expect(win.fetch).toBe(original);
  });
});

describe('XMLHttpRequest', () => {
  class FakeXhr {
    listeners: Record<string, (() => void)[]> = {};
    responseType = '';
    responseText = '';
    response: unknown = '';
    opened: unknown[] = [];
    addEventListener(type: string, listener: () => void) {
      (this.listeners[type] ??= []).push(listener);
    }
    fire(type: string) {
      for (const listener of this.listeners[type] ?? []) listener.call(this);
    }
  }
  const originalOpen = vi.fn(function (this: FakeXhr, ...args: unknown[]) {
    this.opened = args;
    return 'opened';
  });
  FakeXhr.prototype.constructor = FakeXhr;
  (FakeXhr.prototype as unknown as { open: unknown }).open = originalOpen;

  it('open passes everything through; the body is read on load', () => {
    const delivered: string[] = [];
    const win = { XMLHttpRequest: FakeXhr, location: { href: 'https://www.aliexpress.com/' } };
    undo = installResponseObserver(win as never, { deliver: (_api, body) => delivered.push(body) });
    const xhr = new FakeXhr() as FakeXhr & { open: (...args: unknown[]) => unknown };
    expect(xhr.open('GET', DETAIL_URL, true)).toBe('opened');
    expect(xhr.opened).toEqual(['GET', DETAIL_URL, true]);
    xhr.responseText = BODY;
    xhr.fire('load');
    expect(delivered).toEqual([BODY]);
    expect(xhr.responseText).toBe(BODY);

    const other = new FakeXhr() as FakeXhr & { open: (...args: unknown[]) => unknown };
    other.open('GET', OTHER_URL);
    expect(other.listeners.load).toBeUndefined();

    // The page reuses the first request object for another URL: its answer is not ours to read.
    xhr.open('GET', OTHER_URL);
    xhr.responseText = 'something else';
    xhr.fire('load');
    expect(delivered).toEqual([BODY]);
    expect(xhr.listeners.load).toHaveLength(1);
  });
});
