import type { ChatInput } from '../parsers/chat-input';

/**
 * Puts text into the chat's input the way typing would, so a framework-driven page (React, Vue,
 * a rich-text editor) notices and enables its own send button. It only ever inserts: no Enter
 * key, no click, no submit — the buyer reads the text and sends it with the page's button.
 * Text already in the box is kept; the message goes after it on a new line.
 */
export function insertIntoChat(input: ChatInput, text: string): void {
  const { element } = input;
  element.focus({ preventScroll: true });
  if (input.kind === 'textarea') insertIntoTextarea(element as HTMLTextAreaElement, text);
  else insertIntoEditable(element, text);
}

function insertIntoTextarea(box: HTMLTextAreaElement, text: string): void {
  const value = box.value ? `${box.value}\n${text}` : text;
  // The prototype's setter, not `box.value =`: a framework may shadow the property on the node
  // to track changes, and would then miss this one.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box) as object, 'value')?.set;
  if (setter) setter.call(box, value);
  else box.value = value;
  box.selectionStart = box.selectionEnd = value.length;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

function insertIntoEditable(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  const hadText = (editor.textContent ?? '').trim().length > 0;
  if (selection) {
    // The caret at the end of what is already there.
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const toInsert = hadText ? `\n${text}` : text;
  // insertText goes through the editor's own beforeinput/input handling (rich-text editors
  // ignore direct DOM changes). It is deprecated but still the one way to type for the user.
  const inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, toInsert);
  if (!inserted) {
    editor.append(doc.createTextNode(toInsert));
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: toInsert }));
  }
}
