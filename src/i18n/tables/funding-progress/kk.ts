import type { KazakhPlural, TranslationOf } from '../plurals.js';
import type { fundingProgressEn } from './en.js';

export const fundingProgressKk: TranslationOf<typeof fundingProgressEn, KazakhPlural> = {};
