import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import { demoBoardFile } from '../../../server/seed/generate-demo-board.js';
import { DEMO_BOARDS_FILE } from '../../../server/src/ideas/admin-file.js';
import { parseBoardFile } from '../../../server/src/ideas/admin-file.js';
import { IdeaPageSchema } from '../../../src/protocol/index.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { sqliteDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';

/* The demo city's idea boards (server/seed/demo-board.json) and the script that writes them. */

const text = readFileSync(DEMO_BOARDS_FILE, 'utf8');
const file = parseBoardFile(text);
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[А-Яа-яЁё]/;

describe('demo seed: server/seed/demo-board.json', () => {
  const main = file.boards.find((board) => board.id === 'zh-ideas')!;
  const budget = file.boards.find((board) => board.id === 'zh-budget-ideas')!;

  it('is what generate-demo-board.ts writes (the script is deterministic)', () => {
    assert.deepEqual(JSON.parse(text), demoBoardFile());
  });

  it('has a main board of at least 300 ideas and an up_down budget board', () => {
    assert.ok(main.ideas.length >= 300, `${main.ideas.length} ideas`);
    assert.equal(main.votingMode, 'up');
    assert.equal(budget.votingMode, 'up_down');
    assert.ok(budget.ideas.some((idea) => (idea.votesDown ?? 0) > 0));
  });

  it('uses every status, with official responses, pending, hidden and a duplicate of a real idea', () => {
    assert.deepEqual(new Set(main.ideas.map((idea) => idea.status)), new Set(main.statuses));
    assert.ok(main.ideas.filter((idea) => idea.officialResponse).length >= 5);
    assert.ok(main.ideas.some((idea) => idea.pendingModeration));
    assert.ok(main.ideas.some((idea) => idea.hidden));
    const duplicate = main.ideas.find((idea) => idea.status === 'duplicate')!;
    assert.ok(main.ideas.some((idea) => idea.id === duplicate.duplicateOf));
  });

  it('has every idea in en, ru and kk (real Russian and Kazakh, not copies)', () => {
    for (const idea of [...main.ideas, ...budget.ideas].filter((i) => i.translations)) {
      const own = idea.locale!;
      const titles = {
        [own]: idea.title,
        ...Object.fromEntries(Object.entries(idea.translations!).map(([l, t]) => [l, t?.title])),
      };
      assert.deepEqual(Object.keys(titles).sort(), ['en', 'kk', 'ru'], idea.id);
      assert.ok(KAZAKH_LETTERS.test(titles.kk!), `${idea.id} kk: ${titles.kk}`);
      assert.ok(CYRILLIC.test(titles.ru!) && !KAZAKH_LETTERS.test(titles.ru!), `${idea.id} ru: ${titles.ru}`);
      assert.ok(!CYRILLIC.test(titles.en!), `${idea.id} en: ${titles.en}`);
    }
    assert.ok(
      new Set(main.ideas.map((idea) => idea.locale)).size === 3,
      'ideas are written in all three languages',
    );
  });

  it('gives recent ideas dated votes, so trending has something to rank', () => {
    assert.ok(main.ideas.filter((idea) => (idea.voters?.length ?? 0) > 0).length >= 20);
  });
});

describe('--seed-demo loads the demo boards', () => {
  let database: TestDatabase;
  let t: TestApp;
  before(async () => {
    database = sqliteDatabase();
    t = await testApp(database.url, { config: { seedDemo: true } });
  });
  after(async () => {
    await t.close();
    await database.drop();
  });

  it('lists the public ideas of zh-ideas with a total', async () => {
    const res = await t.app.inject({ url: '/api/v1/boards/zh-ideas/ideas?sort=trending&limit=5' });
    assert.equal(res.statusCode, 200);
    const page = v.parse(IdeaPageSchema, json(res));
    const main = file.boards.find((board) => board.id === 'zh-ideas')!;
    assert.equal(page.total, main.ideas.filter((idea) => !idea.hidden && !idea.pendingModeration).length);
    assert.equal(page.items.length, 5);
    assert.ok(
      page.items.every((idea) => idea.url?.startsWith('https://zhanakala.example/participate/ideas/')),
    );
  });
});
