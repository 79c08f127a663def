import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '#protocol';
import type { AppContext } from '../context.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { weakEtagOf } from '../http/etag.js';
import { sendEventStream } from '../http/event-stream.js';
import { addVary, sendTaggedJson } from '../http/reply.js';
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
  const poll = ctx.config.pollIntervalSeconds;
  const totalsCacheControl = `public, max-age=${poll}, stale-while-revalidate=${2 * poll}, stale-if-error=${5 * poll}`;
  const streams = new Set<() => void>();

  routeEndpoint(api, ENDPOINTS.getCampaign, async (request, reply) => {
    const { campaignId } = parsePath(ENDPOINTS.getCampaign, request.params);
    const { data } = found(await ctx.campaigns.get(campaignId));
    const campaign = toCampaign(
      data,
      ctx.clock.now(),
      request.headers['accept-language'],
      ctx.config.defaultLocale,
    );
    const body = JSON.stringify(campaign);
    reply.header('Cache-Control', 'no-cache');
    addVary(reply, 'Accept-Language');
    return sendTaggedJson(request, reply, weakEtagOf(body), body);
  });

  routeEndpoint(api, ENDPOINTS.getCampaignTotals, async (request, reply) => {
    const { campaignId } = parsePath(ENDPOINTS.getCampaignTotals, request.params);
    const lookup = found(await ctx.campaigns.get(campaignId));
    reply.header('Cache-Control', totalsCacheControl);
    return sendTaggedJson(request, reply, lookup.etag, lookup.body);
  });

  routeEndpoint(api, ENDPOINTS.streamCampaignEvents, async (request, reply) => {
    const { campaignId } = parsePath(ENDPOINTS.streamCampaignEvents, request.params);
    const first = found(await ctx.campaigns.get(campaignId));
    return sendEventStream({
      reply,
      event: 'totals',
      id: campaignId,
      first,
      live: ctx.campaignLive,
      toEvent: (lookup) => (lookup.kind === 'found' ? lookup : { kind: 'gone' }),
      pingMs: ctx.ssePingMs,
      open: streams,
    });
  });

  // Open event streams would keep the server from closing: end them first.
  api.addHook('preClose', async () => {
    for (const close of [...streams]) close();
  });
}
