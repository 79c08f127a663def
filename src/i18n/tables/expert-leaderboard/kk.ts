import type { KazakhPlural, TranslationOf } from '../plurals.js';
import type { expertLeaderboardEn } from './en.js';

export const expertLeaderboardKk: TranslationOf<typeof expertLeaderboardEn, KazakhPlural> = {};
