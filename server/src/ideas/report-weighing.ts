import { sql } from 'kysely';
import type { Db } from '../db/kysely.js';
import type { WindowCount } from '../security/window-limit.js';

/*
 * Which reports may hide an idea (docs/ideas.md, "Reports and hiding"). A report counts toward
 * `flagHideThreshold` only when its reporter has standing: something they did here (a vote, an
 * idea, a report or a contribution) is older than the idea. Accounts made to silence an idea
 * cannot have done anything before it was posted, while regulars facing fresh spam have.
 */

/** What counts as activity: each table with its participant and time columns. */
const ACTIVITY = [
  ['idea_votes', 'participant_id', 'voted_at'],
  ['ideas', 'author_id', 'created_at'],
  ['idea_flags', 'participant_id', 'created_at'],
  ['contributions', 'participant_id', 'occurred_at'],
] as const;

/** Reports on an idea whose reporters have standing: some activity of theirs before `ideaCreatedAt`. */
export async function reportsWithStanding(trx: Db, ideaId: string, ideaCreatedAt: string): Promise<number> {
  const row = await trx
    .selectFrom('idea_flags as f')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('f.idea_id', '=', ideaId)
    .where((eb) =>
      eb.or(
        ACTIVITY.map(
          ([table, who, when]) =>
            sql<boolean>`exists (select 1 from ${sql.table(table)} as a where ${sql.ref(`a.${who}`)} = f.participant_id and ${sql.ref(`a.${when}`)} < ${ideaCreatedAt})`,
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A participant's reports since `sinceIso` (any idea): how many, and when the earliest was. */
export async function reportsSince(trx: Db, participantId: string, sinceIso: string): Promise<WindowCount> {
  const row = await trx
    .selectFrom('idea_flags')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('earliest')])
    .where('participant_id', '=', participantId)
    .where('created_at', '>', sinceIso)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), earliest: (row.earliest as string | null) ?? null };
}
