import type { ServerLocale } from '../config.js';
import type { Participant } from '../security/jwt.js';
import { renderErrorSummary, renderFieldError } from './error-summary.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { SIGNATURE_FORM_STRINGS } from './signature-strings.js';
import { SIGN_IN_STRINGS } from './sign-in-strings.js';

/*
 * The pages' sign-in without scripts: demo mode's form (any name), and the bar a signed-in reader
 * sees on a page ("Signed in as …" and a sign-out button, a form post).
 */

export const SIGN_IN_PATH = '/sign-in';
export const DEMO_SIGN_IN_PATH = '/sign-in/demo';
export const SIGN_OUT_PATH = '/sign-out';
/** The form field and query parameter naming where to go afterwards (a path on this server). */
export const RETURN_FIELD = 'return';

const NAME_ID = 'sign-in-name';

/** What one rendering of the demo sign-in form holds. */
export interface DemoSignInState {
  readonly displayName: string;
  readonly error?: 'required' | 'too_long';
  readonly returnTo: string;
}

export function renderDemoSignIn(locale: ServerLocale, state: DemoSignInState, nameMax: number): string {
  const s = SIGN_IN_STRINGS[locale];
  const message =
    state.error === 'required'
      ? s.nameRequired
      : state.error === 'too_long'
        ? s.nameTooLong(new Intl.NumberFormat(locale).format(nameMax))
        : undefined;
  return renderPage(
    locale,
    message === undefined ? s.title : `${SIGNATURE_FORM_STRINGS[locale].errorPrefix} ${s.title}`,
    html`${renderErrorSummary(locale, message === undefined ? [] : [{ fieldId: NAME_ID, message }])}
      <h1>${s.title}</h1>
      <p>${s.demoIntro}</p>
      <form method="post" action="${DEMO_SIGN_IN_PATH}" novalidate>
        <input type="hidden" name="${RETURN_FIELD}" value="${state.returnTo}" />
        <input type="hidden" name="lang" value="${locale}" />
        <div class="field${message !== undefined ? ' field-error' : ''}">
          <label for="${NAME_ID}">${s.nameLabel}</label>
          <p class="hint" id="${NAME_ID}-hint">${s.nameHint}</p>
          ${renderFieldError(locale, NAME_ID, message)}
          <input
            id="${NAME_ID}"
            name="displayName"
            type="text"
            dir="auto"
            autocomplete="name"
            value="${state.displayName}"
            aria-describedby="${NAME_ID}-hint${message !== undefined ? ` ${NAME_ID}-error` : ''}"
            ${message !== undefined ? html`aria-invalid="true"` : ''}
          />
        </div>
        <button type="submit">${s.submit}</button>
      </form>
      <p><a href="${state.returnTo}">${s.goBack}</a></p>`,
  );
}

/** "Signed in as Aigerim" and a sign-out button that comes back to `returnTo`. */
export function renderSessionBar(locale: ServerLocale, participant: Participant, returnTo: string): SafeHtml {
  const s = SIGN_IN_STRINGS[locale];
  return html`<form method="post" action="${SIGN_OUT_PATH}" class="session">
    <p>${s.signedInAs} <bdi>${participant.displayName ?? participant.subject}</bdi></p>
    <input type="hidden" name="${RETURN_FIELD}" value="${returnTo}" />
    <input type="hidden" name="lang" value="${locale}" />
    <button type="submit">${s.signOut}</button>
  </form>`;
}
