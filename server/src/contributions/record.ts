import type { Db } from '../db/kysely.js';
import type { Participant } from '../security/jwt.js';

/*
 * Contributions are the facts leaderboards are computed from: one row per participant, action and
 * subject, so recording the same fact twice (a retried request, a re-run import) counts once.
 */

/** What a participant did that may earn points. Boards choose the points per action. */
export const CONTRIBUTION_ACTIONS = [
  /** Submitted an idea (subject: the idea). */
  'idea.submitted',
  /** An idea of theirs was accepted: moved to planned, in progress or implemented (subject: the idea). */
  'idea.accepted',
  /** Someone else up-voted their idea (subject: `ideaId:voterId`); withdrawn votes are removed. */
  'vote.received',
  /** Confirmed a petition signature while signed in (subject: the signature). */
  'signature.confirmed',
  /** A petition they created reached a threshold (subject: `petitionId:thresholdIndex`). */
  'petition.threshold_reached',
] as const;
export type ContributionAction = (typeof CONTRIBUTION_ACTIONS)[number];

export interface Contribution {
  participantId: string;
  action: ContributionAction;
  subjectId: string;
  /** The topic it belongs to, for category-scoped leaderboards; null when none. */
  categoryId: string | null;
  /** ISO 8601 UTC. */
  occurredAt: string;
}

/** Keeps a participant's display name and staff flag as their latest token states them. */
export async function rememberParticipant(db: Db, participant: Participant, now: string): Promise<void> {
  const displayName = participant.displayName ?? participant.subject;
  const staff = participant.staff ? 1 : 0;
  await db
    .insertInto('participants')
    .values({
      id: participant.subject,
      display_name: displayName,
      staff,
      avatar_url: null,
      profile_url: null,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet({ display_name: displayName, staff, updated_at: now }))
    .execute();
}

/** Records a contribution once; recording it again changes nothing. */
export async function recordContribution(db: Db, contribution: Contribution): Promise<void> {
  await db
    .insertInto('contributions')
    .values({
      participant_id: contribution.participantId,
      action: contribution.action,
      subject_id: contribution.subjectId,
      category_id: contribution.categoryId,
      occurred_at: contribution.occurredAt,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Takes a contribution back (a withdrawn vote). */
export async function withdrawContribution(
  db: Db,
  key: Pick<Contribution, 'participantId' | 'action' | 'subjectId'>,
): Promise<void> {
  await db
    .deleteFrom('contributions')
    .where('participant_id', '=', key.participantId)
    .where('action', '=', key.action)
    .where('subject_id', '=', key.subjectId)
    .execute();
}
