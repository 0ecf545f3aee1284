export type Warn = (message: string) => void;

/** Past this many distinct keys the oldest are forgotten: a long-lived worker must not grow. */
const MAX_KEYS = 1000;

/**
 * A warning per distinct key, once per service lifetime: a corrupted row is read on every
 * request, and one line in the console says all there is to say.
 */
export function createLogOnce(warn: Warn): (key: string, message: string) => void {
  const seen = new Set<string>();
  return (key, message) => {
    if (seen.has(key)) return;
    if (seen.size >= MAX_KEYS) seen.delete(seen.values().next().value as string);
    seen.add(key);
    warn(message);
  };
}
