import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { parseAdminFile } from '../admin/admin-file.js';
import type { AdminFile } from '../admin/admin-file.js';
import { isoAt } from '../clock.js';
import type { Database } from '../db/kysely.js';
import { CampaignDefinitionSchema } from './campaign.js';
import { countCampaigns, upsertCampaigns } from './store.js';

/* The file `npm run server -- load campaigns FILE.json` reads: `{ "campaigns": [...] }`. */

export const CampaignFileSchema = v.pipe(
  v.object({ campaigns: v.array(CampaignDefinitionSchema) }),
  v.check(
    (file) => new Set(file.campaigns.map((c) => c.id)).size === file.campaigns.length,
    'each campaign id may appear once',
  ),
);
export type CampaignFile = v.InferOutput<typeof CampaignFileSchema>;

/** Parses and validates a campaign file's text; throws with every problem listed by path. */
export function parseCampaignFile(text: string): CampaignFile {
  return parseAdminFile(CampaignFileSchema, text, 'campaign');
}

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

export const CAMPAIGN_ADMIN_FILE: AdminFile = {
  command: 'campaigns',
  usage: 'load campaigns (upsert by id) and exit',
  async load(database, path, nowIso) {
    return `Loaded ${await loadCampaignFile(database, path, nowIso)} campaign(s) from ${path}.`;
  },
  seedDemo: (database, nowMs) => seedDemoCampaigns(database, isoAt(nowMs)),
};
