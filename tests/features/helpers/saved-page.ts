/** Puts a saved page's body into the test's own document, where the features run. */
export function showSavedPage(html: string): void {
  const saved = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...saved.body.childNodes].map((node) => document.importNode(node, true)));
}
