import type { ServerLocale } from '../config.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { SIGNATURE_FORM_STRINGS } from './signature-strings.js';
import { PAGE_STRINGS } from './strings.js';

/*
 * Where a signature sent from the petition page lands (after a redirect, so a refresh sends
 * nothing again). It says the same whoever signed: it never tells whether the address had signed.
 */

export function renderCheckEmail(locale: ServerLocale, petitionTitle: string, petitionPath: string): string {
  const s = SIGNATURE_FORM_STRINGS[locale];
  return renderPage(
    locale,
    s.checkEmailTitle,
    html`<h1>${s.checkEmailTitle}</h1>
      <p class="petition" dir="auto">${petitionTitle}</p>
      <p>${s.checkEmailBody}</p>
      <p>${s.checkEmailMissing}</p>
      <p><a href="${petitionPath}">${PAGE_STRINGS[locale].backToPetition}</a></p>`,
  );
}
