import { kkFormats } from './cldr/kk.js';
import { intlStandIns } from './intl-stand-ins.js';
import type { LocaleMessages } from './messages.js';
import type { KazakhPlural } from './tables/plurals.js';
import { commonKk } from './tables/common/kk.js';
import { petitionsKk } from './tables/petitions/kk.js';
import { ideaBoardKk } from './tables/idea-board/kk.js';
import { fundingProgressKk } from './tables/funding-progress/kk.js';
import { expertLeaderboardKk } from './tables/expert-leaderboard/kk.js';

/** Kazakh strings, every widget's table in one. */
export const kk: LocaleMessages<KazakhPlural> = {
  ...commonKk,
  ...petitionsKk,
  ...ideaBoardKk,
  ...fundingProgressKk,
  ...expertLeaderboardKk,
};

/** Kazakh formatting, loaded with the strings: Chrome's `Intl` has no Kazakh data. */
export const kkIntl = intlStandIns(kkFormats);
