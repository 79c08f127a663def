import type { KazakhPlural, TranslationOf } from '../plurals.js';
import type { ideaBoardEn } from './en.js';

export const ideaBoardKk: TranslationOf<typeof ideaBoardEn, KazakhPlural> = {};
