import { sql } from 'kysely';
import type { ExpressionBuilder, Insertable, Selectable } from 'kysely';
import type { IdeaStatus } from '#protocol';
import type { Db, Dialect } from '../db/kysely.js';
import type { BoardsTable, DatabaseSchema, IdeasTable } from '../db/schema.js';
import type { RankedIdea } from './ranking.js';
import { matchCondition, relevance } from './search.js';
import type { TextQuery } from './search.js';

/* Board, idea, vote and report rows. */

export type BoardRow = Selectable<BoardsTable>;
export type IdeaRow = Selectable<IdeasTable>;
export type NewIdeaRow = Insertable<IdeasTable>;

/** Who is reading: anonymous, a participant, or staff (who see every idea). */
export interface Viewer {
  subject?: string | undefined;
  staff?: boolean | undefined;
}

export async function findBoardRow(db: Db, id: string): Promise<BoardRow | undefined> {
  return db.selectFrom('boards').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countBoardRows(db: Db): Promise<number> {
  const row = await db
    .selectFrom('boards')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Hidden and pending ideas are visible to their author and to staff only. */
function visibleTo(viewer: Viewer) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'ideas'>) => {
    const listed = eb.and([eb('ideas.hidden', '=', 0), eb('ideas.pending_moderation', '=', 0)]);
    if (viewer.staff) return eb.lit(true);
    if (viewer.subject === undefined) return listed;
    return eb.or([listed, eb('ideas.author_id', '=', viewer.subject)]);
  };
}

export async function findIdeaRow(db: Db, id: string): Promise<IdeaRow | undefined> {
  return db.selectFrom('ideas').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Reads an idea inside a write transaction and, on PostgreSQL, locks its row until commit: the
 * votes and reports of one idea then run one after another, so recounts are exact. (SQLite has a
 * single writer already.)
 */
export async function lockIdeaRow(trx: Db, dialect: Dialect, id: string): Promise<IdeaRow | undefined> {
  const query = trx.selectFrom('ideas').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

/** Whether a viewer may see an idea. */
export function isVisibleTo(
  row: Pick<IdeaRow, 'hidden' | 'pending_moderation' | 'author_id'>,
  viewer: Viewer,
): boolean {
  if (viewer.staff) return true;
  if (row.hidden === 0 && row.pending_moderation === 0) return true;
  return viewer.subject !== undefined && row.author_id === viewer.subject;
}

export interface IdeaFilter {
  boardId: string;
  viewer: Viewer;
  status?: IdeaStatus | undefined;
  category?: string | undefined;
  text?: TextQuery | undefined;
  /** Count up-votes since then (UTC ISO) for `trending`; left out when undefined. */
  recentSince?: string | undefined;
}

/** The ideas a list may show, with what ranking needs (not their text). */
export async function listRankingRows(db: Db, dialect: Dialect, filter: IdeaFilter): Promise<RankedIdea[]> {
  let query = db
    .selectFrom('ideas')
    .select(['ideas.id', 'ideas.created_at', 'ideas.votes_up', 'ideas.votes_down', 'ideas.comment_count'])
    .where('ideas.board_id', '=', filter.boardId)
    .where(visibleTo(filter.viewer));
  if (filter.status !== undefined) query = query.where('ideas.status', '=', filter.status);
  if (filter.category !== undefined) query = query.where('ideas.category_id', '=', filter.category);
  if (filter.text !== undefined && filter.text.words.length > 0)
    query = query.where(matchCondition(dialect, filter.text, 'text'));
  const since = filter.recentSince;
  const rows = await (
    since === undefined
      ? query.select(sql<number>`0`.as('recent_up'))
      : query.select((eb) =>
          eb
            .selectFrom('idea_votes')
            .select(eb.fn.countAll<number | string>().as('n'))
            .whereRef('idea_votes.idea_id', '=', 'ideas.id')
            .where('idea_votes.value', '=', 1)
            .where('idea_votes.voted_at', '>', since)
            .as('recent_up'),
        )
  ).execute();
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    votesUp: Number(row.votes_up),
    votesDown: Number(row.votes_down),
    commentCount: Number(row.comment_count),
    recentUpVotes: Number(row.recent_up ?? 0),
    recentComments: 0,
  }));
}

/** Full rows of some ideas, in the order of `ids`. */
export async function ideaRowsByIds(db: Db, ids: readonly string[]): Promise<IdeaRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('ideas').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A participant's votes on some ideas: idea id → 1 or -1. */
export async function votesOf(
  db: Db,
  participantId: string,
  ideaIds: readonly string[],
): Promise<Map<string, number>> {
  if (ideaIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('idea_votes')
    .select(['idea_id', 'value'])
    .where('participant_id', '=', participantId)
    .where('idea_id', 'in', ideaIds)
    .execute();
  return new Map(rows.map((row) => [row.idea_id, Number(row.value)]));
}

/** Listed ideas whose titles match, best first (then most supported, then id). */
export async function similarRows(
  db: Db,
  dialect: Dialect,
  boardId: string,
  text: TextQuery,
  limit: number,
): Promise<IdeaRow[]> {
  if (text.words.length === 0) return [];
  return db
    .selectFrom('ideas')
    .selectAll()
    .where('board_id', '=', boardId)
    .where(visibleTo({}))
    .where(matchCondition(dialect, text, 'title'))
    .orderBy(relevance(dialect, text), 'desc')
    .orderBy(sql`ideas.votes_up - ideas.votes_down`, 'desc')
    .orderBy('ideas.id')
    .limit(limit)
    .execute();
}

/** Ideas a participant submitted since a time (any board), and the earliest of them. */
export async function submissionsSince(
  db: Db,
  authorId: string,
  sinceIso: string,
): Promise<{ count: number; earliest: string | null }> {
  const row = await db
    .selectFrom('ideas')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('earliest')])
    .where('author_id', '=', authorId)
    .where('created_at', '>', sinceIso)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), earliest: (row.earliest as string | null) ?? null };
}

/** Whether a board has an idea with this normalized title. */
export async function titleTaken(db: Db, boardId: string, titleKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('ideas')
    .select('id')
    .where('board_id', '=', boardId)
    .where('title_key', '=', titleKey)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertIdeaRow(trx: Db, row: NewIdeaRow): Promise<void> {
  await trx.insertInto('ideas').values(row).execute();
}

/** A participant's vote on an idea (1 or -1), or 0 when there is none. */
export async function readVote(trx: Db, ideaId: string, participantId: string): Promise<number> {
  const row = await trx
    .selectFrom('idea_votes')
    .select('value')
    .where('idea_id', '=', ideaId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
  return row ? Number(row.value) : 0;
}

/** Sets a vote (1 or -1) or, with 0, removes it. */
export async function writeVote(
  trx: Db,
  ideaId: string,
  participantId: string,
  value: number,
  nowIso: string,
): Promise<void> {
  if (value === 0) {
    await trx
      .deleteFrom('idea_votes')
      .where('idea_id', '=', ideaId)
      .where('participant_id', '=', participantId)
      .execute();
    return;
  }
  await trx
    .insertInto('idea_votes')
    .values({ idea_id: ideaId, participant_id: participantId, value, voted_at: nowIso })
    .onConflict((oc) => oc.columns(['idea_id', 'participant_id']).doUpdateSet({ value, voted_at: nowIso }))
    .execute();
}

/** Recounts an idea's votes from its imported counts and its vote rows; returns the new counts. */
export async function recountVotes(trx: Db, ideaId: string): Promise<{ votesUp: number; votesDown: number }> {
  const counted = (value: number) =>
    trx
      .selectFrom('idea_votes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('idea_votes.idea_id', '=', ideaId)
      .where('idea_votes.value', '=', value);
  await trx
    .updateTable('ideas')
    .set((eb) => ({
      votes_up: eb('imported_up', '+', counted(1)),
      votes_down: eb('imported_down', '+', counted(-1)),
    }))
    .where('id', '=', ideaId)
    .execute();
  const row = await trx
    .selectFrom('ideas')
    .select(['votes_up', 'votes_down'])
    .where('id', '=', ideaId)
    .executeTakeFirstOrThrow();
  return { votesUp: Number(row.votes_up), votesDown: Number(row.votes_down) };
}

/** Stores a report; false when this participant had reported the idea already. */
export async function insertFlag(
  trx: Db,
  flag: { ideaId: string; participantId: string; reason: string; note: string | null; nowIso: string },
): Promise<boolean> {
  const result = await trx
    .insertInto('idea_flags')
    .values({
      idea_id: flag.ideaId,
      participant_id: flag.participantId,
      reason: flag.reason,
      note: flag.note,
      created_at: flag.nowIso,
    })
    .onConflict((oc) => oc.columns(['idea_id', 'participant_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function hasFlagged(trx: Db, ideaId: string, participantId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('idea_flags')
    .select('reason')
    .where('idea_id', '=', ideaId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Distinct participants who reported an idea. */
export async function countFlags(trx: Db, ideaId: string): Promise<number> {
  const row = await trx
    .selectFrom('idea_flags')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('idea_id', '=', ideaId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function hideIdea(trx: Db, ideaId: string, nowIso: string): Promise<void> {
  await trx.updateTable('ideas').set({ hidden: 1, updated_at: nowIso }).where('id', '=', ideaId).execute();
}
