import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { NAME_MAX, plainText } from '#protocol';
import type { AppContext } from '../context.js';
import { searchParamsOf } from '../http/validate.js';
import { html } from '../pages/html.js';
import { acceptForms, formBody, pageLocale, renderMessagePage, sendPage } from '../pages/page-http.js';
import { endSession, hasDemoSignIn, localReturn, sessionOf, startSession } from '../pages/page-session.js';
import {
  DEMO_SIGN_IN_PATH,
  renderDemoSignIn,
  RETURN_FIELD,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
} from '../pages/sign-in-page.js';
import { SIGN_IN_STRINGS } from '../pages/sign-in-strings.js';
import { issueToken } from '../security/jwt.js';

/*
 * Signing in on the server's own pages, without scripts (for voting on ideas):
 * - `GET /sign-in?return=` sends the reader to the city's sign-in (`--page-sign-in-url`), shows
 *   demo mode's own form, or says signing in is not available here;
 * - `POST /sign-in` (`token`, `return`) takes a participant token the city's sign-in posts back
 *   (a form on the city's page, from an origin on `--allowed-origins`) and keeps it as the session;
 * - `POST /sign-in/demo` (`displayName`, `return`), demo mode only, mints a token for any name;
 * - `POST /sign-out` ends the session.
 * Each then goes back to `return`, a path on this server.
 */

const FORM_BODY_LIMIT = 8 * 1024;

const DisplayNameSchema = plainText(1, NAME_MAX);

/** The city's sign-in, asked to post the token back to this server's `/sign-in`. */
function citySignInUrl(ctx: AppContext, returnTo: string, locale: string): string | undefined {
  if (ctx.config.pageSignInUrl === undefined) return undefined;
  const back = new URL(`${ctx.publicUrl}${SIGN_IN_PATH}`);
  back.searchParams.set(RETURN_FIELD, returnTo);
  back.searchParams.set('lang', locale);
  const url = new URL(ctx.config.pageSignInUrl);
  url.searchParams.set(RETURN_FIELD, back.href);
  return url.href;
}

export async function signInRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  app.get(SIGN_IN_PATH, async (request, reply) => {
    const params = searchParamsOf(request.url);
    const locale = pageLocale(ctx, request, params.get('lang'));
    const returnTo = localReturn(params.get(RETURN_FIELD));
    if (await sessionOf(ctx, request)) return reply.redirect(returnTo, 303);
    const city = citySignInUrl(ctx, returnTo, locale);
    if (city !== undefined && ctx.verifier) return reply.redirect(city, 303);
    if (hasDemoSignIn(ctx))
      return sendPage(reply, 200, renderDemoSignIn(locale, { displayName: '', returnTo }, NAME_MAX));
    const s = SIGN_IN_STRINGS[locale];
    return sendPage(
      reply,
      404,
      renderMessagePage(
        locale,
        s.unavailableTitle,
        s.unavailableBody,
        html`<p><a href="${returnTo}">${s.goBack}</a></p>`,
      ),
    );
  });

  await app.register(async (forms) => {
    acceptForms(forms, ctx, FORM_BODY_LIMIT);

    forms.post(SIGN_IN_PATH, async (request, reply) => {
      const form = formBody(request);
      const params = searchParamsOf(request.url);
      const locale = pageLocale(ctx, request, form.get('lang') ?? params.get('lang'));
      const returnTo = localReturn(form.get(RETURN_FIELD) ?? params.get(RETURN_FIELD));
      const token = form.get('token') ?? '';
      try {
        if (!ctx.verifier || token === '') throw new Error('no token');
        await ctx.verifier.verify(token);
      } catch {
        const s = SIGN_IN_STRINGS[locale];
        return sendPage(
          reply,
          401,
          renderMessagePage(
            locale,
            s.failedTitle,
            s.failedBody,
            html`<p><a href="${returnTo}">${s.goBack}</a></p>`,
          ),
        );
      }
      startSession(ctx, reply, token);
      return reply.redirect(returnTo, 303);
    });

    if (hasDemoSignIn(ctx)) {
      forms.post(DEMO_SIGN_IN_PATH, async (request, reply) => {
        const form = formBody(request);
        const locale = pageLocale(ctx, request, form.get('lang'));
        const returnTo = localReturn(form.get(RETURN_FIELD));
        const displayName = (form.get('displayName') ?? '').trim();
        const checked = v.safeParse(DisplayNameSchema, displayName);
        if (!checked.success) {
          const error = displayName === '' ? 'required' : 'too_long';
          return sendPage(reply, 422, renderDemoSignIn(locale, { displayName, error, returnTo }, NAME_MAX));
        }
        startSession(ctx, reply, await issueToken(ctx.verifier!.signing!, checked.output));
        return reply.redirect(returnTo, 303);
      });
    }

    forms.post(SIGN_OUT_PATH, async (request, reply) => {
      endSession(ctx, reply);
      return reply.redirect(localReturn(formBody(request).get(RETURN_FIELD)), 303);
    });
  });
}
