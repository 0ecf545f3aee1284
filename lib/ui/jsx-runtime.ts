/**
 * JSX that builds real DOM nodes, for the UI content scripts put on AliExpress pages (after
 * refined-github's dom-chef). React stays in the popup and options pages; on the page it would be
 * three quarters of every content script. Files opt in with `/** @jsxImportSource @/lib/ui *\/`.
 *
 * Children are appended as nodes or text nodes only: there is no way to pass HTML through here,
 * so a hostile page string can only ever render as text.
 */

export type Child = Node | string | number | boolean | null | undefined | readonly Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component<P> = (props: P) => Element;

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_TAGS = new Set(['svg', 'path', 'circle', 'g', 'rect', 'line', 'polyline']);

export function jsx(type: string | Component<Props>, props: Props): Element {
  if (typeof type === 'function') return type(props);
  const element = SVG_TAGS.has(type) ? document.createElementNS(SVG_NS, type) : document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    } else if (name === 'className') {
      element.setAttribute('class', String(value));
    } else if (name.startsWith('aria-')) {
      element.setAttribute(name, String(value)); // aria-expanded={false} must read "false"
    } else if (typeof value === 'boolean') {
      if (value) element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  appendChildren(element, props.children);
  return element;
}

export const jsxs = jsx;
export const jsxDEV = jsx;

export function Fragment(props: { children?: Child }): Element {
  const fragment = document.createDocumentFragment();
  appendChildren(fragment, props.children);
  return fragment as unknown as Element;
}

function appendChildren(parent: Node, children: Child): void {
  if (children === null || children === undefined || typeof children === 'boolean') return;
  if (Array.isArray(children)) {
    for (const child of children) appendChildren(parent, child);
  } else if (children instanceof Node) {
    parent.appendChild(children);
  } else {
    parent.appendChild(document.createTextNode(String(children)));
  }
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace JSX {
  export type Element = globalThis.Element;
  export interface IntrinsicElements {
    [tag: string]: Record<string, unknown>;
  }
  export interface ElementChildrenAttribute {
    children: unknown;
  }
}
