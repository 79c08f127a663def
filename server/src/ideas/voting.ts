import { isVotingClosed } from '#protocol';
import type { IdeaStatus, VoteResult, VoteValue } from '#protocol';
import { isoAt } from '../clock.js';
import type { AppContext } from '../context.js';
import { recordContribution, withdrawContribution } from '../contributions/record.js';
import type { Participant } from '../security/jwt.js';
import { problemError, validationProblem } from '../security/problem.js';
import { findBoardRow, isVisibleTo, lockIdeaRow, readVote, recountVotes, writeVote } from './store.js';

/*
 * setVote: one vote per participant and idea (1, -1 or 0 to withdraw), in one transaction that
 * holds the idea's row (PostgreSQL) and recounts its votes from the vote rows, so concurrent votes
 * never lose an update. An up-vote from someone other than the author earns the author
 * `vote.received` (subject `ideaId:voterId`); taking the up-vote back withdraws it.
 */

export async function castVote(
  ctx: AppContext,
  participant: Participant,
  ideaId: string,
  value: VoteValue,
): Promise<VoteResult> {
  const { dialect } = ctx.database;
  return ctx.database.write(async (trx) => {
    const nowIso = isoAt(ctx.clock.now());
    const idea = await lockIdeaRow(trx, dialect, ideaId);
    if (!idea || !isVisibleTo(idea, participant)) throw problemError('notFound', 'No such idea');
    if (isVotingClosed(idea.status as IdeaStatus)) {
      throw problemError('closed', 'Voting on this idea is closed', {
        detail: `Ideas that are ${idea.status} take no more votes.`,
      });
    }
    const board = await findBoardRow(trx, idea.board_id);
    if (value === -1 && board?.voting_mode !== 'up_down') {
      throw validationProblem([
        { field: 'value', code: 'not_allowed', message: 'This board has no down-votes' },
      ]);
    }
    const previous = await readVote(trx, ideaId, participant.subject);
    if (previous === value) {
      const row = { votesUp: Number(idea.votes_up), votesDown: Number(idea.votes_down) };
      return { ideaId, ...shown(row, board?.voting_mode), myVote: value };
    }
    await writeVote(trx, ideaId, participant.subject, value, nowIso);
    const counts = await recountVotes(trx, ideaId);
    if (idea.author_id !== null && idea.author_id !== participant.subject) {
      const key = {
        participantId: idea.author_id,
        action: 'vote.received' as const,
        subjectId: `${ideaId}:${participant.subject}`,
      };
      if (value === 1)
        await recordContribution(trx, { ...key, categoryId: idea.category_id, occurredAt: nowIso });
      else if (previous === 1) await withdrawContribution(trx, key);
    }
    return { ideaId, ...shown(counts, board?.voting_mode), myVote: value };
  });
}

/** Counts as the protocol shows them: down-votes are always 0 on `up` boards. */
function shown(counts: { votesUp: number; votesDown: number }, votingMode: string | undefined) {
  return { votesUp: counts.votesUp, votesDown: votingMode === 'up_down' ? counts.votesDown : 0 };
}
