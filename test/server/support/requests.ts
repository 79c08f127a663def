import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AppContext } from '../../../server/src/context.js';
import type { SignatureRequest } from '../../../src/protocol/index.js';

/* Requests tests send often, through app.inject(). */

export function signature(overrides: Partial<SignatureRequest> = {}): SignatureRequest {
  return {
    name: 'Dana Seitkali',
    email: `dana-${randomUUID().slice(0, 8)}@example.kz`,
    eligible: true,
    locale: 'en',
    ...overrides,
  };
}

export function sign(
  app: FastifyInstance,
  petitionId: string,
  body: unknown,
  options: { key?: string | null; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const key = options.key === undefined ? randomUUID() : options.key;
  return app.inject({
    method: 'POST',
    url: `/api/v1/petitions/${petitionId}/signatures`,
    headers: {
      'content-type': 'application/json',
      ...(key === null ? {} : { 'idempotency-key': key }),
      ...options.headers,
    },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function confirm(
  app: FastifyInstance,
  token: string,
  options: { key?: string | null } = {},
): Promise<LightMyRequestResponse> {
  const key = options.key === undefined ? randomUUID() : options.key;
  return app.inject({
    method: 'POST',
    url: '/api/v1/signatures/confirm',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'idempotency-key': key }) },
    payload: JSON.stringify({ token }),
  });
}

export interface DevMailMessage {
  id: string;
  kind: string;
  petitionId: string | null;
  to: string;
  locale: string;
  subject: string;
  text: string;
  deliveredTo: string | null;
  confirmUrl: string | null;
  token: string | null;
}

/** The demo outbox, newest first. */
export async function outbox(app: FastifyInstance): Promise<DevMailMessage[]> {
  const res = await app.inject({ url: '/dev/mail.json' });
  if (res.statusCode !== 200) throw new Error(`/dev/mail.json answered ${res.statusCode}`);
  return (JSON.parse(res.body) as { messages: DevMailMessage[] }).messages;
}

/** Messages sent to one address. */
export async function mailTo(app: FastifyInstance, address: string): Promise<DevMailMessage[]> {
  return (await outbox(app)).filter((mail) => mail.to === address);
}

export async function countOf(app: FastifyInstance, petitionId: string): Promise<number> {
  const res = await app.inject({ url: `/api/v1/petitions/${petitionId}/count` });
  if (res.statusCode !== 200) throw new Error(`count answered ${res.statusCode}`);
  return (JSON.parse(res.body) as { signatureCount: number }).signatureCount;
}

/** The ids of the signatures stored for one address, as given. */
export async function storedSignatureIds(ctx: AppContext, email: string): Promise<string[]> {
  const rows = await ctx.database.db
    .selectFrom('signatures')
    .select('id')
    .where('email', '=', email)
    .execute();
  return rows.map((row) => row.id);
}
