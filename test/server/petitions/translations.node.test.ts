import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { parsePetitionFile } from '../../../server/src/petitions/admin-file.js';
import { PetitionPageSchema, PetitionSchema } from '../../../src/protocol/index.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { describeEachDatabase } from '../support/suite.js';

/* Names and statements a petition file translates besides its text: topics, regions, options, thresholds. */

const TRANSLATED = petitionFixture({
  id: 'translated',
  state: 'rejected',
  rejection: { code: 'duplicate', details: 'There is a petition about this already.' },
  thresholds: [
    { kind: 'response', count: 108, reachedAt: null },
    { kind: 'custom', count: 500, label: 'Council hearing', reachedAt: null },
  ],
  signaturesByRegion: [
    { code: 'samal', name: 'Samal district', count: 3 },
    { code: 'nurly', name: 'Nurly district', count: 2 },
  ],
  signatureForm: {
    fields: [
      { name: 'name', required: true },
      { name: 'email', required: true },
      {
        name: 'region',
        required: true,
        options: [
          { value: 'samal', label: 'Samal district' },
          { value: 'nurly', label: 'Nurly district' },
        ],
      },
    ],
    minimumAge: null,
    eligibilityStatement: 'I live, work or study in Almaty.',
    notifyOptIn: true,
  },
  translations: {
    ru: {
      title: 'Переведённая петиция',
      rejection: { details: 'Петиция на эту тему уже есть.' },
      eligibilityStatement: 'Я живу, работаю или учусь в Алматы.',
      topicNames: { transport: 'Транспорт' },
      regionNames: { samal: 'Самалский район' },
      optionLabels: { samal: 'Самалский район', nurly: 'Нурлинский район' },
      thresholdLabels: { '500': 'Слушание в маслихате' },
    },
  },
});

describeEachDatabase('translated names and statements of a petition', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { petitions: [TRANSLATED] });
  });
  after(() => t.close());

  async function read(language: string) {
    const res = await t.app.inject({
      url: '/api/v1/petitions/translated',
      headers: { 'accept-language': language },
    });
    assert.equal(res.statusCode, 200);
    return v.parse(PetitionSchema, json(res));
  }

  it('answers Russian readers with every translated name, and keeps what the translation leaves out', async () => {
    const petition = await read('ru');
    assert.equal(petition.rejection?.details, 'Петиция на эту тему уже есть.');
    assert.equal(petition.rejection?.code, 'duplicate');
    assert.equal(petition.signatureForm.eligibilityStatement, 'Я живу, работаю или учусь в Алматы.');
    assert.deepEqual(petition.topics, [{ code: 'transport', name: 'Транспорт' }]);
    assert.deepEqual(
      petition.signaturesByRegion.map((region) => region.name),
      ['Самалский район', 'Nurly district'],
    );
    const region = petition.signatureForm.fields.find((field) => field.name === 'region');
    assert.deepEqual(
      region?.options?.map((option) => option.label),
      ['Самалский район', 'Нурлинский район'],
    );
    assert.deepEqual(
      petition.thresholds.map((threshold) => threshold.label),
      [undefined, 'Слушание в маслихате'],
    );
  });

  it('answers English readers with the petition’s own names', async () => {
    const petition = await read('en');
    assert.equal(petition.rejection?.details, 'There is a petition about this already.');
    assert.equal(petition.signatureForm.eligibilityStatement, 'I live, work or study in Almaty.');
    assert.equal(petition.thresholds[1]?.label, 'Council hearing');
  });

  it('lists petitions with translated threshold labels too', async () => {
    const res = await t.app.inject({
      url: '/api/v1/petitions?state=rejected',
      headers: { 'accept-language': 'ru' },
    });
    const page = v.parse(PetitionPageSchema, json(res));
    assert.equal(page.items[0]?.thresholds[1]?.label, 'Слушание в маслихате');
  });
});

it('rejects a threshold label keyed by something other than a count', () => {
  const file = JSON.stringify({
    petitions: [{ ...TRANSLATED, translations: { ru: { thresholdLabels: { 'five hundred': 'x' } } } }],
  });
  assert.throws(() => parsePetitionFile(file), /thresholdLabels/);
});
