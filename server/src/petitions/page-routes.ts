import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { ConfirmSignatureRequestSchema, PROBLEM_TYPES } from '#protocol';
import { isoAt } from '../clock.js';
import type { ServerLocale } from '../config.js';
import type { AppContext } from '../context.js';
import { searchParamsOf } from '../http/validate.js';
import {
  renderClosed,
  renderConfirmed,
  renderConfirmForm,
  renderInvalidLink,
} from '../pages/confirm-page.js';
import { PAGE_CSS_PATH, PAGE_ICON_PATH } from '../pages/layout.js';
import { acceptForms, formBody, pageLocale, sendPage } from '../pages/page-http.js';
import { ProblemError } from '../security/problem.js';
import { confirmSignature } from './confirming.js';
import { findSignature } from './signature-store.js';
import { findPetitionRow } from './store.js';
import { findLiveToken } from './token-store.js';
import { localize, parseDocument } from './view.js';

/*
 * The confirmation page (`GET /confirm?token=…` shows a button, `POST /confirm` confirms) and its
 * stylesheet.
 */

const PAGE_CSS = readFileSync(new URL('../pages/page.css', import.meta.url), 'utf8');
const PAGE_ICON = readFileSync(new URL('../pages/favicon.svg', import.meta.url), 'utf8');
/** Form posts are tiny: a token and a language. */
const FORM_BODY_LIMIT = 1024;

function validToken(token: string | null | undefined): string | undefined {
  const result = v.safeParse(ConfirmSignatureRequestSchema, { token });
  return result.success ? result.output.token : undefined;
}

export async function pageRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const { db } = ctx.database;

  /** The petition a live token belongs to, in the page's language. */
  async function petitionOfToken(token: string, locale: ServerLocale) {
    const tokenRow = await findLiveToken(db, token, isoAt(ctx.clock.now()));
    const signature = tokenRow && (await findSignature(db, tokenRow.signature_id));
    const row =
      signature && signature.flagged_reason === null && (await findPetitionRow(db, signature.petition_id));
    if (!row || row.state === 'hidden') return undefined;
    return localize(parseDocument(row), locale, ctx.config.defaultLocale);
  }

  app.get(PAGE_CSS_PATH, async (_request, reply) => {
    return reply
      .header('Cache-Control', 'public, max-age=3600')
      .type('text/css; charset=utf-8')
      .send(PAGE_CSS);
  });

  app.get(PAGE_ICON_PATH, async (_request, reply) => {
    return reply.header('Cache-Control', 'public, max-age=86400').type('image/svg+xml').send(PAGE_ICON);
  });

  app.get('/confirm', async (request, reply) => {
    const params = searchParamsOf(request.url);
    const locale = pageLocale(ctx, request, params.get('lang'));
    const token = validToken(params.get('token'));
    const petition = token && (await petitionOfToken(token, locale));
    if (!token || !petition) return sendPage(reply, 410, renderInvalidLink(locale));
    return sendPage(reply, 200, renderConfirmForm(locale, token, petition.title));
  });

  app.register(async (forms) => {
    acceptForms(forms, ctx, FORM_BODY_LIMIT);
    forms.post('/confirm', async (request, reply) => {
      const form = formBody(request);
      const locale = pageLocale(ctx, request, form.get('lang'));
      const token = validToken(form.get('token'));
      if (!token) return sendPage(reply, 410, renderInvalidLink(locale));
      try {
        const { confirmed } = await confirmSignature(ctx, token);
        const row = confirmed && (await findPetitionRow(db, confirmed.petitionId));
        if (!confirmed || !row) return sendPage(reply, 410, renderInvalidLink(locale));
        const petition = localize(parseDocument(row), locale, ctx.config.defaultLocale);
        return sendPage(reply, 200, renderConfirmed(locale, petition.title, confirmed.count, petition.url));
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        if (error.problem.type === PROBLEM_TYPES.closed) {
          const petition = await petitionOfToken(token, locale);
          return sendPage(reply, 403, renderClosed(locale, petition?.url ?? null));
        }
        if (error.problem.type === PROBLEM_TYPES.invalidToken || error.problem.type === PROBLEM_TYPES.gone) {
          return sendPage(reply, 410, renderInvalidLink(locale));
        }
        throw error;
      }
    });
  });
}
