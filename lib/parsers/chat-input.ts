import { recognised, unrecognised, type ParseResult } from './result';
import { CHAT } from './selectors';

export interface ChatInput {
  kind: 'textarea' | 'contenteditable';
  element: HTMLElement;
}

/**
 * The chat's message box, found at run time in the node given: a visible, enabled textarea or
 * contenteditable inside the chat panel. The last one wins, since the box sits below the
 * conversation (and a reply box below a quoted one). Never guesses outside the panel.
 */
export function findChatInput(root: ParentNode): ParseResult<ChatInput> {
  const candidates = [...root.querySelectorAll<HTMLElement>(CHAT.input)].filter(
    (element) => element.closest(CHAT.panel) !== null && usable(element),
  );
  const element = candidates.at(-1);
  if (!element) return unrecognised('markup-changed', ['chat input']);
  return recognised({ kind: element.localName === 'textarea' ? 'textarea' : 'contenteditable', element });
}

function usable(element: HTMLElement): boolean {
  if (element.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  if (element.localName === 'textarea') {
    const box = element as HTMLTextAreaElement;
    if (box.disabled || box.readOnly) return false;
  }
  // A contenteditable nested in another belongs to that one: take the outer editor.
  if (element.localName !== 'textarea' && element.parentElement?.closest('[contenteditable="true"], [contenteditable=""]')) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
}
