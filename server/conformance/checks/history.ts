import {
  CampaignHistorySchema,
  CampaignTotalsSchema,
  PetitionCountSchema,
  PetitionHistorySchema,
} from '#protocol';
import type { HistoryResolution } from '#protocol';
import { missingId, readablePetitionId } from '../fixtures.js';
import { expectProblem, expectSchema, expectStatus } from '../expect.js';
import { ensure } from '../harness.js';
import type { Check, CheckContext } from '../harness.js';
import { expectConditional, expectPollingHeaders } from './common.js';

/* Count history: each petition's count and each campaign's totals over time (issue 27). */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function campaignId(ctx: CheckContext): string {
  const id = ctx.options.campaignId;
  if (id === undefined) ctx.skip('pass --campaign ID to check campaign history');
  return id;
}

/**
 * Each point starts its bucket (a whole UTC hour, or a UTC midnight for a day) and days come
 * before hours: hours cover the last 30 days, days what is older.
 */
function expectBuckets(target: string, points: readonly { at: string; resolution: HistoryResolution }[]) {
  let hoursBegan = false;
  for (const point of points) {
    const at = Date.parse(point.at);
    const size = point.resolution === 'day' ? DAY_MS : HOUR_MS;
    ensure(at % size === 0, `GET ${target}: ${point.at} does not start a UTC ${point.resolution}`);
    if (point.resolution === 'hour') hoursBegan = true;
    ensure(
      !hoursBegan || point.resolution === 'hour',
      `GET ${target}: a day point ${point.at} follows hours`,
    );
  }
}

export const historyChecks: Check[] = [
  {
    id: 'history.petition',
    area: 'history',
    title:
      "GET /petitions/{id}/history is valid, in whole UTC buckets, and ends at or below the petition's count",
    feature: 'petitions.history',
    endpoints: ['getPetitionHistory', 'getPetitionCount'],
    async run(ctx) {
      const petitionId = await readablePetitionId(ctx);
      const res = await ctx.request('getPetitionHistory', { path: { petitionId } });
      expectStatus(res, 200);
      const history = expectSchema(res, PetitionHistorySchema);
      ensure(history.petitionId === petitionId, `the history of ${petitionId} names ${history.petitionId}`);
      expectBuckets(res.target, history.points);
      const countRes = await ctx.request('getPetitionCount', { path: { petitionId } });
      expectStatus(countRes, 200);
      const { signatureCount } = expectSchema(countRes, PetitionCountSchema);
      const last = history.points.at(-1);
      ensure(
        last === undefined || last.count <= signatureCount,
        `the history's last count ${last?.count} is above the petition's signatureCount ${signatureCount}`,
      );
      ctx.note(`${history.points.length} points`);
    },
  },
  {
    id: 'history.petition-cache',
    area: 'history',
    title: "A petition's history is cacheable like its count and answers If-None-Match with 304",
    feature: 'petitions.history',
    endpoints: ['getPetitionHistory'],
    async run(ctx) {
      const petitionId = await readablePetitionId(ctx);
      const res = await ctx.request('getPetitionHistory', { path: { petitionId } });
      expectStatus(res, 200);
      await expectPollingHeaders(ctx, res);
      await expectConditional(ctx, 'getPetitionHistory', { path: { petitionId } });
    },
  },
  {
    id: 'history.campaign',
    area: 'history',
    title: "GET /campaigns/{id}/history is valid, in whole UTC buckets, in the campaign's currency",
    feature: 'campaigns.history',
    endpoints: ['getCampaignHistory', 'getCampaignTotals'],
    async run(ctx) {
      const id = campaignId(ctx);
      const res = await ctx.request('getCampaignHistory', { path: { campaignId: id } });
      expectStatus(res, 200);
      const history = expectSchema(res, CampaignHistorySchema);
      ensure(history.campaignId === id, `the history of ${id} names ${history.campaignId}`);
      expectBuckets(res.target, history.points);
      const totalsRes = await ctx.request('getCampaignTotals', { path: { campaignId: id } });
      expectStatus(totalsRes, 200);
      const { raised } = expectSchema(totalsRes, CampaignTotalsSchema);
      ensure(
        raised.currency === history.currency,
        `the history is in ${history.currency}, the totals in ${raised.currency}`,
      );
      ctx.note(`${history.points.length} points`);
    },
  },
  {
    id: 'history.campaign-cache',
    area: 'history',
    title: "A campaign's history is cacheable like its totals and answers If-None-Match with 304",
    feature: 'campaigns.history',
    endpoints: ['getCampaignHistory'],
    async run(ctx) {
      const id = campaignId(ctx);
      const res = await ctx.request('getCampaignHistory', { path: { campaignId: id } });
      expectStatus(res, 200);
      await expectPollingHeaders(ctx, res);
      await expectConditional(ctx, 'getCampaignHistory', { path: { campaignId: id } });
    },
  },
  {
    id: 'history.not-found',
    area: 'history',
    title: 'The history of an unknown petition or campaign answers 404 urn:civic:problem:not-found',
    endpoints: ['getPetitionHistory', 'getCampaignHistory'],
    async run(ctx) {
      const id = missingId();
      expectProblem(await ctx.request('getPetitionHistory', { path: { petitionId: id } }), 404, 'notFound');
      expectProblem(await ctx.request('getCampaignHistory', { path: { campaignId: id } }), 404, 'notFound');
    },
  },
];
