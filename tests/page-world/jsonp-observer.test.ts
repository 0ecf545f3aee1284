import { afterEach, describe, expect, it, vi } from 'vitest';
import { installResponseObserver } from '@/lib/page-world/response-observer';
import { listenForPageJson, readPageJson } from '@/lib/features/page-json';
import { PAGE_JSON_EVENT } from '@/lib/page-world/channel';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
let undo: (() => void) | undefined;
afterEach(() => {
  undo?.();
  document.querySelectorAll('script').forEach((s) => s.remove());
});

describe('JSONP callbacks', () => {
  it('the page callback gets the same arguments and this, and its result; we get a copy', async () => {
    const delivered: string[] = [];
    const win = window as unknown as Record<string, unknown>;
    const pageCallback = vi.fn(function (this: unknown) {
      return 42;
    });
    win.mtopjsonp7 = pageCallback;
    undo = installResponseObserver(window as never, { deliver: (_api, body) => delivered.push(body) });
    const script = document.createElement('script');
    script.setAttribute('type', 'text/x-not-run');
    script.src = 'https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/?callback=mtopjsonp7';
    document.head.append(script);
    await flush();
    const data = { data: { module: { trackingDetailLineList: [] } } };
    const receiver = { me: true };
    expect((win.mtopjsonp7 as (this: unknown, d: unknown) => number).call(receiver, data)).toBe(42);
    expect(pageCallback).toHaveBeenCalledWith(data);
    expect(pageCallback.mock.contexts[0]).toBe(receiver);
    expect(delivered).toEqual([JSON.stringify(data)]);
    delete win.mtopjsonp7;
  });

  it('an error thrown by the page callback reaches the page unchanged', async () => {
    const win = window as unknown as Record<string, unknown>;
    const error = new Error('page bug');
    win.mtopjsonp8 = () => {
      throw error;
    };
    undo = installResponseObserver(window as never, { deliver: () => undefined });
    const script = document.createElement('script');
    script.setAttribute('type', 'text/x-not-run');
    script.src = 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/?callback=mtopjsonp8';
    document.head.append(script);
    await flush();
    expect(() => (win.mtopjsonp8 as (d: unknown) => void)({})).toThrow(error);
    delete win.mtopjsonp8;
  });
});

describe('the isolated side treats every message as hostile', () => {
  it.each([
    ['not a string', { api: 'mtop.ae.ld.querydetail', body: '{}' }],
    ['not JSON', '{oops'],
    ['unknown api', JSON.stringify({ api: 'mtop.evil', body: '{}' })],
    ['extra key', JSON.stringify({ api: 'mtop.ae.ld.querydetail', body: '{}', x: 1 })],
    ['body not JSON', JSON.stringify({ api: 'mtop.ae.ld.querydetail', body: '<html>' })],
    ['too long', 'x'.repeat(3_000_000)],
  ])('%s → dropped', (_name, detail) => {
    expect(readPageJson(detail)).toBeUndefined();
  });

  it('a valid message reaches the subscriber of its API only', () => {
    const controller = new AbortController();
    const source = listenForPageJson(document, controller.signal);
    const tracking = vi.fn();
    const detail = vi.fn();
    source.subscribe('mtop.ae.ld.querydetail', tracking);
    source.subscribe('mtop.aliexpress.trade.buyer.order.detail', detail);
    document.dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail: JSON.stringify({ api: 'mtop.ae.ld.querydetail', body: '{"a":1}' }) }));
    document.dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail: 'garbage' }));
    expect(tracking).toHaveBeenCalledWith('mtop.ae.ld.querydetail', { a: 1 });
    expect(detail).not.toHaveBeenCalled();
    controller.abort();
    document.dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail: JSON.stringify({ api: 'mtop.ae.ld.querydetail', body: '{}' }) }));
    expect(tracking).toHaveBeenCalledTimes(1);
  });
});

describe('relay: page world → isolated side, with a replay for a late listener', () => {
  it('a body seen before the isolated side listened arrives on subscribe', async () => {
    const { startPageJsonRelay } = await import('@/lib/page-world/relay');
    const win = window as unknown as Record<string, unknown>;
    win.mtopjsonp9 = () => undefined;
    const stop = startPageJsonRelay(window, document);
    const script = document.createElement('script');
    script.setAttribute('type', 'text/x-not-run');
    script.src = 'https://acs.aliexpress.com/h5/mtop.ae.ld.querydetail/1.0/?callback=mtopjsonp9';
    document.head.append(script);
    await flush();
    (win.mtopjsonp9 as (d: unknown) => void)({ early: true });

    const controller = new AbortController();
    const listener = vi.fn();
    listenForPageJson(document, controller.signal).subscribe('mtop.ae.ld.querydetail', listener);
    expect(listener).toHaveBeenCalledWith('mtop.ae.ld.querydetail', { early: true });
    controller.abort();
    stop();
    delete win.mtopjsonp9;
  });
});
