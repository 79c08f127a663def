import { isPublicItem, publicItemIds } from '../open-data/keyset.js';
import type { DatasetSource, ExportItem, ExportReadContext, ExportRow } from '../open-data/source.js';
import { readCampaignHistory } from './campaign-samples.js';
import { readPetitionHistory } from './petition-samples.js';

/*
 * The petition-history and campaign-history datasets: the points the history endpoints answer,
 * item after item in id order (one item's history in memory at a time), for the items the
 * petitions and campaigns datasets export (hidden petitions left out).
 */

async function* petitionHistoryRows(
  read: ExportReadContext,
  item: ExportItem | undefined,
): AsyncGenerator<ExportRow> {
  for await (const id of publicItemIds(read.database, 'petitions', item?.id)) {
    for (const point of await readPetitionHistory(read.database.db, id))
      yield { petition_id: id, at: point.at, signature_count: point.count, resolution: point.resolution };
  }
}

async function* campaignHistoryRows(
  read: ExportReadContext,
  item: ExportItem | undefined,
): AsyncGenerator<ExportRow> {
  const { db } = read.database;
  for await (const id of publicItemIds(read.database, 'campaigns', item?.id)) {
    const campaign = await db
      .selectFrom('campaigns')
      .select('currency')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!campaign) continue;
    for (const point of await readCampaignHistory(db, id))
      yield {
        campaign_id: id,
        at: point.at,
        currency: campaign.currency,
        raised_amount: point.raised,
        backers: point.backers,
        resolution: point.resolution,
      };
  }
}

export const PETITION_HISTORY_SOURCE: DatasetSource = {
  exists: (read, id) => isPublicItem(read.database, 'petitions', id),
  rows: petitionHistoryRows,
};

export const CAMPAIGN_HISTORY_SOURCE: DatasetSource = {
  exists: (read, id) => isPublicItem(read.database, 'campaigns', id),
  rows: campaignHistoryRows,
};
