import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { parseAdminFile } from '../admin/admin-file.js';
import type { AdminFile } from '../admin/admin-file.js';
import { isoAt } from '../clock.js';
import type { Database } from '../db/kysely.js';
import { PetitionDefinitionSchema } from './petition.js';
import { countPetitionRows, upsertPetitions } from './store.js';

/* The file `npm run server -- load petitions FILE.json` reads: `{ "petitions": [...] }`. */

export const PetitionFileSchema = v.pipe(
  v.object({ petitions: v.array(PetitionDefinitionSchema) }),
  v.check(
    (file) => new Set(file.petitions.map((p) => p.id)).size === file.petitions.length,
    'each petition id may appear once',
  ),
);
export type PetitionFile = v.InferOutput<typeof PetitionFileSchema>;

/** Parses and validates a petition file's text; throws with every problem listed by path. */
export function parsePetitionFile(text: string): PetitionFile {
  return parseAdminFile(PetitionFileSchema, text, 'petition');
}

/** Loads an admin petition file into the database (upsert by id); returns how many it held. */
export async function loadPetitionFile(database: Database, path: string, nowIso: string): Promise<number> {
  const file = parsePetitionFile(await readFile(path, 'utf8'));
  await upsertPetitions(database.db, database.dialect, file.petitions, nowIso);
  return file.petitions.length;
}

/** The demo city's petitions, shipped with the server. */
export const DEMO_PETITIONS_FILE = new URL('../../seed/demo-petitions.json', import.meta.url);

/** Loads the demo petitions when the database has none; returns how many were loaded. */
export async function seedDemoPetitions(database: Database, nowIso: string): Promise<number> {
  if ((await countPetitionRows(database.db)) > 0) return 0;
  return loadPetitionFile(database, fileURLToPath(DEMO_PETITIONS_FILE), nowIso);
}

export const PETITION_ADMIN_FILE: AdminFile = {
  command: 'petitions',
  usage: 'load petitions (upsert by id) and exit',
  async load(database, path, nowIso) {
    const count = await loadPetitionFile(database, path, nowIso);
    return `Loaded ${count} petition${count === 1 ? '' : 's'} from ${path}.`;
  },
  seedDemo: (database, nowMs) => seedDemoPetitions(database, isoAt(nowMs)),
};
