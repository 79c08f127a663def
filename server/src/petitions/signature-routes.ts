import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '#protocol';
import type { AppContext } from '../context.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { requireIdempotencyKey, storedKey } from '../http/idempotency-key.js';
import { sendJson } from '../http/reply.js';
import { parseBody, parsePath } from '../http/validate.js';
import { authenticate } from '../security/jwt.js';
import { confirmSignature } from './confirming.js';
import { signPetition } from './signing.js';

/* createSignature and confirmSignature. */

export async function signatureRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  routeEndpoint(api, ENDPOINTS.createSignature, async (request, reply) => {
    const endpoint = ENDPOINTS.createSignature;
    const participant = await authenticate(request, endpoint.auth, ctx.verifier);
    const { petitionId } = parsePath(endpoint, request.params);
    const key = requireIdempotencyKey(request);
    const body = parseBody(endpoint.body, request.body);
    const answer = await signPetition(ctx, {
      petitionId,
      request: body,
      ip: request.ip,
      participant,
      acceptLanguage: request.headers['accept-language'],
      key: storedKey(request, endpoint.id, participant?.subject, key),
    });
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, answer.status, answer.body);
  });

  routeEndpoint(api, ENDPOINTS.confirmSignature, async (request, reply) => {
    const endpoint = ENDPOINTS.confirmSignature;
    const key = requireIdempotencyKey(request);
    const body = parseBody(endpoint.body, request.body);
    const { answer } = await confirmSignature(
      ctx,
      body.token,
      storedKey(request, endpoint.id, undefined, key),
    );
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, answer.status, answer.body);
  });
}
