import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** A part of the card the reader opens and closes ("Read the full petition", "Show all regions"). */
export interface Disclosure {
  readonly open: boolean;
  readonly onToggle: () => void;
}

/** The button that opens and closes a disclosure; `controls` is the id of what it shows. */
export function renderDisclosureButton(
  label: string,
  controls: string,
  disclosure: Disclosure,
  className = 'disclosure',
): TemplateResult {
  return html`<button
    type="button"
    class=${className}
    aria-expanded=${disclosure.open ? 'true' : 'false'}
    aria-controls=${controls}
    @click=${disclosure.onToggle}
  >
    ${label}
  </button>`;
}
