import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { IdSchema, NAME_MAX, UrlSchema } from '#protocol';
import type {
  Badge,
  Category,
  Leaderboard,
  LeaderboardEntry,
  LeaderboardPeriod,
  Participant,
} from '#protocol';
import { isoAt } from '../clock.js';
import { SERVER_LOCALES } from '../config.js';
import type { ServerLocale } from '../config.js';
import { negotiate } from '../i18n/locale.js';
import type { LeaderboardDefinition, LocalizedText } from './leaderboard.js';
import type { PeriodBounds } from './periods.js';
import type { RankedScore } from './scoring.js';
import type { ParticipantProfile } from './store.js';

/* A ranking → the protocol's Leaderboard, in the reader's language. */

/** The reader's language among those a text has (the server's default, else the first given). */
export function pickText(text: LocalizedText, locale: ServerLocale): string {
  return text[locale] ?? SERVER_LOCALES.map((l) => text[l]).find((t) => t !== undefined)!;
}

export function readerLocale(acceptLanguage: string | undefined, fallback: ServerLocale): ServerLocale {
  return negotiate(acceptLanguage, SERVER_LOCALES, fallback);
}

/**
 * The id a participant is shown with: their subject when it is a protocol id (no `@`, no `|`),
 * otherwise a stable pseudonym, so a subject that is an email address is never published.
 */
export function publicParticipantId(subject: string): string {
  if (v.is(IdSchema, subject)) return subject;
  return `p~${createHash('sha256').update(subject).digest('base64url').slice(0, 22)}`;
}

function displayNameOf(profile: ParticipantProfile | undefined, fallback: string): string {
  const name = profile?.displayName.trim().slice(0, NAME_MAX) ?? '';
  return /\S/.test(name) ? name : fallback;
}

function urlOrNull(url: string | null | undefined): string | null {
  return url != null && v.is(UrlSchema, url) ? url : null;
}

export function toParticipant(subject: string, profile: ParticipantProfile | undefined): Participant {
  const id = publicParticipantId(subject);
  return {
    id,
    displayName: displayNameOf(profile, id.slice(0, NAME_MAX)),
    avatarUrl: urlOrNull(profile?.avatarUrl),
    profileUrl: urlOrNull(profile?.profileUrl),
  };
}

/** The badge of the highest level an all-time score reaches, if any. */
export function levelBadges(
  board: LeaderboardDefinition,
  allTimeScore: number | undefined,
  locale: ServerLocale,
): Badge[] {
  if (allTimeScore === undefined) return [];
  let reached = -1;
  board.levels.forEach((level, index) => {
    if (allTimeScore >= level.minScore) reached = index;
  });
  if (reached === -1) return [];
  const level = board.levels[reached]!;
  return [{ id: level.id, label: pickText(level.label, locale), level: reached + 1 }];
}

export function toEntry(
  score: RankedScore,
  profile: ParticipantProfile | undefined,
  badges: Badge[],
): LeaderboardEntry {
  return {
    rank: score.rank,
    participant: toParticipant(score.participantId, profile),
    score: score.score,
    breakdown: score.breakdown,
    badges,
  };
}

export function toCategories(board: LeaderboardDefinition, locale: ServerLocale): Category[] {
  return board.categories.map((category) => ({ id: category.id, name: pickText(category.name, locale) }));
}

export function toLeaderboard(input: {
  board: LeaderboardDefinition;
  locale: ServerLocale;
  period: LeaderboardPeriod;
  bounds: PeriodBounds | null;
  categoryId: string | undefined;
  entries: LeaderboardEntry[];
  nextCursor: string | null;
  total: number;
  me: LeaderboardEntry | null;
  updatedAt: number;
}): Leaderboard {
  const { board, locale } = input;
  const categories = toCategories(board, locale);
  const rules: Leaderboard['rules'] = {
    actions: board.actions.map((a) => ({
      action: a.action,
      label: pickText(a.label, locale),
      points: a.points,
    })),
    dailyCap: board.dailyCap,
    excludesStaff: board.excludesStaff,
  };
  if (board.description) rules.description = pickText(board.description, locale);
  return {
    id: board.id,
    title: pickText(board.title, locale),
    period: input.period,
    periodStart: input.bounds ? isoAt(input.bounds.start) : null,
    periodEnd: input.bounds ? isoAt(input.bounds.end) : null,
    category: categories.find((c) => c.id === input.categoryId) ?? null,
    categories,
    entries: input.entries,
    nextCursor: input.nextCursor,
    total: input.total,
    me: input.me,
    rules,
    updatedAt: isoAt(input.updatedAt),
  };
}
