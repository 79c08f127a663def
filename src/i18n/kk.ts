import type { LocaleMessages } from './messages.js';
import type { KazakhPlural } from './tables/plurals.js';
import { commonKk } from './tables/common/kk.js';
import { petitionsKk } from './tables/petitions/kk.js';
import { ideaBoardKk } from './tables/idea-board/kk.js';
import { fundingProgressKk } from './tables/funding-progress/kk.js';
import { expertLeaderboardKk } from './tables/expert-leaderboard/kk.js';

/** Kazakh strings, every widget's table in one. Kazakh formatting data is in `cldr/kk.ts`. */
export const kk: LocaleMessages<KazakhPlural> = {
  ...commonKk,
  ...petitionsKk,
  ...ideaBoardKk,
  ...fundingProgressKk,
  ...expertLeaderboardKk,
};
