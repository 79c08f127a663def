import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SERVER_LOCALES } from '../config.js';
import type { ServerLocale } from '../config.js';
import type { AppContext } from '../context.js';
import { negotiate, serverLocaleOf } from '../i18n/locale.js';
import { setPageHeaders } from '../security/headers.js';
import { foreignWriteProblem } from '../security/origin-check.js';
import type { SafeHtml } from './html.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { PAGE_STRINGS } from './strings.js';

/*
 * What every server-rendered page route shares: the page's language (`?lang=`, a form's `lang`
 * field, then Accept-Language), sending a page with the pages' security headers, and form posts
 * (URL-encoded bodies only, from this server's own pages: the same origin check as the API).
 */

/** The page's language: an explicit `lang`, else the browser's Accept-Language, else the server's default. */
export function pageLocale(
  ctx: AppContext,
  request: FastifyRequest,
  lang: string | null | undefined,
): ServerLocale {
  return (
    serverLocaleOf(lang ?? undefined) ??
    negotiate(request.headers['accept-language'], SERVER_LOCALES, ctx.config.defaultLocale)
  );
}

/** Sends a rendered page with the pages' CSP and headers. */
export function sendPage(reply: FastifyReply, status: number, page: string): FastifyReply {
  return setPageHeaders(reply)
    .header('Vary', 'Accept-Language')
    .code(status)
    .type('text/html; charset=utf-8')
    .send(page);
}

/** A short page with a heading and one paragraph (not found, removed, refused). */
export function renderMessagePage(
  locale: ServerLocale,
  title: string,
  body: string,
  extra: SafeHtml | string = '',
): string {
  return renderPage(
    locale,
    title,
    html`<h1>${title}</h1>
      <p>${body}</p>
      ${extra}`,
  );
}

/**
 * Makes `scope` accept `application/x-www-form-urlencoded` bodies (as URLSearchParams, at most
 * `bodyLimit` bytes) and refuse, with a page, form posts from origins that may not write.
 */
export function acceptForms(scope: FastifyInstance, ctx: AppContext, bodyLimit: number): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit },
    (request, body, done) => {
      // Kept as the API keeps JSON bodies: an Idempotency-Key's fingerprint is made of them.
      request.rawBody = Buffer.from(body as string);
      done(null, new URLSearchParams(body as string));
    },
  );
  scope.addHook('onRequest', async (request, reply) => {
    if (!foreignWriteProblem(request, reply, ctx)) return;
    // The refusal is a page for the person, not an answer for another origin's script.
    reply.removeHeader('Access-Control-Allow-Origin').removeHeader('Access-Control-Expose-Headers');
    const locale = pageLocale(ctx, request, new URL(request.url, 'http://x').searchParams.get('lang'));
    const s = PAGE_STRINGS[locale];
    return sendPage(reply, 403, renderMessagePage(locale, s.foreignFormTitle, s.foreignFormBody));
  });
}

/** The body of a form post (empty when there was none). */
export function formBody(request: FastifyRequest): URLSearchParams {
  return request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
}
