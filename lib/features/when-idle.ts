/**
 * Runs `callback` once, in the page's next idle moment, and at the latest after `timeoutMs`.
 * Work that can wait (telling the background what a page showed) then does not compete with the
 * page's own rendering: on a machine with few cores, the background's work slows the page's frame
 * even though it runs in another process. Where the browser has no idle callbacks, a task soon.
 * Returns a cancel function.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function') {
    // Held now: the cancel may come while the page tears down its globals.
    const cancel = cancelIdleCallback;
    const handle = requestIdleCallback(() => callback(), { timeout: timeoutMs });
    return () => cancel(handle);
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}
