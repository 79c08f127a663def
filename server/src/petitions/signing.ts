import { randomUUID } from 'node:crypto';
import type { SignatureAccepted, SignatureRequest } from '#protocol';
import { isoAt } from '../clock.js';
import { SERVER_LOCALES } from '../config.js';
import type { ServerLocale } from '../config.js';
import type { AppContext } from '../context.js';
import { rememberParticipant } from '../contributions/record.js';
import type { Db } from '../db/kysely.js';
import { refuseOverAddressCap } from '../email/address-cap.js';
import { enqueueMail } from '../email/outbox.js';
import type { OutgoingMail } from '../email/outbox.js';
import { renderAlreadySignedMail, renderConfirmationMail } from '../email/templates.js';
import { claimKey, completeKey, peekKey } from '../http/idempotency-store.js';
import { keyAnswer } from '../http/key-answer.js';
import type { Answer } from '../http/key-answer.js';
import { negotiate, serverLocaleOf } from '../i18n/locale.js';
import { emailKey } from '../security/canonical-email.js';
import type { Participant } from '../security/jwt.js';
import { problemError, unauthorizedProblem, validationProblem } from '../security/problem.js';
import { ipHash, isOverRateLimit } from '../security/rate-limit.js';
import { formValues, signatureFieldErrors } from './signature-form.js';
import { countEmailSent, findSignatureByEmail, insertSignature } from './signature-store.js';
import { issueToken } from './token-store.js';
import { effectiveState, localize } from './view.js';

/*
 * Signing (createSignature): checks, then one transaction that claims the Idempotency-Key, stores
 * the signature, queues its email and stores the answer. New, duplicate, rate-limited and honeypot
 * signatures all get the same 202, so the answer never tells who has signed or what was flagged.
 * A signing that would email an address over its daily cap (address-cap.ts) is refused with 429
 * and its transaction changes nothing, whether the signature was new or a repeat.
 */

/** Emails one signature may trigger (confirmation resends and "already signed" notices). */
export const MAX_EMAILS_PER_SIGNATURE = 5;

export interface SignInput {
  petitionId: string;
  request: SignatureRequest;
  ip: string;
  participant: Participant | undefined;
  acceptLanguage: string | undefined;
  key: { id: string; fingerprint: string };
}

function mailLocale(ctx: AppContext, input: SignInput, petitionLocale: string | undefined): ServerLocale {
  const fallback = serverLocaleOf(petitionLocale) ?? ctx.config.defaultLocale;
  return (
    serverLocaleOf(input.request.locale) ??
    (input.acceptLanguage ? negotiate(input.acceptLanguage, SERVER_LOCALES, fallback) : fallback)
  );
}

export async function signPetition(ctx: AppContext, input: SignInput): Promise<Answer> {
  const { db } = ctx.database;
  const early = await peekKey(db, input.key.id, input.key.fingerprint, ctx.clock.now());
  if (early.kind !== 'new') return keyAnswer(early);

  const petition = await ctx.petitions.get(input.petitionId);
  if (!petition) throw problemError('notFound', 'No such petition');
  const { row, document } = petition;
  if (row.state === 'hidden') throw problemError('gone', 'This petition was removed');
  const nowMs = ctx.clock.now();
  if (effectiveState(row.state, row.closes_at, nowMs) !== 'open') {
    throw problemError('closed', 'This petition does not accept signatures');
  }
  const form = document.signatureForm;
  const errors = signatureFieldErrors(form, input.request);
  if (errors.length > 0) throw validationProblem(errors);
  if (form.signInRequired && !input.participant) {
    throw unauthorizedProblem('Signing this petition needs a signed-in participant.', false);
  }

  const honeypot = (input.request.website ?? '').trim() !== '';
  const locale = mailLocale(ctx, input, document.locale);
  const title = localize(document, locale, ctx.config.defaultLocale).title;
  const accepted: SignatureAccepted = { status: 'confirmation_sent', petitionId: input.petitionId };
  const answer: Answer = { status: 202, body: JSON.stringify(accepted) };
  const deliveredTo = ctx.config.demo && !ctx.config.smtpUrl ? 'dev-outbox' : null;
  let queuedMail = false;

  const result = await ctx.database.write(async (trx) => {
    const now = ctx.clock.now();
    const nowIso = isoAt(now);
    const claim = await claimKey(trx, input.key.id, input.key.fingerprint, now);
    if (claim.kind !== 'new') return keyAnswer(claim);
    if (!honeypot) {
      const queue = async (mail: Omit<OutgoingMail, 'petitionId' | 'to' | 'locale'>) => {
        const { dialect } = ctx.database;
        await refuseOverAddressCap(trx, dialect, ctx.config.emailsPerAddress, input.request.email, now);
        await enqueueMail(
          trx,
          { ...mail, petitionId: input.petitionId, to: input.request.email, locale },
          nowIso,
          deliveredTo,
        );
        queuedMail = true;
      };
      const values = formValues(form, input.request);
      await storeSignature(ctx, trx, input, { now, locale, title, url: document.url, values, queue });
    }
    await completeKey(trx, input.key.id, answer.status, answer.body);
    return answer;
  });
  if (queuedMail) ctx.outbox.nudge();
  return result;
}

interface StoreContext {
  now: number;
  locale: ServerLocale;
  title: string;
  url: string | null;
  values: ReturnType<typeof formValues>;
  queue(mail: Omit<OutgoingMail, 'petitionId' | 'to' | 'locale'>): Promise<void>;
}

async function storeSignature(
  ctx: AppContext,
  trx: Db,
  input: SignInput,
  store: StoreContext,
): Promise<void> {
  const nowIso = isoAt(store.now);
  const { request, petitionId } = input;
  const { values } = store;
  const key = emailKey(request.email);
  const ip = ipHash(input.ip);
  const overLimit = await isOverRateLimit(trx, petitionId, ip, store.now, ctx.config.rateLimit);
  const id = randomUUID();
  if (input.participant) await rememberParticipant(trx, input.participant, nowIso);
  const inserted = await insertSignature(trx, {
    id,
    petition_id: petitionId,
    name: request.name.trim(),
    email: request.email.trim(),
    email_key: key,
    postcode: values.postcode ?? null,
    region: values.region ?? null,
    country: values.country ?? null,
    address: values.address ?? null,
    locale: store.locale,
    notify: request.notify ? 1 : 0,
    subject: input.participant?.subject ?? null,
    ip_hash: ip,
    flagged_reason: overLimit ? 'rate_limit' : null,
    created_at: nowIso,
    confirmed_at: null,
    emails_sent: overLimit ? 0 : 1,
  });
  // Over the limit: stored for review, never counted, never emailed.
  if (overLimit) return;
  const confirmUrl = (token: string) => `${ctx.publicUrl}/confirm?token=${token}&lang=${store.locale}`;
  if (inserted) {
    const token = await issueToken(trx, id, petitionId, store.now);
    await store.queue({
      kind: 'confirm',
      ...renderConfirmationMail(store.locale, store.title, confirmUrl(token)),
    });
    return;
  }
  const existing = await findSignatureByEmail(trx, petitionId, key);
  if (!existing || existing.emails_sent >= MAX_EMAILS_PER_SIGNATURE) return;
  await countEmailSent(trx, existing.id);
  if (existing.confirmed_at !== null) {
    await store.queue({
      kind: 'already_signed',
      ...renderAlreadySignedMail(store.locale, store.title, store.url),
    });
  } else {
    // Not confirmed yet (a lost or expired email): a new link, the earlier one stays valid.
    const token = await issueToken(trx, existing.id, petitionId, store.now);
    await store.queue({
      kind: 'confirm',
      ...renderConfirmationMail(store.locale, store.title, confirmUrl(token)),
    });
  }
}
