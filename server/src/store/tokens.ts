import { createHash, randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../db/kysely.js';
import type { ConfirmationTokensTable } from '../db/schema.js';

/*
 * Confirmation tokens: 32 random bytes (256 bits) as base64url in the email link, stored only as
 * their sha256, valid for TOKEN_TTL_MS. Using one counts its signature once; using it again within
 * its lifetime answers the same way (the protocol's "confirming twice is not an error").
 */

export const TOKEN_TTL_MS = 7 * 24 * 3600 * 1000;

export type TokenRow = Selectable<ConfirmationTokensTable>;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a token for a signature and returns it (the only time it exists in clear). */
export async function issueToken(
  trx: Db,
  signatureId: string,
  petitionId: string,
  nowMs: number,
): Promise<string> {
  const token = newToken();
  await trx
    .insertInto('confirmation_tokens')
    .values({
      token_hash: tokenHash(token),
      signature_id: signatureId,
      petition_id: petitionId,
      created_at: new Date(nowMs).toISOString(),
      expires_at: new Date(nowMs + TOKEN_TTL_MS).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

/** The token row, or undefined when the token is unknown or expired. */
export async function findLiveToken(db: Db, token: string, nowIso: string): Promise<TokenRow | undefined> {
  return db
    .selectFrom('confirmation_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash(token))
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
}

export async function markTokenUsed(trx: Db, tokenHashValue: string, nowIso: string): Promise<void> {
  await trx
    .updateTable('confirmation_tokens')
    .set({ used_at: nowIso })
    .where('token_hash', '=', tokenHashValue)
    .where('used_at', 'is', null)
    .execute();
}

/** Deletes tokens that expired before `beforeIso`. */
export async function purgeExpiredTokens(db: Db, beforeIso: string): Promise<number> {
  const result = await db.deleteFrom('confirmation_tokens').where('expires_at', '<', beforeIso).executeTakeFirst();
  return Number(result.numDeletedRows);
}
