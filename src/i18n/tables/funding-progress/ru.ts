import type { RussianPlural, TranslationOf } from '../plurals.js';
import type { fundingProgressEn } from './en.js';

export const fundingProgressRu: TranslationOf<typeof fundingProgressEn, RussianPlural> = {};
