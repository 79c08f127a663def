import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']); // LRI, RLI, FSI
const POP_ISOLATE = '\u2069'; // PDI
const FIRST_STRONG_ISOLATE = '\u2068';

/**
 * The text with its isolates balanced: a pop (U+2069) that closes nothing of its own is dropped and
 * an isolate left open is closed at the end. Browsers lay an isolating element out as FSI…PDI around
 * its text, so an unbalanced pop or opener in user text would end that isolate early or late and
 * let the text's direction marks (U+202E …) reorder what follows it.
 */
export function balanceIsolates(text: string): string {
  if (!/[\u2066-\u2069]/.test(text)) return text;
  let open = 0;
  let balanced = '';
  for (const char of text) {
    if (ISOLATE_OPENERS.has(char)) open += 1;
    else if (char === POP_ISOLATE) {
      if (open === 0) continue;
      open -= 1;
    }
    balanced += char;
  }
  return balanced + POP_ISOLATE.repeat(open);
}

/**
 * Text a person or a backend wrote (a title, a name, a region), as markup: a `<bdi>` takes its
 * direction from its own first letter, and nothing in it can reorder the text around it.
 */
export function userText(text: string, lang?: string | null): TemplateResult {
  return html`<bdi lang=${lang || nothing}>${balanceIsolates(text)}</bdi>`;
}

/**
 * User text for a plain string (a localized sentence's `{name}`, an accessible name, an
 * announcement): the same isolation as `userText`, written as FSI…PDI around it.
 */
export function isolate(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${balanceIsolates(text)}${POP_ISOLATE}`;
}
