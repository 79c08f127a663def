import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { issueToken } from '../../../server/src/security/jwt.js';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { flat, text } from '../pages/page-markup.js';

/*
 * Signing in on the server's own pages without scripts: demo mode's form, a token posted back by
 * the city's sign-in, signing out, the cookie's flags, where it may send the reader afterwards,
 * and form posts from other sites refused.
 */

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const SAME_SITE = { ...FORM, origin: 'http://civic.test', 'sec-fetch-site': 'same-origin' };

function sessionCookie(res: LightMyRequestResponse): string | undefined {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  return all.find((cookie) => cookie.startsWith('civic_session='));
}

/** A form post from this server's own page. */
function postForm(t: TestApp, url: string, payload: string, cookies?: Record<string, string>) {
  return t.app.inject({ method: 'POST', url, headers: SAME_SITE, payload, ...(cookies ? { cookies } : {}) });
}

describe('signing in on the pages (demo mode)', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp('sqlite::memory:', { config: { seedDemo: true } });
  });
  after(() => t.close());

  it('asks for a name, with the page to come back to', async () => {
    const res = await t.app.inject({ url: '/sign-in?return=%2Fboards%2Fzh-ideas%3Flang%3Dru&lang=ru' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
    assert.match(res.body, /<html lang="ru">/);
    assert.match(flat(res), /<form method="post" action="\/sign-in\/demo" novalidate>/);
    assert.match(flat(res), /<input type="hidden" name="return" value="\/boards\/zh-ideas\?lang=ru" \/>/);
    assert.match(flat(res), /<label for="sign-in-name">Ваше имя<\/label>/);
  });

  it('refuses an empty name with an error summary, and keeps where to go back to', async () => {
    const res = await postForm(t, '/sign-in/demo', 'displayName=+++&return=%2Fboards%2Fzh-ideas&lang=en');
    assert.equal(res.statusCode, 422);
    assert.equal(sessionCookie(res), undefined);
    assert.match(res.body, /<title>Error: Sign in<\/title>/);
    assert.match(flat(res), /<li><a href="#sign-in-name">Enter your name<\/a><\/li>/);
    assert.match(flat(res), /aria-invalid="true"/);
    assert.match(flat(res), /name="return" value="\/boards\/zh-ideas"/);
  });

  it('signs in with a name: an HttpOnly, SameSite=Lax cookie for at most 12 hours, then back', async () => {
    const res = await postForm(
      t,
      '/sign-in/demo',
      'displayName=Aigerim&return=%2Fboards%2Fzh-ideas%3Flang%3Dkk&lang=kk',
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/boards/zh-ideas?lang=kk');
    const cookie = sessionCookie(res);
    assert.ok(cookie, 'a session cookie');
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Lax/);
    assert.match(cookie, /; Path=\//);
    assert.doesNotMatch(cookie, /; Secure/, 'this test server is on http');
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)?.[1]);
    assert.ok(maxAge > 0 && maxAge <= 12 * 3600, `Max-Age ${maxAge}`);

    // Signed in already: the sign-in page sends the reader straight back.
    const again = await t.app.inject({
      url: '/sign-in?return=%2Fboards%2Fzh-ideas',
      cookies: { civic_session: /civic_session=([^;]+)/.exec(cookie)![1]! },
    });
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, '/boards/zh-ideas');
  });

  it('takes a token posted back by the city’s sign-in, and refuses one that does not verify', async () => {
    const token = await issueToken(t.ctx.verifier!.signing!, 'Dana', { subject: 'city-user-7' });
    const res = await postForm(
      t,
      '/sign-in?return=%2Fboards%2Fzh-ideas',
      `token=${encodeURIComponent(token)}`,
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/boards/zh-ideas');
    assert.equal(/civic_session=([^;]+)/.exec(sessionCookie(res) ?? '')?.[1], token);

    const forged = await postForm(
      t,
      '/sign-in?return=%2Fboards%2Fzh-ideas',
      `token=${encodeURIComponent(token.slice(0, -4) + 'AAAA')}`,
    );
    assert.equal(forged.statusCode, 401);
    assert.equal(sessionCookie(forged), undefined);
    assert.match(text(forged), /You could not be signed in/);
  });

  it('refuses a sign-in posted from another site, before reading it', async () => {
    const token = await issueToken(t.ctx.verifier!.signing!, 'Mallory');
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { ...FORM, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      payload: `token=${encodeURIComponent(token)}&return=%2F`,
    });
    assert.equal(res.statusCode, 403);
    assert.equal(sessionCookie(res), undefined);
  });

  it('goes back only to a path on this server', async () => {
    for (const target of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'boards', '/a b']) {
      const res = await postForm(
        t,
        '/sign-in/demo',
        new URLSearchParams({ displayName: 'Eve', return: target }).toString(),
      );
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/', `return=${target}`);
    }
  });

  it('signs out: the cookie is cleared and the reader goes back', async () => {
    const res = await postForm(t, '/sign-out', 'return=%2Fboards%2Fzh-ideas', { civic_session: 'anything' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/boards/zh-ideas');
    const cookie = sessionCookie(res);
    assert.ok(cookie);
    assert.match(cookie, /^civic_session=;/);
    assert.match(cookie, /Expires=Thu, 01 Jan 1970/);
  });
});

describe('signing in on the pages (a city’s server)', () => {
  const SECRET = 'a-secret-of-at-least-thirty-two-characters';

  it('sends the reader to the city’s sign-in, which posts the token back here; the cookie is Secure on https', async () => {
    const t = await testApp('sqlite::memory:', {
      config: {
        demo: false,
        publicUrl: 'https://civic.city.example',
        jwt: { secret: SECRET },
        pageSignInUrl: 'https://login.city.example/civic?from=pages',
      },
    });
    try {
      const res = await t.app.inject({ url: '/sign-in?return=%2Fboards%2Fzh-ideas&lang=kk' });
      assert.equal(res.statusCode, 303);
      const to = new URL(String(res.headers.location));
      assert.equal(to.origin + to.pathname, 'https://login.city.example/civic');
      assert.equal(to.searchParams.get('from'), 'pages');
      assert.equal(
        to.searchParams.get('return'),
        'https://civic.city.example/sign-in?return=%2Fboards%2Fzh-ideas&lang=kk',
      );
      // No demo sign-in on a city's server.
      const demo = await t.app.inject({
        method: 'POST',
        url: '/sign-in/demo',
        headers: { ...FORM, 'sec-fetch-site': 'same-origin' },
        payload: 'displayName=Eve',
      });
      assert.equal(demo.statusCode, 404);

      const token = await issueToken({ secret: new TextEncoder().encode(SECRET) }, 'Dana');
      const back = await t.app.inject({
        method: 'POST',
        url: '/sign-in?return=%2Fboards%2Fzh-ideas',
        headers: { ...FORM, 'sec-fetch-site': 'same-origin' },
        payload: `token=${token}`,
      });
      assert.equal(back.statusCode, 303);
      assert.match(sessionCookie(back) ?? '', /; Secure/);
    } finally {
      await t.close();
    }
  });

  it('says signing in is not available where the server has no sign-in for its pages', async () => {
    const t = await testApp('sqlite::memory:', { config: { demo: false } });
    try {
      const res = await t.app.inject({ url: '/sign-in?return=%2F' });
      assert.equal(res.statusCode, 404);
      assert.match(text(res), /Signing in is not available here/);
    } finally {
      await t.close();
    }
  });
});
