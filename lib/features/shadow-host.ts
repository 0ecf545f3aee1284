/**
 * A host element with an open shadow root and our stylesheet inside it. Custom elements cannot
 * be defined from a content script, but any valid custom-element name can still host a shadow
 * root. Events from inside are stopped at the shadow root so the page's own handlers (a card
 * that navigates on click, drag or keyboard handlers) never see interactions with our UI.
 */
export function createShadowHost(doc: Document, tagName: `aca-${string}`, css: string): { host: HTMLElement; mount: HTMLElement } {
  const host = doc.createElement(tagName);
  const shadow = host.attachShadow({ mode: 'open' });
  const mount = doc.createElement('div');
  if (!adoptSharedSheet(shadow, css)) {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
  shadow.append(mount);
  for (const type of GUARDED_EVENTS) shadow.addEventListener(type, stop);
  return { host, mount };
}

const GUARDED_EVENTS = ['click', 'mousedown', 'pointerdown', 'keydown'] as const;
const stop = (event: Event) => event.stopPropagation();

// One parsed stylesheet shared by every shadow root (hundreds of badges on a long order list),
// instead of a <style> element parsed and matched per badge.
const sheets = new Map<string, CSSStyleSheet | null>();

/** Parses a stylesheet for later hosts now, e.g. while the page is idle, before the first host needs it. */
export function prepareSharedSheet(css: string): void {
  sharedSheet(css);
}

function sharedSheet(css: string): CSSStyleSheet | null {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null; // constructable sheets unavailable in this context: <style> fallback
    }
    sheets.set(css, sheet);
  }
  return sheet;
}

function adoptSharedSheet(shadow: ShadowRoot, css: string): boolean {
  const sheet = sharedSheet(css);
  if (!sheet) return false;
  try {
    shadow.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    return false;
  }
}
