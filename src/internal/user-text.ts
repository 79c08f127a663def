import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { balanceIsolates } from '../protocol/bidi.js';

export { balanceIsolates };

const POP_ISOLATE = '\u2069'; // PDI
const FIRST_STRONG_ISOLATE = '\u2068';

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
