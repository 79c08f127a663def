import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadBoardFile } from '../../../server/src/ideas/admin-file.js';
import { parseBoardFile } from '../../../server/src/ideas/admin-file.js';
import { filterQuery, similarQuery } from '../../../server/src/ideas/search.js';
import { listRankingRows, recountVotes, similarRows } from '../../../server/src/ideas/store.js';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/suite.js';
import { boardFixture, ideaFixture, loadBoards } from './support.js';

/* The idea store and board loading, on SQLite and PostgreSQL. */

const NOW = Date.parse('2025-06-01T12:00:00Z');
const DAY = 24 * 3600 * 1000;

describeEachDatabase('idea store', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url);
    await loadBoards(
      t.ctx,
      boardFixture({
        ideas: [
          ideaFixture('kk', { title: 'Саябақта орындықтар көбірек болсын', locale: 'kk' }),
          ideaFixture('ru', {
            title: 'Больше скамеек в парке',
            translations: { en: { title: 'More benches in the park' } },
          }),
          ideaFixture('votes', {
            title: 'Voted idea',
            votesUp: 10,
            voters: [
              { participantId: 'p-1', value: 1, votedAt: new Date(NOW - 2 * DAY).toISOString() },
              { participantId: 'p-2', value: 1, votedAt: new Date(NOW - 40 * DAY).toISOString() },
            ],
          }),
        ],
      }),
    );
  });
  after(() => t.close());

  it('finds ideas by words of any language, by prefix, and never by SQL or query syntax', async () => {
    const search = async (q: string) =>
      (
        await listRankingRows(t.ctx.database.db, t.ctx.database.dialect, {
          boardId: 'city-ideas',
          viewer: {},
          text: filterQuery(q),
        })
      ).map((row) => row.id);
    assert.deepEqual(await search('саяба'), ['kk']);
    assert.deepEqual(await search('скамеек'), ['ru']);
    assert.deepEqual(await search('benches park'), ['ru'], 'translations are searched too');
    assert.deepEqual(await search('benches zoo'), [], 'every word must match');
    for (const hostile of ['"', '*', 'AND(', "' or 1=1 --", 'NEAR(a b)', '%_', 'title:x']) {
      assert.ok(Array.isArray(await search(hostile)), hostile);
    }
  });

  it('ranks similar titles with the last word as a prefix', async () => {
    const rows = await similarRows(
      t.ctx.database.db,
      t.ctx.database.dialect,
      'city-ideas',
      similarQuery('больше скам'),
      5,
    );
    assert.deepEqual(
      rows.map((row) => row.id),
      ['ru'],
    );
  });

  it('counts imported votes plus voter rows, and only recent up-votes for trending', async () => {
    const rows = await listRankingRows(t.ctx.database.db, t.ctx.database.dialect, {
      boardId: 'city-ideas',
      viewer: {},
      recentSince: new Date(NOW - 30 * DAY).toISOString(),
    });
    const voted = rows.find((row) => row.id === 'votes')!;
    assert.equal(voted.votesUp, 12);
    assert.equal(voted.recentUpVotes, 1);
    assert.deepEqual(await recountVotes(t.ctx.database.db, 'votes'), { votesUp: 12, votesDown: 0 });
  });

  describe('loading a board file', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'civic-boards-'));
    });

    function file(name: string, content: unknown): string {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    }

    it('upserts by id, keeps votes cast here and moderation done here, and credits acceptance once', async () => {
      const board = boardFixture({ id: 'loaded', ideas: [ideaFixture('l-1', { votesUp: 2 })] });
      const path = file('first.json', { boards: [board] });
      assert.deepEqual(await loadBoardFile(t.ctx.database, path, new Date(NOW).toISOString()), {
        boards: 1,
        ideas: 1,
      });
      const { db: kysely } = t.ctx.database;
      await kysely
        .insertInto('idea_votes')
        .values({ idea_id: 'l-1', participant_id: 'here', value: 1, voted_at: new Date(NOW).toISOString() })
        .execute();
      await recountVotes(kysely, 'l-1');
      await kysely.updateTable('ideas').set({ hidden: 1 }).where('id', '=', 'l-1').execute();

      const updated = boardFixture({
        id: 'loaded',
        ideas: [ideaFixture('l-1', { votesUp: 5, status: 'planned', title: 'Renamed idea' })],
      });
      await loadBoardFile(
        t.ctx.database,
        file('second.json', { boards: [updated] }),
        new Date(NOW).toISOString(),
      );
      await loadBoardFile(
        t.ctx.database,
        file('third.json', { boards: [updated] }),
        new Date(NOW).toISOString(),
      );
      const row = await kysely
        .selectFrom('ideas')
        .selectAll()
        .where('id', '=', 'l-1')
        .executeTakeFirstOrThrow();
      assert.equal(row.title, 'Renamed idea');
      assert.equal(row.votes_up, 6, '5 imported + 1 cast here');
      assert.equal(row.hidden, 1, 'the file does not say, so the moderation stays');
      const accepted = await kysely
        .selectFrom('contributions')
        .select(['participant_id', 'subject_id'])
        .where('action', '=', 'idea.accepted')
        .execute();
      assert.deepEqual(accepted, [{ participant_id: 'author-l-1', subject_id: 'l-1' }]);
    });

    it('refuses an invalid file as a whole, listing the problems, and changes nothing', async () => {
      const bad = boardFixture({
        id: 'bad-board',
        ideas: [
          ideaFixture('x-1', { category: 'zoo' }),
          ideaFixture('x-2', { votesDown: 3 }),
          ideaFixture('x-3', { title: 'Same' }),
          ideaFixture('x-4', { title: ' same ' }),
        ],
      });
      await assert.rejects(
        loadBoardFile(t.ctx.database, file('bad.json', { boards: [bad] }), new Date(NOW).toISOString()),
        (error: Error) =>
          /category the board does not have/.test(error.message) &&
          /down-votes need votingMode up_down/.test(error.message) &&
          /same title/.test(error.message),
      );
      await assert.rejects(
        loadBoardFile(t.ctx.database, file('notjson.json', '{'), new Date(NOW).toISOString()),
        /not JSON/,
      );
      const dangling = boardFixture({
        id: 'dangling',
        ideas: [ideaFixture('y-1', { status: 'duplicate', duplicateOf: 'nowhere' })],
      });
      await assert.rejects(
        loadBoardFile(
          t.ctx.database,
          file('dangling.json', { boards: [dangling] }),
          new Date(NOW).toISOString(),
        ),
        /not an idea of board dangling/,
      );
      const boards = await t.ctx.database.db
        .selectFrom('boards')
        .select('id')
        .where('id', 'in', ['bad-board', 'dangling'])
        .execute();
      assert.deepEqual(boards, []);
    });

    it('refuses an idea id that belongs to another board', async () => {
      const moved = boardFixture({ id: 'thief', ideas: [ideaFixture('kk', { title: 'Stolen idea' })] });
      await assert.rejects(
        loadBoardFile(t.ctx.database, file('moved.json', { boards: [moved] }), new Date(NOW).toISOString()),
        /belongs to board city-ideas/,
      );
    });
  });
});

describe('board file schema', () => {
  it('accepts the fixture and rejects a board whose idea uses a status the board does not list', () => {
    assert.equal(parseBoardFile(JSON.stringify({ boards: [boardFixture()] })).boards.length, 1);
    const narrow = boardFixture({ statuses: ['new'], ideas: [ideaFixture('z', { status: 'planned' })] });
    assert.throws(
      () => parseBoardFile(JSON.stringify({ boards: [narrow] })),
      /status the board does not use/,
    );
  });
});
