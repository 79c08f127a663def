import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ENDPOINTS } from '../../../src/protocol/index.js';
import type { CampaignLookup } from '../campaigns/cache.js';
import { toCampaign } from '../campaigns/view.js';
import type { AppContext } from '../context.js';
import { ifNoneMatchMatches, weakEtagOf } from '../http/etag.js';
import { sendEventStream } from '../http/event-stream.js';
import { addVary, sendJson } from '../http/reply.js';
import { parsePath } from '../http/validate.js';
import { problemError } from '../security/problem.js';

/* getCampaign, getCampaignTotals and streamCampaignEvents. */

type Found = Extract<CampaignLookup, { kind: 'found' }>;

function found(lookup: CampaignLookup): Found {
  if (lookup.kind === 'missing') throw problemError('notFound', 'No such campaign');
  return lookup;
}

/** Answers 304 when the client has this ETag; otherwise sets it for the 200. */
function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('ETag', etag);
  if (!ifNoneMatchMatches(request.headers['if-none-match'], etag)) return false;
  reply.code(304).send();
  return true;
}

export async function campaignRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const poll = ctx.config.pollIntervalSeconds;
  const totalsCacheControl = `public, max-age=${poll}, stale-while-revalidate=${2 * poll}, stale-if-error=${5 * poll}`;
  const streams = new Set<() => void>();

  api.get('/campaigns/:campaignId', async (request, reply) => {
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
    if (notModified(request, reply, weakEtagOf(body))) return reply;
    return sendJson(reply, 200, body);
  });

  api.get('/campaigns/:campaignId/totals', async (request, reply) => {
    const { campaignId } = parsePath(ENDPOINTS.getCampaignTotals, request.params);
    const lookup = found(await ctx.campaigns.get(campaignId));
    reply.header('Cache-Control', totalsCacheControl);
    if (notModified(request, reply, lookup.etag)) return reply;
    return sendJson(reply, 200, lookup.body);
  });

  api.get('/campaigns/:campaignId/events', async (request, reply) => {
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
