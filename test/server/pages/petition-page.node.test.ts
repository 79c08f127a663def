import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { confirm, countOf, mailTo, outbox } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';
import { flat, text } from './page-markup.js';

/*
 * The petition page without scripts: what it shows, in which language, and its signature form
 * posting through the API's signing code (rules, server checks, Idempotency-Key, email).
 */

const PAGE = '/petitions/bike-lanes';
const ORIGIN = 'http://civic.test';

/** The page's hidden Idempotency-Key. */
function formKey(body: string): string {
  const key = /name="idempotencyKey" value="([^"]+)"/.exec(body)?.[1];
  assert.ok(key, 'the form carries an Idempotency-Key');
  return key;
}

function post(t: TestApp, fields: Record<string, string>, headers: Record<string, string> = {}, page = PAGE) {
  return t.app.inject({
    method: 'POST',
    url: `${page}/sign`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: ORIGIN,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

describeEachDatabase('petition page', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, {
      petitions: [
        petitionFixture({
          governmentResponse: {
            summary: 'The Akimat will build the lanes in 2026.',
            respondedAt: '2025-05-01T09:00:00Z',
            links: [],
          },
          responseState: 'responded',
          signaturesByRegion: [
            { code: 'almaly', name: 'Almaly district', count: 40 },
            { code: 'bostandyk', name: 'Bostandyk district', count: 60 },
          ],
        }),
        petitionFixture({ id: 'closed-one', state: 'closed', closedAt: '2025-05-01T09:00:00Z' }),
        petitionFixture({ id: 'hidden-one', state: 'hidden' }),
        petitionFixture({ id: 'no-page', url: null }),
        petitionFixture({
          id: 'breakout',
          title: 'Zed\u2069\u202Egnp.exe',
          creator: { name: 'Ann\u2067Lee' },
        }),
        petitionFixture({
          id: 'tricky',
          title: 'Close <b>"the" road</b> & שלום',
          signatureForm: petitionFixture().signatureForm,
        }),
      ],
    });
  });
  after(() => t.close());

  it('shows the petition: title, count, milestones with progress, response, regions, under the pages’ CSP', async () => {
    const res = await t.app.inject({ url: PAGE });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /(^|; )default-src 'none'(;|$)/);
    assert.match(csp, /(^|; )require-trusted-types-for 'script'(;|$)/);
    assert.match(csp, /(^|; )trusted-types 'none'(;|$)/);
    assert.doesNotMatch(res.body, /<script/);
    const page = text(res);
    assert.match(res.body, /<h1 dir="auto">Build protected bike lanes on Abai Avenue<\/h1>/);
    assert.match(page, /107 signatures \(including 7 on paper\)/);
    assert.match(page, /Official response ?: 107 of 108 signatures/);
    assert.match(flat(res), /<progress max="108" value="107" aria-labelledby="milestone-0">/);
    assert.match(page, /The Akimat will build the lanes in 2026\./);
    // Regions as a table, most signatures first.
    assert.match(
      res.body,
      /<th scope="row" dir="auto">Bostandyk district<\/th>\s*<td class="number">60<\/td>[\s\S]*Almaly district/,
    );
    assert.match(res.body, /<form method="post" action="\/petitions\/bike-lanes\/sign\?lang=en" novalidate>/);
    for (const id of ['sign-name', 'sign-email', 'sign-eligible', 'sign-notify'])
      assert.match(res.body, new RegExp(`id="${id}"`), id);
  });

  it('speaks the language asked by ?lang=, else Accept-Language, with Intl numbers', async () => {
    const ru = await t.app.inject({ url: `${PAGE}?lang=ru`, headers: { 'accept-language': 'kk' } });
    assert.match(ru.body, /<html lang="ru">/);
    assert.match(ru.body, /Постройте защищённые велодорожки на проспекте Абая/);
    assert.match(text(ru), /107 подписей/);
    assert.match(text(ru), /Подписать петицию/);
    const kk = await t.app.inject({ url: PAGE, headers: { 'accept-language': 'kk-KZ, ru;q=0.5' } });
    assert.match(kk.body, /<html lang="kk">/);
    assert.match(kk.body, /Абай даңғылында қорғалған веложолдар салыңыз/);
    assert.match(text(kk), /Петицияға қол қою/);
    // A link to the page in each other language, named in that language.
    assert.match(kk.body, /href="\/petitions\/bike-lanes\?lang=ru" lang="ru" hreflang="ru">Русский/);
  });

  it('escapes the petition’s text and isolates it for bidi', async () => {
    const res = await t.app.inject({ url: '/petitions/tricky' });
    assert.match(res.body, /<h1 dir="auto">Close &lt;b&gt;&quot;the&quot; road&lt;\/b&gt; &amp; שלום<\/h1>/);
    assert.match(res.body, /<bdi>Aigerim Nurlanovna<\/bdi>/);
    assert.match(res.body, /<label for="sign-eligible" dir="auto">I live, work or study in Almaty.<\/label>/);
  });

  it('is the petition’s page in the API when its document names none, so widgets link here', async () => {
    const own = `${t.ctx.config.publicUrl}/petitions/no-page`;
    const petition = await t.app.inject({ url: '/api/v1/petitions/no-page' });
    assert.equal(JSON.parse(petition.body).url, own);
    const list = JSON.parse((await t.app.inject({ url: '/api/v1/petitions?limit=100' })).body) as {
      items: { id: string; url: string }[];
    };
    assert.equal(list.items.find((p) => p.id === 'no-page')?.url, own);
    assert.equal(
      list.items.find((p) => p.id === 'bike-lanes')?.url,
      'https://almaty.example/petitions/bike-lanes',
    );
    assert.equal((await t.app.inject({ url: new URL(own).pathname })).statusCode, 200);
  });

  it('keeps user text inside its isolate: a stray pop is dropped, an open isolate closed', async () => {
    const res = await t.app.inject({ url: '/petitions/breakout' });
    assert.match(res.body, /<h1 dir="auto">Zed\u202Egnp\.exe<\/h1>/);
    assert.match(res.body, /<bdi>Ann\u2067Lee\u2069<\/bdi>/);
  });

  it('answers 404 for no such petition and 410 for a removed one, as pages', async () => {
    const missing = await t.app.inject({ url: '/petitions/nope?lang=ru' });
    assert.equal(missing.statusCode, 404);
    assert.match(missing.body, /Страница не найдена/);
    const hidden = await t.app.inject({ url: '/petitions/hidden-one' });
    assert.equal(hidden.statusCode, 410);
    assert.match(hidden.body, /This page was removed/);
  });

  it('offers no form on a closed petition, and refuses a post to it', async () => {
    const page = await t.app.inject({ url: '/petitions/closed-one' });
    assert.doesNotMatch(page.body, /<form/);
    assert.match(text(page), /This petition does not accept signatures now\./);
    const fields = {
      name: 'Dana',
      email: 'dana.closed@example.kz',
      eligible: 'true',
      idempotencyKey: 'k-closed',
    };
    const res = await post(t, fields, {}, '/petitions/closed-one');
    assert.equal(res.statusCode, 403);
    assert.equal((await mailTo(t.app, 'dana.closed@example.kz')).length, 0);
  });

  it('sent empty: the error summary (focused, linked to each field), "Error:" in the title, nothing stored', async () => {
    const before = (await outbox(t.app)).length;
    const key = formKey((await t.app.inject({ url: PAGE })).body);
    const res = await post(t, { idempotencyKey: key, lang: 'en', name: '', email: '' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /<title>Error: Build protected bike lanes on Abai Avenue<\/title>/);
    assert.match(res.body, /class="error-summary"\s+id="error-summary"\s+tabindex="-1"\s+autofocus/);
    const start = res.body.indexOf('class="error-summary"');
    const summary = res.body.slice(start, res.body.indexOf('</ul>', start));
    assert.deepEqual(
      [...summary.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]),
      [
        ['sign-name', 'Enter your full name'],
        ['sign-email', 'Enter your email address'],
        ['sign-eligible', 'Confirm the statement to sign'],
      ],
    );
    assert.match(res.body, /<span class="visually-hidden">Error:<\/span> Enter your full name/);
    assert.match(res.body, /aria-describedby="sign-email-hint sign-email-error"/);
    // The same form (and key) comes back.
    assert.equal(formKey(res.body), key);
    assert.equal((await outbox(t.app)).length, before);
  });

  it('keeps the answers after an error, with each message in the page’s language', async () => {
    const res = await post(t, {
      idempotencyKey: 'k-keep',
      lang: 'ru',
      name: 'Дана Сейтқали',
      email: 'dana@',
      notify: 'true',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /<title>Ошибка: /);
    assert.match(res.body, /value="Дана Сейтқали"/);
    assert.match(res.body, /value="dana@"/);
    assert.match(res.body, /name="notify"\s+value="true"\s+checked/);
    assert.match(text(res), /Введите адрес в правильном формате, например name@example.com/);
  });

  it('applies the server’s own checks of the signing code (no formula as a name)', async () => {
    const email = 'formula@example.kz';
    const res = await post(t, {
      idempotencyKey: 'k-formula',
      lang: 'en',
      name: '=HYPERLINK("x")',
      email,
      eligible: 'true',
    });
    assert.equal(res.statusCode, 422);
    assert.match(text(res), /Full name must not start with =, \+, - or @, or contain a link/);
    assert.equal((await mailTo(t.app, email)).length, 0);
  });

  it('signs once, then redirects to "check your email"; the same form sent twice signs once', async () => {
    const email = 'dana.page@example.kz';
    const key = formKey((await t.app.inject({ url: `${PAGE}?lang=kk` })).body);
    const fields = { idempotencyKey: key, lang: 'kk', name: 'Dana Seitkali', email, eligible: 'true' };
    const first = await post(t, fields);
    assert.equal(first.statusCode, 303);
    assert.equal(first.headers.location, '/petitions/bike-lanes/check-email?lang=kk');
    const again = await post(t, fields);
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, first.headers.location);
    const mails = await mailTo(t.app, email);
    assert.equal(mails.length, 1, 'one email, so one signature');
    assert.equal(mails[0]!.locale, 'kk');

    const landing = await t.app.inject({ url: String(first.headers.location) });
    assert.equal(landing.statusCode, 200);
    assert.match(landing.body, /<h1>Поштаңызды тексеріңіз<\/h1>/);

    const before = await countOf(t.app, 'bike-lanes');
    assert.equal((await confirm(t.app, mails[0]!.token!)).statusCode, 200);
    const page = await t.app.inject({ url: PAGE });
    assert.match(text(page), new RegExp(`${before + 7 + 1} signatures`));
  });

  it('the same key sent with other answers asks to check them, with a new key', async () => {
    const fields = {
      idempotencyKey: 'k-reused',
      lang: 'en',
      name: 'Asel',
      email: 'asel.one@example.kz',
      eligible: 'true',
    };
    assert.equal((await post(t, fields)).statusCode, 303);
    const res = await post(t, { ...fields, email: 'asel.two@example.kz' });
    assert.equal(res.statusCode, 422);
    assert.match(text(res), /This form was already sent with other answers/);
    assert.notEqual(formKey(res.body), 'k-reused');
    assert.equal((await mailTo(t.app, 'asel.two@example.kz')).length, 0);
  });

  it('refuses, with a page, a form posted from another site; nothing stored', async () => {
    const email = 'elsewhere@example.kz';
    const res = await post(
      t,
      { idempotencyKey: 'k-foreign', lang: 'en', name: 'Dana', email, eligible: 'true' },
      { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' },
    );
    assert.equal(res.statusCode, 403);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /This form cannot be sent from another website/);
    assert.equal(res.headers['access-control-allow-origin'], undefined);
    assert.equal((await mailTo(t.app, email)).length, 0);
  });
});

describeEachDatabase('petition page over a rate limit', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, {
      config: { emailsPerAddress: { max: 1, windowS: 86_400 } },
      petitions: [petitionFixture(), petitionFixture({ id: 'second-one' })],
    });
  });
  after(() => t.close());

  it('answers a refused signing with the form, its answers kept, and when to try again; nothing stored', async () => {
    const email = 'one.address@example.kz';
    const fields = { lang: 'ru', name: 'Dana Seitkali', email, eligible: 'true' };
    assert.equal((await post(t, { ...fields, idempotencyKey: 'k-first' })).statusCode, 303);
    const res = await post(t, { ...fields, idempotencyKey: 'k-second' }, {}, '/petitions/second-one');
    assert.equal(res.statusCode, 429);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.ok(Number(res.headers['retry-after']) > 0, 'Retry-After is passed on');
    assert.match(text(res), /слишком много подписей/);
    assert.match(text(res), /через \d+ (час|часа|часов)/);
    assert.match(res.body, /value="Dana Seitkali"/);
    assert.equal((await mailTo(t.app, email)).length, 1, 'no second email');
  });
});
