import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import { IdeaPageSchema, PROBLEM_TYPES, ProblemSchema } from '../../../src/protocol/index.js';
import type { Idea, IdeaPage } from '../../../src/protocol/index.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/suite.js';
import {
  boardFixture,
  createIdea,
  flag,
  giveStanding,
  ideaFixture,
  listIdeas,
  loadBoards,
  tokenFor,
  vote,
} from './support.js';

/* Reports weighed by the reporter's standing, and the daily cap on reports (docs/ideas.md). */

const DAY_MS = 24 * 3600 * 1000;

function page(res: { statusCode: number; body: string }): IdeaPage {
  assert.equal(res.statusCode, 200, res.body);
  return v.parse(IdeaPageSchema, json(res));
}

async function listedTo(t: TestApp, ideaId: string, token?: string): Promise<Idea | undefined> {
  const res = await listIdeas(t.app, 'city-ideas', { limit: 100 }, token === undefined ? {} : { token });
  return page(res).items.find((idea) => idea.id === ideaId);
}

async function reportCount(t: TestApp, ideaId: string): Promise<number> {
  const rows = await t.ctx.database.db
    .selectFrom('idea_flags')
    .select('participant_id')
    .where('idea_id', '=', ideaId)
    .execute();
  return rows.length;
}

const board = boardFixture({
  ideas: [
    ideaFixture('top', { title: 'Shade trees along the tram line', votesUp: 392 }),
    ...Array.from({ length: 5 }, (_, i) => ideaFixture(`other-${i}`, { title: `Another idea number ${i}` })),
  ],
});

describeEachDatabase('reports and hiding', (db) => {
  let t: TestApp;
  let staff: string;
  before(async () => {
    t = await testApp(db().url, { config: { reportsPerParticipant: { max: 3, windowS: 86_400 } } });
    await loadBoards(t.ctx, board);
    staff = await tokenFor(t.app, 'moderator', { staff: true });
  });
  after(() => t.close());

  it('keeps the top idea listed when three (or five) fresh accounts report it, keeping their reports', async () => {
    for (let i = 0; i < 5; i++) {
      const fresh = await tokenFor(t.app, `fresh-${i}`);
      assert.equal((await flag(t.app, 'top', fresh)).statusCode, 202);
      if (i === 2) assert.ok(await listedTo(t, 'top'), 'still listed after three fresh reports');
    }
    const listed = await listedTo(t, 'top');
    assert.equal(listed?.hidden, false);
    assert.equal(await reportCount(t, 'top'), 5);
  });

  it('hides a new idea pending review when three participants with standing report it; staff and its author still see it', async () => {
    // Three regulars voted before the idea was posted.
    const regulars = [];
    for (let i = 0; i < 3; i++) {
      const token = await tokenFor(t.app, `regular-${i}`);
      assert.equal((await vote(t.app, `other-${i}`, 1, token)).statusCode, 200);
      regulars.push(token);
    }
    t.clock.advance(60_000);
    const author = await tokenFor(t.app, 'spammer');
    const spam = json<Idea>(
      await createIdea(t.app, 'city-ideas', { title: 'Cheap watches here', body: '' }, { token: author }),
    );
    for (const [index, token] of regulars.entries()) {
      assert.equal((await flag(t.app, spam.id, token)).statusCode, 202);
      assert.equal(!(await listedTo(t, spam.id)), index === 2, `listed after ${index + 1} reports`);
    }
    assert.equal((await listedTo(t, spam.id, staff))?.hidden, true, 'staff see it, hidden pending review');
    assert.equal((await listedTo(t, spam.id, author))?.hidden, true, 'its author sees it, marked hidden');
  });

  it('does not hide on two reports with standing and one without', async () => {
    const author = await tokenFor(t.app, 'author-2');
    const idea = json<Idea>(
      await createIdea(t.app, 'city-ideas', { title: 'Paint the bridge blue', body: '' }, { token: author }),
    );
    for (const subject of ['old-timer-1', 'old-timer-2']) await giveStanding(t.ctx, subject);
    for (const subject of ['old-timer-1', 'old-timer-2', 'newcomer']) {
      assert.equal((await flag(t.app, idea.id, await tokenFor(t.app, subject))).statusCode, 202);
    }
    assert.equal((await listedTo(t, idea.id))?.hidden, false);
  });

  it('keeps an idea staff restored after review visible when more reports with standing come', async () => {
    const late = ideaFixture('late', { title: 'Posted in late May', createdAt: '2025-05-20T00:00:00Z' });
    await loadBoards(t.ctx, { ...board, ideas: [...board.ideas, late] });
    for (let i = 0; i < 4; i++) await giveStanding(t.ctx, `reviewer-${i}`);
    for (let i = 0; i < 3; i++) await flag(t.app, 'late', await tokenFor(t.app, `reviewer-${i}`));
    assert.equal(await listedTo(t, 'late'), undefined, 'hidden pending review');
    // Staff decide it may stay: the board file says so.
    await loadBoards(t.ctx, { ...board, ideas: [...board.ideas, { ...late, hidden: false }] });
    assert.equal((await listedTo(t, 'late'))?.hidden, false);
    assert.equal((await flag(t.app, 'late', await tokenFor(t.app, 'reviewer-3'))).statusCode, 202);
    assert.equal((await listedTo(t, 'late'))?.hidden, false, 'still restored after a fourth report');
  });

  describe('the daily cap on reports', () => {
    it("refuses a participant's fourth new report of the day with 429, answers repeats as before, and allows more the next day", async () => {
      const reporter = await tokenFor(t.app, 'busy-reporter');
      for (const id of ['other-0', 'other-1', 'other-2'])
        assert.equal((await flag(t.app, id, reporter)).statusCode, 202);
      const refused = await flag(t.app, 'other-3', reporter);
      assert.equal(refused.statusCode, 429);
      assert.equal(v.parse(ProblemSchema, JSON.parse(refused.body)).type, PROBLEM_TYPES.rateLimited);
      const retryAfter = Number(refused.headers['retry-after']);
      assert.ok(retryAfter > 0 && retryAfter <= 86_400, String(retryAfter));
      assert.equal(await reportCount(t, 'other-3'), 0);
      // Reporting an idea again is not a new report.
      assert.equal((await flag(t.app, 'other-1', reporter)).statusCode, 202);
      t.clock.advance(DAY_MS);
      assert.equal((await flag(t.app, 'other-3', reporter)).statusCode, 202);
      assert.equal(await reportCount(t, 'other-3'), 1);
    });
  });
});
