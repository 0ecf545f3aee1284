/**
 * A host element with an open shadow root and our stylesheet inside it. Custom elements cannot
 * be defined from a content script, but any valid custom-element name can still host a shadow
 * root. Events from inside are stopped at the host so the page's own handlers (a card that
 * navigates on click, keyboard shortcuts) never see clicks on our UI.
 */
export function createShadowHost(doc: Document, tagName: `aca-${string}`, css: string): { host: HTMLElement; mount: HTMLElement } {
  const host = doc.createElement(tagName);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  return { host, mount };
}
