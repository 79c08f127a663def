import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ENDPOINTS } from '#protocol';
import type { CampaignHistory, PetitionHistory } from '#protocol';
import type { AppContext } from '../context.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { weakEtagOf } from '../http/etag.js';
import { polledCacheControl, sendTaggedJson } from '../http/reply.js';
import { parsePath } from '../http/validate.js';
import { problemError } from '../security/problem.js';
import { readCampaignHistory } from './campaign-samples.js';
import { readPetitionHistory } from './petition-samples.js';

/*
 * getPetitionHistory and getCampaignHistory: 404 and 410 as the count and totals resources, the
 * same caching (fresh for one poll interval) and a weak ETag of the body.
 */

/** Sends a history with its weak ETag (304 when the client holds it) and the count's caching. */
function sendHistory(
  request: FastifyRequest,
  reply: FastifyReply,
  history: PetitionHistory | CampaignHistory,
  cacheControl: string,
): FastifyReply {
  const body = JSON.stringify(history);
  reply.header('Cache-Control', cacheControl);
  return sendTaggedJson(request, reply, weakEtagOf(body), body);
}

export async function petitionHistoryRoutes(
  api: FastifyInstance,
  { ctx }: { ctx: AppContext },
): Promise<void> {
  const cacheControl = polledCacheControl(ctx.config.pollIntervalSeconds);
  routeEndpoint(api, ENDPOINTS.getPetitionHistory, async (request, reply) => {
    const { petitionId } = parsePath(ENDPOINTS.getPetitionHistory, request.params);
    const stored = await ctx.petitions.get(petitionId);
    if (!stored) throw problemError('notFound', 'No such petition');
    if (stored.row.state === 'hidden') throw problemError('gone', 'This petition was removed');
    const history: PetitionHistory = {
      petitionId,
      points: await readPetitionHistory(ctx.database.db, petitionId),
    };
    return sendHistory(request, reply, history, cacheControl);
  });
}

export async function campaignHistoryRoutes(
  api: FastifyInstance,
  { ctx }: { ctx: AppContext },
): Promise<void> {
  const cacheControl = polledCacheControl(ctx.config.pollIntervalSeconds);
  routeEndpoint(api, ENDPOINTS.getCampaignHistory, async (request, reply) => {
    const { campaignId } = parsePath(ENDPOINTS.getCampaignHistory, request.params);
    const lookup = await ctx.campaigns.get(campaignId);
    if (lookup.kind === 'missing') throw problemError('notFound', 'No such campaign');
    const history: CampaignHistory = {
      campaignId,
      currency: lookup.data.campaign.currency,
      points: await readCampaignHistory(ctx.database.db, campaignId),
    };
    return sendHistory(request, reply, history, cacheControl);
  });
}
