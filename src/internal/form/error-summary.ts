import { html, nothing } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { heading } from '../heading.js';
import type { HeadingLevel } from '../heading.js';
import { focusField } from './field-focus.js';

/** One line of the error summary. */
export interface SummaryError {
  /** The id of the field the line links to; undefined for an error about no field the form shows. */
  readonly fieldId: string | undefined;
  readonly text: string;
}

/** A link to a field: move to the field itself, not to the link's target in the page's URL. */
function handleLink(event: Event): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as Document | ShadowRoot;
  const control = root.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (control) focusField(control);
}

/**
 * The GOV.UK error summary: "There is a problem" and a link to each field in error. It is an alert
 * that the form focuses after a failed submit; nothing when there is no error.
 */
export function renderErrorSummary(
  localize: LocalizeController,
  level: HeadingLevel,
  errors: readonly SummaryError[],
): unknown {
  if (errors.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${heading(level, localize.term('sign.error.summary'), {
      id: 'error-summary-title',
      className: 'error-summary-title',
    })}
    <ul class="error-list">
      ${errors.map(
        ({ fieldId, text }) =>
          html`<li>
            ${fieldId === undefined ? text : html`<a href="#${fieldId}" @click=${handleLink}>${text}</a>`}
          </li>`,
      )}
    </ul>
  </div>`;
}
