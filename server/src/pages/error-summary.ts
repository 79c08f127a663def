import type { ServerLocale } from '../config.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';
import { SIGNATURE_FORM_STRINGS } from './signature-strings.js';

/*
 * GOV.UK's error summary for pages without scripts: at the top of the page, focused when the page
 * loads (`autofocus` on the summary itself), each problem a link to its field.
 */

/** One problem: its message and the id of the field it links to. */
export interface SummaryItem {
  readonly fieldId: string;
  readonly message: string;
}

export const ERROR_SUMMARY_ID = 'error-summary';

export function renderErrorSummary(locale: ServerLocale, items: readonly SummaryItem[]): SafeHtml | '' {
  if (items.length === 0) return '';
  const s = SIGNATURE_FORM_STRINGS[locale];
  // Without scripts `autofocus` is the only way to move focus to the summary after a failed send.
  /* eslint-disable lit-a11y/no-autofocus */
  return html`<div
    class="error-summary"
    id="${ERROR_SUMMARY_ID}"
    tabindex="-1"
    autofocus
    aria-labelledby="${ERROR_SUMMARY_ID}-title"
  >
    <h2 id="${ERROR_SUMMARY_ID}-title">${s.summaryTitle}</h2>
    <ul>
      ${items.map((item) => html`<li><a href="#${item.fieldId}">${item.message}</a></li>`)}
    </ul>
  </div>`;
  /* eslint-enable lit-a11y/no-autofocus */
}

/** An error message under a label: `<p id="…-error">`, starting with a visually hidden "Error:". */
export function renderFieldError(
  locale: ServerLocale,
  fieldId: string,
  message: string | undefined,
): SafeHtml | '' {
  if (message === undefined) return '';
  return html`<p class="error-message" id="${fieldId}-error">
    <span class="visually-hidden">${SIGNATURE_FORM_STRINGS[locale].errorPrefix}</span> ${message}
  </p>`;
}
