// @vitest-environment-options {"url": "https://www.aliexpress.com/"}
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runPageSessions } from '@/lib/features/page-session';
import type { Feature, FeatureContext } from '@/lib/features/registry';

/** The two things runPageSessions uses of WXT's context, recorded so the test can drive them. */
function fakeContext() {
  const invalidated: (() => void)[] = [];
  const ctx = {
    onInvalidated: (callback: () => void) => void invalidated.push(callback),
    addEventListener: (target: EventTarget, type: string, listener: () => void) => target.addEventListener(type, listener),
  } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => invalidated.forEach((callback) => callback()) };
}

function recordingFeature(include: Feature['include']) {
  const runs: FeatureContext[] = [];
  const feature: Feature = { id: 'recorder', include, run: (context) => void runs.push(context) };
  return { feature, runs };
}

const navigate = (url: string) => {
  history.pushState(null, '', url);
  window.dispatchEvent(new Event('wxt:locationchange'));
};

afterEach(() => history.pushState(null, '', '/'));

describe('runPageSessions', () => {
  it('runs on the current page, marks <html>, and starts again only when the session key changes', () => {
    history.pushState(null, '', 'https://www.aliexpress.com/item/1005006812345678.html');
    const { feature, runs } = recordingFeature(['product']);
    const { ctx } = fakeContext();
    runPageSessions(ctx, [feature], (url) => url.pathname);
    expect(runs).toHaveLength(1);
    expect(document.documentElement.dataset.acaPage).toBe('product');

    navigate('https://www.aliexpress.com/item/1005006812345678.html?sku=2');
    expect(runs).toHaveLength(1); // same product: the feature follows the page itself

    navigate('https://www.aliexpress.com/item/1005007123456789.html');
    expect(runs).toHaveLength(2);
    expect(runs[0]!.signal.aborted).toBe(true);
    expect(runs[1]!.signal.aborted).toBe(false);
    expect(runs[1]!.url.pathname).toBe('/item/1005007123456789.html');
  });

  it('keys on the page kind by default, and aborts everything when the extension is reloaded', () => {
    history.pushState(null, '', 'https://www.aliexpress.com/p/order/index.html');
    const { feature, runs } = recordingFeature(['orders', 'order-detail']);
    const { ctx, invalidate } = fakeContext();
    runPageSessions(ctx, [feature]);
    navigate('https://www.aliexpress.com/p/order/index.html?tab=completed');
    expect(runs).toHaveLength(1);
    navigate('https://www.aliexpress.com/p/order/detail.html?orderId=8214779947343229');
    expect(runs.map((run) => run.pageKind)).toEqual(['orders', 'order-detail']);
    invalidate();
    expect(runs[1]!.signal.aborted).toBe(true);
  });
});
