import type { PetitionCount } from '#protocol';
import type { ServerLocale } from '../config.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { PAGE_STRINGS } from './strings.js';

/*
 * The page a confirmation email links to. Its GET only shows a form: mail scanners that follow
 * links must not confirm anything. The person's POST confirms.
 */

function back(locale: ServerLocale, url: string | null) {
  return url ? html`<p><a href="${url}">${PAGE_STRINGS[locale].backToPetition}</a></p>` : '';
}

export function renderConfirmForm(locale: ServerLocale, token: string, petitionTitle: string): string {
  const s = PAGE_STRINGS[locale];
  return renderPage(
    locale,
    s.confirmTitle,
    html`<h1>${s.confirmTitle}</h1>
      <p>${s.confirmIntro}</p>
      <p class="petition">${petitionTitle}</p>
      <form method="post" action="/confirm">
        <input type="hidden" name="token" value="${token}" />
        <input type="hidden" name="lang" value="${locale}" />
        <button type="submit">${s.confirmButton}</button>
      </form>`,
  );
}

export function renderConfirmed(
  locale: ServerLocale,
  petitionTitle: string,
  count: PetitionCount,
  petitionUrl: string | null,
): string {
  const s = PAGE_STRINGS[locale];
  const total = count.signatureCount + count.offlineSignatureCount;
  return renderPage(
    locale,
    s.confirmedTitle,
    html`<h1>${s.confirmedTitle}</h1>
      <p class="petition">${petitionTitle}</p>
      <p>${s.countLine(total, new Intl.NumberFormat(locale).format(total))}</p>
      ${back(locale, petitionUrl)}`,
  );
}

export function renderInvalidLink(locale: ServerLocale): string {
  const s = PAGE_STRINGS[locale];
  return renderPage(
    locale,
    s.invalidTitle,
    html`<h1>${s.invalidTitle}</h1>
      <p>${s.invalidBody}</p>`,
  );
}

export function renderClosed(locale: ServerLocale, petitionUrl: string | null): string {
  const s = PAGE_STRINGS[locale];
  return renderPage(
    locale,
    s.closedTitle,
    html`<h1>${s.closedTitle}</h1>
      <p>${s.closedBody}</p>
      ${back(locale, petitionUrl)}`,
  );
}
