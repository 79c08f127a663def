import type { Db } from '../db/kysely.js';
import { recordContribution } from './record.js';

/*
 * Petition contributions. `signature.confirmed` is recorded in the confirming transaction, only for
 * signatures made with a participant token (the signature's subject), with the petition's first
 * topic as category. Keyed by the signature, so confirming twice records it once.
 */

function firstTopicOf(document: string): string | null {
  const parsed = JSON.parse(document) as { topics?: { code?: unknown }[] };
  const code = parsed.topics?.[0]?.code;
  return typeof code === 'string' ? code : null;
}

export async function recordConfirmedSignature(
  trx: Db,
  signature: { id: string; subject: string },
  petitionDocument: string,
  nowIso: string,
): Promise<void> {
  await recordContribution(trx, {
    participantId: signature.subject,
    action: 'signature.confirmed',
    subjectId: signature.id,
    categoryId: firstTopicOf(petitionDocument),
    occurredAt: nowIso,
  });
}
