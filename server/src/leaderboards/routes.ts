import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '#protocol';
import type { LeaderboardEntry } from '#protocol';
import type { AppContext } from '../context.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { weakEtagOf } from '../http/etag.js';
import { addVary, sendTaggedJson } from '../http/reply.js';
import { parsePath, parseQuery } from '../http/validate.js';
import { authenticate } from '../security/jwt.js';
import { problemError } from '../security/problem.js';
import { decodeLeaderboardCursor, encodeLeaderboardCursor } from './cursor.js';
import { periodBounds } from './periods.js';
import { RANKING_MAX_AGE_MS, RankingCache } from './rankings.js';
import type { RankedScore } from './scoring.js';
import { readParticipants } from './store.js';
import { levelBadges, readerLocale, toEntry, toLeaderboard } from './view.js';

/* getLeaderboard. */

const DEFAULT_LIMIT = 20;

/** Index of the first entry after (score, id) in the ranking order (score desc, id asc). */
function firstAfter(
  entries: readonly RankedScore[],
  after: { score: number; participantId: string },
): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const entry = entries[mid]!;
    const before =
      entry.score > after.score ||
      (entry.score === after.score && entry.participantId <= after.participantId);
    if (before) low = mid + 1;
    else high = mid;
  }
  return low;
}

export async function leaderboardRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const { db } = ctx.database;
  const rankings = new RankingCache(db, ctx.clock);
  const publicCacheControl = `public, max-age=${Math.ceil(RANKING_MAX_AGE_MS / 1000)}`;

  routeEndpoint(api, ENDPOINTS.getLeaderboard, async (request, reply) => {
    const endpoint = ENDPOINTS.getLeaderboard;
    const { leaderboardId } = parsePath(endpoint, request.params);
    const query = parseQuery(endpoint, request.url);
    const caller = await authenticate(request, endpoint.auth, ctx.verifier);
    const board = await rankings.board(leaderboardId);
    if (!board) throw problemError('notFound', 'No such leaderboard');

    const position = query.cursor ? decodeLeaderboardCursor(query.cursor, query) : undefined;
    const period = position?.period ?? query.period ?? board.defaultPeriod;
    const categoryId = position ? position.category : query.category;
    if (categoryId !== undefined && !board.categories.some((c) => c.id === categoryId)) {
      throw problemError('malformed', 'Invalid query parameters', {
        detail: 'This leaderboard has no such category.',
        errors: [{ field: 'category', code: 'invalid', message: 'Unknown category' }],
      });
    }
    const bounds = periodBounds(period, position?.periodStart ?? ctx.clock.now());
    const ranking = await rankings.ranking(board.id, bounds, categoryId);
    const allTime = board.levels.length > 0 ? await rankings.ranking(board.id, null, categoryId) : undefined;

    const limit = query.limit ?? DEFAULT_LIMIT;
    const from = position ? firstAfter(ranking.entries, position.after) : 0;
    const page = ranking.entries.slice(from, from + limit);
    const mineAt = caller ? ranking.positions.get(caller.subject) : undefined;
    const mine = mineAt === undefined ? undefined : ranking.entries[mineAt];
    const profiles = await readParticipants(db, [
      ...page.map((entry) => entry.participantId),
      ...(mine ? [mine.participantId] : []),
    ]);
    const locale = readerLocale(request.headers['accept-language'], ctx.config.defaultLocale);
    const entryOf = (score: RankedScore): LeaderboardEntry => {
      const allTimeScore = allTime?.entries[allTime.positions.get(score.participantId) ?? -1]?.score;
      return toEntry(score, profiles.get(score.participantId), levelBadges(board, allTimeScore, locale));
    };
    const last = page.at(-1);
    const nextCursor =
      last && from + page.length < ranking.entries.length
        ? encodeLeaderboardCursor({
            period,
            periodStart: bounds?.start ?? null,
            category: categoryId,
            after: { score: last.score, participantId: last.participantId },
          })
        : null;
    const leaderboard = toLeaderboard({
      board,
      locale,
      period,
      bounds,
      categoryId,
      entries: page.map(entryOf),
      nextCursor,
      total: ranking.entries.length,
      me: mine ? entryOf(mine) : null,
      updatedAt: ranking.computedAt,
    });
    const body = JSON.stringify(leaderboard);
    // Personalised answers (`me`) must not be shared by caches.
    reply.header('Cache-Control', request.headers.authorization ? 'private, no-cache' : publicCacheControl);
    addVary(reply, 'Authorization');
    addVary(reply, 'Accept-Language');
    return sendTaggedJson(request, reply, weakEtagOf(body), body);
  });
}
