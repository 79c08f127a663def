import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../db/kysely.js';
import type { SignaturesTable } from '../db/schema.js';

/* Signatures: stored on signing, confirmed once, found again by canonical email. */

export type SignatureRow = Selectable<SignaturesTable>;
export type NewSignature = Insertable<SignaturesTable>;

/**
 * Stores a signature. A normal one is skipped when the petition already has a normal signature with
 * the same canonical email (returns false: a duplicate); flagged ones are always stored.
 */
export async function insertSignature(trx: Db, signature: NewSignature): Promise<boolean> {
  const result = await trx
    .insertInto('signatures')
    .values(signature)
    .onConflict((oc) => oc.columns(['petition_id', 'email_key']).where('flagged_reason', 'is', null).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

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
  return db.selectFrom('signatures').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Marks a signature confirmed unless it already is. Returns whether this call confirmed it: the
 * caller counts the signature only then, which is what makes every confirmation count exactly once.
 */
export async function markConfirmed(trx: Db, signatureId: string, nowIso: string): Promise<boolean> {
  const result = await trx
    .updateTable('signatures')
    .set({ confirmed_at: nowIso })
    .where('id', '=', signatureId)
    .where('confirmed_at', 'is', null)
    .where('flagged_reason', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records that one more email went out for a signature. */
export async function countEmailSent(trx: Db, signatureId: string): Promise<void> {
  await trx
    .updateTable('signatures')
    .set((eb) => ({ emails_sent: eb('emails_sent', '+', 1) }))
    .where('id', '=', signatureId)
    .execute();
}
