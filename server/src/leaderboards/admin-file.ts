import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { generateDemoContributions } from '../../seed/generate-demo-contributions.js';
import { parseAdminFile } from '../admin/admin-file.js';
import type { AdminFile } from '../admin/admin-file.js';
import { isoAt } from '../clock.js';
import type { Database } from '../db/kysely.js';
import { LeaderboardDefinitionSchema } from './leaderboard.js';
import { countLeaderboards, upsertLeaderboards } from './store.js';

/* The file `npm run server -- load leaderboards FILE.json` reads: `{ "leaderboards": [...] }`. */

export const LeaderboardFileSchema = v.pipe(
  v.object({ leaderboards: v.array(LeaderboardDefinitionSchema) }),
  v.check(
    (file) => new Set(file.leaderboards.map((b) => b.id)).size === file.leaderboards.length,
    'each leaderboard id may appear once',
  ),
);
export type LeaderboardFile = v.InferOutput<typeof LeaderboardFileSchema>;

/** Parses and validates a leaderboard file's text; throws with every problem listed by path. */
export function parseLeaderboardFile(text: string): LeaderboardFile {
  return parseAdminFile(LeaderboardFileSchema, text, 'leaderboard');
}

/** Loads an admin leaderboard file into the database (upsert by id); returns how many it held. */
export async function loadLeaderboardFile(database: Database, path: string, nowIso: string): Promise<number> {
  const file = parseLeaderboardFile(await readFile(path, 'utf8'));
  await upsertLeaderboards(database.db, file.leaderboards, nowIso);
  return file.leaderboards.length;
}

/** The demo city's contributor leaderboard, shipped with the server. */
export const DEMO_LEADERBOARD_FILE = new URL('../../seed/demo-leaderboard.json', import.meta.url);

/** Rows per insert statement (SQLite allows 32,766 parameters per statement). */
const CHUNK = 500;

/**
 * When the database has no leaderboards: loads the demo board and 100 fictional participants'
 * contributions over the year before `nowMs` (generated deterministically). Returns the boards loaded.
 */
export async function seedDemoLeaderboards(database: Database, nowMs: number): Promise<number> {
  if ((await countLeaderboards(database.db)) > 0) return 0;
  const nowIso = isoAt(nowMs);
  const loaded = await loadLeaderboardFile(database, fileURLToPath(DEMO_LEADERBOARD_FILE), nowIso);
  const { participants, contributions } = generateDemoContributions(nowMs);
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < participants.length; i += CHUNK) {
      await trx
        .insertInto('participants')
        .values(
          participants.slice(i, i + CHUNK).map((p) => ({
            id: p.id,
            display_name: p.displayName,
            staff: p.staff ? 1 : 0,
            avatar_url: null,
            profile_url: null,
            updated_at: nowIso,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    for (let i = 0; i < contributions.length; i += CHUNK) {
      await trx
        .insertInto('contributions')
        .values(
          contributions.slice(i, i + CHUNK).map((c) => ({
            participant_id: c.participantId,
            action: c.action,
            subject_id: c.subjectId,
            category_id: c.categoryId,
            occurred_at: c.occurredAt,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  });
  return loaded;
}

export const LEADERBOARD_ADMIN_FILE: AdminFile = {
  command: 'leaderboards',
  usage: 'load leaderboards (upsert by id) and exit',
  async load(database, path, nowIso) {
    return `Loaded ${await loadLeaderboardFile(database, path, nowIso)} leaderboard(s) from ${path}.`;
  },
  seedDemo: (database, nowMs) => seedDemoLeaderboards(database, nowMs),
};
