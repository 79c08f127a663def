import * as v from 'valibot';
import {
  CategorySchema,
  CountSchema,
  CursorSchema,
  IdSchema,
  LimitSchema,
  NAME_MAX,
  ParticipantSchema,
  SUMMARY_MAX,
  plainText,
  TimestampSchema,
  TITLE_MAX,
} from './common.js';

/*
 * Contributor leaderboards: points per action with published rules (transparency of the maths),
 * calendar periods so positions are comparable, dense ranking, optional daily cap against gaming.
 */

/** Calendar periods (this week, this month…), not rolling windows; `all` is all-time. */
export const LEADERBOARD_PERIODS = ['week', 'month', 'quarter', 'year', 'all'] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];
export const LeaderboardPeriodSchema = v.picklist(LEADERBOARD_PERIODS);

/** A scored action key chosen by the backend, e.g. `idea.created`, `answer.accepted`. */
export const ActionKeySchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(64),
  v.regex(/^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/),
);

/** Points may be negative (e.g. content removed as spam). */
const PointsSchema = v.pipe(v.number(), v.safeInteger());

export const ScoreItemSchema = v.object({
  action: ActionKeySchema,
  count: CountSchema,
  points: PointsSchema,
});
export type ScoreItem = v.InferOutput<typeof ScoreItemSchema>;

export const BadgeSchema = v.object({
  id: IdSchema,
  label: plainText(1, NAME_MAX),
  /** Level for tiered badges (1 = first tier). */
  level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
});
export type Badge = v.InferOutput<typeof BadgeSchema>;

export const LeaderboardEntrySchema = v.object({
  /** Dense rank: equal scores share a rank and the next rank follows without gaps. */
  rank: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  participant: ParticipantSchema,
  score: PointsSchema,
  breakdown: v.array(ScoreItemSchema),
  badges: v.array(BadgeSchema),
});
export type LeaderboardEntry = v.InferOutput<typeof LeaderboardEntrySchema>;

/** How points are earned, shown to participants. */
export const ScoringRulesSchema = v.object({
  actions: v.array(
    v.object({
      action: ActionKeySchema,
      label: plainText(1, NAME_MAX),
      points: PointsSchema,
    }),
  ),
  /** Most points one participant can earn per day; null when uncapped. */
  dailyCap: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
  /** Staff and officials are left out of the ranking. */
  excludesStaff: v.boolean(),
  description: v.optional(plainText(0, SUMMARY_MAX)),
});
export type ScoringRules = v.InferOutput<typeof ScoringRulesSchema>;

export const LeaderboardSchema = v.pipe(
  v.object({
    id: IdSchema,
    title: plainText(1, TITLE_MAX),
    period: LeaderboardPeriodSchema,
    /** Start of the calendar period; null for `all`. */
    periodStart: v.nullable(TimestampSchema),
    periodEnd: v.nullable(TimestampSchema),
    /** The category this page is limited to; null for all categories. */
    category: v.nullable(CategorySchema),
    /** Categories a client may filter by. */
    categories: v.array(CategorySchema),
    entries: v.array(LeaderboardEntrySchema),
    nextCursor: v.nullable(CursorSchema),
    /** Ranked participants in this period and category. */
    total: CountSchema,
    /** The caller's own entry when signed in and ranked; otherwise null. */
    me: v.nullable(LeaderboardEntrySchema),
    rules: ScoringRulesSchema,
    updatedAt: TimestampSchema,
  }),
  v.forward(
    v.check(
      (board) =>
        board.entries.every((entry, i) => {
          if (i === 0) return true;
          const step = entry.rank - board.entries[i - 1]!.rank;
          return step === 0 || step === 1;
        }),
      'entries must be in dense rank order',
    ),
    ['entries'],
  ),
  v.description('Entries are in dense rank order: each rank equals the previous one or is one more.'),
);
export type Leaderboard = v.InferOutput<typeof LeaderboardSchema>;

export const LeaderboardPathSchema = v.object({ leaderboardId: IdSchema });

export const LeaderboardQuerySchema = v.object({
  period: v.optional(LeaderboardPeriodSchema),
  category: v.optional(IdSchema),
  cursor: v.optional(CursorSchema),
  limit: v.optional(LimitSchema),
});
export type LeaderboardQuery = v.InferOutput<typeof LeaderboardQuerySchema>;
