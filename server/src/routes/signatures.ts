import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ENDPOINTS } from '../../../src/protocol/index.js';
import type { AppContext } from '../context.js';
import { requireIdempotencyKey } from '../http/idempotency-key.js';
import { sendJson } from '../http/reply.js';
import { parseBody, parsePath } from '../http/validate.js';
import { confirmSignature } from '../petitions/confirming.js';
import { signPetition } from '../petitions/signing.js';
import { authenticate } from '../security/jwt.js';
import { keyId, requestFingerprint } from '../store/idempotency.js';

/* createSignature and confirmSignature. */

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0]!;
}

export async function signatureRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  api.post('/petitions/:petitionId/signatures', async (request, reply) => {
    const endpoint = ENDPOINTS.createSignature;
    const participant = await authenticate(request, endpoint.auth, ctx.verifier);
    const { petitionId } = parsePath(endpoint, request.params);
    const key = requireIdempotencyKey(request);
    const body = parseBody(endpoint.body, request.body);
    const path = pathOf(request);
    const answer = await signPetition(ctx, {
      petitionId,
      request: body,
      ip: request.ip,
      participant,
      acceptLanguage: request.headers['accept-language'],
      key: {
        id: keyId(endpoint.id, path, participant?.subject, key),
        fingerprint: requestFingerprint(request.method, path, request.rawBody),
      },
    });
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, answer.status, answer.body);
  });

  api.post('/signatures/confirm', async (request, reply) => {
    const endpoint = ENDPOINTS.confirmSignature;
    const key = requireIdempotencyKey(request);
    const body = parseBody(endpoint.body, request.body);
    const path = pathOf(request);
    const { answer } = await confirmSignature(ctx, body.token, {
      id: keyId(endpoint.id, path, undefined, key),
      fingerprint: requestFingerprint(request.method, path, request.rawBody),
    });
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, answer.status, answer.body);
  });
}
