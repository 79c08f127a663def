/**
 * The types of the string tables. `en` defines the keys; every other language is typed against it.
 *
 * Values are plain text (never HTML) with `{name}` placeholders, or plural forms keyed by
 * `Intl.PluralRules` category whose text contains `{count}`.
 */
import type { en } from './en.js';

/** Plural categories of `Intl.PluralRules`. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** Plural forms: `other` is always required, the rest depend on the language. */
export type PluralForms = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

/** Russian needs all four forms: 1 подпись, 2 подписи, 5 подписей, 1,5 подписи. */
export interface RussianPlural {
  readonly one: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}

/** Kazakh nouns stay singular after a numeral (1 қолтаңба, 5 қолтаңба), so one and other match. */
export interface KazakhPlural {
  readonly one: string;
  readonly other: string;
}

/** A translation of an English table `T`: the same keys, with the plural forms `P` the language needs. */
export type TranslationOf<T, P> = {
  readonly [K in keyof T]: T[K] extends string ? string : P;
};

export type MessageValue = string | PluralForms;

export type MessageKey = keyof typeof en;

/** Keys whose value is one template. */
export type TermKey = {
  [K in MessageKey]: (typeof en)[K] extends string ? K : never;
}[MessageKey];

/** Keys whose value is a set of plural forms. */
export type PluralKey = Exclude<MessageKey, TermKey>;

/** A complete string table whose plural entries have the forms `P` that the language needs. */
export type LocaleMessages<P extends PluralForms = PluralForms> = {
  readonly [K in MessageKey]: K extends TermKey ? string : P;
};

/** The shape of a complete string table. */
export type Messages = LocaleMessages;

/** What a page may override: any subset of the keys. */
export type PartialMessages = Partial<Messages>;
