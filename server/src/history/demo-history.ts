import type { Database } from '../db/kysely.js';
import { compactionCutoff, hourBucket } from './buckets.js';
import { IMPORTED_SHARD } from './petition-samples.js';

/*
 * DEMO DATA ONLY. When the demo city is seeded (--seed-demo), its petitions and campaigns get a
 * plausible history so the card's "Signatures over time" chart has something to show: each
 * petition's imported signatures arrive along a made-up curve from its opening to now (or its
 * closing), and each campaign's totals follow the times of its seeded pledges. Nothing here runs
 * on a server's real data: it writes only while no sample older than the current hour exists.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const BATCH = 200;

/** 0 → 0 and 1 → 1, rising fast at first: most signatures come in a petition's first weeks. */
function madeUpCurve(x: number, steepness: number): number {
  return (1 - Math.exp(-steepness * x)) / (1 - Math.exp(-steepness));
}

/** A steepness between 1.5 and 4 that stays the same for an id across restarts. */
function steepnessOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 1.5 + (hash % 1000) / 400;
}

interface Bucket {
  at: string;
  resolution: 'hour' | 'day';
  /** When the bucket ends. */
  endMs: number;
}

/** Days before the compaction cutoff, hours after it, from `startMs` to the bucket holding `endMs`. */
function bucketsBetween(startMs: number, endMs: number, nowMs: number): Bucket[] {
  const cutoff = Date.parse(compactionCutoff(nowMs));
  const buckets: Bucket[] = [];
  let at = Math.floor(startMs / DAY_MS) * DAY_MS;
  while (at < cutoff && at <= endMs) {
    buckets.push({ at: hourBucket(at), resolution: 'day', endMs: at + DAY_MS });
    at += DAY_MS;
  }
  at = Math.max(at, Math.floor(startMs / HOUR_MS) * HOUR_MS);
  while (at <= endMs) {
    buckets.push({ at: hourBucket(at), resolution: 'hour', endMs: at + HOUR_MS });
    at += HOUR_MS;
  }
  return buckets;
}

async function petitionSamples(database: Database, nowMs: number) {
  const rows = await database.db
    .selectFrom('petitions')
    .select(['id', 'imported_count', 'opened_at', 'created_at', 'closes_at', 'document'])
    .where('state', '!=', 'hidden')
    .execute();
  const samples = [];
  for (const row of rows) {
    const closedAt = (JSON.parse(row.document) as { closedAt?: string | null }).closedAt;
    const startMs = Date.parse(row.opened_at ?? row.created_at);
    const closing = closedAt ?? row.closes_at;
    const endMs = Math.min(nowMs, closing ? Date.parse(closing) : nowMs);
    if (row.imported_count === 0 || !(startMs < endMs)) continue;
    const steepness = steepnessOf(row.id);
    let previous = 0;
    for (const bucket of bucketsBetween(startMs, endMs, nowMs)) {
      const x = Math.min(1, (bucket.endMs - startMs) / (endMs - startMs));
      const count = Math.round(row.imported_count * madeUpCurve(x, steepness));
      if (count === previous) continue;
      previous = count;
      samples.push({
        petition_id: row.id,
        bucket_at: bucket.at,
        shard: IMPORTED_SHARD,
        resolution: bucket.resolution,
        count,
      });
    }
  }
  return samples;
}

async function campaignSamples(database: Database, nowMs: number) {
  const { db } = database;
  const cutoff = compactionCutoff(nowMs);
  const campaigns = await db
    .selectFrom('campaigns')
    .select(['id', 'starts_at', 'offline_amount', 'offline_backers'])
    .execute();
  const samples = new Map<
    string,
    { campaign_id: string; bucket_at: string; resolution: string; raised: number; backers: number }
  >();
  for (const campaign of campaigns) {
    const pledges = await db
      .selectFrom('pledges')
      .select(['amount', 'backer_id', 'payment_id', 'created_at'])
      .where('campaign_id', '=', campaign.id)
      .orderBy('created_at')
      .orderBy('payment_id')
      .execute();
    let raised = Number(campaign.offline_amount);
    const backers = new Set<string>();
    const record = (atMs: number) => {
      const hour = hourBucket(atMs);
      const day = hourBucket(Math.floor(atMs / DAY_MS) * DAY_MS);
      const [at, resolution] = hour < cutoff ? [day, 'day'] : [hour, 'hour'];
      const totals = { raised, backers: campaign.offline_backers + backers.size };
      samples.set(`${campaign.id} ${at}`, { campaign_id: campaign.id, bucket_at: at, resolution, ...totals });
    };
    if (raised > 0) record(Date.parse(campaign.starts_at));
    for (const pledge of pledges) {
      raised += Number(pledge.amount);
      backers.add(pledge.backer_id ?? `payment:${pledge.payment_id}`);
      record(Math.min(nowMs, Date.parse(pledge.created_at)));
    }
  }
  return [...samples.values()];
}

/** Writes the demo's made-up history; returns how many samples, 0 when any history is older than this hour. */
export async function seedDemoHistory(database: Database, nowMs: number): Promise<number> {
  const { db } = database;
  const hour = hourBucket(nowMs);
  const older = await Promise.all([
    db
      .selectFrom('petition_count_samples')
      .select('petition_id')
      .where('bucket_at', '<', hour)
      .limit(1)
      .execute(),
    db
      .selectFrom('campaign_total_samples')
      .select('campaign_id')
      .where('bucket_at', '<', hour)
      .limit(1)
      .execute(),
  ]);
  if (older.some((rows) => rows.length > 0)) return 0;
  const petitions = await petitionSamples(database, nowMs);
  const campaigns = await campaignSamples(database, nowMs);
  await database.write(async (trx) => {
    for (let i = 0; i < petitions.length; i += BATCH) {
      await trx
        .insertInto('petition_count_samples')
        .values(petitions.slice(i, i + BATCH))
        .onConflict((oc) =>
          oc
            .columns(['petition_id', 'bucket_at', 'shard'])
            .doUpdateSet((eb) => ({ count: eb.ref('excluded.count') })),
        )
        .execute();
    }
    for (let i = 0; i < campaigns.length; i += BATCH) {
      await trx
        .insertInto('campaign_total_samples')
        .values(campaigns.slice(i, i + BATCH))
        .onConflict((oc) =>
          oc.columns(['campaign_id', 'bucket_at']).doUpdateSet((eb) => ({
            raised: eb.ref('excluded.raised'),
            backers: eb.ref('excluded.backers'),
          })),
        )
        .execute();
    }
  });
  return petitions.length + campaigns.length;
}
