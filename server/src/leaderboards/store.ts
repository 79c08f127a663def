import { sql } from 'kysely';
import type { Db } from '../db/kysely.js';
import type { LeaderboardDefinition } from './leaderboard.js';
import type { DayActionCount } from './scoring.js';

/* Leaderboard definitions, the contributions they are computed from, and participants' names. */

export async function upsertLeaderboards(
  db: Db,
  boards: readonly LeaderboardDefinition[],
  nowIso: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const board of boards) {
      const document = JSON.stringify(board);
      await trx
        .insertInto('leaderboards')
        .values({ id: board.id, document, updated_at: nowIso })
        .onConflict((oc) => oc.column('id').doUpdateSet({ document, updated_at: nowIso }))
        .execute();
    }
  });
}

export async function countLeaderboards(db: Db): Promise<number> {
  const row = await db
    .selectFrom('leaderboards')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findLeaderboard(db: Db, id: string): Promise<LeaderboardDefinition | undefined> {
  const row = await db.selectFrom('leaderboards').select('document').where('id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.document) as LeaderboardDefinition) : undefined;
}

export interface ContributionScope {
  actions: readonly string[];
  /** ISO bounds [from, to); undefined for all time. */
  from?: string;
  to?: string;
  categoryId?: string;
  excludesStaff: boolean;
}

/** Contributions counted per participant, UTC day and action (the input of the daily cap). */
export async function readDayActionCounts(db: Db, scope: ContributionScope): Promise<DayActionCount[]> {
  if (scope.actions.length === 0) return [];
  const day = sql<string>`substr(c.occurred_at, 1, 10)`;
  let query = db
    .selectFrom('contributions as c')
    .select(['c.participant_id', day.as('day'), 'c.action', (eb) => eb.fn.countAll().as('n')])
    .where('c.action', 'in', [...scope.actions]);
  if (scope.from !== undefined) query = query.where('c.occurred_at', '>=', scope.from);
  if (scope.to !== undefined) query = query.where('c.occurred_at', '<', scope.to);
  if (scope.categoryId !== undefined) query = query.where('c.category_id', '=', scope.categoryId);
  if (scope.excludesStaff) {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('participants as p')
            .select('p.id')
            .whereRef('p.id', '=', 'c.participant_id')
            .where('p.staff', '=', 1),
        ),
      ),
    );
  }
  const rows = await query.groupBy(['c.participant_id', day, 'c.action']).execute();
  return rows.map((row) => ({
    participantId: row.participant_id,
    day: row.day,
    action: row.action,
    count: Number(row.n),
  }));
}

export interface ParticipantProfile {
  id: string;
  displayName: string;
  avatarUrl: string | null;
  profileUrl: string | null;
}

export async function readParticipants(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, ParticipantProfile>> {
  const profiles = new Map<string, ParticipantProfile>();
  if (ids.length === 0) return profiles;
  const rows = await db
    .selectFrom('participants')
    .select(['id', 'display_name', 'avatar_url', 'profile_url'])
    .where('id', 'in', [...ids])
    .execute();
  for (const row of rows) {
    profiles.set(row.id, {
      id: row.id,
      displayName: row.display_name,
      avatarUrl: row.avatar_url,
      profileUrl: row.profile_url,
    });
  }
  return profiles;
}
