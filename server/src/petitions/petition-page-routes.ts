import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import {
  ENDPOINTS,
  PetitionPathSchema,
  PROBLEM_TYPES,
  SIGNATURE_RULE_CODES,
  signatureFormFields,
  signatureProblems,
} from '#protocol';
import type { FieldError, Petition, SignatureForm, SignatureRequest } from '#protocol';
import type { ServerLocale } from '../config.js';
import type { AppContext } from '../context.js';
import { storedKey } from '../http/idempotency-key.js';
import { parseBody, searchParamsOf } from '../http/validate.js';
import { renderCheckEmail } from '../pages/check-email-page.js';
import { withLang } from '../pages/language-links.js';
import { acceptForms, formBody, pageLocale, renderMessagePage, sendPage } from '../pages/page-http.js';
import { renderPetitionPage } from '../pages/petition-page.js';
import { KEY_FIELD } from '../pages/signature-form-page.js';
import type { SignatureFormState } from '../pages/signature-form-page.js';
import { PAGE_STRINGS } from '../pages/strings.js';
import { ProblemError } from '../security/problem.js';
import { signPetition } from './signing.js';
import { petitionPagePath } from './page-path.js';
import { toPetition } from './view.js';

/*
 * A petition's page without scripts: `GET /petitions/:id` shows it with a signature form,
 * `POST /petitions/:id/sign` signs through the same code as the API (the protocol's signature
 * rules first, as the widget checks them, then signPetition with its server checks, rate limits,
 * Idempotency-Key and email), and redirects to `GET /petitions/:id/check-email`.
 */

/** A form post: the answers of at most a few fields (an address is the longest, 500 characters). */
const FORM_BODY_LIMIT = 8 * 1024;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const TEXT_FIELDS = ['name', 'email', 'postcode', 'region', 'country', 'address'] as const;
const CHECKBOXES = ['eligible', 'ageConfirmed', 'notify'] as const;

function pathsOf(petitionId: string, locale: ServerLocale) {
  const page = petitionPagePath(petitionId);
  return { page, sign: withLang(`${page}/sign`, locale) };
}

/** The answers as sent, for the form to show again: the petition's fields and its checkboxes. */
function answersOf(form: URLSearchParams, signatureForm: SignatureForm): Record<string, string> {
  const asked = new Set<string>(signatureFormFields(signatureForm).map((field) => field.name));
  const values: Record<string, string> = {};
  for (const name of TEXT_FIELDS) if (asked.has(name)) values[name] = form.get(name) ?? '';
  for (const name of CHECKBOXES) if (form.get(name) === 'true') values[name] = 'true';
  return values;
}

/** The signature request the answers make, as the widget would send it. */
function requestOf(values: Record<string, string>, form: SignatureForm, locale: ServerLocale) {
  const request: Record<string, unknown> = { locale, eligible: values.eligible === 'true' };
  for (const name of TEXT_FIELDS) if (name in values) request[name] = values[name]!.trim();
  if (form.minimumAge !== null) request.ageConfirmed = values.ageConfirmed === 'true';
  if (form.notifyOptIn) request.notify = values.notify === 'true';
  return request;
}

/** What the protocol's signature rules find, as field errors (the widget's own check before sending). */
function ruleErrors(form: SignatureForm, request: Record<string, unknown>): FieldError[] {
  return signatureProblems(form, request as unknown as SignatureRequest).map((problem) => ({
    field: problem.field,
    code: SIGNATURE_RULE_CODES[problem.rule],
    message: problem.rule,
  }));
}

export async function petitionPageRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  /** The petition in the page's language; a string when there is none to show. */
  async function loadPetition(params: unknown, locale: ServerLocale): Promise<Petition | 'missing' | 'gone'> {
    const path = v.safeParse(PetitionPathSchema, params);
    if (!path.success) return 'missing';
    const lookup = await ctx.counts.get(path.output.petitionId);
    const stored = await ctx.petitions.get(path.output.petitionId);
    if (lookup.kind === 'missing' || !stored) return 'missing';
    if (lookup.kind === 'hidden' || stored.row.state === 'hidden') return 'gone';
    return toPetition(
      stored.row,
      stored.document,
      lookup.count,
      ctx.clock.now(),
      locale,
      ctx.config.defaultLocale,
    );
  }

  function sendMissing(reply: FastifyReply, locale: ServerLocale, kind: 'missing' | 'gone') {
    const s = PAGE_STRINGS[locale];
    return kind === 'missing'
      ? sendPage(reply, 404, renderMessagePage(locale, s.notFoundTitle, s.notFoundBody))
      : sendPage(reply, 410, renderMessagePage(locale, s.goneTitle, s.goneBody));
  }

  function sendPetition(
    reply: FastifyReply,
    status: number,
    locale: ServerLocale,
    petition: Petition,
    state: SignatureFormState,
  ) {
    return sendPage(reply, status, renderPetitionPage(locale, petition, state, pathsOf(petition.id, locale)));
  }

  app.get('/petitions/:petitionId', async (request, reply) => {
    const locale = pageLocale(ctx, request, searchParamsOf(request.url).get('lang'));
    const petition = await loadPetition(request.params, locale);
    if (typeof petition === 'string') return sendMissing(reply, locale, petition);
    return sendPetition(reply, 200, locale, petition, { values: {}, errors: [], key: randomUUID() });
  });

  app.get('/petitions/:petitionId/check-email', async (request, reply) => {
    const locale = pageLocale(ctx, request, searchParamsOf(request.url).get('lang'));
    const petition = await loadPetition(request.params, locale);
    if (typeof petition === 'string') return sendMissing(reply, locale, petition);
    return sendPage(
      reply,
      200,
      renderCheckEmail(locale, petition.title, withLang(petitionPagePath(petition.id), locale)),
    );
  });

  app.register(async (forms) => {
    acceptForms(forms, ctx, FORM_BODY_LIMIT);
    forms.post('/petitions/:petitionId/sign', async (request, reply) => {
      const form = formBody(request);
      const locale = pageLocale(ctx, request, form.get('lang') ?? searchParamsOf(request.url).get('lang'));
      const petition = await loadPetition(request.params, locale);
      if (typeof petition === 'string') return sendMissing(reply, locale, petition);
      const sentKey = form.get(KEY_FIELD) ?? '';
      const key = KEY_PATTERN.test(sentKey) ? sentKey : randomUUID();
      const values = answersOf(form, petition.signatureForm);
      const signature = requestOf(values, petition.signatureForm, locale);
      const retry = (status: number, state: Partial<SignatureFormState>) =>
        sendPetition(reply, status, locale, petition, { values, errors: [], key, ...state });

      if (petition.state !== 'open') return retry(403, {});
      const errors = ruleErrors(petition.signatureForm, signature);
      if (errors.length > 0) return retry(422, { errors });
      try {
        await signPetition(ctx, {
          petitionId: petition.id,
          request: parseBody(ENDPOINTS.createSignature.body, signature),
          ip: request.ip,
          participant: undefined,
          acceptLanguage: request.headers['accept-language'],
          key: storedKey(request, ENDPOINTS.createSignature.id, undefined, key),
        });
      } catch (error) {
        return answerProblem(error, request, reply, { locale, petition, retry });
      }
      return reply.redirect(withLang(`${petitionPagePath(petition.id)}/check-email`, locale), 303);
    });
  });

  /** A refused signature as a page: the form again with its errors, or what stopped it. */
  async function answerProblem(
    error: unknown,
    request: FastifyRequest,
    reply: FastifyReply,
    {
      locale,
      petition,
      retry,
    }: {
      locale: ServerLocale;
      petition: Petition;
      retry: (status: number, state: Partial<SignatureFormState>) => FastifyReply;
    },
  ) {
    if (!(error instanceof ProblemError)) throw error;
    switch (error.problem.type) {
      case PROBLEM_TYPES.validation:
        return retry(422, { errors: error.problem.errors ?? [] });
      case PROBLEM_TYPES.idempotencyInFlight:
        // The same form sent twice: the first one is signing.
        return reply.redirect(withLang(`${petitionPagePath(petition.id)}/check-email`, locale), 303);
      case PROBLEM_TYPES.idempotencyKeyReused:
        return retry(422, { key: randomUUID(), sentBefore: true });
      case PROBLEM_TYPES.rateLimited: {
        const retryAfter = Number(error.headers['Retry-After'] ?? error.headers['retry-after'] ?? 60);
        if (Number.isFinite(retryAfter)) void reply.header('Retry-After', String(retryAfter));
        return retry(429, { retryAfterS: Number.isFinite(retryAfter) ? retryAfter : 60 });
      }
      case PROBLEM_TYPES.closed:
      case PROBLEM_TYPES.unauthorized: {
        const now = await loadPetition(request.params, locale);
        if (typeof now === 'string') return sendMissing(reply, locale, now);
        return sendPetition(reply, 403, locale, now, { values: {}, errors: [], key: randomUUID() });
      }
      case PROBLEM_TYPES.notFound:
        return sendMissing(reply, locale, 'missing');
      case PROBLEM_TYPES.gone:
        return sendMissing(reply, locale, 'gone');
      default:
        throw error;
    }
  }
}
