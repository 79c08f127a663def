import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import * as v from 'valibot';
import {
  BoardSchema,
  IDEA_SORTS,
  IdeaPageSchema,
  IdeaSchema,
  ProblemSchema,
  SimilarIdeasSchema,
  VoteResultSchema,
} from '../../../src/protocol/index.js';
import type { Idea, IdeaPage, Problem } from '../../../src/protocol/index.js';
import { describeEachDatabase } from '../support/suite.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import {
  boardFixture,
  createIdea,
  flag,
  giveStanding,
  ideaFixture,
  listIdeas,
  loadBoards,
  similar,
  tokenFor,
  vote,
} from './support.js';

/* The idea board endpoints through HTTP (app.inject), on SQLite and PostgreSQL. */

const HOUR = 3600 * 1000;

function problem(res: { body: string; headers: Record<string, unknown> }): Problem {
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  return v.parse(ProblemSchema, JSON.parse(res.body));
}

function page(res: { statusCode: number; body: string }): IdeaPage {
  assert.equal(res.statusCode, 200, res.body);
  return v.parse(IdeaPageSchema, JSON.parse(res.body));
}

/** Every idea of a list, page by page with `limit`, checking that no page repeats an idea. */
async function walk(
  t: TestApp,
  boardId: string,
  query: Record<string, string | number>,
  limit: number,
  token?: string,
): Promise<{ ids: string[]; total: number; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let total = -1;
  let pages = 0;
  do {
    const res = await listIdeas(
      t.app,
      boardId,
      cursor ? { cursor, limit } : { ...query, limit },
      token ? { token } : {},
    );
    const current = page(res);
    if (total === -1) total = current.total;
    assert.equal(current.total, total, 'total stays the same on every page');
    for (const idea of current.items) {
      assert.ok(!ids.includes(idea.id), `${idea.id} appeared on two pages`);
      ids.push(idea.id);
    }
    cursor = current.nextCursor;
    pages++;
  } while (cursor !== null && pages < 200);
  return { ids, total, pages };
}

const manyIdeas = Array.from({ length: 23 }, (_, i) =>
  ideaFixture(`m-${String(i).padStart(2, '0')}`, {
    title: `Numbered idea ${i}`,
    votesUp: (i * 7) % 5,
    commentCount: i % 4,
    createdAt: new Date(Date.parse('2025-05-01T00:00:00Z') + i * HOUR).toISOString(),
    category: i % 3 === 0 ? 'transport' : 'parks',
    status: i % 5 === 0 ? 'planned' : 'new',
  }),
);

describeEachDatabase('idea board routes', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { config: { ideaRateLimit: { max: 3, windowS: 3600 } } });
    await loadBoards(
      t.ctx,
      boardFixture({
        ideas: [
          ideaFixture('bike', {
            title: 'Protected bike lanes on Abai Avenue',
            body: 'Cyclists share six lanes with buses.',
            votesUp: 40,
            commentCount: 3,
            translations: { ru: { title: 'Защищённые велодорожки на проспекте Абая' } },
          }),
          ideaFixture('fountains', {
            title: 'Drinking fountains in every park',
            status: 'implemented',
            votesUp: 12,
          }),
          ideaFixture('benches', { title: 'More benches in Central Park', votesUp: 5 }),
          ideaFixture('secret', { title: 'Hidden idea about parking', hidden: true }),
          ideaFixture('waiting', { title: 'Pending idea about lights', pendingModeration: true }),
        ],
      }),
      boardFixture({
        id: 'budget',
        title: 'Budget ideas',
        votingMode: 'up_down',
        preModeration: true,
        flagHideThreshold: 2,
        ideas: [ideaFixture('b-1', { title: 'Resurface the stadium track', votesUp: 3, votesDown: 1 })],
      }),
      boardFixture({ id: 'closed-board', submissionsOpen: false, ideas: [] }),
      boardFixture({ id: 'many', ideas: manyIdeas }),
    );
  });
  after(() => t.close());

  describe('getBoard', () => {
    it('answers the board, translated by Accept-Language, with an ETag and 304', async () => {
      const res = await t.app.inject({
        url: '/api/v1/boards/city-ideas',
        headers: { 'accept-language': 'ru' },
      });
      assert.equal(res.statusCode, 200);
      const board = v.parse(BoardSchema, json(res));
      assert.equal(board.title, 'Идеи для города');
      assert.deepEqual(board.categories, [
        { id: 'parks', name: 'Парки' },
        { id: 'transport', name: 'Транспорт' },
      ]);
      assert.match(String(res.headers.vary), /Accept-Language/);
      const etag = String(res.headers.etag);
      const again = await t.app.inject({
        url: '/api/v1/boards/city-ideas',
        headers: { 'accept-language': 'ru', 'if-none-match': etag },
      });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const english = await t.app.inject({
        url: '/api/v1/boards/city-ideas',
        headers: { 'if-none-match': etag },
      });
      assert.equal(english.statusCode, 200);
      assert.equal(v.parse(BoardSchema, json(english)).title, 'Ideas for the city');
    });

    it('answers 404 not-found for an unknown board', async () => {
      const res = await t.app.inject({ url: '/api/v1/boards/no-such-board' });
      assert.equal(res.statusCode, 404);
      assert.equal(problem(res).type, 'urn:civic:problem:not-found');
    });

    it('is announced in discovery with down-votes', async () => {
      const res = await t.app.inject({ url: '/api/v1/' });
      const features = (json(res) as { features: string[] }).features;
      assert.ok(features.includes('ideas') && features.includes('ideas.downvotes'));
    });
  });

  describe('listIdeas', () => {
    it('lists only public ideas to anonymous readers, with myVote null and Vary: Authorization', async () => {
      const res = await listIdeas(t.app, 'city-ideas', { sort: 'top' });
      const { items, total } = page(res);
      assert.deepEqual(
        items.map((idea) => idea.id),
        ['bike', 'fountains', 'benches'],
      );
      assert.equal(total, 3);
      assert.ok(items.every((idea) => idea.myVote === null));
      assert.match(String(res.headers.vary), /Authorization/);
      assert.doesNotMatch(String(res.headers['cache-control']), /private/);
    });

    it('shows hidden and pending ideas to their authors and to staff only', async () => {
      const author = await tokenFor(t.app, 'author-secret');
      const mine = page(await listIdeas(t.app, 'city-ideas', { sort: 'new' }, { token: author }));
      assert.deepEqual(mine.items.map((idea) => idea.id).sort(), ['benches', 'bike', 'fountains', 'secret']);
      assert.equal(mine.items.find((idea) => idea.id === 'secret')?.hidden, true);
      const other = await tokenFor(t.app, 'someone-else');
      assert.equal(page(await listIdeas(t.app, 'city-ideas', {}, { token: other })).total, 3);
      const staff = await tokenFor(t.app, 'moderator', { staff: true });
      const all = page(await listIdeas(t.app, 'city-ideas', {}, { token: staff }));
      assert.equal(all.total, 5);
      assert.equal(all.items.find((idea) => idea.id === 'waiting')?.pendingModeration, true);
    });

    it('is Cache-Control private with a token, and gives myVote', async () => {
      const voter = await tokenFor(t.app, 'list-voter');
      assert.equal((await vote(t.app, 'benches', 1, voter)).statusCode, 200);
      const res = await listIdeas(t.app, 'city-ideas', { sort: 'top' }, { token: voter });
      assert.match(String(res.headers['cache-control']), /private/);
      const { items } = page(res);
      assert.equal(items.find((idea) => idea.id === 'benches')?.myVote, 1);
      assert.equal(items.find((idea) => idea.id === 'bike')?.myVote, 0);
      assert.equal((await vote(t.app, 'benches', 0, voter)).statusCode, 200);
    });

    it('answers an invalid token with 401, never anonymously', async () => {
      const res = await listIdeas(t.app, 'city-ideas', {}, { token: 'not.a.token' });
      assert.equal(res.statusCode, 401);
      assert.match(String(res.headers['www-authenticate']), /Bearer/);
    });

    it('filters by status, category and text, in any language', async () => {
      assert.deepEqual(
        page(await listIdeas(t.app, 'city-ideas', { status: 'implemented' })).items.map((i) => i.id),
        ['fountains'],
      );
      assert.equal(page(await listIdeas(t.app, 'many', { category: 'transport' })).total, 8);
      assert.deepEqual(
        page(await listIdeas(t.app, 'city-ideas', { q: 'велодорожки' })).items.map((i) => i.id),
        ['bike'],
      );
      assert.deepEqual(
        page(await listIdeas(t.app, 'city-ideas', { q: 'central ben' })).items.map((i) => i.id),
        ['benches'],
      );
      assert.equal(
        page(await listIdeas(t.app, 'city-ideas', { q: 'parking' })).total,
        0,
        'hidden stays hidden',
      );
    });

    it('answers hostile search text with a page, never an error', async () => {
      for (const q of [
        '"',
        '*',
        'AND(',
        'OR',
        '"bike" NEAR/2',
        "'; drop table ideas; --",
        ':*!&|',
        '\\',
        '(((',
      ]) {
        const res = await listIdeas(t.app, 'city-ideas', { q });
        assert.equal(res.statusCode, 200, `q=${q}: ${res.body}`);
        page(res);
      }
    });

    it('translates ideas by Accept-Language', async () => {
      const res = await listIdeas(
        t.app,
        'city-ideas',
        { sort: 'top' },
        { headers: { 'accept-language': 'ru-RU' } },
      );
      const bike = page(res).items.find((idea) => idea.id === 'bike')!;
      assert.equal(bike.title, 'Защищённые велодорожки на проспекте Абая');
      assert.equal(bike.category?.name, 'Парки');
    });

    for (const sort of IDEA_SORTS) {
      it(`pages through sort=${sort} by cursor, every idea exactly once`, async () => {
        const query: Record<string, string | number> = sort === 'random' ? { sort, seed: 77 } : { sort };
        const { ids, total, pages } = await walk(t, 'many', query, 4);
        assert.equal(total, manyIdeas.length);
        assert.equal(pages, Math.ceil(manyIdeas.length / 4));
        assert.deepEqual([...ids].sort(), manyIdeas.map((idea) => idea.id).sort());
      });
    }

    it('orders top by net votes with ties broken by id', async () => {
      const { ids } = await walk(t, 'many', { sort: 'top' }, 100);
      const net = new Map(manyIdeas.map((idea) => [idea.id, idea.votesUp ?? 0]));
      const expected = [...net.keys()].sort((a, b) => net.get(b)! - net.get(a)! || (a < b ? -1 : 1));
      assert.deepEqual(ids, expected);
    });

    it('gives the same shuffle for the same seed and another for another seed', async () => {
      const first = (await walk(t, 'many', { sort: 'random', seed: 5 }, 7)).ids;
      const again = (await walk(t, 'many', { sort: 'random', seed: 5 }, 23)).ids;
      const other = (await walk(t, 'many', { sort: 'random', seed: 6 }, 23)).ids;
      assert.deepEqual(first, again);
      assert.notDeepEqual(first, other);
    });

    it('answers 400 naming the parameter for a bad sort, limit or cursor', async () => {
      for (const [query, field] of [
        [{ sort: 'best' }, 'sort'],
        [{ limit: 500 }, 'limit'],
        [{ cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
        [{ seed: -1 }, 'seed'],
      ] as const) {
        const res = await listIdeas(t.app, 'many', query);
        assert.equal(res.statusCode, 400, JSON.stringify(query));
        assert.equal(problem(res).errors?.[0]?.field, field);
      }
    });
  });

  describe('similarIdeas', () => {
    it('finds titles while the last word is still being typed, best first, without private ideas', async () => {
      const res = await similar(t.app, 'city-ideas', 'bike lan');
      assert.equal(res.statusCode, 200);
      const { items } = v.parse(SimilarIdeasSchema, json(res));
      assert.equal(items[0]?.id, 'bike');
      assert.equal((await similar(t.app, 'city-ideas', 'parking')).body, JSON.stringify({ items: [] }));
      const ru = v.parse(SimilarIdeasSchema, json(await similar(t.app, 'city-ideas', 'велодорож')));
      assert.deepEqual(
        ru.items.map((i) => i.id),
        ['bike'],
      );
    });

    it('keeps to the limit and answers hostile titles and a too-short title properly', async () => {
      const { items } = v.parse(SimilarIdeasSchema, json(await similar(t.app, 'many', 'numbered idea', 3)));
      assert.equal(items.length, 3);
      for (const title of ['"""', '***', 'AND(x', 'NOT NEAR']) {
        assert.equal((await similar(t.app, 'city-ideas', title)).statusCode, 200, title);
      }
      const short = await similar(t.app, 'city-ideas', 'a');
      assert.equal(short.statusCode, 400);
      assert.equal(problem(short).errors?.[0]?.field, 'title');
    });
  });

  describe('createIdea', () => {
    let author: string;
    beforeEach(async () => {
      author = await tokenFor(t.app, `creator-${randomUUID().slice(0, 8)}`, { displayName: 'Saule B.' });
    });

    it('answers 201 with the idea, supported by its author, and replays by key', async () => {
      const key = randomUUID();
      const body = {
        title: 'Shade trees at bus stops',
        body: 'Most stops have no shade.',
        category: 'transport',
      };
      const res = await createIdea(t.app, 'city-ideas', body, { token: author, key });
      assert.equal(res.statusCode, 201, res.body);
      const idea = v.parse(IdeaSchema, json(res));
      assert.equal(idea.title, body.title);
      assert.equal(idea.author.displayName, 'Saule B.');
      assert.deepEqual(idea.category, { id: 'transport', name: 'Transport' });
      assert.equal(idea.status, 'new');
      assert.equal(idea.votesUp, 1);
      assert.equal(idea.myVote, 1);
      assert.equal(idea.pendingModeration, false);
      const replay = await createIdea(t.app, 'city-ideas', body, { token: author, key });
      assert.equal(replay.statusCode, 201);
      assert.equal(replay.body, res.body);
      const reused = await createIdea(
        t.app,
        'city-ideas',
        { ...body, title: 'Another title' },
        { token: author, key },
      );
      assert.equal(reused.statusCode, 422);
      assert.equal(problem(reused).type, 'urn:civic:problem:idempotency-key-reused');
      const listed = page(await listIdeas(t.app, 'city-ideas', { q: 'shade trees' }));
      assert.deepEqual(
        listed.items.map((i) => i.id),
        [idea.id],
      );
    });

    it('needs a token (401) and an Idempotency-Key (400)', async () => {
      const body = { title: 'No token idea', body: '' };
      const anonymous = await createIdea(t.app, 'city-ideas', body);
      assert.equal(anonymous.statusCode, 401);
      assert.equal(problem(anonymous).type, 'urn:civic:problem:unauthorized');
      const keyless = await createIdea(t.app, 'city-ideas', body, { token: author, key: null });
      assert.equal(keyless.statusCode, 400);
    });

    it('refuses an exact duplicate title on the board with 422 title duplicate', async () => {
      const res = await createIdea(
        t.app,
        'city-ideas',
        { title: '  more BENCHES   in central park ', body: '' },
        { token: author },
      );
      assert.equal(res.statusCode, 422);
      assert.deepEqual(
        problem(res).errors?.map((e) => [e.field, e.code]),
        [['title', 'duplicate']],
      );
    });

    it('refuses two identical titles sent at once: one 201, one 422', async () => {
      const other = await tokenFor(t.app, `racer-${randomUUID().slice(0, 8)}`);
      const body = { title: `Race for a title ${randomUUID().slice(0, 6)}`, body: '' };
      const answers = await Promise.all([
        createIdea(t.app, 'city-ideas', body, { token: author }),
        createIdea(t.app, 'city-ideas', body, { token: other }),
      ]);
      assert.deepEqual(answers.map((res) => res.statusCode).sort(), [201, 422]);
    });

    it('validates title and body with the protocol limits and a category of the board', async () => {
      const short = await createIdea(t.app, 'city-ideas', { title: 'ab', body: '' }, { token: author });
      assert.equal(short.statusCode, 422);
      assert.equal(problem(short).errors?.[0]?.field, 'title');
      const long = await createIdea(
        t.app,
        'city-ideas',
        { title: 'Fine title', body: 'x'.repeat(5001) },
        { token: author },
      );
      assert.equal(problem(long).errors?.[0]?.field, 'body');
      const category = await createIdea(
        t.app,
        'city-ideas',
        { title: 'Fine title', body: '', category: 'zoo' },
        { token: author },
      );
      assert.equal(category.statusCode, 422);
      assert.equal(problem(category).errors?.[0]?.field, 'category');
    });

    it('stores hostile titles as inert text', async () => {
      const title = `<img src=x onerror=alert(1)> "AND( * ${randomUUID().slice(0, 4)}`;
      const res = await createIdea(
        t.app,
        'city-ideas',
        { title, body: '<script>alert(1)</script>' },
        { token: author },
      );
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(v.parse(IdeaSchema, json(res)).title, title);
      assert.equal((await similar(t.app, 'city-ideas', title)).statusCode, 200);
    });

    it('answers 403 closed when the board takes no new ideas', async () => {
      const res = await createIdea(t.app, 'closed-board', { title: 'Too late', body: '' }, { token: author });
      assert.equal(res.statusCode, 403);
      assert.equal(problem(res).type, 'urn:civic:problem:closed');
    });

    it('limits submissions per participant with 429 and Retry-After', async () => {
      for (let i = 0; i < 3; i++) {
        const res = await createIdea(
          t.app,
          'city-ideas',
          { title: `Limited idea ${randomUUID()}`, body: '' },
          { token: author },
        );
        assert.equal(res.statusCode, 201);
        t.clock.advance(60_000);
      }
      const over = await createIdea(
        t.app,
        'city-ideas',
        { title: `Limited idea ${randomUUID()}`, body: '' },
        { token: author },
      );
      assert.equal(over.statusCode, 429);
      assert.equal(problem(over).type, 'urn:civic:problem:rate-limited');
      // The first of the three was 3 minutes ago: free again in 57 minutes.
      assert.equal(over.headers['retry-after'], String(57 * 60));
      t.clock.advance(57 * 60_000 + 1000);
      const later = await createIdea(
        t.app,
        'city-ideas',
        { title: `Limited idea ${randomUUID()}`, body: '' },
        { token: author },
      );
      assert.equal(later.statusCode, 201);
    });

    it('keeps pre-moderated ideas from everyone but their author and staff', async () => {
      const res = await createIdea(
        t.app,
        'budget',
        { title: 'A new skate park', body: '' },
        { token: author },
      );
      assert.equal(res.statusCode, 201);
      const idea = v.parse(IdeaSchema, json(res));
      assert.equal(idea.pendingModeration, true);
      const ids = (p: IdeaPage) => p.items.map((i: Idea) => i.id);
      assert.ok(!ids(page(await listIdeas(t.app, 'budget'))).includes(idea.id));
      assert.ok(ids(page(await listIdeas(t.app, 'budget', {}, { token: author }))).includes(idea.id));
      const staff = await tokenFor(t.app, 'staff-1', { staff: true });
      assert.ok(ids(page(await listIdeas(t.app, 'budget', {}, { token: staff }))).includes(idea.id));
      assert.equal(json<{ items: unknown[] }>(await similar(t.app, 'budget', 'skate park')).items.length, 0);
      const stranger = await tokenFor(t.app, 'stranger');
      assert.equal((await vote(t.app, idea.id, 1, stranger)).statusCode, 404);
    });
  });

  describe('setVote', () => {
    it('sets, repeats and withdraws a vote, answering the counts', async () => {
      const voter = await tokenFor(t.app, 'voter-1');
      const once = v.parse(VoteResultSchema, json(await vote(t.app, 'bike', 1, voter)));
      assert.deepEqual(once, { ideaId: 'bike', votesUp: 41, votesDown: 0, myVote: 1 });
      assert.deepEqual(json(await vote(t.app, 'bike', 1, voter)), once);
      assert.deepEqual(json(await vote(t.app, 'bike', 0, voter)), {
        ideaId: 'bike',
        votesUp: 40,
        votesDown: 0,
        myVote: 0,
      });
    });

    it('takes down-votes on up_down boards only (422 elsewhere)', async () => {
      const voter = await tokenFor(t.app, 'voter-2');
      const down = await vote(t.app, 'b-1', -1, voter);
      assert.deepEqual(json(down), { ideaId: 'b-1', votesUp: 3, votesDown: 2, myVote: -1 });
      assert.deepEqual(json(await vote(t.app, 'b-1', 1, voter)), {
        ideaId: 'b-1',
        votesUp: 4,
        votesDown: 1,
        myVote: 1,
      });
      const refused = await vote(t.app, 'bike', -1, voter);
      assert.equal(refused.statusCode, 422);
      assert.equal(problem(refused).errors?.[0]?.field, 'value');
    });

    it('answers 403 closed on implemented ideas, 404 on unknown ones, 401 without a token', async () => {
      const voter = await tokenFor(t.app, 'voter-3');
      const closed = await vote(t.app, 'fountains', 1, voter);
      assert.equal(closed.statusCode, 403);
      assert.equal(problem(closed).type, 'urn:civic:problem:closed');
      assert.equal((await vote(t.app, 'no-such-idea', 1, voter)).statusCode, 404);
      assert.equal((await vote(t.app, 'bike', 1, undefined)).statusCode, 401);
      assert.equal((await vote(t.app, 'bike', 2, voter)).statusCode, 422);
    });

    it('counts 40 votes sent at once exactly', async () => {
      const tokens = await Promise.all(Array.from({ length: 40 }, (_, i) => tokenFor(t.app, `crowd-${i}`)));
      const before = page(await listIdeas(t.app, 'many', { sort: 'new', limit: 100 })).items.find(
        (i) => i.id === 'm-07',
      )!;
      const answers = await Promise.all(tokens.map((token) => vote(t.app, 'm-07', 1, token)));
      assert.ok(answers.every((res) => res.statusCode === 200));
      const afterVotes = page(await listIdeas(t.app, 'many', { sort: 'new', limit: 100 })).items.find(
        (i) => i.id === 'm-07',
      )!;
      assert.equal(afterVotes.votesUp, before.votesUp + 40);
      // Half of them withdraw and vote again at once: still exact.
      await Promise.all(tokens.slice(0, 20).flatMap((token) => [vote(t.app, 'm-07', 0, token)]));
      await Promise.all(tokens.slice(0, 10).map((token) => vote(t.app, 'm-07', 1, token)));
      const final = page(await listIdeas(t.app, 'many', { sort: 'new', limit: 100 })).items.find(
        (i) => i.id === 'm-07',
      )!;
      assert.equal(final.votesUp, before.votesUp + 30);
    });

    it("records vote.received for the author, not for the author's own vote, and withdraws it", async () => {
      const { db } = t.ctx.database;
      const received = () =>
        db
          .selectFrom('contributions')
          .select('subject_id')
          .where('participant_id', '=', 'author-benches')
          .where('action', '=', 'vote.received')
          .execute();
      const voter = await tokenFor(t.app, 'fan');
      await vote(t.app, 'benches', 1, voter);
      assert.deepEqual(await received(), [{ subject_id: 'benches:fan' }]);
      const own = await tokenFor(t.app, 'author-benches');
      await vote(t.app, 'benches', 1, own);
      assert.deepEqual(await received(), [{ subject_id: 'benches:fan' }]);
      await vote(t.app, 'benches', 0, voter);
      assert.deepEqual(await received(), []);
      await vote(t.app, 'benches', 0, own);
    });
  });

  describe('flagIdea', () => {
    it('answers 202 received, the same when reporting again, and hides at the threshold', async () => {
      const author = await tokenFor(t.app, 'flag-author');
      const created = json<Idea>(
        await createIdea(t.app, 'city-ideas', { title: 'Buy me a car', body: '' }, { token: author }),
      );
      // Reporters with standing (activity before the idea): their reports hide it.
      for (const subject of ['reporter-1', 'reporter-2', 'reporter-3']) await giveStanding(t.ctx, subject);
      const first = await tokenFor(t.app, 'reporter-1');
      const once = await flag(t.app, created.id, first);
      assert.equal(once.statusCode, 202);
      assert.deepEqual(json(once), { ideaId: created.id, status: 'received' });
      const again = await flag(t.app, created.id, first, { reason: 'offensive' });
      assert.equal(again.statusCode, 202);
      assert.equal(again.body, once.body);
      const second = await tokenFor(t.app, 'reporter-2');
      assert.equal((await flag(t.app, created.id, second)).statusCode, 202);
      assert.ok(
        page(await listIdeas(t.app, 'city-ideas', { q: 'car' })).items.some((i) => i.id === created.id),
        'two reporters: still listed',
      );
      const third = await tokenFor(t.app, 'reporter-3');
      assert.equal((await flag(t.app, created.id, third)).statusCode, 202);
      assert.ok(
        !page(await listIdeas(t.app, 'city-ideas', { q: 'car' })).items.some((i) => i.id === created.id),
        'hidden after three',
      );
      const own = page(await listIdeas(t.app, 'city-ideas', { q: 'car' }, { token: author })).items.find(
        (i) => i.id === created.id,
      );
      assert.equal(own?.hidden, true, 'its author still sees it, marked hidden');
    });

    it('hides at the threshold also when the reports arrive at once', async () => {
      for (let i = 0; i < 6; i++) await giveStanding(t.ctx, `mob-${i}`);
      const tokens = await Promise.all(Array.from({ length: 6 }, (_, i) => tokenFor(t.app, `mob-${i}`)));
      const answers = await Promise.all(tokens.map((token) => flag(t.app, 'm-11', token)));
      // The third report hides it; later reporters no longer see it.
      assert.deepEqual(answers.map((res) => res.statusCode).sort(), [202, 202, 202, 404, 404, 404]);
      assert.ok(!page(await listIdeas(t.app, 'many', { limit: 100 })).items.some((i) => i.id === 'm-11'));
      const reporter = tokens[answers.findIndex((res) => res.statusCode === 202)]!;
      const again = await flag(t.app, 'm-11', reporter);
      assert.equal(again.statusCode, 202, 'a reporter of the hidden idea gets the same answer again');
      assert.deepEqual(json(again), { ideaId: 'm-11', status: 'received' });
    });

    it('needs a token, a key and a known reason', async () => {
      const reporter = await tokenFor(t.app, 'reporter-x');
      assert.equal((await flag(t.app, 'bike', undefined)).statusCode, 401);
      assert.equal((await flag(t.app, 'bike', reporter, { key: null })).statusCode, 400);
      assert.equal((await flag(t.app, 'bike', reporter, { reason: 'boring' })).statusCode, 422);
      assert.equal((await flag(t.app, 'secret', reporter)).statusCode, 404);
    });
  });
});
