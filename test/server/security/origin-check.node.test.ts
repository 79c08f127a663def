import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import { ENDPOINTS, PROBLEM_TYPES, ProblemSchema } from '../../../src/protocol/index.js';
import type { Problem } from '../../../src/protocol/index.js';
import { mayWriteFrom } from '../../../server/src/security/origin-check.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { sign, signature } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';

/*
 * A write from a page whose origin the backend does not allow is refused readably: the preflight
 * lets it through, and the write gets a 403 `origin-not-allowed` problem with CORS headers for
 * that page, before anything is stored or an Idempotency-Key is spent.
 */

const CITY = 'https://city.example';
const ELSEWHERE = 'https://blog.elsewhere.example';
const PUBLIC_URL = 'http://civic.test';

function refusal(res: { statusCode: number; headers: Record<string, unknown>; body: string }): Problem {
  assert.equal(res.statusCode, 403);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const problem = v.parse(ProblemSchema, json(res));
  assert.equal(problem.type, PROBLEM_TYPES.originNotAllowed);
  assert.equal(problem.status, 403);
  return problem;
}

/** A concrete path for a protocol path template: `/petitions/{petitionId}` → `/petitions/x`. */
function concrete(path: string): string {
  return path.replace(/\{[^}]+\}/g, 'x');
}

describe('mayWriteFrom', () => {
  const policy = { allowedOrigins: [CITY], publicUrl: `${PUBLIC_URL}/` };

  it('lets requests without an Origin through (servers, curl: never under CORS)', () => {
    assert.equal(mayWriteFrom(undefined, policy, undefined), true);
  });

  it('allows the listed origins, the server’s own and its public URL’s', () => {
    assert.equal(mayWriteFrom(CITY, policy, 'http://127.0.0.1:8080'), true);
    assert.equal(mayWriteFrom('http://127.0.0.1:8080', policy, 'http://127.0.0.1:8080'), true);
    assert.equal(mayWriteFrom(PUBLIC_URL, policy, 'http://127.0.0.1:8080'), true);
  });

  it('refuses any other origin, a sibling subdomain, another scheme or port, and `null`', () => {
    for (const origin of [
      ELSEWHERE,
      'https://www.city.example',
      'http://city.example',
      'https://city.example:8443',
      'null',
    ]) {
      assert.equal(mayWriteFrom(origin, policy, 'http://127.0.0.1:8080'), false, origin);
    }
  });

  it('allows every origin with `*`', () => {
    assert.equal(mayWriteFrom(ELSEWHERE, { ...policy, allowedOrigins: ['*'] }, undefined), true);
    assert.equal(mayWriteFrom('null', { ...policy, allowedOrigins: ['*'] }, undefined), true);
  });
});

describeEachDatabase('writes from an origin that is not allowed', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, {
      config: { demo: true, allowedOrigins: [CITY], publicUrl: PUBLIC_URL },
      petitions: [petitionFixture()],
    });
  });
  after(() => t.close());

  async function storedSignatures(): Promise<number> {
    const rows = await t.ctx.database.db.selectFrom('signatures').select('id').execute();
    return rows.length;
  }

  async function storedKeys(): Promise<number> {
    const rows = await t.ctx.database.db.selectFrom('idempotency_keys').select('id').execute();
    return rows.length;
  }

  it('answers their preflight, so the browser sends the write and can read the refusal', async () => {
    const res = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/petitions/bike-lanes/signatures',
      headers: {
        origin: ELSEWHERE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(res.statusCode, 204);
    assert.equal(res.headers['access-control-allow-origin'], ELSEWHERE);
    assert.match(String(res.headers['access-control-allow-methods']), /POST/);
    assert.match(String(res.headers['access-control-allow-headers']), /Idempotency-Key/);
    assert.match(String(res.headers.vary), /Origin/);
  });

  it('refuses a signature with 403 origin-not-allowed, readable by the page, and stores nothing', async () => {
    const signaturesBefore = await storedSignatures();
    const keysBefore = await storedKeys();
    const key = randomUUID();
    const res = await sign(t.app, 'bike-lanes', signature(), { key, headers: { origin: ELSEWHERE } });
    const problem = refusal(res);
    assert.equal(problem.instance, '/api/v1/petitions/bike-lanes/signatures');
    assert.doesNotMatch(res.body, /elsewhere/, 'the problem does not echo the request’s Origin');
    assert.equal(res.headers['access-control-allow-origin'], ELSEWHERE);
    assert.match(String(res.headers['access-control-expose-headers']), /Retry-After/);
    assert.match(String(res.headers.vary), /Origin/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(await storedSignatures(), signaturesBefore, 'no signature stored');
    assert.equal(await storedKeys(), keysBefore, 'no Idempotency-Key spent');
    assert.equal((await t.app.inject({ url: '/dev/mail.json' })).body.includes('confirm'), false);

    // The same key from the allowed origin is a fresh submission, taken as usual.
    const allowed = await sign(t.app, 'bike-lanes', signature(), { key, headers: { origin: CITY } });
    assert.equal(allowed.statusCode, 202);
    assert.equal(allowed.headers['access-control-allow-origin'], CITY);
    assert.equal(await storedSignatures(), signaturesBefore + 1);
  });

  it('refuses before reading the body: a malformed body from that origin is still a 403', async () => {
    const res = await sign(t.app, 'bike-lanes', '{"name":', { headers: { origin: ELSEWHERE } });
    refusal(res);
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/petitions/bike-lanes/signatures',
      headers: { origin: ELSEWHERE, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    refusal(text);
  });

  it('refuses on every write route of the API, features’ routes included, and on /dev', async () => {
    const writes = Object.values(ENDPOINTS)
      .filter((endpoint) => endpoint.method !== 'GET')
      .map((endpoint) => ({ method: endpoint.method, url: `/api/v1${concrete(endpoint.path)}` }));
    assert.ok(writes.length >= 5, 'the registry has writes');
    for (const route of [
      ...writes,
      { method: 'POST', url: '/api/v1/webhooks/pledges' },
      { method: 'DELETE', url: '/api/v1/petitions/bike-lanes' },
      { method: 'PATCH', url: '/api/v1/ideas/x' },
      { method: 'POST', url: '/dev/token' },
    ] as const) {
      const res = await t.app.inject({
        method: route.method,
        url: route.url,
        headers: { origin: ELSEWHERE, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        payload: '{}',
      });
      assert.equal(res.statusCode, 403, `${route.method} ${route.url}`);
      refusal(res);
      assert.equal(res.headers['access-control-allow-origin'], ELSEWHERE, `${route.method} ${route.url}`);
    }
  });

  it('still lets that origin read', async () => {
    const res = await t.app.inject({
      url: '/api/v1/petitions/bike-lanes/count',
      headers: { origin: ELSEWHERE },
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
  });

  it('lets writes without an Origin through, and writes from the server’s own origin', async () => {
    const bare = await sign(t.app, 'bike-lanes', signature());
    assert.equal(bare.statusCode, 202);
    const own = await sign(t.app, 'bike-lanes', signature(), { headers: { origin: PUBLIC_URL } });
    assert.equal(own.statusCode, 202);
    // Addressed by Host (inject's default is localhost:80) from that same origin.
    const host = await sign(t.app, 'bike-lanes', signature(), { headers: { origin: 'http://localhost' } });
    assert.equal(host.statusCode, 202);
    const sameOrigin = await sign(t.app, 'bike-lanes', signature(), {
      headers: { origin: 'https://behind.a.proxy.example', 'sec-fetch-site': 'same-origin' },
    });
    assert.equal(sameOrigin.statusCode, 202);
  });

  it('does not count a same-site page as the server’s own', async () => {
    const res = await sign(t.app, 'bike-lanes', signature(), {
      headers: { origin: 'https://www.city.example', 'sec-fetch-site': 'same-site' },
    });
    refusal(res);
  });
});

describeEachDatabase('writes with `--allowed-origins *`', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { config: { allowedOrigins: ['*'] }, petitions: [petitionFixture()] });
  });
  after(() => t.close());

  it('takes a write from any origin', async () => {
    const res = await sign(t.app, 'bike-lanes', signature(), { headers: { origin: ELSEWHERE } });
    assert.equal(res.statusCode, 202);
    assert.equal(res.headers['access-control-allow-origin'], '*');
  });
});
