import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import * as v from 'valibot';
import { PROBLEM_TYPES, ProblemSchema } from '../../src/protocol/index.js';
import type { Problem } from '../../src/protocol/index.js';
import { json, testApp } from './support/app.js';
import type { TestApp } from './support/app.js';
import { petitionFixture } from './support/petitions.js';
import { sign, signature } from './support/requests.js';
import { describeEachDatabase } from './support/suite.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const CITY = 'https://city.example';

function problem(res: { statusCode: number; headers: Record<string, unknown>; body: string }): Problem {
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  assert.doesNotMatch(res.body, /\bat .+:\d+:\d+/, 'no stack trace');
  const parsed = v.parse(ProblemSchema, json(res));
  assert.equal(parsed.status, res.statusCode);
  return parsed;
}

function post(
  app: TestApp['app'],
  payload: string | Buffer,
  contentType: string,
  url = '/api/v1/signatures/confirm',
) {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': contentType, 'idempotency-key': randomUUID() },
    payload,
  });
}

async function token(
  claims: { sub?: string; iss?: string; aud?: string; expiresIn?: string },
  secret = SECRET,
) {
  let jwt = new SignJWT({ name: 'Marat K.' }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (claims.sub) jwt = jwt.setSubject(claims.sub);
  if (claims.iss) jwt = jwt.setIssuer(claims.iss);
  if (claims.aud) jwt = jwt.setAudience(claims.aud);
  jwt = jwt.setExpirationTime(claims.expiresIn ?? '1h');
  return jwt.sign(new TextEncoder().encode(secret));
}

describeEachDatabase('security', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, {
      config: {
        demo: false,
        allowedOrigins: [CITY],
        jwt: { secret: SECRET, issuer: 'https://id.city.example', audience: 'civic' },
      },
      petitions: [
        petitionFixture(),
        petitionFixture({
          id: 'members-only',
          signatureForm: { ...petitionFixture().signatureForm, signInRequired: true },
        }),
      ],
    });
  });
  after(() => t.close());

  describe('hostile input gets a 4xx problem document', () => {
    it('415 for a form body and for text/plain', async () => {
      for (const type of [
        'application/x-www-form-urlencoded',
        'text/plain',
        'multipart/form-data; boundary=x',
      ]) {
        const res = await post(t.app, 'token=abc', type);
        assert.equal(res.statusCode, 415, type);
        problem(res);
      }
    });

    it('413 for a body over 64 KiB', async () => {
      const res = await post(
        t.app,
        JSON.stringify({ token: 'x', padding: 'a'.repeat(70 * 1024) }),
        'application/json',
      );
      assert.equal(res.statusCode, 413);
      problem(res);
    });

    it('400 malformed for broken JSON, an empty body, a non-object and invalid UTF-8', async () => {
      const bodies: (string | Buffer)[] = [
        '{"token": ',
        '',
        'null',
        '[]',
        Buffer.concat([Buffer.from('{"token":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]),
        '{"__proto__":{"polluted":true},"token":"x"}',
      ];
      for (const body of bodies) {
        const res = await post(t.app, body, 'application/json');
        assert.equal(res.statusCode, 400, String(body));
        assert.equal(problem(res).type, PROBLEM_TYPES.malformed);
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('400 malformed for NUL characters in a body string or in the URL', async () => {
      const body = await sign(t.app, 'bike-lanes', JSON.stringify(signature({ name: 'Dana\u0000Admin' })));
      assert.equal(body.statusCode, 400);
      assert.equal(problem(body).type, PROBLEM_TYPES.malformed);
      for (const url of ['/api/v1/petitions/bike-lanes%00', '/confirm?token=%00']) {
        const res = await t.app.inject({ url });
        assert.equal(res.statusCode, 400, url);
        problem(res);
      }
    });

    it('422 naming the field for CSV-injection names and names with links', async () => {
      for (const name of [
        '=HYPERLINK("http://evil")',
        '+7 700',
        '-1+1',
        '@SUM(A1)',
        'Visit www.spam.example',
        'Bob https://x.io',
      ]) {
        const res = await sign(t.app, 'bike-lanes', signature({ name }));
        assert.equal(res.statusCode, 422, name);
        const p = problem(res);
        assert.equal(p.type, PROBLEM_TYPES.validation);
        assert.deepEqual(
          p.errors?.map((e) => [e.field, e.code]),
          [['name', 'not_allowed']],
          name,
        );
      }
      assert.equal(
        (await sign(t.app, 'bike-lanes', signature({ name: 'Anna-Maria O’Neil' }))).statusCode,
        202,
      );
    });

    it('422 with field errors for wrong types, never echoing the value', async () => {
      const res = await post(t.app, JSON.stringify({ token: { $ne: null } }), 'application/json');
      assert.equal(res.statusCode, 422);
      const p = problem(res);
      assert.deepEqual(
        p.errors?.map((e) => e.field),
        ['token'],
      );
      const email = await sign(t.app, 'bike-lanes', signature({ email: 'not-an-email-secret@@x' }));
      assert.equal(email.statusCode, 422);
      assert.ok(!email.body.includes('not-an-email-secret'));
    });

    it('404 problem for unknown routes, inside and outside the API', async () => {
      for (const url of ['/api/v1/nothing-here', '/api/v1/petitions/a/b/c', '/nothing-here']) {
        const res = await t.app.inject({ url });
        assert.equal(res.statusCode, 404, url);
        assert.equal(problem(res).type, PROBLEM_TYPES.notFound);
      }
      const write = await t.app.inject({ method: 'DELETE', url: '/api/v1/petitions/bike-lanes' });
      assert.equal(write.statusCode, 404);
      problem(write);
    });

    it('400 problem for a malformed percent-encoding', async () => {
      const res = await t.app.inject({ url: '/api/v1/petitions/%E0%A4%A' });
      assert.equal(res.statusCode, 400);
      problem(res);
    });

    it('keeps serving after all of that', async () => {
      assert.equal((await t.app.inject({ url: '/api/v1/' })).statusCode, 200);
    });
  });

  describe('headers', () => {
    it('sends nosniff, no referrer and a locked-down CSP on API answers', async () => {
      const res = await t.app.inject({ url: '/api/v1/' });
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['referrer-policy'], 'no-referrer');
      assert.equal(res.headers['cross-origin-resource-policy'], 'cross-origin');
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
    });
  });

  describe('CORS', () => {
    it('lets any origin read, exposing ETag and Retry-After', async () => {
      const res = await t.app.inject({
        url: '/api/v1/petitions/bike-lanes/count',
        headers: { origin: 'https://elsewhere.example' },
      });
      assert.equal(res.headers['access-control-allow-origin'], '*');
      assert.equal(res.headers['access-control-expose-headers'], 'ETag, Retry-After');
    });

    it('allows writes from an allowed origin: the preflight names the methods and headers', async () => {
      const res = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/petitions/bike-lanes/signatures',
        headers: {
          origin: CITY,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'Authorization, Content-Type, Idempotency-Key',
        },
      });
      assert.equal(res.statusCode, 204);
      assert.equal(res.headers['access-control-allow-origin'], CITY);
      assert.match(String(res.headers['access-control-allow-methods']), /POST/);
      for (const name of [
        'Authorization',
        'Content-Type',
        'Idempotency-Key',
        'If-None-Match',
        'Accept-Language',
      ]) {
        assert.match(String(res.headers['access-control-allow-headers']), new RegExp(name));
      }
      assert.equal(res.headers['access-control-max-age'], '600');
      const write = await sign(t.app, 'bike-lanes', signature(), { headers: { origin: CITY } });
      assert.equal(write.headers['access-control-allow-origin'], CITY);
    });

    it('refuses writes from other origins readably (403 origin-not-allowed; see security/origin-check)', async () => {
      const res = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/petitions/bike-lanes/signatures',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(res.headers['access-control-allow-origin'], 'https://evil.example');
      const write = await sign(t.app, 'bike-lanes', signature(), {
        headers: { origin: 'https://evil.example' },
      });
      assert.equal(write.statusCode, 403);
      assert.equal(problem(write).type, PROBLEM_TYPES.originNotAllowed);
      assert.equal(write.headers['access-control-allow-origin'], 'https://evil.example');
    });

    it('puts CORS headers on error answers too', async () => {
      const res = await t.app.inject({ url: '/api/v1/missing', headers: { origin: CITY } });
      assert.equal(res.statusCode, 404);
      assert.equal(res.headers['access-control-allow-origin'], '*');
    });
  });

  describe('participant tokens (HS256)', () => {
    it('accepts a valid token on an optional-auth endpoint', async () => {
      const jwt = await token({ sub: 'u-1', iss: 'https://id.city.example', aud: 'civic' });
      const res = await sign(t.app, 'members-only', signature(), {
        headers: { authorization: `Bearer ${jwt}` },
      });
      assert.equal(res.statusCode, 202);
    });

    it('answers 401 with WWW-Authenticate for invalid, expired, wrong-issuer, wrong-audience or forged tokens', async () => {
      const bad = [
        'not.a.jwt',
        await token({ sub: 'u-1', iss: 'https://id.city.example', aud: 'civic', expiresIn: '-1m' }),
        await token({ sub: 'u-1', iss: 'https://other.example', aud: 'civic' }),
        await token({ sub: 'u-1', iss: 'https://id.city.example', aud: 'someone-else' }),
        await token(
          { sub: 'u-1', iss: 'https://id.city.example', aud: 'civic' },
          'another-secret-another-secret-123',
        ),
        await token({ iss: 'https://id.city.example', aud: 'civic' }),
      ];
      for (const jwt of bad) {
        const res = await sign(t.app, 'bike-lanes', signature(), {
          headers: { authorization: `Bearer ${jwt}` },
        });
        assert.equal(res.statusCode, 401, jwt);
        assert.equal(problem(res).type, PROBLEM_TYPES.unauthorized);
        assert.match(String(res.headers['www-authenticate']), /^Bearer/);
      }
    });

    it('answers 401 when a petition needs sign-in and no token came', async () => {
      const res = await sign(t.app, 'members-only', signature());
      assert.equal(res.statusCode, 401);
      assert.equal(problem(res).type, PROBLEM_TYPES.unauthorized);
    });

    it('ignores tokens on auth: none endpoints', async () => {
      const res = await t.app.inject({
        url: '/api/v1/petitions/bike-lanes',
        headers: { authorization: 'Bearer junk' },
      });
      assert.equal(res.statusCode, 200);
    });
  });

  describe('outside demo mode', () => {
    it('answers 404 on /dev/*', async () => {
      for (const [method, url] of [
        ['GET', '/dev/mail'],
        ['GET', '/dev/mail.json'],
        ['POST', '/dev/token'],
      ] as const) {
        const res = await t.app.inject({
          method,
          url,
          headers: { 'content-type': 'application/json' },
          ...(method === 'POST' ? { payload: '{"displayName":"x"}' } : {}),
        });
        assert.equal(res.statusCode, 404, url);
        problem(res);
      }
    });
  });
});

describeEachDatabase('static sites', (db) => {
  let t: TestApp;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-static-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>City</title><script type="module" src="app.js"></script>',
    );
    writeFileSync(join(dir, 'app.js'), 'export {};');
    t = await testApp(db().url, { config: { staticDir: dir } });
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the directory with a CSP that allows its own scripts only', async () => {
    const page = await t.app.inject({ url: '/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<title>City<\/title>/);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal((await t.app.inject({ url: '/app.js' })).statusCode, 200);
  });

  it('leaves unknown files and API paths to problem answers', async () => {
    const missing = await t.app.inject({ url: '/missing.html' });
    assert.equal(missing.statusCode, 404);
    problem(missing);
    const api = await t.app.inject({ url: '/api/v1/unknown', headers: { origin: CITY } });
    assert.equal(api.statusCode, 404);
    assert.equal(api.headers['access-control-allow-origin'], '*');
    problem(api);
  });
});

describeEachDatabase('demo tokens', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, {
      config: { demo: true },
      petitions: [
        petitionFixture({
          id: 'members-only',
          signatureForm: { ...petitionFixture().signatureForm, signInRequired: true },
        }),
      ],
    });
  });
  after(() => t.close());

  it('POST /dev/token issues a token the server accepts', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/dev/token',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ displayName: 'Saule B.' }),
    });
    assert.equal(res.statusCode, 200);
    const { token: jwt } = json<{ token: string }>(res);
    assert.match(jwt, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    const signed = await sign(t.app, 'members-only', signature(), {
      headers: { authorization: `Bearer ${jwt}` },
    });
    assert.equal(signed.statusCode, 202);
  });

  it('POST /dev/token validates the display name', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/dev/token',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ displayName: '' }),
    });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(
      problem(res).errors?.map((e) => e.field),
      ['displayName'],
    );
  });
});

describeEachDatabase('logs', (db) => {
  it('record requests without emails, names, tokens, query strings or Authorization', async () => {
    const lines: string[] = [];
    const t = await testApp(db().url, {
      config: { logLevel: 'info', demo: true },
      logStream: { write: (line) => void lines.push(line) },
      petitions: [petitionFixture()],
    });
    try {
      const body = signature({ name: 'Secret Name', email: 'secret.person@example.org' });
      await sign(t.app, 'bike-lanes', body, { headers: { authorization: 'Bearer secret.jwt.value' } });
      await sign(t.app, 'bike-lanes', body);
      const messages = json<{ messages: { token: string }[] }>(
        await t.app.inject({ url: '/dev/mail.json' }),
      ).messages;
      const token = messages[0]!.token;
      await t.app.inject({ url: `/confirm?token=${token}` });
      await t.app.inject({
        method: 'POST',
        url: '/confirm',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `token=${token}`,
      });
      const log = lines.join('');
      assert.match(log, /"path":"\/confirm"/, 'requests are logged');
      for (const secret of ['Secret Name', 'secret.person', 'secret.jwt.value', token, 'token=']) {
        assert.ok(!log.includes(secret), `the log shows ${secret}`);
      }
    } finally {
      await t.close();
    }
  });
});
