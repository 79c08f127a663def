/** The language an element is read in: its own or its nearest ancestor's `lang`, across shadow roots. */
export function languageOf(element: Element): string | null {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
