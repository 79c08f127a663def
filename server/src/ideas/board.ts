import * as v from 'valibot';
import {
  BoardSchema,
  BODY_MAX,
  CountSchema,
  IdeaSchema,
  IdSchema,
  NAME_MAX,
  plainText,
  SUMMARY_MAX,
  TimestampSchema,
  TITLE_MAX,
  UrlSchema,
} from '#protocol';
import { SERVER_LOCALES } from '../config.js';
import { normalizeTitle } from './search.js';

/*
 * An idea board as this server keeps it: its settings and ideas. Board and idea text may carry
 * translations (en, ru, kk) like petitions do. Votes come as counts collected elsewhere (`votesUp`,
 * `votesDown`) and/or as voter lists (`voters`), which become real votes (they count for `trending`
 * and show as the voter's `myVote`).
 */

const ServerLocaleSchema = v.picklist(SERVER_LOCALES);

/** Board text in one more language; category names by category id. */
export const BoardTranslationSchema = v.object({
  title: v.optional(plainText(1, TITLE_MAX)),
  description: v.optional(plainText(0, SUMMARY_MAX)),
  categories: v.optional(v.record(IdSchema, plainText(1, NAME_MAX))),
});
export type BoardTranslation = v.InferOutput<typeof BoardTranslationSchema>;

/** Idea text in one more language. */
export const IdeaTranslationSchema = v.object({
  title: v.optional(plainText(1, TITLE_MAX)),
  body: v.optional(plainText(0, BODY_MAX)),
  officialResponse: v.optional(plainText(1, BODY_MAX)),
});
export type IdeaTranslation = v.InferOutput<typeof IdeaTranslationSchema>;

function translationsOf<S extends v.GenericSchema>(schema: S) {
  return v.optional(v.object({ en: v.optional(schema), ru: v.optional(schema), kk: v.optional(schema) }));
}

export const VoterSchema = v.object({
  participantId: IdSchema,
  value: v.picklist([1, -1]),
  votedAt: TimestampSchema,
});
export type Voter = v.InferOutput<typeof VoterSchema>;

export const IdeaDefinitionSchema = v.object({
  id: IdSchema,
  title: IdeaSchema.pipe[0].entries.title,
  body: IdeaSchema.pipe[0].entries.body,
  author: v.object({ id: v.optional(IdSchema), displayName: plainText(1, NAME_MAX) }),
  /** A category id of the board, or null. */
  category: v.nullable(IdSchema),
  status: IdeaSchema.pipe[0].entries.status,
  duplicateOf: v.optional(v.nullable(IdSchema)),
  votesUp: v.optional(CountSchema),
  votesDown: v.optional(CountSchema),
  voters: v.optional(v.array(VoterSchema)),
  commentCount: v.optional(CountSchema),
  officialResponse: v.optional(IdeaSchema.pipe[0].entries.officialResponse),
  /** Absent on an update: the stored value stays (so moderation done here is not undone). */
  pendingModeration: v.optional(v.boolean()),
  hidden: v.optional(v.boolean()),
  createdAt: TimestampSchema,
  url: v.optional(v.nullable(UrlSchema)),
  locale: v.optional(ServerLocaleSchema),
  translations: translationsOf(IdeaTranslationSchema),
});
export type IdeaDefinition = v.InferOutput<typeof IdeaDefinitionSchema>;

export const BoardDefinitionSchema = v.pipe(
  v.object({
    ...BoardSchema.entries,
    locale: v.optional(ServerLocaleSchema),
    /** Link of each idea, `{id}` replaced by its id (e.g. `https://city.example/ideas/{id}`). */
    ideaUrlTemplate: v.optional(
      v.pipe(v.string(), v.maxLength(2000), v.regex(/^https?:\/\/[^{}]*\{id\}[^{}]*$/)),
    ),
    translations: translationsOf(BoardTranslationSchema),
    ideas: v.array(IdeaDefinitionSchema),
  }),
  v.check(
    (board) => new Set(board.categories.map((c) => c.id)).size === board.categories.length,
    'each category id may appear once',
  ),
  v.check(
    (board) => new Set(board.ideas.map((idea) => normalizeTitle(idea.title))).size === board.ideas.length,
    'two ideas of a board have the same title',
  ),
  v.check(
    (board) => board.votingMode === 'up_down' || board.ideas.every(hasNoDownVotes),
    'down-votes need votingMode up_down',
  ),
  v.check(
    (board) =>
      board.ideas.every(
        (idea) => idea.category === null || board.categories.some((c) => c.id === idea.category),
      ),
    'an idea names a category the board does not have',
  ),
  v.check(
    (board) => board.ideas.every((idea) => board.statuses.includes(idea.status)),
    'an idea has a status the board does not use',
  ),
  v.check(
    (board) =>
      board.ideas.every(
        (idea) =>
          (idea.duplicateOf ?? null) === null ||
          (idea.status === 'duplicate' && idea.duplicateOf !== idea.id),
      ),
    'duplicateOf needs status duplicate and another idea',
  ),
);
export type BoardDefinition = v.InferOutput<typeof BoardDefinitionSchema>;

function hasNoDownVotes(idea: IdeaDefinition): boolean {
  return (idea.votesDown ?? 0) === 0 && (idea.voters ?? []).every((voter) => voter.value === 1);
}
