import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '#protocol';
import type { AppContext } from '../context.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { requireIdempotencyKey, storedKey } from '../http/idempotency-key.js';
import { addVary, sendJson, sendLocalizedDocument } from '../http/reply.js';
import { parseBody, parsePath, parseQuery } from '../http/validate.js';
import { authenticate } from '../security/jwt.js';
import { flagIdea } from './flagging.js';
import { boardOf, listBoardIdeas, similarBoardIdeas } from './listing.js';
import { submitIdea } from './submitting.js';
import { localizeBoard } from './view.js';
import { castVote } from './voting.js';

/* getBoard, listIdeas, createIdea, setVote, flagIdea and similarIdeas. */

export async function ideaRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  routeEndpoint(api, ENDPOINTS.getBoard, async (request, reply) => {
    const { boardId } = parsePath(ENDPOINTS.getBoard, request.params);
    const { document } = await boardOf(ctx, boardId);
    const language = request.headers['accept-language'];
    return sendLocalizedDocument(
      request,
      reply,
      localizeBoard(document, language, ctx.config.defaultLocale).board,
    );
  });

  routeEndpoint(api, ENDPOINTS.listIdeas, async (request, reply) => {
    const endpoint = ENDPOINTS.listIdeas;
    const participant = await authenticate(request, endpoint.auth, ctx.verifier);
    const { boardId } = parsePath(endpoint, request.params);
    const query = parseQuery(endpoint, request.url);
    const page = await listBoardIdeas(ctx, {
      boardId,
      query,
      viewer: participant ?? {},
      acceptLanguage: request.headers['accept-language'],
    });
    // The answer depends on the token (myVote, the caller's own pending ideas) and the language.
    reply.header('Cache-Control', participant ? 'private, no-cache' : 'no-cache');
    addVary(reply, 'Authorization');
    addVary(reply, 'Accept-Language');
    return sendJson(reply, 200, JSON.stringify(page));
  });

  routeEndpoint(api, ENDPOINTS.similarIdeas, async (request, reply) => {
    const endpoint = ENDPOINTS.similarIdeas;
    const { boardId } = parsePath(endpoint, request.params);
    const query = parseQuery(endpoint, request.url);
    const similar = await similarBoardIdeas(ctx, {
      boardId,
      title: query.title,
      limit: query.limit,
      acceptLanguage: request.headers['accept-language'],
    });
    reply.header('Cache-Control', 'no-cache');
    addVary(reply, 'Accept-Language');
    return sendJson(reply, 200, JSON.stringify(similar));
  });

  routeEndpoint(api, ENDPOINTS.createIdea, async (request, reply) => {
    const endpoint = ENDPOINTS.createIdea;
    const participant = (await authenticate(request, endpoint.auth, ctx.verifier))!;
    const { boardId } = parsePath(endpoint, request.params);
    const key = requireIdempotencyKey(request);
    const body = parseBody(endpoint.body, request.body);
    const answer = await submitIdea(ctx, {
      boardId,
      request: body,
      participant,
      acceptLanguage: request.headers['accept-language'],
      key: storedKey(request, endpoint.id, participant.subject, key),
    });
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, answer.status, answer.body);
  });

  routeEndpoint(api, ENDPOINTS.setVote, async (request, reply) => {
    const endpoint = ENDPOINTS.setVote;
    const participant = (await authenticate(request, endpoint.auth, ctx.verifier))!;
    const { ideaId } = parsePath(endpoint, request.params);
    const { value } = parseBody(endpoint.body, request.body);
    const result = await castVote(ctx, participant, ideaId, value);
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, 200, JSON.stringify(result));
  });

  routeEndpoint(api, ENDPOINTS.flagIdea, async (request, reply) => {
    const endpoint = ENDPOINTS.flagIdea;
    const participant = (await authenticate(request, endpoint.auth, ctx.verifier))!;
    const { ideaId } = parsePath(endpoint, request.params);
    const key = requireIdempotencyKey(request);
    const body = parseBody(endpoint.body, request.body);
    const answer = await flagIdea(ctx, {
      ideaId,
      request: body,
      participant,
      key: storedKey(request, endpoint.id, participant.subject, key),
    });
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, answer.status, answer.body);
  });
}
