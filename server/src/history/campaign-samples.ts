import type { CampaignHistoryPoint } from '#protocol';
import type { Db } from '../db/kysely.js';
import { hourBucket, resolutionOf } from './buckets.js';

/*
 * A campaign's totals over time: the raised amount (offline and pledged) and backers in the
 * current hour's bucket. Pledges of one campaign are recorded one at a time (its row lock), so the
 * last value written to a bucket is the bucket's latest total.
 */

export interface CampaignTotalsSample {
  /** Minor units of the campaign's currency. */
  raised: number;
  backers: number;
}

/** Records a campaign's new totals. Call in the transaction that changed them. */
export async function sampleCampaignTotals(
  trx: Db,
  campaignId: string,
  totals: CampaignTotalsSample,
  nowMs: number,
): Promise<void> {
  await trx
    .insertInto('campaign_total_samples')
    .values({ campaign_id: campaignId, bucket_at: hourBucket(nowMs), resolution: 'hour', ...totals })
    .onConflict((oc) =>
      oc.columns(['campaign_id', 'bucket_at']).doUpdateSet((eb) => ({
        raised: eb.ref('excluded.raised'),
        backers: eb.ref('excluded.backers'),
      })),
    )
    .execute();
}

/** The campaign's points, ascending. */
export async function readCampaignHistory(db: Db, campaignId: string): Promise<CampaignHistoryPoint[]> {
  const rows = await db
    .selectFrom('campaign_total_samples')
    .select(['bucket_at', 'resolution', 'raised', 'backers'])
    .where('campaign_id', '=', campaignId)
    .orderBy('bucket_at')
    .execute();
  return rows.map((row) => ({
    at: row.bucket_at,
    raised: Number(row.raised),
    backers: Number(row.backers),
    resolution: resolutionOf(row.resolution),
  }));
}
