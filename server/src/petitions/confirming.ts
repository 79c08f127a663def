import type { SignatureConfirmed } from '#protocol';
import { isoAt } from '../clock.js';
import type { AppContext } from '../context.js';
import { recordConfirmedSignature } from '../contributions/petitions.js';
import type { Db, Dialect } from '../db/kysely.js';
import { samplePetitionCount } from '../history/petition-samples.js';
import { claimKey, completeKey, peekKey } from '../http/idempotency-store.js';
import { keyAnswer } from '../http/key-answer.js';
import type { Answer } from '../http/key-answer.js';
import { problemError } from '../security/problem.js';
import { incrementConfirmed, readConfirmed } from './count-store.js';
import { findSignature, markConfirmed } from './signature-store.js';
import { findPetitionRow } from './store.js';
import { readThresholds, stampReachedThresholds } from './threshold-store.js';
import { findLiveToken, markTokenUsed } from './token-store.js';
import { effectiveState, toPetitionCount } from './view.js';
import type { CountData } from './view.js';

/*
 * Confirming a signature (confirmSignature and the confirmation page). One transaction marks the
 * signature confirmed with a conditional UPDATE (… WHERE confirmed_at IS NULL) and adds it to the
 * count only when that UPDATE changed a row, stamps the thresholds the new total reached, and
 * stores the Idempotency-Key's answer. However often a token is used, by whichever process, the
 * signature is counted once.
 */

export interface ConfirmOutcome {
  answer: Answer;
  /** The confirmation (absent when an Idempotency-Key replayed a stored answer). */
  confirmed?: SignatureConfirmed;
  /** Whether this call counted the signature (false when it was confirmed before). */
  counted: boolean;
}

async function totalOf(db: Db, dialect: Dialect, petitionId: string): Promise<number> {
  const row = await findPetitionRow(db, petitionId);
  const { confirmed } = await readConfirmed(db, dialect, petitionId);
  return (row?.imported_count ?? 0) + (row?.offline_count ?? 0) + confirmed;
}

export async function confirmSignature(
  ctx: AppContext,
  token: string,
  key?: { id: string; fingerprint: string },
): Promise<ConfirmOutcome> {
  const { db, dialect } = ctx.database;
  if (key) {
    const early = await peekKey(db, key.id, key.fingerprint, ctx.clock.now());
    if (early.kind !== 'new') return { answer: keyAnswer(early), counted: false };
  }
  const outcome = await ctx.database.write(async (trx): Promise<ConfirmOutcome & { stampLater: boolean }> => {
    const now = ctx.clock.now();
    const nowIso = isoAt(now);
    if (key) {
      const claim = await claimKey(trx, key.id, key.fingerprint, now);
      if (claim.kind !== 'new') return { answer: keyAnswer(claim), counted: false, stampLater: false };
    }
    const invalid = () => problemError('invalidToken', 'Unknown or expired confirmation token');
    const tokenRow = await findLiveToken(trx, token, nowIso);
    if (!tokenRow) throw invalid();
    const signature = await findSignature(trx, tokenRow.signature_id);
    if (!signature || signature.flagged_reason !== null) throw invalid();
    const petitionId = signature.petition_id;
    const row = await findPetitionRow(trx, petitionId);
    if (!row) throw invalid();
    if (row.state === 'hidden') throw problemError('gone', 'This petition was removed');

    let thresholds = await readThresholds(trx, petitionId);
    let current = await readConfirmed(trx, dialect, petitionId);
    let counted = false;
    if (signature.confirmed_at === null) {
      if (effectiveState(row.state, row.closes_at, now) !== 'open') {
        throw problemError('closed', 'This petition no longer accepts signatures');
      }
      counted = await markConfirmed(trx, signature.id, nowIso);
      if (counted) {
        const shard = await incrementConfirmed(trx, dialect, petitionId, nowIso);
        await samplePetitionCount(trx, petitionId, shard, now);
        if (signature.subject !== null)
          await recordConfirmedSignature(
            trx,
            { id: signature.id, subject: signature.subject },
            row.document,
            nowIso,
          );
        current = await readConfirmed(trx, dialect, petitionId);
        const total = row.imported_count + row.offline_count + current.confirmed;
        if (thresholds.some((t) => t.reached_at === null && t.count <= total)) {
          await stampReachedThresholds(trx, petitionId, total, nowIso);
          thresholds = await readThresholds(trx, petitionId);
        }
      }
    }
    if (tokenRow.used_at === null) await markTokenUsed(trx, tokenRow.token_hash, nowIso);
    const { confirmed, updatedAt } = current;
    const data: CountData = {
      petitionId,
      storedState: row.state,
      importedCount: row.imported_count,
      offlineCount: row.offline_count,
      confirmed,
      countUpdatedAt:
        updatedAt !== null && updatedAt > row.count_updated_at ? updatedAt : row.count_updated_at,
      closesAt: row.closes_at,
      thresholds,
    };
    const confirmedAnswer: SignatureConfirmed = { petitionId, count: toPetitionCount(data, now) };
    const answer: Answer = { status: 200, body: JSON.stringify(confirmedAnswer) };
    if (key) await completeKey(trx, key.id, answer.status, answer.body);
    const stampLater = counted && dialect === 'postgres' && thresholds.some((t) => t.reached_at === null);
    return { answer, confirmed: confirmedAnswer, counted, stampLater };
  });
  const { stampLater, ...result } = outcome;
  if (result.confirmed) {
    const petitionId = result.confirmed.petitionId;
    if (result.counted) ctx.counts.invalidate(petitionId);
    // PostgreSQL: concurrent confirmations each see the others' increments only after commit, so
    // one that crossed a threshold together with another may not have seen the crossing. Look again.
    if (stampLater) {
      const stamped = await stampReachedThresholds(
        db,
        petitionId,
        await totalOf(db, dialect, petitionId),
        isoAt(ctx.clock.now()),
      );
      if (stamped > 0) ctx.counts.invalidate(petitionId);
    }
  }
  return result;
}
