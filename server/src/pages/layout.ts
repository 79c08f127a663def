import { html } from './html.js';
import type { SafeHtml } from './html.js';

/** URL of the pages' stylesheet (no inline styles: the pages' CSP allows only this origin's CSS). */
export const PAGE_CSS_PATH = '/_civic/page.css';
/** URL of the pages' icon (a tick), so browsers do not ask for a missing /favicon.ico. */
export const PAGE_ICON_PATH = '/_civic/favicon.svg';

/** A whole server-rendered page: no scripts, one stylesheet. */
export function renderPage(lang: string, title: string, content: SafeHtml): string {
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title}</title>
        <link rel="icon" href="${PAGE_ICON_PATH}" type="image/svg+xml" />
        <link rel="stylesheet" href="${PAGE_CSS_PATH}" />
      </head>
      <body>
        <main>${content}</main>
      </body>
    </html> `.value;
}
