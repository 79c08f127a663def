import * as v from 'valibot';
import {
  BODY_MAX,
  CategorySchema,
  CountSchema,
  countedPageOf,
  CursorSchema,
  IdSchema,
  LimitSchema,
  LocaleSchema,
  PersonSchema,
  SearchQuerySchema,
  SUMMARY_MAX,
  plainText,
  TimestampSchema,
  TITLE_MAX,
  UrlSchema,
} from './common.js';

/*
 * Idea boards: a superset of Fider's and Decidim's statuses, Fider-style trending, Decidim-style
 * seeded random order for equal exposure, report-with-reason moderation with an auto-hide threshold.
 */

/** Lifecycle of an idea. Voting is closed on `implemented`, `declined` and `duplicate`. */
export const IDEA_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'implemented',
  'declined',
  'duplicate',
] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
export const IdeaStatusSchema = v.picklist(IDEA_STATUSES);

/** Statuses on which voting is closed (Fider's `CanBeVoted`): a vote on such an idea answers 403 `closed`. */
export const VOTING_CLOSED_STATUSES = [
  'implemented',
  'declined',
  'duplicate',
] as const satisfies readonly IdeaStatus[];

/** Whether an idea in this status takes no more votes. */
export function isVotingClosed(status: IdeaStatus): boolean {
  return (VOTING_CLOSED_STATUSES as readonly IdeaStatus[]).includes(status);
}

/**
 * List orders. `trending`: recent activity with time decay (e.g. Fider's
 * (5·votes₃₀ + 3·comments₃₀ − 1) / (ageHours + 2)^1.4); `top`: net votes; `new`: newest first;
 * `discussed`: most comments; `random`: stable shuffle for a given `seed`.
 */
export const IDEA_SORTS = ['trending', 'top', 'new', 'discussed', 'random'] as const;
export type IdeaSort = (typeof IDEA_SORTS)[number];
export const IdeaSortSchema = v.picklist(IDEA_SORTS);

/** A participant's vote: up, down, or withdrawn. */
export const VOTE_VALUES = [1, -1, 0] as const;
export type VoteValue = (typeof VOTE_VALUES)[number];
export const VoteValueSchema = v.picklist(VOTE_VALUES);

/** Whether a board offers down-votes. */
export const VOTING_MODES = ['up', 'up_down'] as const;
export type VotingMode = (typeof VOTING_MODES)[number];
export const VotingModeSchema = v.picklist(VOTING_MODES);

/** Why a participant reports an idea. */
export const FLAG_REASONS = ['spam', 'offensive', 'off_topic'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
export const FlagReasonSchema = v.picklist(FLAG_REASONS);

/** Limits for new ideas. */
export const IDEA_TITLE_MIN = 3;
export const IDEA_TITLE_MAX = 140;
export const IDEA_BODY_MAX = 5000;

export const BoardSchema = v.object({
  id: IdSchema,
  title: plainText(1, TITLE_MAX),
  description: v.optional(plainText(0, SUMMARY_MAX)),
  categories: v.array(CategorySchema),
  /** The statuses this board uses, in display order. */
  statuses: v.pipe(v.array(IdeaStatusSchema), v.minLength(1)),
  votingMode: VotingModeSchema,
  submissionsOpen: v.boolean(),
  /** New ideas wait for a moderator; their authors see them with `pendingModeration: true`. */
  preModeration: v.boolean(),
  /** Reports after which an idea is hidden automatically pending review. */
  flagHideThreshold: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  url: v.nullable(UrlSchema),
});
export type Board = v.InferOutput<typeof BoardSchema>;

/** An official answer from the city. */
export const OfficialResponseSchema = v.object({
  body: plainText(1, BODY_MAX),
  respondedAt: TimestampSchema,
  author: v.optional(PersonSchema),
});
export type OfficialResponse = v.InferOutput<typeof OfficialResponseSchema>;

export const IdeaSchema = v.pipe(
  v.object({
    id: IdSchema,
    boardId: IdSchema,
    title: plainText(1, TITLE_MAX),
    body: plainText(0, BODY_MAX),
    author: PersonSchema,
    category: v.nullable(CategorySchema),
    status: IdeaStatusSchema,
    /** The original, when `status` is `duplicate`. */
    duplicateOf: v.nullable(IdSchema),
    votesUp: CountSchema,
    /** Always 0 on `up` boards. */
    votesDown: CountSchema,
    /** The caller's vote; null when the request was anonymous. */
    myVote: v.nullable(VoteValueSchema),
    commentCount: CountSchema,
    officialResponse: v.nullable(OfficialResponseSchema),
    /** Waiting for a moderator; only its author (and staff) see such an idea. */
    pendingModeration: v.boolean(),
    /** Hidden by moderation; only its author (and staff) see such an idea. */
    hidden: v.boolean(),
    createdAt: TimestampSchema,
    url: v.nullable(UrlSchema),
    /** The language of `title` and `body` as sent (the idea's own, or the translation chosen). */
    locale: v.optional(LocaleSchema),
  }),
  v.forward(
    v.check(
      (idea) => idea.duplicateOf === null || idea.status === 'duplicate',
      'duplicateOf needs status duplicate',
    ),
    ['duplicateOf'],
  ),
  v.description('duplicateOf is null unless status is duplicate.'),
);
export type Idea = v.InferOutput<typeof IdeaSchema>;

export const IdeaPageSchema = countedPageOf(IdeaSchema);
export type IdeaPage = v.InferOutput<typeof IdeaPageSchema>;

/** A short reference to an idea, for "similar ideas" while someone types a title. */
export const IdeaSummarySchema = v.object({
  id: IdSchema,
  title: plainText(1, TITLE_MAX),
  status: IdeaStatusSchema,
  votesUp: CountSchema,
  url: v.optional(v.nullable(UrlSchema)),
});
export type IdeaSummary = v.InferOutput<typeof IdeaSummarySchema>;

export const SimilarIdeasSchema = v.object({ items: v.array(IdeaSummarySchema) });
export type SimilarIdeas = v.InferOutput<typeof SimilarIdeasSchema>;

export const CreateIdeaRequestSchema = v.object({
  title: plainText(IDEA_TITLE_MIN, IDEA_TITLE_MAX),
  body: plainText(0, IDEA_BODY_MAX),
  category: v.optional(IdSchema),
});
export type CreateIdeaRequest = v.InferOutput<typeof CreateIdeaRequestSchema>;

export const VoteRequestSchema = v.object({ value: VoteValueSchema });
export type VoteRequest = v.InferOutput<typeof VoteRequestSchema>;

/** The idea's counts after the vote. */
export const VoteResultSchema = v.object({
  ideaId: IdSchema,
  votesUp: CountSchema,
  votesDown: CountSchema,
  myVote: VoteValueSchema,
});
export type VoteResult = v.InferOutput<typeof VoteResultSchema>;

export const FlagRequestSchema = v.object({
  reason: FlagReasonSchema,
  note: v.optional(plainText(0, 500)),
});
export type FlagRequest = v.InferOutput<typeof FlagRequestSchema>;

/** Reporting twice gives the same answer. */
export const FlagReceivedSchema = v.object({
  ideaId: IdSchema,
  status: v.literal('received'),
});
export type FlagReceived = v.InferOutput<typeof FlagReceivedSchema>;

export const BoardPathSchema = v.object({ boardId: IdSchema });
export const IdeaPathSchema = v.object({ ideaId: IdSchema });

export const ListIdeasQuerySchema = v.object({
  sort: v.optional(IdeaSortSchema),
  /** Seed for `random`, so pages of one shuffle stay consistent. */
  seed: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2_147_483_647))),
  status: v.optional(IdeaStatusSchema),
  category: v.optional(IdSchema),
  q: v.optional(SearchQuerySchema),
  cursor: v.optional(CursorSchema),
  limit: v.optional(LimitSchema),
});
export type ListIdeasQuery = v.InferOutput<typeof ListIdeasQuerySchema>;

export const SimilarIdeasQuerySchema = v.object({
  title: plainText(IDEA_TITLE_MIN, IDEA_TITLE_MAX),
  limit: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(20))),
});
export type SimilarIdeasQuery = v.InferOutput<typeof SimilarIdeasQuerySchema>;
