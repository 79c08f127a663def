import type { RussianPlural, TranslationOf } from '../plurals.js';
import type { expertLeaderboardEn } from './en.js';

export const expertLeaderboardRu: TranslationOf<typeof expertLeaderboardEn, RussianPlural> = {};
