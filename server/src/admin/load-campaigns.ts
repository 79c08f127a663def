import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { countCampaigns, upsertCampaigns } from '../campaigns/store.js';
import type { Database } from '../db/kysely.js';
import { parseCampaignFile } from './campaign-file.js';

/** Loads an admin campaign file into the database (upsert by id); returns how many it held. */
export async function loadCampaignFile(database: Database, path: string, nowIso: string): Promise<number> {
  const file = parseCampaignFile(await readFile(path, 'utf8'));
  await upsertCampaigns(database.db, file.campaigns, nowIso);
  return file.campaigns.length;
}

/** The demo city's campaigns (with their backers so far), shipped with the server. */
export const DEMO_CAMPAIGNS_FILE = new URL('../../seed/demo-campaigns.json', import.meta.url);

/** Loads the demo campaigns when the database has none; returns how many were loaded. */
export async function seedDemoCampaigns(database: Database, nowIso: string): Promise<number> {
  if ((await countCampaigns(database.db)) > 0) return 0;
  return loadCampaignFile(database, fileURLToPath(DEMO_CAMPAIGNS_FILE), nowIso);
}
