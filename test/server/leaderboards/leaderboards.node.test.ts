import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { recordContribution } from '../../../server/src/contributions/record.js';
import type { ContributionAction } from '../../../server/src/contributions/record.js';
import { parseLeaderboardFile } from '../../../server/src/leaderboards/admin-file.js';
import { LeaderboardDefinitionSchema } from '../../../server/src/leaderboards/leaderboard.js';
import { upsertLeaderboards } from '../../../server/src/leaderboards/store.js';
import { issueToken } from '../../../server/src/security/jwt.js';
import { LeaderboardSchema, PROBLEM_TYPES, ProblemSchema } from '../../../src/protocol/index.js';
import type { Leaderboard } from '../../../src/protocol/index.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { confirm, mailTo, sign, signature } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';

/*
 * getLeaderboard over real contributions. The test clock is Sunday 2025-06-01 12:00 UTC: this week
 * began Monday 2025-05-26, this month on 1 June, this quarter on 1 April.
 */

const board = v.parse(LeaderboardDefinitionSchema, {
  id: 'helpers',
  title: { en: 'Most helpful residents', ru: 'Самые полезные жители' },
  actions: [
    { action: 'idea.accepted', points: 25, label: { en: 'Idea accepted', ru: 'Идея принята' } },
    { action: 'vote.received', points: 2, label: { en: 'Support received' } },
    { action: 'signature.confirmed', points: 1, label: { en: 'Petition signed' } },
  ],
  dailyCap: 40,
  excludesStaff: true,
  categories: [
    { id: 'transport', name: { en: 'Transport', ru: 'Транспорт' } },
    { id: 'parks', name: { en: 'Parks' } },
  ],
  levels: [{ id: 'regular', minScore: 50, label: { en: 'Regular' } }],
});

describeEachDatabase('leaderboards', (db) => {
  let t: TestApp;
  const participants: Record<string, { name: string; staff?: boolean }> = {
    'p-aigerim': { name: 'Aigerim S.' },
    'p-nurlan': { name: 'Нурлан Ахметов' },
    'p-dana': { name: 'Dana K.' },
    'p-timur': { name: 'Timur O.' },
    'p-staff': { name: 'Akimat moderator', staff: true },
    'p-hostile': { name: '<script>alert("x")</script> & Ко' },
  };
  let subjectCounter = 0;
  const add = (
    participantId: string,
    action: ContributionAction,
    occurredAt: string,
    categoryId: string | null = 'transport',
  ) =>
    recordContribution(t.ctx.database.db, {
      participantId,
      action,
      subjectId: `s-${++subjectCounter}`,
      categoryId,
      occurredAt,
    });
  const read = async (query = '', headers: Record<string, string> = {}): Promise<Leaderboard> => {
    const res = await t.app.inject({ url: `/api/v1/leaderboards/helpers${query}`, headers });
    assert.equal(res.statusCode, 200, res.body);
    return v.parse(LeaderboardSchema, json(res));
  };
  const tokenFor = (subject: string) =>
    issueToken(t.ctx.verifier!.signing!, participants[subject]!.name, { subject });

  before(async () => {
    t = await testApp(db().url);
    await upsertLeaderboards(t.ctx.database.db, [board], new Date(t.clock.now()).toISOString());
    for (const [id, { name, staff }] of Object.entries(participants)) {
      await t.ctx.database.db
        .insertInto('participants')
        .values({
          id,
          display_name: name,
          staff: staff ? 1 : 0,
          avatar_url: null,
          profile_url: null,
          updated_at: '2025-01-01T00:00:00Z',
        })
        .execute();
    }
    // This week (from Monday 2025-05-26): Aigerim 25+2 = 27, Nurlan 25+2 = 27 (a tie), Dana 2, staff 50.
    await add('p-aigerim', 'idea.accepted', '2025-05-28T10:00:00Z');
    await add('p-aigerim', 'vote.received', '2025-05-30T10:00:00Z');
    await add('p-nurlan', 'idea.accepted', '2025-05-26T00:00:00Z');
    await add('p-nurlan', 'vote.received', '2025-06-01T11:00:00Z', 'parks');
    await add('p-dana', 'vote.received', '2025-06-01T09:00:00Z');
    await add('p-staff', 'idea.accepted', '2025-05-29T10:00:00Z');
    await add('p-staff', 'idea.accepted', '2025-05-30T10:00:00Z');
    // Last week (Sunday 23:59:59.999): not this week, but this month? No: May. This quarter: yes.
    await add('p-timur', 'idea.accepted', '2025-05-25T23:59:59.999Z');
    // Timur's burst on 3 May: 30 supports = 60 points, capped at 40.
    for (let i = 0; i < 30; i++)
      await add('p-timur', 'vote.received', `2025-05-03T10:${String(i).padStart(2, '0')}:00Z`);
    // Last quarter (March): only in the year and all-time.
    await add('p-dana', 'idea.accepted', '2025-03-31T23:59:59Z');
    await add('p-hostile', 'signature.confirmed', '2025-01-15T08:00:00Z', null);
  });
  after(async () => {
    await t.close();
  });

  it('ranks this week densely, ties sharing a rank, staff left out', async () => {
    const week = await read('?period=week');
    assert.equal(week.periodStart, '2025-05-26T00:00:00.000Z');
    assert.equal(week.periodEnd, '2025-06-02T00:00:00.000Z');
    assert.deepEqual(
      week.entries.map((e) => [e.participant.id, e.rank, e.score]),
      [
        ['p-aigerim', 1, 27],
        ['p-nurlan', 1, 27],
        ['p-dana', 2, 2],
      ],
    );
    assert.equal(week.total, 3);
    assert.equal(week.rules.excludesStaff, true);
  });

  it('puts a contribution at Sunday 23:59:59.999 in the week before', async () => {
    const week = await read('?period=week');
    assert.ok(!week.entries.some((e) => e.participant.id === 'p-timur'));
    const quarter = await read('?period=quarter');
    assert.equal(quarter.periodStart, '2025-04-01T00:00:00.000Z');
    const timur = quarter.entries.find((e) => e.participant.id === 'p-timur')!;
    // 25 on 25 May + 60 on 3 May capped at 40.
    assert.equal(timur.score, 65);
    assert.deepEqual(timur.breakdown, [
      { action: 'idea.accepted', count: 1, points: 25 },
      { action: 'vote.received', count: 30, points: 40 },
    ]);
    // Dana's idea of 31 March is last quarter: only her 2 points this quarter.
    assert.equal(quarter.entries.find((e) => e.participant.id === 'p-dana')!.score, 2);
    const year = await read('?period=year');
    assert.equal(year.entries.find((e) => e.participant.id === 'p-dana')!.score, 27);
  });

  it('uses the default period (month) and publishes the rules in the reader language', async () => {
    const month = await read('', { 'accept-language': 'ru' });
    assert.equal(month.period, 'month');
    assert.equal(month.periodStart, '2025-06-01T00:00:00.000Z');
    assert.equal(month.title, 'Самые полезные жители');
    assert.deepEqual(
      month.rules.actions.map((a) => [a.action, a.label, a.points]),
      [
        ['idea.accepted', 'Идея принята', 25],
        ['vote.received', 'Support received', 2],
        ['signature.confirmed', 'Petition signed', 1],
      ],
    );
    assert.equal(month.rules.dailyCap, 40);
    assert.deepEqual(
      month.entries.map((e) => [e.participant.id, e.score]),
      [
        ['p-dana', 2],
        ['p-nurlan', 2],
      ],
    );
  });

  it('limits a board to a category and refuses unknown categories', async () => {
    const parks = await read('?period=week&category=parks');
    assert.deepEqual(parks.category, { id: 'parks', name: 'Parks' });
    assert.deepEqual(
      parks.entries.map((e) => [e.participant.id, e.score]),
      [['p-nurlan', 2]],
    );
    const res = await t.app.inject({ url: '/api/v1/leaderboards/helpers?category=lighthouses' });
    assert.equal(res.statusCode, 400);
    assert.equal(JSON.parse(res.body).errors[0].field, 'category');
  });

  it("adds the caller's own entry even when it is not on the page, privately", async () => {
    const res = await t.app.inject({
      url: '/api/v1/leaderboards/helpers?period=all&limit=1',
      headers: { authorization: `Bearer ${await tokenFor('p-hostile')}` },
    });
    assert.equal(res.statusCode, 200, res.body);
    const all = v.parse(LeaderboardSchema, json(res));
    assert.equal(all.entries.length, 1);
    assert.equal(all.me?.participant.id, 'p-hostile');
    const full = await read('?period=all&limit=100');
    const expected = full.entries.find((e) => e.participant.id === 'p-hostile')!;
    assert.notEqual(all.entries[0]!.participant.id, 'p-hostile');
    assert.deepEqual(all.me, expected);
    assert.match(res.headers['cache-control'] as string, /private/);
    assert.match(res.headers.vary as string, /Authorization/);
    assert.equal((await read('?period=all&limit=1')).me, null);
  });

  it('gives staff no entry of their own and answers 401 for a bad token', async () => {
    const staffToken = await tokenFor('p-staff');
    const staff = v.parse(
      LeaderboardSchema,
      json(
        await t.app.inject({
          url: '/api/v1/leaderboards/helpers?period=week',
          headers: { authorization: `Bearer ${staffToken}` },
        }),
      ),
    );
    assert.equal(staff.me, null);
    const bad = await t.app.inject({
      url: '/api/v1/leaderboards/helpers',
      headers: { authorization: 'Bearer not.a.token' },
    });
    assert.equal(bad.statusCode, 401);
  });

  it('pages by cursor without repeats or gaps, in ranking order', async () => {
    const full = await read('?period=all&limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Leaderboard = await read(`?period=all&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.ok(page.entries.length <= 2);
      seen.push(...page.entries.map((e) => e.participant.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(
      seen,
      full.entries.map((e) => e.participant.id),
    );
    assert.equal(new Set(seen).size, full.total);

    const first = await read('?period=all&limit=2');
    const other = await t.app.inject({
      url: `/api/v1/leaderboards/helpers?period=week&cursor=${first.nextCursor}`,
    });
    assert.equal(other.statusCode, 400);
    assert.equal(JSON.parse(other.body).errors[0].field, 'cursor');
    const forged = await t.app.inject({ url: '/api/v1/leaderboards/helpers?cursor=bm9wZQ' });
    assert.equal(forged.statusCode, 400);
  });

  it('returns stored display names as text, exactly', async () => {
    const all = await read('?period=all&limit=100');
    const hostile = all.entries.find((e) => e.participant.id === 'p-hostile')!;
    assert.equal(hostile.participant.displayName, '<script>alert("x")</script> & Ко');
  });

  it('gives a level badge by all-time score', async () => {
    const all = await read('?period=all&limit=100');
    const timur = all.entries.find((e) => e.participant.id === 'p-timur')!;
    assert.deepEqual(timur.badges, [{ id: 'regular', label: 'Regular', level: 1 }]);
    assert.deepEqual(all.entries.find((e) => e.participant.id === 'p-dana')!.badges, []);
  });

  it('answers 404 for an unknown board and 400 naming an unknown period', async () => {
    const missing = await t.app.inject({ url: '/api/v1/leaderboards/nope' });
    assert.equal(missing.statusCode, 404);
    assert.equal(v.parse(ProblemSchema, json(missing)).type, PROBLEM_TYPES.notFound);
    const bad = await t.app.inject({ url: '/api/v1/leaderboards/helpers?period=decade' });
    assert.equal(bad.statusCode, 400);
    assert.equal(JSON.parse(bad.body).errors[0].field, 'period');
  });
});

describeEachDatabase('signature contributions', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { petitions: [petitionFixture()] });
  });
  after(async () => {
    await t.close();
  });

  const contributions = () =>
    t.ctx.database.db
      .selectFrom('contributions')
      .selectAll()
      .where('action', '=', 'signature.confirmed')
      .execute();

  it('records signature.confirmed for a signed-in signer once, with the participant remembered', async () => {
    const token = await issueToken(t.ctx.verifier!.signing!, 'Асель Бекова', { subject: 'p-assel' });
    const email = `assel-${randomUUID().slice(0, 8)}@example.kz`;
    const signed = await sign(t.app, 'bike-lanes', signature({ email }), {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(signed.statusCode, 202, signed.body);
    const [mail] = await mailTo(t.app, email);
    assert.equal((await confirm(t.app, mail!.token!)).statusCode, 200);
    assert.equal((await confirm(t.app, mail!.token!)).statusCode, 200);
    const rows = await contributions();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.participant_id, 'p-assel');
    assert.equal(rows[0]!.category_id, 'transport');
    const participant = await t.ctx.database.db
      .selectFrom('participants')
      .selectAll()
      .where('id', '=', 'p-assel')
      .executeTakeFirst();
    assert.equal(participant?.display_name, 'Асель Бекова');
  });

  it('records nothing for an anonymous signer', async () => {
    const before = (await contributions()).length;
    const email = `anon-${randomUUID().slice(0, 8)}@example.kz`;
    await sign(t.app, 'bike-lanes', signature({ email }));
    const [mail] = await mailTo(t.app, email);
    assert.equal((await confirm(t.app, mail!.token!)).statusCode, 200);
    assert.equal((await contributions()).length, before);
  });
});

it('refuses an invalid leaderboard file, naming each problem', () => {
  const file = {
    leaderboards: [
      {
        id: 'x',
        title: {},
        actions: [
          { action: 'idea.accepted', points: 1, label: { en: 'A' } },
          { action: 'idea.accepted', points: 2, label: { en: 'B' } },
        ],
        levels: [
          { id: 'b', minScore: 10, label: { en: 'B' } },
          { id: 'a', minScore: 5, label: { en: 'A' } },
        ],
      },
    ],
  };
  assert.throws(
    () => parseLeaderboardFile(JSON.stringify(file)),
    (error: Error) => {
      assert.match(error.message, /leaderboards\.0\.title: give at least one language/);
      return true;
    },
  );
  assert.throws(
    () =>
      parseLeaderboardFile(
        JSON.stringify({ leaderboards: [{ ...file.leaderboards[0], title: { en: 'X' } }] }),
      ),
    /each action may appear once/,
  );
});
