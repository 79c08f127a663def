import { EXPORT_DATASET_IDS } from '#protocol';
import type { ExportDatasetId } from '#protocol';
import { CAMPAIGN_HISTORY_SOURCE, PETITION_HISTORY_SOURCE } from '../history/export-sources.js';
import type { DatasetSource } from './source.js';
import { CAMPAIGN_MILESTONES_SOURCE, CAMPAIGNS_SOURCE } from './sources/campaigns.js';
import { IDEAS_SOURCE } from './sources/ideas.js';
import { LEADERBOARD_ENTRIES_SOURCE } from './sources/leaderboards.js';
import { PETITION_REGIONS_SOURCE, PETITIONS_SOURCE } from './sources/petitions.js';

/*
 * The datasets this server exports and where each one's rows come from. Columns, titles and
 * filters are the protocol's (EXPORT_DATASETS); a dataset missing here is answered with 404.
 * A feature that adds a dataset adds its source here.
 */

export const DATASET_SOURCES: Readonly<Partial<Record<ExportDatasetId, DatasetSource>>> = {
  petitions: PETITIONS_SOURCE,
  'petition-regions': PETITION_REGIONS_SOURCE,
  ideas: IDEAS_SOURCE,
  campaigns: CAMPAIGNS_SOURCE,
  'campaign-milestones': CAMPAIGN_MILESTONES_SOURCE,
  'leaderboard-entries': LEADERBOARD_ENTRIES_SOURCE,
  'petition-history': PETITION_HISTORY_SOURCE,
  'campaign-history': CAMPAIGN_HISTORY_SOURCE,
};

/** The ids of the datasets served, in the protocol's order. */
export function servedDatasets(): ExportDatasetId[] {
  return EXPORT_DATASET_IDS.filter((id) => DATASET_SOURCES[id] !== undefined);
}
