import { SERVER_LOCALES } from '../config.js';
import type { ServerLocale } from '../config.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';
import { PAGE_STRINGS } from './strings.js';

/* Links to the same page in the server's other languages (`?lang=`), each named in its own language. */

const AUTONYMS: Readonly<Record<ServerLocale, string>> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** `path` may carry a query already; its `lang` is replaced. */
export function withLang(path: string, locale: ServerLocale): string {
  const url = new URL(path, 'http://page.invalid');
  url.searchParams.set('lang', locale);
  return `${url.pathname}${url.search}`;
}

export function renderLanguageLinks(locale: ServerLocale, path: string): SafeHtml {
  return html`<nav class="languages" aria-label="${PAGE_STRINGS[locale].languages}">
    <ul>
      ${SERVER_LOCALES.map((other) =>
        other === locale
          ? html`<li><span lang="${other}" aria-current="page">${AUTONYMS[other]}</span></li>`
          : html`<li>
              <a href="${withLang(path, other)}" lang="${other}" hreflang="${other}">${AUTONYMS[other]}</a>
            </li>`,
      )}
    </ul>
  </nav>`;
}
