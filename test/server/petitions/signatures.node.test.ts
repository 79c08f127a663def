import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import { operationScope } from '../../../server/src/http/idempotency-key.js';
import { IN_FLIGHT_LEASE_MS, keyId } from '../../../server/src/http/idempotency-store.js';
import { TOKEN_TTL_MS } from '../../../server/src/petitions/token-store.js';
import {
  PetitionCountSchema,
  PROBLEM_MEDIA_TYPE,
  PROBLEM_TYPES,
  ProblemSchema,
  SignatureAcceptedSchema,
  SignatureConfirmedSchema,
} from '../../../src/protocol/index.js';
import type { Problem } from '../../../src/protocol/index.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import {
  confirm,
  countOf,
  mailTo,
  outbox,
  sign,
  signature,
  storedSignatureIds,
} from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';

function problemOf(res: { statusCode: number; headers: Record<string, unknown>; body: string }): Problem {
  assert.match(String(res.headers['content-type']), new RegExp(`^${PROBLEM_MEDIA_TYPE.replace('+', '\\+')}`));
  const problem = v.parse(ProblemSchema, JSON.parse(res.body));
  assert.equal(problem.status, res.statusCode);
  return problem;
}

describeEachDatabase('signing and confirming', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, {
      petitions: [
        petitionFixture(),
        petitionFixture({ id: 'closed-one', state: 'closed', closedAt: '2025-05-01T00:00:00Z' }),
        petitionFixture({ id: 'closing', closesAt: '2025-06-01T13:00:00Z' }),
        petitionFixture({ id: 'hidden-one', state: 'hidden' }),
        petitionFixture({
          id: 'postcodes',
          signatureForm: {
            fields: [
              { name: 'name', required: true },
              { name: 'email', required: true },
              { name: 'postcode', required: true, pattern: '[0-9]{6}' },
              { name: 'region', required: false, options: [{ value: 'ALM-MED', label: 'Medeu' }] },
            ],
            minimumAge: 16,
            eligibilityStatement: null,
            notifyOptIn: false,
          },
        }),
      ],
    });
  });
  after(() => t.close());

  describe('when a person signs', () => {
    it('answers 202 SignatureAccepted and queues a confirmation email with a link to the confirmation page', async () => {
      const body = signature({ locale: 'ru' });
      const res = await sign(t.app, 'bike-lanes', body);
      assert.equal(res.statusCode, 202);
      assert.deepEqual(v.parse(SignatureAcceptedSchema, json(res)), {
        status: 'confirmation_sent',
        petitionId: 'bike-lanes',
      });
      const [mail, ...others] = await mailTo(t.app, body.email);
      assert.equal(others.length, 0);
      assert.equal(mail!.kind, 'confirm');
      assert.equal(mail!.locale, 'ru');
      assert.equal(mail!.deliveredTo, 'dev-outbox');
      assert.match(mail!.subject, /Подтвердите свою подпись: Постройте защищённые велодорожки/);
      assert.match(mail!.confirmUrl!, /^http:\/\/civic\.test\/confirm\?token=[A-Za-z0-9_-]{43}&lang=ru$/);
      assert.ok(mail!.text.includes(mail!.confirmUrl!));
    });

    it('does not count the signature before it is confirmed', async () => {
      const before = await countOf(t.app, 'bike-lanes');
      await sign(t.app, 'bike-lanes', signature());
      assert.equal(await countOf(t.app, 'bike-lanes'), before);
    });

    it('stores the token only as a hash', async () => {
      const body = signature();
      await sign(t.app, 'bike-lanes', body);
      const [mail] = await mailTo(t.app, body.email);
      const rows = await t.ctx.database.db.selectFrom('confirmation_tokens').select('token_hash').execute();
      assert.ok(rows.length > 0);
      assert.ok(rows.every((row) => row.token_hash !== mail!.token && /^[0-9a-f]{64}$/.test(row.token_hash)));
    });
  });

  describe('when the person confirms', () => {
    it('counts the signature exactly once, however often the token is used', async () => {
      const body = signature();
      await sign(t.app, 'bike-lanes', body);
      const [mail] = await mailTo(t.app, body.email);
      const before = await countOf(t.app, 'bike-lanes');

      const first = await confirm(t.app, mail!.token!);
      assert.equal(first.statusCode, 200);
      const confirmed = v.parse(SignatureConfirmedSchema, json(first));
      assert.equal(confirmed.petitionId, 'bike-lanes');
      assert.equal(confirmed.count.signatureCount, before + 1);
      assert.equal(await countOf(t.app, 'bike-lanes'), before + 1);

      const again = await confirm(t.app, mail!.token!);
      assert.equal(again.statusCode, 200);
      assert.deepEqual(json(again), json(first));
      assert.equal(await countOf(t.app, 'bike-lanes'), before + 1);
    });

    it('answers 410 invalid-token for a token it never issued', async () => {
      const res = await confirm(t.app, 'A'.repeat(43));
      assert.equal(res.statusCode, 410);
      assert.equal(problemOf(res).type, PROBLEM_TYPES.invalidToken);
    });

    it('answers 410 invalid-token once the token has expired, and does not count', async () => {
      const body = signature();
      await sign(t.app, 'bike-lanes', body);
      const [mail] = await mailTo(t.app, body.email);
      const before = await countOf(t.app, 'bike-lanes');
      t.clock.advance(TOKEN_TTL_MS + 1000);
      try {
        const res = await confirm(t.app, mail!.token!);
        assert.equal(res.statusCode, 410);
        assert.equal(problemOf(res).type, PROBLEM_TYPES.invalidToken);
        assert.equal(await countOf(t.app, 'bike-lanes'), before);
      } finally {
        t.clock.advance(-(TOKEN_TTL_MS + 1000));
      }
    });

    it('stamps reachedAt on a threshold in the confirmation that crosses it', async () => {
      const id = `crossing-${randomUUID().slice(0, 8)}`;
      const app = await testApp(db().url, { petitions: [petitionFixture({ id })] });
      try {
        const initial = v.parse(
          PetitionCountSchema,
          json(await app.app.inject({ url: `/api/v1/petitions/${id}/count` })),
        );
        assert.equal(initial.signatureCount + initial.offlineSignatureCount, 107);
        assert.equal(initial.thresholds[0]!.reachedAt, null);
        const body = signature();
        await sign(app.app, id, body);
        const [mail] = await mailTo(app.app, body.email);
        app.clock.advance(5000);
        const { count } = v.parse(SignatureConfirmedSchema, json(await confirm(app.app, mail!.token!)));
        assert.equal(count.thresholds[0]!.kind, 'response');
        assert.equal(count.thresholds[0]!.reachedAt, new Date(app.clock.now()).toISOString());
        assert.equal(count.thresholds[1]!.reachedAt, null);
        const reread = v.parse(
          PetitionCountSchema,
          json(await app.app.inject({ url: `/api/v1/petitions/${id}/count` })),
        );
        assert.deepEqual(reread.thresholds, count.thresholds);
      } finally {
        await app.close();
      }
    });

    it('answers 403 closed when the petition closed between signing and confirming', async () => {
      const body = signature();
      assert.equal((await sign(t.app, 'closing', body)).statusCode, 202);
      const [mail] = await mailTo(t.app, body.email);
      t.clock.advance(3600 * 1000);
      try {
        const res = await confirm(t.app, mail!.token!);
        assert.equal(res.statusCode, 403);
        assert.equal(problemOf(res).type, PROBLEM_TYPES.closed);
      } finally {
        t.clock.advance(-3600 * 1000);
      }
    });
  });

  describe('when the same email signs again', () => {
    it('answers the same 202, sends "already signed" and leaves the count alone (canonical Gmail variants)', async () => {
      const first = await sign(t.app, 'bike-lanes', signature({ email: 'J.Doe+x@gmail.com', locale: 'kk' }));
      const [mail] = await mailTo(t.app, 'J.Doe+x@gmail.com');
      assert.equal((await confirm(t.app, mail!.token!)).statusCode, 200);
      const counted = await countOf(t.app, 'bike-lanes');

      const duplicate = await sign(
        t.app,
        'bike-lanes',
        signature({ email: 'jdoe@googlemail.com', name: 'J Doe' }),
      );
      assert.equal(duplicate.statusCode, first.statusCode);
      assert.equal(duplicate.body, first.body);
      const notices = await mailTo(t.app, 'jdoe@googlemail.com');
      assert.equal(notices.length, 1);
      assert.equal(notices[0]!.kind, 'already_signed');
      assert.equal(notices[0]!.token, null);
      assert.match(notices[0]!.subject, /^You have already signed/);
      assert.equal(await countOf(t.app, 'bike-lanes'), counted);
    });

    it('sends a fresh confirmation link when the first one was never used; either link counts once', async () => {
      const email = `twice-${randomUUID().slice(0, 6)}@example.org`;
      await sign(t.app, 'bike-lanes', signature({ email }));
      await sign(t.app, 'bike-lanes', signature({ email: email.toUpperCase() }));
      const mails = [...(await mailTo(t.app, email)), ...(await mailTo(t.app, email.toUpperCase()))];
      assert.equal(mails.length, 2);
      assert.ok(mails.every((mail) => mail.kind === 'confirm' && mail.token));
      const before = await countOf(t.app, 'bike-lanes');
      for (const mail of mails) assert.equal((await confirm(t.app, mail.token!)).statusCode, 200);
      assert.equal(await countOf(t.app, 'bike-lanes'), before + 1);
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the first answer for the same key and body, without a second email', async () => {
      const key = randomUUID();
      const body = signature();
      const first = await sign(t.app, 'bike-lanes', body, { key });
      const again = await sign(t.app, 'bike-lanes', body, { key });
      assert.equal(again.statusCode, first.statusCode);
      assert.equal(again.body, first.body);
      assert.equal((await mailTo(t.app, body.email)).length, 1);
    });

    it('answers 422 idempotency-key-reused for the same key with another body', async () => {
      const key = randomUUID();
      assert.equal((await sign(t.app, 'bike-lanes', signature(), { key })).statusCode, 202);
      const reused = await sign(t.app, 'bike-lanes', signature(), { key });
      assert.equal(reused.statusCode, 422);
      assert.equal(problemOf(reused).type, PROBLEM_TYPES.idempotencyKeyReused);
    });

    it('answers 409 in-flight with Retry-After while the first request holds the key, then takes over a dead one', async () => {
      const key = randomUUID();
      const body = JSON.stringify(signature());
      const scope = operationScope('createSignature', { petitionId: 'bike-lanes' });
      const { requestFingerprint } = await import('../../../server/src/http/idempotency-store.js');
      await t.ctx.database.db
        .insertInto('idempotency_keys')
        .values({
          id: keyId(scope, undefined, key),
          fingerprint: requestFingerprint('POST', scope, Buffer.from(body)),
          status: null,
          response: null,
          created_at: new Date(t.clock.now()).toISOString(),
        })
        .execute();
      const inFlight = await sign(t.app, 'bike-lanes', body, { key });
      assert.equal(inFlight.statusCode, 409);
      assert.equal(problemOf(inFlight).type, PROBLEM_TYPES.idempotencyInFlight);
      assert.ok(Number(inFlight.headers['retry-after']) >= 1);

      t.clock.advance(IN_FLIGHT_LEASE_MS + 1000);
      try {
        const retried = await sign(t.app, 'bike-lanes', body, { key });
        assert.equal(retried.statusCode, 202);
      } finally {
        t.clock.advance(-(IN_FLIGHT_LEASE_MS + 1000));
      }
    });

    it('answers 400 malformed without an Idempotency-Key, on signing and on confirming', async () => {
      const res = await sign(t.app, 'bike-lanes', signature(), { key: null });
      assert.equal(res.statusCode, 400);
      assert.equal(problemOf(res).type, PROBLEM_TYPES.malformed);
      const confirmRes = await confirm(t.app, 'A'.repeat(43), { key: null });
      assert.equal(confirmRes.statusCode, 400);
      assert.equal(problemOf(confirmRes).type, PROBLEM_TYPES.malformed);
    });

    it('replays a confirmation answer for the same key', async () => {
      const body = signature();
      await sign(t.app, 'bike-lanes', body);
      const [mail] = await mailTo(t.app, body.email);
      const key = randomUUID();
      const first = await confirm(t.app, mail!.token!, { key });
      const again = await confirm(t.app, mail!.token!, { key });
      assert.equal(again.statusCode, 200);
      assert.equal(again.body, first.body);
    });
  });

  describe('rate limits (burst 1 per 60 s)', () => {
    it('stores a second signature from the same address flagged: same 202, no email, never counted', async () => {
      const limited = await testApp(db().url, {
        config: {
          rateLimit: { burst: 1, burstWindowS: 60, sustained: 5, sustainedWindowS: 300 },
          trustProxy: true,
        },
        petitions: [petitionFixture({ id: 'limited' })],
      });
      try {
        const first = signature();
        const second = signature();
        const from = { headers: { 'x-forwarded-for': '198.51.100.7' } };
        const a = await sign(limited.app, 'limited', first, from);
        const b = await sign(limited.app, 'limited', second, from);
        assert.equal(b.statusCode, 202);
        assert.equal(b.body, a.body);
        assert.equal((await mailTo(limited.app, first.email)).length, 1);
        assert.equal((await mailTo(limited.app, second.email)).length, 0);
        const flagged = await limited.ctx.database.db
          .selectFrom('signatures')
          .select(['flagged_reason', 'confirmed_at'])
          .where('petition_id', '=', 'limited')
          .where('email', '=', second.email)
          .executeTakeFirstOrThrow();
        assert.deepEqual(flagged, { flagged_reason: 'rate_limit', confirmed_at: null });

        // Another address is not limited, and the same one is again after the window.
        const other = await sign(limited.app, 'limited', signature(), {
          headers: { 'x-forwarded-for': '203.0.113.9' },
        });
        assert.equal(other.statusCode, 202);
        limited.clock.advance(61_000);
        const third = signature();
        await sign(limited.app, 'limited', third, from);
        assert.equal((await mailTo(limited.app, third.email)).length, 1);
      } finally {
        await limited.close();
      }
    });
  });

  describe('checks before signing', () => {
    it('answers 403 closed for a closed petition and for an open one past its closing time', async () => {
      const closed = await sign(t.app, 'closed-one', signature());
      assert.equal(closed.statusCode, 403);
      assert.equal(problemOf(closed).type, PROBLEM_TYPES.closed);
      t.clock.advance(2 * 3600 * 1000);
      try {
        const late = await sign(t.app, 'closing', signature());
        assert.equal(late.statusCode, 403);
        assert.equal(problemOf(late).type, PROBLEM_TYPES.closed);
      } finally {
        t.clock.advance(-2 * 3600 * 1000);
      }
    });

    it('answers 404 for an unknown petition and 410 gone for a hidden one', async () => {
      const missing = await sign(t.app, 'no-such-petition', signature());
      assert.equal(missing.statusCode, 404);
      assert.equal(problemOf(missing).type, PROBLEM_TYPES.notFound);
      const hidden = await sign(t.app, 'hidden-one', signature());
      assert.equal(hidden.statusCode, 410);
      assert.equal(problemOf(hidden).type, PROBLEM_TYPES.gone);
    });

    it('answers 422 naming the fields the petition form requires', async () => {
      const res = await sign(t.app, 'postcodes', signature({ postcode: '12', region: 'nowhere' }));
      assert.equal(res.statusCode, 422);
      const problem = problemOf(res);
      assert.equal(problem.type, PROBLEM_TYPES.validation);
      const byField = Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e.code]));
      assert.deepEqual(byField, { postcode: 'invalid', region: 'invalid', ageConfirmed: 'required' });
      const ok = await sign(t.app, 'postcodes', signature({ postcode: '050000', ageConfirmed: true }));
      assert.equal(ok.statusCode, 202);
    });

    it('answers 422 when the eligibility statement is not confirmed', async () => {
      const res = await sign(t.app, 'bike-lanes', signature({ eligible: false }));
      assert.equal(res.statusCode, 422);
      assert.deepEqual(
        problemOf(res).errors?.map((e) => [e.field, e.code]),
        [['eligible', 'required']],
      );
    });

    it('answers 422 for a missing email, naming it', async () => {
      const { email: _email, ...body } = signature();
      const res = await sign(t.app, 'bike-lanes', body);
      assert.equal(res.statusCode, 422);
      assert.deepEqual(
        problemOf(res).errors?.map((e) => [e.field, e.code]),
        [['email', 'required']],
      );
    });
  });

  describe('honeypot', () => {
    it('answers 202 as usual and keeps nothing', async () => {
      const body = signature({ website: 'https://spam.example/' });
      const res = await sign(t.app, 'bike-lanes', body);
      assert.equal(res.statusCode, 202);
      assert.equal((await mailTo(t.app, body.email)).length, 0);
      assert.deepEqual(await storedSignatureIds(t.ctx, body.email), []);
    });
  });

  describe('the confirmation page', () => {
    it('links an icon and a stylesheet that the server serves', async () => {
      const page = await t.app.inject({ url: '/confirm?token=nope' });
      const links = [...page.body.matchAll(/<link rel="(icon|stylesheet)" href="([^"]+)"/g)];
      assert.deepEqual(
        links.map((link) => link[1]),
        ['icon', 'stylesheet'],
      );
      for (const [, rel, href] of links) {
        const res = await t.app.inject({ url: href! });
        assert.equal(res.statusCode, 200, `${rel} ${href}`);
        assert.match(String(res.headers['content-type']), rel === 'icon' ? /^image\/svg\+xml/ : /^text\/css/);
      }
    });

    it("shows a button on GET (confirming nothing) and confirms on POST, in the link's language", async () => {
      const body = signature({ locale: 'kk' });
      await sign(t.app, 'bike-lanes', body);
      const [mail] = await mailTo(t.app, body.email);
      const before = await countOf(t.app, 'bike-lanes');

      const page = await t.app.inject({
        url: new URL(mail!.confirmUrl!).pathname + new URL(mail!.confirmUrl!).search,
      });
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['content-type']), /^text\/html/);
      assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'none'/);
      assert.doesNotMatch(page.body, /<script|style=/);
      assert.match(page.body, /<html lang="kk">/);
      assert.match(page.body, /<form method="post" action="\/confirm">/);
      assert.match(page.body, /<button type="submit">Қолымды растау<\/button>/);
      assert.equal(await countOf(t.app, 'bike-lanes'), before);

      const posted = await t.app.inject({
        method: 'POST',
        url: '/confirm',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ token: mail!.token!, lang: 'kk' }).toString(),
      });
      assert.equal(posted.statusCode, 200);
      assert.match(posted.body, /Рахмет, қолыңыз расталды/);
      assert.equal(await countOf(t.app, 'bike-lanes'), before + 1);
    });

    it('localizes the button by Accept-Language when the link has no language', async () => {
      const body = signature();
      await sign(t.app, 'bike-lanes', body);
      const [mail] = await mailTo(t.app, body.email);
      const page = await t.app.inject({
        url: `/confirm?token=${mail!.token}`,
        headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' },
      });
      assert.match(page.body, /Подтвердить подпись/);
    });

    it('answers 410 with an explanation for an unknown token', async () => {
      const page = await t.app.inject({ url: `/confirm?token=${'B'.repeat(43)}` });
      assert.equal(page.statusCode, 410);
      assert.match(page.body, /expired or is not valid/);
    });

    it('accepts only form posts on POST /confirm', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/confirm',
        headers: { 'content-type': 'application/json' },
        payload: '{"token":"x"}',
      });
      assert.equal(res.statusCode, 415);
      problemOf(res);
    });
  });

  describe('the demo outbox', () => {
    it('lists mail newest first as an escaped page with clickable confirmation links', async () => {
      const app = await testApp(db().url, {
        petitions: [
          petitionFixture({
            id: `markup-${randomUUID().slice(0, 8)}`,
            title: 'Parks <script>alert(1)</script>',
          }),
        ],
      });
      try {
        const id = (
          await app.ctx.database.db
            .selectFrom('petitions')
            .select('id')
            .where('id', 'like', 'markup-%')
            .execute()
        )
          .map((row) => row.id)
          .find((petitionId) => petitionId.startsWith('markup-'))!;
        const older = signature();
        const newer = signature();
        await sign(app.app, id, older);
        app.clock.advance(1000);
        await sign(app.app, id, newer);
        const page = await app.app.inject({ url: '/dev/mail' });
        assert.equal(page.statusCode, 200);
        assert.match(String(page.headers['content-security-policy']), /default-src 'none'/);
        assert.ok(page.body.includes('Parks &lt;script&gt;alert(1)&lt;/script&gt;'));
        assert.doesNotMatch(page.body, /<script/);
        assert.match(page.body, /<a href="http:\/\/civic\.test\/confirm\?token=[A-Za-z0-9_-]+&amp;lang=en">/);
        assert.ok(page.body.indexOf(newer.email) < page.body.indexOf(older.email));
        const messages = await outbox(app.app);
        assert.deepEqual(
          messages.filter((m) => m.petitionId === id).map((m) => m.to),
          [newer.email, older.email],
        );
      } finally {
        await app.close();
      }
    });
  });
});
