import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { keepJsonBodiesAsBytes } from '../http/json-body.js';
import { sendJson } from '../http/reply.js';
import { parseBody } from '../http/validate.js';
import { problemError } from '../security/problem.js';
import { containsNul } from '../security/text-guards.js';
import { PledgeEventSchema, recordPledge } from './pledge.js';
import { verifySignature } from './webhook-signature.js';
import type { SignatureCheck } from './webhook-signature.js';

/*
 * `POST /webhooks/pledges`: the payment provider reports a pledge. Not part of the widget protocol
 * (see docs/campaigns.md). The signature covers the exact bytes received, so this route keeps the
 * body as bytes, checks the signature first and only then reads the JSON.
 */

const SIGNATURE_DETAILS: Record<Exclude<SignatureCheck, 'valid'>, string> = {
  missing: 'The Civic-Signature header is missing.',
  malformed: 'The Civic-Signature header must read t=<unix seconds>,v1=<hex HMAC-SHA256>.',
  mismatch: 'The signature does not match the body.',
  expired: 'The signed timestamp is more than 5 minutes away from the server clock (a replay?).',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJsonBytes(bytes: Buffer): unknown {
  try {
    const value: unknown = JSON.parse(utf8.decode(bytes));
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && !containsNul(value))
      return value;
  } catch {
    // answered below
  }
  throw problemError('malformed', 'Malformed request', {
    detail: 'The body must be a UTF-8 JSON object without NUL characters.',
  });
}

export async function webhookRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  // This scope only: the body as the raw bytes that were signed.
  keepJsonBodiesAsBytes(api);

  api.post('/webhooks/pledges', async (request, reply) => {
    const secret = ctx.config.webhookSecret;
    if (secret === undefined) {
      throw problemError('notFound', 'Pledge webhooks are off', {
        detail: 'Set CIVIC_WEBHOOK_SECRET to receive pledges.',
      });
    }
    const bytes = request.rawBody ?? Buffer.alloc(0);
    const check = verifySignature(request.headers['civic-signature'], bytes, secret, ctx.clock.now());
    if (check !== 'valid') {
      throw problemError('unauthorized', 'Invalid webhook signature', { detail: SIGNATURE_DETAILS[check] });
    }
    const event = parseBody(PledgeEventSchema, parseJsonBytes(bytes));
    const status = await recordPledge(ctx, event);
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, 200, JSON.stringify({ status, id: event.id }));
  });
}
