import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { IdeaPageSchema, IdeaSchema } from '../../../src/protocol/index.js';
import type { Idea } from '../../../src/protocol/index.js';
import { describeEachDatabase } from '../support/suite.js';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { boardFixture, createIdea, ideaFixture, listIdeas, loadBoards, tokenFor } from './support.js';

/*
 * Each idea says which language its title and body are in (`locale`), so a widget in another
 * language marks them with `lang` (WCAG 3.1.2): the translation chosen for the reader, the idea's
 * own language when there is none, and nothing when the server does not know (an idea submitted
 * through the API).
 */

describeEachDatabase('the language of each idea', (db) => {
  let t: TestApp;

  before(async () => {
    t = await testApp(db().url);
    await loadBoards(
      t.ctx,
      boardFixture({
        locale: 'en',
        ideas: [
          ideaFixture('bike', {
            title: 'Protected bike lanes on Abai Avenue',
            translations: { ru: { title: 'Защищённые велодорожки на проспекте Абая', body: 'Текст.' } },
          }),
          ideaFixture('benches', { title: 'Орталық саябаққа орындықтар', locale: 'kk' }),
        ],
      }),
    );
  });

  after(() => t.close());

  async function ideasIn(language: string): Promise<Map<string, Idea>> {
    const res = await listIdeas(t.app, 'city-ideas', {}, { headers: { 'accept-language': language } });
    assert.equal(res.statusCode, 200, res.body);
    const page = v.parse(IdeaPageSchema, JSON.parse(res.body));
    return new Map(page.items.map((idea) => [idea.id, idea]));
  }

  it('is the translation chosen for the reader, or the idea’s own language', async () => {
    const russian = await ideasIn('ru');
    assert.equal(russian.get('bike')?.locale, 'ru');
    assert.equal(russian.get('benches')?.locale, 'kk');
    const kazakh = await ideasIn('kk');
    assert.equal(kazakh.get('bike')?.title, 'Protected bike lanes on Abai Avenue');
    assert.equal(kazakh.get('bike')?.locale, 'en', 'no Kazakh translation: the idea’s own English');
    assert.equal(kazakh.get('benches')?.locale, 'kk');
  });

  it('is absent for an idea whose language the server does not know', async () => {
    const token = await tokenFor(t.app, 'resident-1');
    const res = await createIdea(
      t.app,
      'city-ideas',
      { title: 'Drinking fountains in every park', body: 'Summers are hot.' },
      { token },
    );
    assert.equal(res.statusCode, 201, res.body);
    const created = v.parse(IdeaSchema, JSON.parse(res.body));
    assert.equal(created.locale, undefined);
    assert.equal((await ideasIn('kk')).get(created.id)?.locale, undefined);
  });
});
