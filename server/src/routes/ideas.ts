import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ENDPOINTS } from '../../../src/protocol/index.js';
import type { AppContext } from '../context.js';
import { ifNoneMatchMatches, weakEtagOf } from '../http/etag.js';
import { requireIdempotencyKey } from '../http/idempotency-key.js';
import { addVary, sendJson } from '../http/reply.js';
import { parseBody, parsePath, parseQuery } from '../http/validate.js';
import { flagIdea } from '../ideas/flagging.js';
import { boardOf, listBoardIdeas, similarBoardIdeas } from '../ideas/listing.js';
import { submitIdea } from '../ideas/submitting.js';
import { localizeBoard } from '../ideas/view.js';
import { castVote } from '../ideas/voting.js';
import { authenticate } from '../security/jwt.js';
import { keyId, requestFingerprint } from '../store/idempotency.js';

/* getBoard, listIdeas, createIdea, setVote, flagIdea and similarIdeas. */

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0]!;
}

/** Answers 304 when the client has this ETag; otherwise sets it for the 200. */
function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('ETag', etag);
  if (!ifNoneMatchMatches(request.headers['if-none-match'], etag)) return false;
  reply.code(304).send();
  return true;
}

export async function ideaRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  api.get('/boards/:boardId', async (request, reply) => {
    const { boardId } = parsePath(ENDPOINTS.getBoard, request.params);
    const { document } = await boardOf(ctx, boardId);
    const language = request.headers['accept-language'];
    const body = JSON.stringify(localizeBoard(document, language, ctx.config.defaultLocale).board);
    reply.header('Cache-Control', 'no-cache');
    addVary(reply, 'Accept-Language');
    if (notModified(request, reply, weakEtagOf(body))) return reply;
    return sendJson(reply, 200, body);
  });

  api.get('/boards/:boardId/ideas', async (request, reply) => {
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

  api.get('/boards/:boardId/similar', async (request, reply) => {
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

  api.post('/boards/:boardId/ideas', async (request, reply) => {
    const endpoint = ENDPOINTS.createIdea;
    const participant = (await authenticate(request, endpoint.auth, ctx.verifier))!;
    const { boardId } = parsePath(endpoint, request.params);
    const key = requireIdempotencyKey(request);
    const body = parseBody(endpoint.body, request.body);
    const path = pathOf(request);
    const answer = await submitIdea(ctx, {
      boardId,
      request: body,
      participant,
      acceptLanguage: request.headers['accept-language'],
      key: {
        id: keyId(endpoint.id, path, participant.subject, key),
        fingerprint: requestFingerprint(request.method, path, request.rawBody),
      },
    });
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, answer.status, answer.body);
  });

  api.put('/ideas/:ideaId/vote', async (request, reply) => {
    const endpoint = ENDPOINTS.setVote;
    const participant = (await authenticate(request, endpoint.auth, ctx.verifier))!;
    const { ideaId } = parsePath(endpoint, request.params);
    const { value } = parseBody(endpoint.body, request.body);
    const result = await castVote(ctx, participant, ideaId, value);
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, 200, JSON.stringify(result));
  });

  api.post('/ideas/:ideaId/flags', async (request, reply) => {
    const endpoint = ENDPOINTS.flagIdea;
    const participant = (await authenticate(request, endpoint.auth, ctx.verifier))!;
    const { ideaId } = parsePath(endpoint, request.params);
    const key = requireIdempotencyKey(request);
    const body = parseBody(endpoint.body, request.body);
    const path = pathOf(request);
    const answer = await flagIdea(ctx, {
      ideaId,
      request: body,
      participant,
      key: {
        id: keyId(endpoint.id, path, participant.subject, key),
        fingerprint: requestFingerprint(request.method, path, request.rawBody),
      },
    });
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, answer.status, answer.body);
  });
}
