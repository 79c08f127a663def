import type { Selectable } from 'kysely';
import type { Db } from '../db/kysely.js';
import { changedRows, prepared } from '../db/prepared.js';
import type { SignaturesTable } from '../db/schema.js';

/* Signatures: stored on signing, confirmed once, found again by canonical email. */

export type SignatureRow = Selectable<SignaturesTable>;
/** Every column of a new signature (nullable ones as null). */
export type NewSignature = SignatureRow;

/**
 * Stores a signature. A normal one is skipped when the petition already has a normal signature with
 * the same canonical email (returns false: a duplicate); flagged ones are always stored.
 */
export async function insertSignature(trx: Db, signature: NewSignature): Promise<boolean> {
  return changedRows(await insertQuery(trx, signature)) > 0;
}

const insertQuery = prepared((db, s: NewSignature) =>
  db
    .insertInto('signatures')
    .values({
      id: s.id,
      petition_id: s.petition_id,
      name: s.name,
      email: s.email,
      email_key: s.email_key,
      postcode: s.postcode,
      region: s.region,
      country: s.country,
      address: s.address,
      locale: s.locale,
      notify: s.notify,
      subject: s.subject,
      ip_hash: s.ip_hash,
      flagged_reason: s.flagged_reason,
      created_at: s.created_at,
      confirmed_at: s.confirmed_at,
      emails_sent: s.emails_sent,
    })
    .onConflict((oc) =>
      oc.columns(['petition_id', 'email_key']).where('flagged_reason', 'is', null).doNothing(),
    ),
);

/** The counted (not flagged) signature of an email on a petition. */
export async function findSignatureByEmail(
  db: Db,
  petitionId: string,
  emailKey: string,
): Promise<SignatureRow | undefined> {
  return db
    .selectFrom('signatures')
    .selectAll()
    .where('petition_id', '=', petitionId)
    .where('email_key', '=', emailKey)
    .where('flagged_reason', 'is', null)
    .executeTakeFirst();
}

export async function findSignature(db: Db, id: string): Promise<SignatureRow | undefined> {
  return (await findQuery(db, { id })).rows[0];
}

const findQuery = prepared((db, v: { id: string }) =>
  db.selectFrom('signatures').selectAll().where('id', '=', v.id),
);

/**
 * Marks a signature confirmed unless it already is. Returns whether this call confirmed it: the
 * caller counts the signature only then, which is what makes every confirmation count exactly once.
 */
export async function markConfirmed(trx: Db, signatureId: string, nowIso: string): Promise<boolean> {
  return changedRows(await confirmQuery(trx, { id: signatureId, now: nowIso })) > 0;
}

const confirmQuery = prepared((db, v: { id: string; now: string }) =>
  db
    .updateTable('signatures')
    .set({ confirmed_at: v.now })
    .where('id', '=', v.id)
    .where('confirmed_at', 'is', null)
    .where('flagged_reason', 'is', null),
);

/** Records that one more email went out for a signature. */
export async function countEmailSent(trx: Db, signatureId: string): Promise<void> {
  await trx
    .updateTable('signatures')
    .set((eb) => ({ emails_sent: eb('emails_sent', '+', 1) }))
    .where('id', '=', signatureId)
    .execute();
}
