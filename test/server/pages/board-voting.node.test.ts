import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { flat, hrefOf, text } from './page-markup.js';

/*
 * Supporting ideas on the board's page without scripts: signed out, each open idea links to sign
 * in and back to it; signed in, a form post per idea votes through setVote's code and comes back
 * to the idea, which shows the new count and the reader's vote. Posts without a session, or from
 * another site, count nothing.
 */

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const SAME_SITE = { ...FORM, 'sec-fetch-site': 'same-origin' };
const BOARD = '/boards/zh-ideas?sort=top&lang=en';

/** Each idea on a board page: its id, supporters, and its markup. */
function ideasOf(res: LightMyRequestResponse): { id: string; supporters: number; markup: string }[] {
  return [...flat(res).matchAll(/<article [^>]*id="idea-id-([^"]+)"[^>]*>(.*?)<\/article>/g)].map((m) => ({
    id: m[1]!,
    supporters: Number(/<strong>(\d+) supporters?<\/strong>/.exec(m[2]!)?.[1] ?? NaN),
    markup: m[2]!,
  }));
}

describe('supporting ideas on the board’s page without scripts', () => {
  let t: TestApp;
  let session: string;
  before(async () => {
    t = await testApp('sqlite::memory:', { config: { seedDemo: true } });
    const signedIn = await t.app.inject({
      method: 'POST',
      url: '/sign-in/demo',
      headers: SAME_SITE,
      payload: 'displayName=Aigerim+Test&return=%2F',
    });
    session = /civic_session=([^;]+)/.exec(String(signedIn.headers['set-cookie']))![1]!;
  });
  after(() => t.close());

  it('signed out: each open idea links to sign in and come back to it; closed ideas offer nothing', async () => {
    const res = await t.app.inject({ url: BOARD });
    const ideas = ideasOf(res);
    assert.equal(ideas.length, 20);
    const open = ideas.filter((idea) => /Sign in to support/.test(idea.markup));
    assert.ok(open.length > 0, 'open ideas');
    const first = open[0]!;
    const link =
      /<a href="([^"]+)">Sign in to support<span class="visually-hidden">: <bdi>[^<]+<\/bdi><\/span><\/a>/.exec(
        first.markup,
      )?.[1];
    assert.ok(link, 'a sign-in link naming the idea');
    const back = new URL(link.replace(/&amp;/g, '&'), 'http://civic.test').searchParams.get('return');
    assert.equal(back, `/boards/zh-ideas?sort=top&lang=en#idea-id-${first.id}`);
    assert.doesNotMatch(flat(res), /<button type="submit" name="value"/);
    // Ideas whose voting is closed (done, declined…) offer no sign-in link either.
    for (const idea of ideas.filter((i) => /<p class="meta">.*(Done|Declined|Duplicate)/.test(i.markup)))
      assert.doesNotMatch(idea.markup, /Sign in to support/);
  });

  it('signed in: supports an idea, comes back to it with the count one higher, and withdraws', async () => {
    const cookies = { civic_session: session };
    const before = await t.app.inject({ url: BOARD, cookies });
    assert.match(text(before), /Signed in as Aigerim Test/);
    assert.match(flat(before), /<form method="post" action="\/sign-out" class="session">/);
    const idea = ideasOf(before).find((i) => /name="value" value="1"/.test(i.markup))!;
    assert.ok(idea, 'an idea to support');
    assert.match(idea.markup, /<form method="post" action="\/ideas\/[^"]+\/vote" class="vote">/);
    assert.match(
      idea.markup,
      /<button type="submit" name="value" value="1"> ?Support<span class="visually-hidden">/,
    );

    const back = `/boards/zh-ideas?sort=top&lang=en#idea-id-${idea.id}`;
    const vote = await t.app.inject({
      method: 'POST',
      url: `/ideas/${idea.id}/vote`,
      headers: SAME_SITE,
      cookies,
      payload: new URLSearchParams({ value: '1', return: back, lang: 'en' }).toString(),
    });
    assert.equal(vote.statusCode, 303);
    assert.equal(vote.headers.location, back);

    const after = await t.app.inject({ url: BOARD, cookies });
    const now = ideasOf(after).find((i) => i.id === idea.id)!;
    assert.equal(now.supporters, idea.supporters + 1);
    assert.match(now.markup, /<p><strong>You support this idea\.<\/strong><\/p>/);
    assert.match(now.markup, /<button type="submit" name="value" value="0"> ?Withdraw support/);
    // The article is where the fragment lands, and takes focus there.
    assert.match(
      flat(after),
      new RegExp(`<article aria-labelledby="idea-\\d+" id="idea-id-${idea.id}" tabindex="-1">`),
    );

    // The same vote again counts once.
    await t.app.inject({
      method: 'POST',
      url: `/ideas/${idea.id}/vote`,
      headers: SAME_SITE,
      cookies,
      payload: new URLSearchParams({ value: '1', return: back }).toString(),
    });
    const withdraw = await t.app.inject({
      method: 'POST',
      url: `/ideas/${idea.id}/vote`,
      headers: SAME_SITE,
      cookies,
      payload: new URLSearchParams({ value: '0', return: back }).toString(),
    });
    assert.equal(withdraw.statusCode, 303);
    const last = ideasOf(await t.app.inject({ url: BOARD, cookies })).find((i) => i.id === idea.id)!;
    assert.equal(last.supporters, idea.supporters);
    assert.doesNotMatch(last.markup, /You support this idea/);
  });

  it('counts nothing without a session (sends the reader to sign in) or from another site', async () => {
    const page = await t.app.inject({ url: BOARD });
    const idea = ideasOf(page).find((i) => /Sign in to support/.test(i.markup))!;
    const back = `/boards/zh-ideas?sort=top&lang=en#idea-id-${idea.id}`;
    const payload = new URLSearchParams({ value: '1', return: back, lang: 'en' }).toString();

    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/ideas/${idea.id}/vote`,
      headers: SAME_SITE,
      payload,
    });
    assert.equal(anonymous.statusCode, 303);
    const signIn = new URL(String(anonymous.headers.location), 'http://civic.test');
    assert.equal(signIn.pathname, '/sign-in');
    assert.equal(signIn.searchParams.get('return'), back);

    const foreign = await t.app.inject({
      method: 'POST',
      url: `/ideas/${idea.id}/vote`,
      headers: { ...FORM, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      cookies: { civic_session: session },
      payload,
    });
    assert.equal(foreign.statusCode, 403);

    const forged = await t.app.inject({
      method: 'POST',
      url: `/ideas/${idea.id}/vote`,
      headers: SAME_SITE,
      cookies: { civic_session: 'not-a-token' },
      payload,
    });
    assert.equal(forged.statusCode, 303);
    assert.match(String(forged.headers.location), /^\/sign-in\?/);

    const now = ideasOf(await t.app.inject({ url: BOARD })).find((i) => i.id === idea.id)!;
    assert.equal(now.supporters, idea.supporters);
  });

  it('speaks Russian and Kazakh when signed in', async () => {
    const ru = await t.app.inject({ url: '/boards/zh-ideas?lang=ru', cookies: { civic_session: session } });
    assert.match(text(ru), /Вы вошли как Aigerim Test/);
    assert.match(flat(ru), /> ?Поддержать<span class="visually-hidden">/);
    assert.match(flat(ru), /<button type="submit">Выйти<\/button>/);
    const kk = await t.app.inject({ url: '/boards/zh-ideas?lang=kk', cookies: { civic_session: session } });
    assert.match(flat(kk), /> ?Қолдау<span class="visually-hidden">/);
  });
});

describe('the board’s page on a server without a sign-in for its pages', () => {
  it('says supporting needs the city’s page, and offers no forms', async () => {
    const t = await testApp('sqlite::memory:', { config: { seedDemo: true, demo: false } });
    try {
      const res = await t.app.inject({ url: BOARD });
      assert.match(
        text(res),
        /Supporting an idea needs a sign-in, which works only with JavaScript turned on\./,
      );
      assert.ok(hrefOf(res, 'Sign in and support ideas on the city’s page'));
      assert.doesNotMatch(res.body, /Sign in to support|name="value"/);
    } finally {
      await t.close();
    }
  });
});
