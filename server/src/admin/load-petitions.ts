import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/kysely.js';
import { countPetitionRows, upsertPetitions } from '../store/petitions.js';
import { parsePetitionFile } from './petition-file.js';

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
