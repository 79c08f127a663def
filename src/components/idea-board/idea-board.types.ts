import type { IdeaStatus } from '../../protocol/ideas.js';

/** Statuses on which voting is closed (the protocol's rule, Fider's `CanBeVoted`). */
export const VOTING_CLOSED_STATUSES: ReadonlySet<IdeaStatus> = new Set([
  'implemented',
  'declined',
  'duplicate',
]);

/** Ideas per page when the page does not set `page-size` (the protocol allows 1–100). */
export const DEFAULT_PAGE_SIZE = 20;

/** Quiet time after the last keystroke in the title before similar ideas are looked up, in ms. */
export const SIMILAR_DEBOUNCE_MS = 400;

/** How many similar ideas to show while a title is typed. */
export const SIMILAR_LIMIT = 5;

/** Quiet time after typing before a character count is announced, in ms (GOV.UK waits about a second). */
export const CHARACTER_COUNT_DELAY_MS = 1000;

/** Shares of a field's limit left at which the remaining characters are announced. */
export const CHARACTER_COUNT_THRESHOLDS = [0.25, 0.1] as const;

/** Shortest time between two announcements of result counts, in ms. */
export const RESULTS_ANNOUNCE_THROTTLE_MS = 1000;

/** Whether citizens can still vote on an idea in this status. */
export function isVotingOpen(status: IdeaStatus): boolean {
  return !VOTING_CLOSED_STATUSES.has(status);
}
