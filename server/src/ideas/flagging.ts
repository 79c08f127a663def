import type { FlagReceived, FlagRequest } from '#protocol';
import { isoAt } from '../clock.js';
import type { AppContext } from '../context.js';
import { claimKey, completeKey, peekKey } from '../http/idempotency-store.js';
import { keyAnswer } from '../http/key-answer.js';
import type { Answer } from '../http/key-answer.js';
import type { Participant } from '../security/jwt.js';
import { problemError } from '../security/problem.js';
import {
  countFlags,
  findBoardRow,
  hasFlagged,
  hideIdea,
  insertFlag,
  isVisibleTo,
  lockIdeaRow,
} from './store.js';
import { DEFAULT_FLAG_HIDE_THRESHOLD } from './view.js';

/*
 * flagIdea: one report per participant and idea; reporting again gives the same 202. When the
 * board's `flagHideThreshold` distinct participants have reported an idea it is hidden (pending a
 * moderator), in the same transaction, with the idea's row held so that concurrent reports are
 * counted one after another.
 */

export interface FlagInput {
  ideaId: string;
  request: FlagRequest;
  participant: Participant;
  key: { id: string; fingerprint: string };
}

export async function flagIdea(ctx: AppContext, input: FlagInput): Promise<Answer> {
  const { db, dialect } = ctx.database;
  const early = await peekKey(db, input.key.id, input.key.fingerprint, ctx.clock.now());
  if (early.kind !== 'new') return keyAnswer(early);
  const received: FlagReceived = { ideaId: input.ideaId, status: 'received' };
  const answer: Answer = { status: 202, body: JSON.stringify(received) };
  return ctx.database.write(async (trx) => {
    const now = ctx.clock.now();
    const nowIso = isoAt(now);
    const claim = await claimKey(trx, input.key.id, input.key.fingerprint, now);
    if (claim.kind !== 'new') return keyAnswer(claim);
    const idea = await lockIdeaRow(trx, dialect, input.ideaId);
    if (!idea) throw problemError('notFound', 'No such idea');
    // Someone who reported an idea gets the same answer again, also once it is hidden.
    if (
      !isVisibleTo(idea, input.participant) &&
      !(await hasFlagged(trx, idea.id, input.participant.subject))
    ) {
      throw problemError('notFound', 'No such idea');
    }
    const note = input.request.note?.trim() ?? '';
    const added = await insertFlag(trx, {
      ideaId: idea.id,
      participantId: input.participant.subject,
      reason: input.request.reason,
      note: note === '' ? null : note,
      nowIso,
    });
    if (added && idea.hidden === 0) {
      const board = await findBoardRow(trx, idea.board_id);
      const threshold = board?.flag_hide_threshold ?? DEFAULT_FLAG_HIDE_THRESHOLD;
      if ((await countFlags(trx, idea.id)) >= threshold) await hideIdea(trx, idea.id, nowIso);
    }
    await completeKey(trx, input.key.id, answer.status, answer.body);
    return answer;
  });
}
