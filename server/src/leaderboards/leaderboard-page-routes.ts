import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { ENDPOINTS, LeaderboardPathSchema } from '#protocol';
import type { AppContext } from '../context.js';
import { searchParamsOf } from '../http/validate.js';
import { readApi } from '../pages/api-read.js';
import { renderLeaderboardPage } from '../pages/leaderboard-page.js';
import { pageLocale } from '../pages/page-http.js';
import { sendRead } from '../pages/read-page.js';

/*
 * A leaderboard's page without scripts: `GET /leaderboards/:leaderboardId?period=&category=&cursor=`,
 * read through getLeaderboard. Filters or a cursor the API refuses show the leaderboard's default
 * page rather than an error.
 */

export async function leaderboardPageRoutes(
  app: FastifyInstance,
  { ctx }: { ctx: AppContext },
): Promise<void> {
  app.get('/leaderboards/:leaderboardId', async (request, reply) => {
    const params = searchParamsOf(request.url);
    const locale = pageLocale(ctx, request, params.get('lang'));
    const path = v.safeParse(LeaderboardPathSchema, request.params);
    if (!path.success) return sendRead(reply, locale, { kind: 'missing' }, () => '');
    const { leaderboardId } = path.output;
    const read = (query: Record<string, string | undefined>) =>
      readApi(app, ENDPOINTS.getLeaderboard, { leaderboardId }, query, locale);
    let cursor = params.get('cursor') || undefined;
    let board = await read({
      period: params.get('period') || undefined,
      category: params.get('category') || undefined,
      cursor,
    });
    if (board.kind === 'invalid') {
      cursor = undefined;
      board = await read({});
    }
    return sendRead(reply, locale, board, (value) =>
      renderLeaderboardPage(locale, value, {
        path: `/leaderboards/${encodeURIComponent(leaderboardId)}`,
        cursor,
      }),
    );
  });
}
