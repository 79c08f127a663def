import { randomBytes } from 'node:crypto';
import type { CreateIdeaRequest } from '#protocol';
import { isoAt } from '../clock.js';
import type { AppContext } from '../context.js';
import { recordContribution, rememberParticipant } from '../contributions/record.js';
import { claimKey, completeKey, peekKey } from '../http/idempotency-store.js';
import { keyAnswer } from '../http/key-answer.js';
import type { Answer } from '../http/key-answer.js';
import type { Participant } from '../security/jwt.js';
import { problemError, validationProblem } from '../security/problem.js';
import { normalizeTitle, searchable } from './search.js';
import {
  findBoardRow,
  findIdeaRow,
  insertIdeaRow,
  recountVotes,
  submissionsSince,
  titleTaken,
  writeVote,
} from './store.js';
import { boardDocumentOf, localizeBoard, toIdea } from './view.js';

/*
 * createIdea: checks, then one transaction that claims the Idempotency-Key, applies the
 * participant's submission limit, stores the idea with its author's own up-vote (as Fider does),
 * records the contribution and stores the answer. An exact duplicate title on the board is a 422
 * (`title`, `duplicate`), also when two arrive at once (the unique index decides).
 */

export interface SubmitInput {
  boardId: string;
  request: CreateIdeaRequest;
  participant: Participant;
  acceptLanguage: string | undefined;
  key: { id: string; fingerprint: string };
}

function duplicateTitleProblem() {
  return validationProblem([
    { field: 'title', code: 'duplicate', message: 'An idea with this title already exists on this board' },
  ]);
}

/** Unique-index violations of both databases. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function newIdeaId(): string {
  return `idea-${randomBytes(8)
    .toString('base64url')
    .replace(/[^A-Za-z0-9]/g, '0')
    .toLowerCase()}`;
}

export async function submitIdea(ctx: AppContext, input: SubmitInput): Promise<Answer> {
  const { db } = ctx.database;
  const early = await peekKey(db, input.key.id, input.key.fingerprint, ctx.clock.now());
  if (early.kind !== 'new') return keyAnswer(early);

  const boardRow = await findBoardRow(db, input.boardId);
  if (!boardRow) throw problemError('notFound', 'No such board');
  const document = boardDocumentOf(boardRow);
  if (!document.submissionsOpen) throw problemError('closed', 'This board does not accept new ideas');
  const { request, participant } = input;
  if (request.category !== undefined && !document.categories.some((c) => c.id === request.category)) {
    throw validationProblem([
      { field: 'category', code: 'invalid', message: 'Not a category of this board' },
    ]);
  }
  const title = request.title.trim();
  const body = request.body.trim();
  const titleKey = normalizeTitle(title);
  if (await titleTaken(db, input.boardId, titleKey)) throw duplicateTitleProblem();

  const limit = ctx.config.ideaRateLimit;
  try {
    return await ctx.database.write(async (trx) => {
      const now = ctx.clock.now();
      const nowIso = isoAt(now);
      const claim = await claimKey(trx, input.key.id, input.key.fingerprint, now);
      if (claim.kind !== 'new') return keyAnswer(claim);
      // First, so that on PostgreSQL the participant's row lock queues their concurrent submissions
      // and the limit below counts each of them.
      await rememberParticipant(trx, participant, nowIso);
      if (limit.max > 0) {
        const recent = await submissionsSince(trx, participant.subject, isoAt(now - limit.windowS * 1000));
        if (recent.count >= limit.max) {
          const freeAt = Date.parse(recent.earliest ?? nowIso) + limit.windowS * 1000;
          const seconds = Math.max(1, Math.ceil((freeAt - now) / 1000));
          throw problemError('rateLimited', 'Too many new ideas', {
            detail: `At most ${limit.max} new ideas in ${limit.windowS} seconds; try again in ${seconds} seconds.`,
            headers: { 'Retry-After': String(seconds) },
          });
        }
      }
      if (await titleTaken(trx, input.boardId, titleKey)) throw duplicateTitleProblem();
      const id = newIdeaId();
      await insertIdeaRow(trx, {
        id,
        board_id: input.boardId,
        title,
        body,
        locale: null,
        translations: null,
        title_key: titleKey,
        search_title: searchable([title]),
        search_text: searchable([title, body]),
        author_id: participant.subject,
        author_name: participant.displayName ?? participant.subject,
        category_id: request.category ?? null,
        status: 'new',
        duplicate_of: null,
        official_response: null,
        comment_count: 0,
        imported_up: 0,
        imported_down: 0,
        votes_up: 0,
        votes_down: 0,
        pending_moderation: document.preModeration ? 1 : 0,
        hidden: 0,
        url: null,
        created_at: nowIso,
        updated_at: nowIso,
      });
      await writeVote(trx, id, participant.subject, 1, nowIso);
      await recountVotes(trx, id);
      await recordContribution(trx, {
        participantId: participant.subject,
        action: 'idea.submitted',
        subjectId: id,
        categoryId: request.category ?? null,
        occurredAt: nowIso,
      });
      const row = await findIdeaRow(trx, id);
      const idea = toIdea(row!, 1, {
        document,
        localized: localizeBoard(document, input.acceptLanguage, ctx.config.defaultLocale),
        acceptLanguage: input.acceptLanguage,
        fallbackLocale: ctx.config.defaultLocale,
      });
      const answer: Answer = { status: 201, body: JSON.stringify(idea) };
      await completeKey(trx, input.key.id, answer.status, answer.body);
      return answer;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateTitleProblem();
    throw error;
  }
}
