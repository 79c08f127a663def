import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { PetitionSchema } from '../../../src/protocol/index.js';
import type { Petition } from '../../../src/protocol/index.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { describeEachDatabase } from '../support/suite.js';

/*
 * Documents linked from a petition (the response's, the debate's) are not translated: each link says
 * the language of its label (`locale`), so a card showing the petition in Kazakh marks an English
 * document title as English (WCAG 3.1.2).
 */

const LINKED = petitionFixture({
  id: 'linked',
  locale: 'en',
  responseState: 'responded',
  debateState: 'debated',
  governmentResponse: {
    summary: 'A protected lane will be built in 2027.',
    respondedAt: '2025-05-01T10:00:00Z',
    links: [
      { label: 'Design of the bike lane (PDF)', url: 'https://almaty.example/design.pdf' },
      { label: 'Жоба туралы хабарлама', url: 'https://almaty.example/kk.pdf', locale: 'kk' },
    ],
  },
  debate: {
    scheduledFor: null,
    debatedAt: '2025-06-01T10:00:00Z',
    links: [{ label: 'Transcript of the debate', url: 'https://almaty.example/transcript' }],
  },
  translations: {
    kk: {
      title: 'Абай даңғылында велосипед жолдары',
      governmentResponse: { summary: 'Жол 2027 жылы салынады.' },
    },
  },
});

describeEachDatabase('the language of a petition’s links', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { petitions: [LINKED] });
  });
  after(() => t.close());

  async function petitionIn(language: string): Promise<Petition> {
    const res = await t.app.inject({
      url: '/api/v1/petitions/linked',
      headers: { 'accept-language': language },
    });
    assert.equal(res.statusCode, 200, res.body);
    return v.parse(PetitionSchema, json(res));
  }

  it('is the language the label was written in, whichever translation the petition is shown in', async () => {
    const kazakh = await petitionIn('kk');
    assert.equal(kazakh.locale, 'kk');
    assert.deepEqual(
      kazakh.governmentResponse?.links.map((link) => link.locale),
      ['en', 'kk'],
    );
    assert.deepEqual(
      kazakh.debate?.links.map((link) => link.locale),
      ['en'],
    );
    const english = await petitionIn('en');
    assert.deepEqual(
      english.governmentResponse?.links.map((link) => link.locale),
      ['en', 'kk'],
    );
  });
});
