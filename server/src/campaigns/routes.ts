import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '#protocol';
import type { AppContext } from '../context.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { routeEventStream } from '../http/event-stream.js';
import { polledCacheControl, sendLocalizedDocument, sendTaggedJson } from '../http/reply.js';
import { parsePath } from '../http/validate.js';
import { problemError } from '../security/problem.js';
import type { CampaignLookup } from './cache.js';
import { toCampaign } from './view.js';

/* getCampaign, getCampaignTotals and streamCampaignEvents. */

type Found = Extract<CampaignLookup, { kind: 'found' }>;

function found(lookup: CampaignLookup): Found {
  if (lookup.kind === 'missing') throw problemError('notFound', 'No such campaign');
  return lookup;
}

export async function campaignRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const totalsCacheControl = polledCacheControl(ctx.config.pollIntervalSeconds);

  routeEndpoint(api, ENDPOINTS.getCampaign, async (request, reply) => {
    const { campaignId } = parsePath(ENDPOINTS.getCampaign, request.params);
    const { data } = found(await ctx.campaigns.get(campaignId));
    const campaign = toCampaign(
      data,
      ctx.clock.now(),
      request.headers['accept-language'],
      ctx.config.defaultLocale,
    );
    return sendLocalizedDocument(request, reply, campaign);
  });

  routeEndpoint(api, ENDPOINTS.getCampaignTotals, async (request, reply) => {
    const { campaignId } = parsePath(ENDPOINTS.getCampaignTotals, request.params);
    const lookup = found(await ctx.campaigns.get(campaignId));
    reply.header('Cache-Control', totalsCacheControl);
    return sendTaggedJson(request, reply, lookup.etag, lookup.body);
  });

  routeEventStream(api, ENDPOINTS.streamCampaignEvents, {
    event: 'totals',
    live: ctx.campaignLive,
    toEvent: (lookup) => (lookup.kind === 'found' ? lookup : { kind: 'gone' }),
    pingMs: ctx.ssePingMs,
    async start(request) {
      const { campaignId } = parsePath(ENDPOINTS.streamCampaignEvents, request.params);
      return { id: campaignId, first: found(await ctx.campaigns.get(campaignId)) };
    },
  });
}
