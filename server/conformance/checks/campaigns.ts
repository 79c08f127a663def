import { CampaignSchema, CampaignTotalsSchema } from '#protocol';
import type { Campaign } from '#protocol';
import { missingId } from '../fixtures.js';
import { expectProblem, expectSchema, expectStatus } from '../expect.js';
import { ensure } from '../harness.js';
import type { Check, CheckContext } from '../harness.js';
import { expectConditional, expectPollingHeaders } from './common.js';

function campaignId(ctx: CheckContext): string {
  const id = ctx.options.campaignId;
  if (id === undefined) ctx.skip('pass --campaign ID to check campaigns');
  return id;
}

function campaign(ctx: CheckContext): Promise<Campaign> {
  const id = campaignId(ctx);
  return ctx.memo('campaign', async () => {
    const res = await ctx.request('getCampaign', { path: { campaignId: id } });
    expectStatus(res, 200);
    return expectSchema(res, CampaignSchema);
  });
}

async function totals(ctx: CheckContext) {
  const res = await ctx.request('getCampaignTotals', { path: { campaignId: campaignId(ctx) } });
  expectStatus(res, 200);
  return { res, totals: expectSchema(res, CampaignTotalsSchema) };
}

export const campaignChecks: Check[] = [
  {
    id: 'campaigns.get',
    area: 'campaigns',
    title: 'GET /campaigns/{id} answers a valid Campaign with that id',
    endpoints: ['getCampaign'],
    async run(ctx) {
      const found = await campaign(ctx);
      ensure(found.id === campaignId(ctx), `GET /campaigns/${campaignId(ctx)} answered campaign ${found.id}`);
    },
  },
  {
    id: 'campaigns.get-conditional',
    area: 'campaigns',
    title: 'getCampaign sends an ETag and answers If-None-Match with 304 and no body',
    endpoints: ['getCampaign'],
    async run(ctx) {
      await expectConditional(ctx, 'getCampaign', { path: { campaignId: campaignId(ctx) } });
    },
  },
  {
    id: 'campaigns.not-found',
    area: 'campaigns',
    title: 'An unknown campaign (and its totals) answers 404 urn:civic:problem:not-found',
    endpoints: ['getCampaign', 'getCampaignTotals'],
    async run(ctx) {
      const id = missingId();
      expectProblem(await ctx.request('getCampaign', { path: { campaignId: id } }), 404, 'notFound');
      expectProblem(await ctx.request('getCampaignTotals', { path: { campaignId: id } }), 404, 'notFound');
    },
  },
  {
    id: 'campaigns.totals',
    area: 'campaigns',
    title: "GET /campaigns/{id}/totals is valid and agrees with the campaign's currency and milestones",
    endpoints: ['getCampaign', 'getCampaignTotals'],
    async run(ctx) {
      const found = await campaign(ctx);
      const { totals: current } = await totals(ctx);
      ensure(current.campaignId === found.id, `totals of ${found.id} name campaign ${current.campaignId}`);
      ensure(
        current.raised.currency === found.goal.currency,
        `totals are in ${current.raised.currency}, the campaign in ${found.goal.currency}`,
      );
      const expected = found.milestones.map((milestone) => milestone.id).join(',');
      const actual = current.milestones.map((milestone) => milestone.id).join(',');
      ensure(actual === expected, `totals list milestones [${actual}], the campaign [${expected}]`);
    },
  },
  {
    id: 'campaigns.totals-cache',
    area: 'campaigns',
    title: 'The totals are cacheable: ETag (exposed), Cache-Control public with max-age, CORS',
    endpoints: ['getCampaignTotals'],
    async run(ctx) {
      await expectPollingHeaders(ctx, (await totals(ctx)).res);
    },
  },
  {
    id: 'campaigns.totals-conditional',
    area: 'campaigns',
    title: 'The totals answer If-None-Match with 304 and no body',
    endpoints: ['getCampaignTotals'],
    async run(ctx) {
      await expectConditional(ctx, 'getCampaignTotals', { path: { campaignId: campaignId(ctx) } });
    },
  },
];
