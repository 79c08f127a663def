import { LEADERBOARD_PERIODS, LeaderboardSchema } from '#protocol';
import { missingId } from '../fixtures.js';
import { expectFieldError, expectProblem, expectSchema, expectStatus } from '../expect.js';
import { ensure } from '../harness.js';
import type { Check, CheckContext } from '../harness.js';
import { expectPersonalCaching, expectWalk, walkPages } from './common.js';

const MAX_PAGES = 500;

function leaderboardId(ctx: CheckContext): string {
  const id = ctx.options.leaderboardId;
  if (id === undefined) ctx.skip('pass --leaderboard ID to check leaderboards');
  return id;
}

export const leaderboardChecks: Check[] = [
  {
    id: 'leaderboards.periods',
    area: 'leaderboards',
    title: `Each period (${LEADERBOARD_PERIODS.join(', ')}) answers a valid Leaderboard for that period`,
    endpoints: ['getLeaderboard'],
    async run(ctx) {
      const id = leaderboardId(ctx);
      for (const period of LEADERBOARD_PERIODS) {
        const res = await ctx.request('getLeaderboard', { path: { leaderboardId: id }, query: { period } });
        expectStatus(res, 200);
        const board = expectSchema(res, LeaderboardSchema);
        ensure(board.id === id, `GET ${res.target}: answered leaderboard ${board.id}`);
        ensure(board.period === period, `GET ${res.target}: answered period ${board.period}`);
        ensure(board.me === null, `GET ${res.target}: "me" should be null without a token`);
        if (period === 'all') {
          ensure(
            board.periodStart === null && board.periodEnd === null,
            `GET ${res.target}: periodStart and periodEnd should be null for "all"`,
          );
        } else {
          ensure(
            board.periodStart !== null &&
              board.periodEnd !== null &&
              Date.parse(board.periodStart) < Date.parse(board.periodEnd),
            `GET ${res.target}: a calendar period needs periodStart before periodEnd`,
          );
        }
      }
    },
  },
  {
    id: 'leaderboards.pagination',
    area: 'leaderboards',
    title: 'limit=1 pages through entries by cursor without repeats; total matches',
    endpoints: ['getLeaderboard'],
    async run(ctx) {
      const input = { path: { leaderboardId: leaderboardId(ctx) }, query: { period: 'all' } };
      const walk = await walkPages(
        ctx,
        'getLeaderboard',
        input,
        LeaderboardSchema,
        (board) => board.entries.map((entry) => ({ id: entry.participant.id })),
        MAX_PAGES,
      );
      expectWalk(walk, ctx, 'getLeaderboard');
    },
  },
  {
    id: 'leaderboards.bad-query',
    area: 'leaderboards',
    title: 'An unknown period answers 400 malformed naming "period"',
    endpoints: ['getLeaderboard'],
    async run(ctx) {
      const res = await ctx.request('getLeaderboard', {
        path: { leaderboardId: leaderboardId(ctx) },
        query: { period: 'conformance-bogus' },
      });
      expectFieldError(res, expectProblem(res, 400, 'malformed'), 'period');
    },
  },
  {
    id: 'leaderboards.not-found',
    area: 'leaderboards',
    title: 'An unknown leaderboard answers 404 urn:civic:problem:not-found',
    endpoints: ['getLeaderboard'],
    async run(ctx) {
      expectProblem(
        await ctx.request('getLeaderboard', { path: { leaderboardId: missingId() } }),
        404,
        'notFound',
      );
    },
  },
  {
    id: 'leaderboards.private-cache',
    area: 'leaderboards',
    title: 'A leaderboard read with a token is Cache-Control private and Vary: Authorization',
    endpoints: ['getLeaderboard'],
    async run(ctx) {
      const id = leaderboardId(ctx);
      const token = ctx.options.token;
      if (token === undefined) ctx.skip('pass --token to check personalised answers');
      const res = await ctx.request('getLeaderboard', { path: { leaderboardId: id } }, { token });
      expectStatus(res, 200);
      expectSchema(res, LeaderboardSchema);
      expectPersonalCaching(res);
    },
  },
];
