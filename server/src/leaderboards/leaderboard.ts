import * as v from 'valibot';
import { IdSchema, LEADERBOARD_PERIODS, NAME_MAX, plainText, SUMMARY_MAX, TITLE_MAX } from '#protocol';
import { SERVER_LOCALES } from '../config.js';
import { CONTRIBUTION_ACTIONS } from '../contributions/record.js';

/*
 * A leaderboard as this server keeps it: points per action, daily cap, staff rule, categories and
 * levels. Every text is given per language (`{ "en": …, "ru": …, "kk": … }`, at least one);
 * readers get theirs by Accept-Language.
 */

/** A text in several languages; at least one. */
export function localizedText(max: number) {
  return v.pipe(
    v.object({
      en: v.optional(plainText(1, max)),
      ru: v.optional(plainText(1, max)),
      kk: v.optional(plainText(1, max)),
    }),
    v.check(
      (text) => SERVER_LOCALES.some((locale) => text[locale] !== undefined),
      'give at least one language',
    ),
  );
}
export type LocalizedText = Partial<Record<(typeof SERVER_LOCALES)[number], string>>;

const PointsSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(-1_000_000), v.maxValue(1_000_000));

export const LeaderboardDefinitionSchema = v.pipe(
  v.object({
    id: IdSchema,
    title: localizedText(TITLE_MAX),
    description: v.optional(localizedText(SUMMARY_MAX)),
    /** Points per action, in the order the rules are shown. Actions not listed earn nothing here. */
    actions: v.pipe(
      v.array(
        v.object({
          action: v.picklist(CONTRIBUTION_ACTIONS),
          points: PointsSchema,
          label: localizedText(NAME_MAX),
        }),
      ),
      v.minLength(1, 'a leaderboard needs at least one scored action'),
    ),
    /** Most points one participant earns per UTC day; null for no cap. */
    dailyCap: v.optional(v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(1))), null),
    excludesStaff: v.optional(v.boolean(), true),
    categories: v.optional(v.array(v.object({ id: IdSchema, name: localizedText(NAME_MAX) })), []),
    defaultPeriod: v.optional(v.picklist(LEADERBOARD_PERIODS), 'month'),
    /** Levels by all-time score (in the category shown): the highest reached is the entry's badge. */
    levels: v.optional(
      v.array(v.object({ id: IdSchema, minScore: PointsSchema, label: localizedText(NAME_MAX) })),
      [],
    ),
  }),
  v.forward(
    v.check(
      (board) => new Set(board.actions.map((a) => a.action)).size === board.actions.length,
      'each action may appear once',
    ),
    ['actions'],
  ),
  v.forward(
    v.check(
      (board) => new Set(board.categories.map((c) => c.id)).size === board.categories.length,
      'each category id may appear once',
    ),
    ['categories'],
  ),
  v.forward(
    v.check(
      (board) => board.levels.every((level, i) => i === 0 || board.levels[i - 1]!.minScore < level.minScore),
      'levels must be sorted by minScore, lowest first, without repeats',
    ),
    ['levels'],
  ),
);
export type LeaderboardDefinition = v.InferOutput<typeof LeaderboardDefinitionSchema>;
