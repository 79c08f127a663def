import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db, Dialect } from '../db/kysely.js';
import { prepared } from '../db/prepared.js';
import type { OutboxTable } from '../db/schema.js';
import { emailKey } from '../security/canonical-email.js';

/*
 * The email outbox. Messages are written in the transaction that decides to send them (so a
 * signature and its confirmation email commit together) and delivered later by the outbox worker.
 */

export type OutboxRow = Selectable<OutboxTable>;

export interface OutgoingMail {
  kind: 'confirm' | 'already_signed';
  petitionId: string | null;
  to: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Queues a message. `deliveredTo` marks it delivered at once (`dev-outbox`: demo mode without SMTP
 * keeps mails here for `/dev/mail`).
 */
export async function enqueueMail(
  trx: Db,
  mail: OutgoingMail,
  nowIso: string,
  deliveredTo: 'dev-outbox' | null = null,
): Promise<string> {
  const id = randomUUID();
  await enqueueQuery(trx, {
    ...mail,
    id,
    toKey: emailKey(mail.to),
    now: nowIso,
    sentAt: deliveredTo ? nowIso : null,
    deliveredTo,
  });
  return id;
}

const enqueueQuery = prepared(
  (
    db,
    v: OutgoingMail & {
      id: string;
      toKey: string;
      now: string;
      sentAt: string | null;
      deliveredTo: string | null;
    },
  ) =>
    db.insertInto('outbox').values({
      id: v.id,
      kind: v.kind,
      petition_id: v.petitionId,
      to_address: v.to,
      to_key: v.toKey,
      locale: v.locale,
      subject: v.subject,
      text_body: v.text,
      html_body: v.html,
      created_at: v.now,
      next_attempt_at: v.now,
      attempts: 0,
      lease_until: null,
      sent_at: v.sentAt,
      delivered_to: v.deliveredTo,
      last_error: null,
    }),
);

/**
 * Takes up to `limit` due messages for delivery: leases them until `leaseUntilIso` and counts the
 * attempt. With several processes on PostgreSQL, SKIP LOCKED keeps two workers off one message.
 */
export async function claimDueMail(
  db: Db,
  dialect: Dialect,
  options: { nowIso: string; leaseUntilIso: string; maxAttempts: number; limit: number },
): Promise<OutboxRow[]> {
  const { nowIso, leaseUntilIso, maxAttempts, limit } = options;
  return db
    .updateTable('outbox')
    .set((eb) => ({ lease_until: leaseUntilIso, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) => {
      let due = eb
        .selectFrom('outbox')
        .select('id')
        .where('sent_at', 'is', null)
        .where('next_attempt_at', '<=', nowIso)
        .where('attempts', '<', maxAttempts)
        .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<', nowIso)]))
        .orderBy('next_attempt_at')
        .limit(limit);
      if (dialect === 'postgres') due = due.forUpdate().skipLocked();
      return due;
    })
    .returningAll()
    .execute();
}

export async function markMailSent(db: Db, id: string, nowIso: string, deliveredTo: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ sent_at: nowIso, delivered_to: deliveredTo, lease_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markMailFailed(
  db: Db,
  id: string,
  error: string,
  nextAttemptIso: string,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ next_attempt_at: nextAttemptIso, lease_until: null, last_error: error.slice(0, 500) })
    .where('id', '=', id)
    .execute();
}

/** The newest messages first (for `/dev/mail`). */
export async function recentMail(db: Db, limit: number): Promise<OutboxRow[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Deletes delivered messages created before `beforeIso` (their links have expired by then). */
export async function purgeSentMail(db: Db, beforeIso: string): Promise<number> {
  const result = await db
    .deleteFrom('outbox')
    .where('sent_at', 'is not', null)
    .where('created_at', '<', beforeIso)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
