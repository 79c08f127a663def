import { randomInt } from 'node:crypto';
import type { IdeaPage, ListIdeasQuery, SimilarIdeas, VoteValue } from '#protocol';
import { isoAt } from '../clock.js';
import type { AppContext } from '../context.js';
import { problemError } from '../security/problem.js';
import { decodeIdeaCursor, encodeIdeaCursor } from './cursor.js';
import type { IdeaListPosition } from './cursor.js';
import { rankIdeas, TRENDING_WINDOW_MS } from './ranking.js';
import { filterQuery, similarQuery } from './search.js';
import { findBoardRow, ideaRowsByIds, listRankingRows, similarRows, votesOf } from './store.js';
import type { BoardRow, Viewer } from './store.js';
import { boardDocumentOf, localizeBoard, toIdea, toIdeaSummary } from './view.js';
import type { BoardDocument } from './view.js';

/* listIdeas and similarIdeas: filters in SQL, order in memory (ranking.ts), one page of full rows. */

const DEFAULT_LIMIT = 20;
const DEFAULT_SIMILAR = 5;
/** Seeds a client may send are 0 … 2³¹−1; the server picks one the same way when none is sent. */
const SEED_LIMIT = 2_147_483_648;

export async function boardOf(
  ctx: AppContext,
  boardId: string,
): Promise<{ row: BoardRow; document: BoardDocument }> {
  const row = await findBoardRow(ctx.database.db, boardId);
  if (!row) throw problemError('notFound', 'No such board');
  return { row, document: boardDocumentOf(row) };
}

export async function listBoardIdeas(
  ctx: AppContext,
  input: { boardId: string; query: ListIdeasQuery; viewer: Viewer; acceptLanguage: string | undefined },
): Promise<IdeaPage> {
  const { db, dialect } = ctx.database;
  const { document } = await boardOf(ctx, input.boardId);
  const { query } = input;
  const position: IdeaListPosition = query.cursor
    ? decodeIdeaCursor(query.cursor)
    : {
        sort: query.sort ?? 'trending',
        status: query.status,
        category: query.category,
        q: query.q,
        seed: query.seed ?? randomInt(SEED_LIMIT),
        asOf: ctx.clock.now(),
        offset: 0,
      };
  const limit = query.limit ?? DEFAULT_LIMIT;
  const q = position.q?.trim();
  const candidates = await listRankingRows(db, dialect, {
    boardId: input.boardId,
    viewer: input.viewer,
    status: position.status,
    category: position.category,
    text: q ? filterQuery(q) : undefined,
    recentSince: position.sort === 'trending' ? isoAt(position.asOf - TRENDING_WINDOW_MS) : undefined,
  });
  const ranked = rankIdeas(candidates, position.sort, { asOfMs: position.asOf, seed: position.seed });
  const pageIds = ranked.slice(position.offset, position.offset + limit).map((idea) => idea.id);
  const rows = await ideaRowsByIds(db, pageIds);
  const myVotes =
    input.viewer.subject === undefined ? undefined : await votesOf(db, input.viewer.subject, pageIds);
  const view = {
    document,
    localized: localizeBoard(document, input.acceptLanguage, ctx.config.defaultLocale),
    acceptLanguage: input.acceptLanguage,
    fallbackLocale: ctx.config.defaultLocale,
  };
  const items = rows.map((row) =>
    toIdea(row, myVotes === undefined ? null : ((myVotes.get(row.id) ?? 0) as VoteValue), view),
  );
  const next = position.offset + pageIds.length;
  return {
    items,
    nextCursor:
      pageIds.length > 0 && next < ranked.length ? encodeIdeaCursor({ ...position, offset: next }) : null,
    total: ranked.length,
  };
}

export async function similarBoardIdeas(
  ctx: AppContext,
  input: { boardId: string; title: string; limit: number | undefined; acceptLanguage: string | undefined },
): Promise<SimilarIdeas> {
  const { db, dialect } = ctx.database;
  const { document } = await boardOf(ctx, input.boardId);
  const rows = await similarRows(
    db,
    dialect,
    input.boardId,
    similarQuery(input.title),
    input.limit ?? DEFAULT_SIMILAR,
  );
  return {
    items: rows.map((row) => toIdeaSummary(row, document, input.acceptLanguage, ctx.config.defaultLocale)),
  };
}
