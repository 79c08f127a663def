import type { LocaleMessages } from './messages.js';
import type { RussianPlural } from './tables/plurals.js';
import { commonRu } from './tables/common/ru.js';
import { petitionsRu } from './tables/petitions/ru.js';
import { ideaBoardRu } from './tables/idea-board/ru.js';
import { fundingProgressRu } from './tables/funding-progress/ru.js';
import { expertLeaderboardRu } from './tables/expert-leaderboard/ru.js';

/** Russian strings, every widget's table in one. */
export const ru: LocaleMessages<RussianPlural> = {
  ...commonRu,
  ...petitionsRu,
  ...ideaBoardRu,
  ...fundingProgressRu,
  ...expertLeaderboardRu,
};
