/**
 * The same listing: equal ids, or the aliexpress.us `3256…` id of a `1005…` one (same last
 * 11 digits, PAGES.md "Hosts and URLs").
 */
export function sameProduct(a: string, b: string): boolean {
  if (a === b) return true;
  const tail = (id: string) => /^(?:32568|10050)(\d{11})$/.exec(id)?.[1];
  const tailA = tail(a);
  return tailA !== undefined && tailA === tail(b) && a.slice(0, 4) !== b.slice(0, 4);
}
