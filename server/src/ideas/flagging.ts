import type { FlagReceived, FlagRequest } from '#protocol';
import { isoAt } from '../clock.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/kysely.js';
import { rememberParticipant } from '../contributions/record.js';
import { claimKey, completeKey, peekKey } from '../http/idempotency-store.js';
import { keyAnswer } from '../http/key-answer.js';
import type { Answer } from '../http/key-answer.js';
import type { Participant } from '../security/jwt.js';
import { problemError } from '../security/problem.js';
import { overWindowLimit, windowStart } from '../security/window-limit.js';
import { reportsSince, reportsWithStanding } from './report-weighing.js';
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
 * flagIdea: one report per participant and idea; reporting again gives the same 202. A participant
 * may make at most `--reports-per-participant` new reports a day (429 above). When the board's
 * `flagHideThreshold` distinct participants with standing (report-weighing.ts) have reported an
 * idea it is hidden pending staff review, in the same transaction, with the idea's row held so
 * that concurrent reports are counted one after another. Reports without standing are kept, and
 * when they alone reach the threshold the idea stays visible and is logged for staff review.
 */

export interface FlagInput {
  ideaId: string;
  request: FlagRequest;
  participant: Participant;
  key: { id: string; fingerprint: string };
}

/** 429 when the participant has made their allowance of reports in the window (none made yet). */
async function refuseOverReportCap(
  ctx: AppContext,
  trx: Db,
  participant: Participant,
  now: number,
): Promise<void> {
  // The participant's row first: on PostgreSQL it queues their concurrent reports for the cap.
  await rememberParticipant(trx, participant, isoAt(now));
  const cap = ctx.config.reportsPerParticipant;
  const counted = await reportsSince(trx, participant.subject, windowStart(cap, now));
  const refusal = overWindowLimit(cap, counted, now, {
    title: 'Too many reports',
    detail: `At most ${cap.max} reports in ${cap.windowS} seconds; try again later.`,
  });
  if (refusal) throw refusal;
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
    const reportedBefore = await hasFlagged(trx, idea.id, input.participant.subject);
    // Someone who reported an idea gets the same answer again, also once it is hidden.
    if (!isVisibleTo(idea, input.participant) && !reportedBefore) {
      throw problemError('notFound', 'No such idea');
    }
    if (!reportedBefore) await refuseOverReportCap(ctx, trx, input.participant, now);
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
      const reports = await countFlags(trx, idea.id);
      if (reports >= threshold) {
        // Exactly at the threshold: each report adds at most one with standing, so this hides once
        // and an idea staff have restored stays restored.
        if ((await reportsWithStanding(trx, idea.id, idea.created_at)) === threshold) {
          await hideIdea(trx, idea.id, nowIso);
          ctx.log.warn({ ideaId: idea.id, reports }, 'idea hidden pending staff review');
        } else if (reports === threshold) {
          ctx.log.warn(
            { ideaId: idea.id, reports },
            'idea reported for staff review (reporters without standing)',
          );
        }
      }
    }
    await completeKey(trx, input.key.id, answer.status, answer.body);
    return answer;
  });
}
