import { commonEn } from './tables/common/en.js';
import { petitionsEn } from './tables/petitions/en.js';
import { ideaBoardEn } from './tables/idea-board/en.js';
import { fundingProgressEn } from './tables/funding-progress/en.js';
import { expertLeaderboardEn } from './tables/expert-leaderboard/en.js';

/** English strings, every widget's table in one. This table defines the keys (see `messages.ts`). */
export const en = {
  ...commonEn,
  ...petitionsEn,
  ...ideaBoardEn,
  ...fundingProgressEn,
  ...expertLeaderboardEn,
} as const;
