import { sql } from 'kysely';
import { NAME_MAX } from '#protocol';
import type { Db, Dialect } from '../db/kysely.js';
import { sampleCampaignTotals } from '../history/campaign-samples.js';
import type { CampaignDefinition } from './campaign.js';

/* Campaign rows, milestones and pledges. Amounts are bigint columns, read back with Number(). */

export interface CampaignRow {
  id: string;
  document: CampaignDefinition;
  currency: string;
  goal: number;
  minimum: number | null;
  offlineAmount: number;
  offlineBackers: number;
  startsAt: string;
  endsAt: string | null;
  totalsUpdatedAt: string;
}

export interface MilestoneRow {
  id: string;
  amount: number;
  reachedAt: string | null;
}

export interface PledgeRow {
  paymentId: string;
  campaignId: string;
  amount: number;
  currency: string;
  backerId: string | null;
  displayName: string | null;
  public: boolean;
  createdAt: string;
}

/** What a campaign's resources are built from. */
export interface CampaignData {
  campaign: CampaignRow;
  milestones: MilestoneRow[];
  /** Pledged through the provider (offline money not included). */
  pledged: number;
  /** Distinct backers of those pledges (offline backers not included). */
  pledgeBackers: number;
  /** The last public pledges' display names, newest first. */
  recentBackers: { displayName: string; at: string }[];
}

/** How many recent public backers a campaign shows. */
export const RECENT_BACKERS = 5;

/** A public display name as stored: trimmed, 1–100 characters with something visible; else none. */
export function storedDisplayName(name: string | null | undefined, isPublic: boolean): string | null {
  if (!isPublic || typeof name !== 'string') return null;
  const trimmed = name.trim();
  return trimmed.length >= 1 && trimmed.length <= NAME_MAX ? trimmed : null;
}

function utc(timestamp: string): string {
  return new Date(timestamp).toISOString();
}

/** Inserts or updates campaigns by id. Pledges and reached milestones are kept. */
export async function upsertCampaigns(
  db: Db,
  campaigns: readonly CampaignDefinition[],
  nowIso: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const campaign of campaigns) {
      const { pledges, ...document } = campaign;
      const values = {
        id: campaign.id,
        document: JSON.stringify(document),
        currency: campaign.goal.currency,
        goal_amount: campaign.goal.amount,
        minimum_amount: campaign.minimum?.amount ?? null,
        offline_amount: campaign.offline?.raised.amount ?? 0,
        offline_backers: campaign.offline?.backers ?? 0,
        starts_at: utc(campaign.startsAt),
        ends_at: campaign.endsAt === null ? null : utc(campaign.endsAt),
        totals_updated_at: nowIso,
        updated_at: nowIso,
      };
      const { id: _id, ...changes } = values;
      await trx
        .insertInto('campaigns')
        .values(values)
        .onConflict((oc) => oc.column('id').doUpdateSet(changes))
        .execute();
      await replaceMilestones(trx, campaign);
      for (const pledge of pledges) {
        await insertPledge(
          trx,
          {
            paymentId: pledge.id,
            campaignId: campaign.id,
            amount: pledge.amount.amount,
            currency: pledge.amount.currency,
            backerId: pledge.backerId ?? null,
            displayName: storedDisplayName(pledge.backerDisplayName, pledge.public),
            public: pledge.public,
            createdAt: utc(pledge.createdAt),
          },
          nowIso,
        );
      }
      await stampMilestonesFromHistory(trx, campaign.id, values.offline_amount, nowIso);
      const { pledged, backers } = await readPledgeTotals(trx, campaign.id);
      const totals = { raised: values.offline_amount + pledged, backers: values.offline_backers + backers };
      await sampleCampaignTotals(trx, campaign.id, totals, Date.parse(nowIso));
    }
  });
}

async function replaceMilestones(trx: Db, campaign: CampaignDefinition): Promise<void> {
  const previous = new Map((await readMilestones(trx, campaign.id)).map((m) => [m.id, m]));
  await trx.deleteFrom('campaign_milestones').where('campaign_id', '=', campaign.id).execute();
  const sorted = [...campaign.milestones].sort((a, b) => a.amount.amount - b.amount.amount);
  if (sorted.length === 0) return;
  await trx
    .insertInto('campaign_milestones')
    .values(
      sorted.map((milestone, position) => {
        const before = previous.get(milestone.id);
        const keep = before && before.amount === milestone.amount.amount ? before.reachedAt : null;
        return {
          campaign_id: campaign.id,
          id: milestone.id,
          position,
          amount: milestone.amount.amount,
          reached_at: milestone.reachedAt ? utc(milestone.reachedAt) : keep,
        };
      }),
    )
    .execute();
}

/**
 * After a load: each milestone not stamped yet that the total has reached gets the time of the
 * pledge that crossed it (pledges in time order, on top of the offline amount), or the load time
 * when the offline amount alone reaches it.
 */
async function stampMilestonesFromHistory(
  trx: Db,
  campaignId: string,
  offline: number,
  nowIso: string,
): Promise<void> {
  const open = (await readMilestones(trx, campaignId)).filter((m) => m.reachedAt === null);
  if (open.length === 0) return;
  const pledges = await trx
    .selectFrom('pledges')
    .select(['amount', 'created_at'])
    .where('campaign_id', '=', campaignId)
    .orderBy('created_at')
    .orderBy('payment_id')
    .execute();
  let total = offline;
  const crossings: { at: string; total: number }[] = [{ at: nowIso, total }];
  for (const pledge of pledges) {
    total += Number(pledge.amount);
    crossings.push({ at: pledge.created_at, total });
  }
  for (const milestone of open) {
    const crossing = crossings.find((c) => c.total >= milestone.amount);
    if (!crossing) continue;
    await trx
      .updateTable('campaign_milestones')
      .set({ reached_at: crossing.at })
      .where('campaign_id', '=', campaignId)
      .where('id', '=', milestone.id)
      .execute();
  }
}

export async function countCampaigns(db: Db): Promise<number> {
  const row = await db
    .selectFrom('campaigns')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findCampaign(db: Db, id: string): Promise<CampaignRow | undefined> {
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    document: JSON.parse(row.document) as CampaignDefinition,
    currency: row.currency,
    goal: Number(row.goal_amount),
    minimum: row.minimum_amount === null ? null : Number(row.minimum_amount),
    offlineAmount: Number(row.offline_amount),
    offlineBackers: row.offline_backers,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    totalsUpdatedAt: row.totals_updated_at,
  };
}

/** Takes the campaign's row lock on PostgreSQL so its pledges are recorded one at a time. */
export async function lockCampaign(trx: Db, dialect: Dialect, id: string): Promise<void> {
  if (dialect === 'postgres') {
    await trx.selectFrom('campaigns').select('id').where('id', '=', id).forUpdate().execute();
  }
}

export async function readMilestones(db: Db, campaignId: string): Promise<MilestoneRow[]> {
  const rows = await db
    .selectFrom('campaign_milestones')
    .select(['id', 'amount', 'reached_at'])
    .where('campaign_id', '=', campaignId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ id: row.id, amount: Number(row.amount), reachedAt: row.reached_at }));
}

/** Stamps `reached_at` on the milestones the raised total has reached that were not stamped yet. */
export async function stampReachedMilestones(
  trx: Db,
  campaignId: string,
  raised: number,
  nowIso: string,
): Promise<number> {
  const result = await trx
    .updateTable('campaign_milestones')
    .set({ reached_at: nowIso })
    .where('campaign_id', '=', campaignId)
    .where('reached_at', 'is', null)
    .where('amount', '<=', raised)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Sum of the provider's pledges and their distinct backers (a pledge without a backer id is its own). */
export async function readPledgeTotals(
  db: Db,
  campaignId: string,
): Promise<{ pledged: number; backers: number }> {
  const row = await db
    .selectFrom('pledges')
    .select([
      sql<string | number | null>`sum(amount)`.as('pledged'),
      sql<string | number>`count(distinct coalesce(backer_id, 'payment:' || payment_id))`.as('backers'),
    ])
    .where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow();
  return { pledged: Number(row.pledged ?? 0), backers: Number(row.backers) };
}

export async function readRecentBackers(
  db: Db,
  campaignId: string,
): Promise<{ displayName: string; at: string }[]> {
  const rows = await db
    .selectFrom('pledges')
    .select(['display_name', 'created_at'])
    .where('campaign_id', '=', campaignId)
    .where('public', '=', 1)
    .where('display_name', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('payment_id', 'desc')
    .limit(RECENT_BACKERS)
    .execute();
  return rows.map((row) => ({ displayName: row.display_name!, at: row.created_at }));
}

/** Reads everything a campaign's resources are built from; undefined when there is no such campaign. */
export async function loadCampaignData(db: Db, id: string): Promise<CampaignData | undefined> {
  const campaign = await findCampaign(db, id);
  if (!campaign) return undefined;
  const [milestones, totals, recentBackers] = await Promise.all([
    readMilestones(db, id),
    readPledgeTotals(db, id),
    readRecentBackers(db, id),
  ]);
  return { campaign, milestones, pledged: totals.pledged, pledgeBackers: totals.backers, recentBackers };
}

export async function findPledge(db: Db, paymentId: string): Promise<PledgeRow | undefined> {
  const row = await db
    .selectFrom('pledges')
    .selectAll()
    .where('payment_id', '=', paymentId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    paymentId: row.payment_id,
    campaignId: row.campaign_id,
    amount: Number(row.amount),
    currency: row.currency,
    backerId: row.backer_id,
    displayName: row.display_name,
    public: row.public === 1,
    createdAt: row.created_at,
  };
}

/** Stores a pledge unless its payment id is known; returns whether it was stored. */
export async function insertPledge(trx: Db, pledge: PledgeRow, nowIso: string): Promise<boolean> {
  const result = await trx
    .insertInto('pledges')
    .values({
      payment_id: pledge.paymentId,
      campaign_id: pledge.campaignId,
      amount: pledge.amount,
      currency: pledge.currency,
      backer_id: pledge.backerId,
      display_name: pledge.displayName,
      public: pledge.public ? 1 : 0,
      created_at: pledge.createdAt,
      received_at: nowIso,
    })
    .onConflict((oc) => oc.column('payment_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function touchTotals(trx: Db, campaignId: string, nowIso: string): Promise<void> {
  await trx
    .updateTable('campaigns')
    .set({ totals_updated_at: nowIso })
    .where('id', '=', campaignId)
    .execute();
}
