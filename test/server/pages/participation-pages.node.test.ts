import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { flat, hrefOf, text } from './page-markup.js';

/*
 * The pages without scripts of an idea board, a funding campaign and a leaderboard, on the demo
 * data: what they show, paging by plain links, filters by GET forms, languages, missing pages.
 */

describe('pages of boards, campaigns and leaderboards', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp('sqlite::memory:', { config: { seedDemo: true } });
  });
  after(() => t.close());

  describe('an idea board', () => {
    it('shows its first page of ideas, and a link to the next page', async () => {
      const res = await t.app.inject({ url: '/boards/zh-ideas?sort=top' });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
      assert.match(res.body, /<h1 dir="auto">Ideas for Zhanakala<\/h1>/);
      const total = Number(/Ideas 1–20 of (\d+)/.exec(text(res))?.[1]);
      assert.ok(total > 40, 'the demo board has more than two pages');
      assert.equal(res.body.match(/<article /g)?.length, 20);
      assert.match(flat(res), /<option value="top" dir="auto" selected>/);
      assert.equal(hrefOf(res, 'First page'), undefined);

      const next = hrefOf(res, 'Next page');
      assert.ok(next, 'a next page link');
      assert.match(next, /sort=top/);
      const second = await t.app.inject({ url: next });
      assert.equal(second.statusCode, 200);
      assert.match(text(second), new RegExp(`Ideas 21–40 of ${total}`));
      assert.match(second.body, /<ol class="ideas" start="21">/);
      assert.equal(hrefOf(second, 'First page'), '/boards/zh-ideas?sort=top&lang=en');
      // No idea is on both pages.
      const titles = (r: LightMyRequestResponse) =>
        [...r.body.matchAll(/<h3 id="idea-\d+" dir="auto">([^<]+)</g)].map((m) => m[1]);
      assert.deepEqual(
        titles(res).filter((title) => titles(second).includes(title)),
        [],
      );
    });

    it('filters by category with a GET form, and offers to sign in to support ideas', async () => {
      const all = await t.app.inject({ url: '/boards/zh-ideas' });
      assert.match(all.body, /<form method="get" action="\/boards\/zh-ideas" class="filters">/);
      const category = /<option value="([^"]+)" dir="auto"> ?Snow and winter/.exec(flat(all))?.[1];
      assert.ok(category);
      const filtered = await t.app.inject({ url: `/boards/zh-ideas?category=${category}` });
      const count = (r: LightMyRequestResponse) => Number(/of (\d+)/.exec(text(r))?.[1]);
      assert.ok(count(filtered) < count(all));
      assert.match(text(all), /To support ideas, sign in\./);
      assert.equal(hrefOf(all, 'Sign in'), '/sign-in?return=%2Fboards%2Fzh-ideas%3Flang%3Den&lang=en');
    });

    it('speaks Russian and Kazakh; an old cursor shows the first page; no such board is a 404 page', async () => {
      const ru = await t.app.inject({ url: '/boards/zh-ideas?lang=ru' });
      assert.match(ru.body, /<html lang="ru">/);
      assert.match(text(ru), /Идеи 1–20 из \d+/);
      const kk = await t.app.inject({ url: '/boards/zh-ideas', headers: { 'accept-language': 'kk' } });
      assert.match(text(kk), /Идеялар: 1–20, барлығы \d+/);
      const stale = await t.app.inject({ url: '/boards/zh-ideas?cursor=not-a-cursor&from=41' });
      assert.equal(stale.statusCode, 200);
      assert.match(text(stale), /Ideas 1–20 of/);
      const missing = await t.app.inject({ url: '/boards/nope' });
      assert.equal(missing.statusCode, 404);
      assert.match(missing.body, /Page not found/);
    });
  });

  describe('a campaign', () => {
    it('shows what was raised against the goal with a progress bar, milestones and where to pledge', async () => {
      const res = await t.app.inject({ url: '/campaigns/zh-trees-abai' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1 dir="auto">Trees for Abai Avenue<\/h1>/);
      assert.match(text(res), /KZT [\d,.]+ raised of KZT 12,000,000 /);
      assert.match(
        res.body.replace(/\s+/g, ' '),
        /<progress max="1200000000" value="\d+" aria-labelledby="raised"/,
      );
      assert.match(text(res), /Milestones/);
      assert.ok(hrefOf(res, 'Back this campaign'));
      const ru = await t.app.inject({ url: '/campaigns/zh-trees-abai?lang=ru' });
      assert.match(text(ru), /Собрано [^а-я]+ из 12\D000\D000\D/);
      assert.equal((await t.app.inject({ url: '/campaigns/nope' })).statusCode, 404);
    });
  });

  describe('a leaderboard', () => {
    it('shows the ranking as a table, paged by links, filtered by period with a GET form', async () => {
      const res = await t.app.inject({ url: '/leaderboards/zh-contributors' });
      assert.equal(res.statusCode, 200);
      assert.match(text(res), /\d+ ranked participants Rank Participant Points Badges 1 /);
      assert.match(res.body, /<form method="get" action="\/leaderboards\/zh-contributors" class="filters">/);
      const next = hrefOf(res, 'Next page');
      assert.ok(next);
      const second = await t.app.inject({ url: next });
      assert.equal(second.statusCode, 200);
      assert.ok(hrefOf(second, 'First page'));
      assert.match(text(res), /How points are earned/);

      const month = await t.app.inject({ url: '/leaderboards/zh-contributors?period=month&lang=kk' });
      assert.match(flat(month), /<option value="month" dir="auto" selected>/);
      assert.match(text(month), /Рейтингтегі қатысушылар/);
      // A period the API does not know: the default page, not an error.
      const bogus = await t.app.inject({ url: '/leaderboards/zh-contributors?period=decade' });
      assert.equal(bogus.statusCode, 200);
      assert.equal((await t.app.inject({ url: '/leaderboards/nope' })).statusCode, 404);
    });
  });
});
