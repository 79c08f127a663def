import { loadCampaignData } from '../../campaigns/store.js';
import type { CampaignData } from '../../campaigns/store.js';
import { campaignState, raisedOf } from '../../campaigns/view.js';
import { isPublicItem, publicItemIds } from '../keyset.js';
import type { DatasetSource, ExportItem, ExportReadContext, ExportRow } from '../source.js';

/*
 * The campaigns and campaign-milestones datasets, with the numbers of the totals resource, in the
 * campaign's own language. Never a pledge, a backer or a display name.
 */

/** Each campaign's data (as its API resources are built), in id order. */
async function* campaigns(
  read: ExportReadContext,
  item: ExportItem | undefined,
): AsyncGenerator<CampaignData> {
  for await (const id of publicItemIds(read.database, 'campaigns', item?.id)) {
    const data = await loadCampaignData(read.database.db, id);
    if (data) yield data;
  }
}

async function* campaignRows(
  read: ExportReadContext,
  item: ExportItem | undefined,
): AsyncGenerator<ExportRow> {
  for await (const data of campaigns(read, item)) {
    const { campaign } = data;
    yield {
      campaign_id: campaign.id,
      title: campaign.document.title,
      kind: campaign.document.kind,
      state: campaignState(data, read.nowMs),
      currency: campaign.currency,
      goal_amount: campaign.goal,
      minimum_amount: campaign.minimum,
      raised_amount: raisedOf(data),
      backers: campaign.offlineBackers + data.pledgeBackers,
      starts_at: campaign.startsAt,
      ends_at: campaign.endsAt,
      url: campaign.document.url,
    };
  }
}

async function* milestoneRows(
  read: ExportReadContext,
  item: ExportItem | undefined,
): AsyncGenerator<ExportRow> {
  for await (const { campaign, milestones } of campaigns(read, item)) {
    const labels = new Map(campaign.document.milestones.map((m) => [m.id, m.label]));
    for (const [index, milestone] of milestones.entries())
      yield {
        campaign_id: campaign.id,
        milestone_id: milestone.id,
        position: index + 1,
        label: labels.get(milestone.id) ?? milestone.id,
        currency: campaign.currency,
        amount: milestone.amount,
        reached_at: milestone.reachedAt,
      };
  }
}

function campaignExists(read: ExportReadContext, id: string): Promise<boolean> {
  return isPublicItem(read.database, 'campaigns', id);
}

export const CAMPAIGNS_SOURCE: DatasetSource = { exists: campaignExists, rows: campaignRows };

export const CAMPAIGN_MILESTONES_SOURCE: DatasetSource = { exists: campaignExists, rows: milestoneRows };
