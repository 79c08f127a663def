import { isDeepStrictEqual } from 'node:util';
import { SignatureAcceptedSchema } from '#protocol';
import type { SignatureAccepted, SignatureRequest } from '#protocol';
import { buildSignature, discovery, firstListed, getPetition, missingId, openPetition } from '../fixtures.js';
import { expectFieldError, expectProblem, expectSchema, expectStatus } from '../expect.js';
import { ensure, randomId } from '../harness.js';
import type { ApiResponse, Check, CheckContext } from '../harness.js';
import { unknownToken } from './errors.js';

/*
 * Signing, without reading email: the suite cannot confirm, so it checks the answers (202 for new,
 * duplicate and honeypot signatures alike) and the idempotency rules. Each run uses fresh emails.
 * Backends may rate-limit signing per IP; an honest 429 skips the check instead of failing it.
 */

/** Signs `petitionId`; `headers` are sent too (e.g. another `Origin`). */
export function sign(
  ctx: CheckContext,
  petitionId: string,
  body: unknown,
  idempotencyKey: string | null = randomId(),
  headers: Readonly<Record<string, string>> = {},
) {
  return ctx.request('createSignature', { path: { petitionId }, body }, { idempotencyKey, headers });
}

/** Expects 202 SignatureAccepted for the petition; a 429 with Retry-After skips the check. */
export function expectAccepted(ctx: CheckContext, res: ApiResponse, petitionId: string): SignatureAccepted {
  if (res.status === 429) {
    expectProblem(res, 429, 'rateLimited');
    const retryAfter = res.headers.get('retry-after');
    ensure(retryAfter, `POST ${res.target}: a 429 must carry Retry-After`);
    ctx.skip(`the backend rate-limited signing (429, Retry-After: ${retryAfter}); run again later`);
  }
  expectStatus(res, 202);
  const accepted = expectSchema(res, SignatureAcceptedSchema);
  ensure(
    accepted.petitionId === petitionId,
    `POST ${res.target}: answered for petition ${accepted.petitionId}`,
  );
  return accepted;
}

export const signatureChecks: Check[] = [
  {
    id: 'signatures.accepted',
    area: 'signatures',
    title: 'A new signature with an Idempotency-Key answers 202 SignatureAccepted',
    endpoints: ['getPetition', 'createSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      expectAccepted(ctx, await sign(ctx, open.petition.id, open.signature()), open.petition.id);
      ctx.note(`signed petition ${open.petition.id}`);
    },
  },
  {
    id: 'signatures.replay',
    area: 'signatures',
    title: 'The same key with the same body replays the first answer (status and body)',
    endpoints: ['getPetition', 'createSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      const key = randomId();
      const body = open.signature();
      const first = await sign(ctx, open.petition.id, body, key);
      expectAccepted(ctx, first, open.petition.id);
      const again = await sign(ctx, open.petition.id, body, key);
      ensure(
        again.status === first.status,
        `the replay answered ${again.status}, the first request ${first.status}`,
      );
      ensure(
        isDeepStrictEqual(again.body, first.body),
        `the replay body differs: ${again.text} vs ${first.text}`,
      );
    },
  },
  {
    id: 'signatures.key-reused',
    area: 'signatures',
    title: 'The same key with another body answers 422 urn:civic:problem:idempotency-key-reused',
    endpoints: ['getPetition', 'createSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      const key = randomId();
      expectAccepted(ctx, await sign(ctx, open.petition.id, open.signature(), key), open.petition.id);
      const reused = await sign(ctx, open.petition.id, open.signature(), key);
      expectProblem(reused, 422, 'idempotencyKeyReused');
    },
  },
  {
    id: 'signatures.key-scope',
    area: 'signatures',
    title:
      'A key is scoped by the operation, not the spelling of its path: the same key with another body on a percent-encoded spelling answers 422 idempotency-key-reused',
    endpoints: ['getPetition', 'createSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      const id = open.petition.id;
      const key = randomId();
      expectAccepted(ctx, await sign(ctx, id, open.signature(), key), id);
      // RFC 3986 §6.2.2.2: `%7A` and `%7a` are `z`; both spellings name the same petition.
      const hex = id.charCodeAt(0).toString(16).padStart(2, '0');
      for (const spelling of [`%${hex.toUpperCase()}`, `%${hex.toLowerCase()}`]) {
        const reused = await ctx.fetchPath(
          `/petitions/${spelling}${encodeURIComponent(id.slice(1))}/signatures`,
          {
            method: 'POST',
            body: open.signature(),
            idempotencyKey: key,
          },
        );
        expectProblem(reused, 422, 'idempotencyKeyReused');
      }
    },
  },
  {
    id: 'signatures.duplicate-email',
    area: 'signatures',
    title: 'Signing again with the same email (new key) answers exactly like the first time',
    endpoints: ['getPetition', 'createSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      const body = open.signature();
      const first = await sign(ctx, open.petition.id, body);
      expectAccepted(ctx, first, open.petition.id);
      const duplicate = await sign(ctx, open.petition.id, { ...body, name: 'Conformance Check Again' });
      expectAccepted(ctx, duplicate, open.petition.id);
      ensure(
        isDeepStrictEqual(duplicate.body, first.body),
        `a duplicate must not be told apart: ${duplicate.text} vs ${first.text}`,
      );
    },
  },
  {
    id: 'signatures.honeypot',
    area: 'signatures',
    title: 'A filled honeypot (website) still answers 202 SignatureAccepted',
    endpoints: ['getPetition', 'createSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      const body = { ...open.signature(), website: 'https://spam.example/' };
      expectAccepted(ctx, await sign(ctx, open.petition.id, body), open.petition.id);
    },
  },
  {
    id: 'signatures.missing-field',
    area: 'signatures',
    title: 'A signature without email answers 422 validation naming "email"',
    endpoints: ['getPetition', 'createSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      const { email: _email, ...withoutEmail } = open.signature();
      const res = await sign(ctx, open.petition.id, withoutEmail);
      expectFieldError(res, expectProblem(res, 422, 'validation'), 'email');
    },
  },
  {
    id: 'signatures.missing-key',
    area: 'signatures',
    title: 'createSignature and confirmSignature without Idempotency-Key answer 400 malformed',
    endpoints: ['getPetition', 'createSignature', 'confirmSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      expectProblem(await sign(ctx, open.petition.id, open.signature(), null), 400, 'malformed');
      const confirm = await ctx.request(
        'confirmSignature',
        { body: { token: unknownToken() } },
        { idempotencyKey: null },
      );
      expectProblem(confirm, 400, 'malformed');
    },
  },
  {
    id: 'signatures.unknown-petition',
    area: 'signatures',
    title: 'Signing an unknown petition answers 404 not-found',
    endpoints: ['getPetition', 'createSignature'],
    async run(ctx) {
      const open = await openPetition(ctx);
      expectProblem(await sign(ctx, missingId(), open.signature()), 404, 'notFound');
    },
  },
  {
    id: 'signatures.closed',
    area: 'signatures',
    title: 'Signing a closed petition answers 403 urn:civic:problem:closed',
    endpoints: ['listPetitions', 'getPetition', 'createSignature'],
    async run(ctx) {
      const closedId = await firstListed(ctx, 'closed');
      if (closedId === undefined) return ctx.skip('listPetitions?state=closed is empty');
      const petition = await getPetition(ctx, closedId);
      const built = buildSignature(petition, (await discovery(ctx)).defaultLocale);
      if ('reason' in built) return ctx.skip(built.reason);
      const body: SignatureRequest = built.signature;
      expectProblem(await sign(ctx, closedId, body), 403, 'closed');
    },
  },
  {
    id: 'signatures.confirm-invalid-token',
    area: 'signatures',
    title: 'Confirming with an unknown token answers 410 urn:civic:problem:invalid-token',
    endpoints: ['confirmSignature'],
    async run(ctx) {
      const res = await ctx.request('confirmSignature', { body: { token: unknownToken() } });
      expectProblem(res, 410, 'invalidToken');
    },
  },
];
