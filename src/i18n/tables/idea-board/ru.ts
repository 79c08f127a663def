import type { RussianPlural, TranslationOf } from '../plurals.js';
import type { ideaBoardEn } from './en.js';

export const ideaBoardRu: TranslationOf<typeof ideaBoardEn, RussianPlural> = {};
