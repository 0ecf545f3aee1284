import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '@/lib/features/when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('waits for an idle callback, with the deadline given', () => {
    const requestIdle = vi.fn((_run: IdleRequestCallback, _options?: IdleRequestOptions) => 7);
    const cancelIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', requestIdle);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const callback = vi.fn();
    const cancel = whenIdle(callback, 1000);
    expect(requestIdle).toHaveBeenCalledWith(expect.any(Function), { timeout: 1000 });
    expect(callback).not.toHaveBeenCalled();
    requestIdle.mock.calls[0]![0]({ didTimeout: false, timeRemaining: () => 10 });
    expect(callback).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });

  it('can still be cancelled once the page has torn down its idle-callback globals', () => {
    const cancelIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', vi.fn(() => 3));
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const cancel = whenIdle(vi.fn(), 1000);
    vi.unstubAllGlobals();
    expect(() => cancel()).not.toThrow();
    expect(cancelIdle).toHaveBeenCalledWith(3);
  });

  it('falls back to a task soon where there are no idle callbacks, and can be cancelled', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const ran = vi.fn();
    whenIdle(ran, 1000);
    const cancelled = vi.fn();
    whenIdle(cancelled, 1000)();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
