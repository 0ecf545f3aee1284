/**
 * Reading untrusted JSON (the page's runParams, its API responses) without trusting its shape:
 * every getter checks the type it returns and gives undefined otherwise. Never throws.
 */

export type Json = unknown;

/** `value[key1][key2]…` when every step is a plain object, else undefined. */
export function at(value: Json, ...path: string[]): Json {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function str(value: Json, max = 2000): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

/** A finite number, or a string holding only one (`"96.4"`, `"1393"`). */
export function num(value: Json): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\d{1,12}(?:\.\d{1,4})?$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** A whole, non-negative number. */
export function int(value: Json): number | undefined {
  const n = num(value);
  return n !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** `true` / `false`, and the `"true"` / `"false"` strings some payloads use. */
export function bool(value: Json): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** Digits only (ids): numbers or digit strings. */
export function digits(value: Json, min: number, max: number): string | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  return text !== undefined && new RegExp(`^\\d{${min},${max}}$`).test(text) ? text : undefined;
}

/** Every string under `value`, depth-first, at most `limit` of them (for links buried in a block). */
export function strings(value: Json, limit = 200, depth = 6): string[] {
  const found: string[] = [];
  const walk = (node: Json, level: number) => {
    if (found.length >= limit || level > depth) return;
    if (typeof node === 'string') found.push(node);
    else if (Array.isArray(node)) for (const item of node.slice(0, 100)) walk(item, level + 1);
    else if (typeof node === 'object' && node !== null) for (const item of Object.values(node).slice(0, 100)) walk(item, level + 1);
  };
  walk(value, 0);
  return found;
}

/** Past this an inline script is not one we read (a hostile page can be huge). */
export const MAX_SCRIPT_TEXT = 3_000_000;

/**
 * The `{ … }` object literal starting at `text[start]` (which must be `{`), as text: braces are
 * counted outside string literals (double or single quoted, with escapes), so a `}` inside a
 * store name does not end it. Undefined when it never closes.
 */
export function balancedObject(text: string, start: number): string | undefined {
  if (text[start] !== '{') return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/** JSON.parse that returns undefined instead of throwing. Never eval. */
export function parseJson(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}
