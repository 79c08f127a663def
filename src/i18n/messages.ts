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
