import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { NAME_MAX, plainText } from '#protocol';
import type { AppContext } from '../context.js';
import { recentMail } from '../email/outbox.js';
import type { OutboxRow } from '../email/outbox.js';
import { sendJson } from '../http/reply.js';
import { parseBody } from '../http/validate.js';
import { renderDevMail } from '../pages/dev-mail-page.js';
import { setPageHeaders } from '../security/headers.js';
import { issueToken } from '../security/jwt.js';
import { problemError } from '../security/problem.js';

/*
 * Demo mode only (404 otherwise, because they are never registered): the outbox as a page and as
 * JSON, and participant tokens for a display name.
 */

const MAIL_LIMIT = 200;

export const DevTokenRequestSchema = v.object({
  displayName: plainText(1, NAME_MAX),
  /** A stable subject, so a demo participant can come back as the same person; random when absent. */
  subject: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9._:-]{1,64}$/))),
  staff: v.optional(v.boolean()),
});

/** One outbox message as `/dev/mail.json` lists it. */
export interface DevMail {
  id: string;
  kind: string;
  petitionId: string | null;
  to: string;
  locale: string;
  subject: string;
  text: string;
  createdAt: string;
  deliveredTo: string | null;
  /** The confirmation link in the message, if any, and its token. */
  confirmUrl: string | null;
  token: string | null;
}

function toDevMail(mail: OutboxRow): DevMail {
  const link = /https?:\/\/\S+\/confirm\?token=([A-Za-z0-9_-]+)\S*/.exec(mail.text_body);
  return {
    id: mail.id,
    kind: mail.kind,
    petitionId: mail.petition_id,
    to: mail.to_address,
    locale: mail.locale,
    subject: mail.subject,
    text: mail.text_body,
    createdAt: mail.created_at,
    deliveredTo: mail.delivered_to,
    confirmUrl: link?.[0] ?? null,
    token: link?.[1] ?? null,
  };
}

export async function devRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const { db } = ctx.database;

  app.get('/dev/mail', async (_request, reply) => {
    const page = renderDevMail(await recentMail(db, MAIL_LIMIT), ctx.publicUrl);
    return setPageHeaders(reply).type('text/html; charset=utf-8').send(page);
  });

  app.get('/dev/mail.json', async (_request, reply) => {
    const messages = (await recentMail(db, MAIL_LIMIT)).map(toDevMail);
    reply.header('Cache-Control', 'no-store');
    return sendJson(reply, 200, JSON.stringify({ messages }));
  });

  app.post('/dev/token', async (request, reply) => {
    const { displayName, subject, staff } = parseBody(DevTokenRequestSchema, request.body);
    const signing = ctx.verifier?.signing;
    if (!signing)
      throw problemError('notFound', 'This server verifies tokens from a JWKS and cannot issue any');
    reply.header('Cache-Control', 'no-store');
    return sendJson(
      reply,
      200,
      JSON.stringify({ token: await issueToken(signing, displayName.trim(), { subject, staff }) }),
    );
  });
}
