import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** The message above a field in error, after a visually hidden "Error:" (GOV.UK's error message). */
export function renderErrorMessage(localize: LocalizeController, id: string, text: string): TemplateResult {
  return html`<p class="error-message" id=${id}>
    <span class="visually-hidden">${localize.term('error.prefix')}</span>
    ${text}
  </p>`;
}

/** The `aria-describedby` of a field: its hint first, then its error, then any other ids; nothing when none. */
export function describedBy(...ids: ReadonlyArray<string | false | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
