/**
 * English strings. This table defines the keys: every other locale is typed against it.
 *
 * Values are plain text (never HTML) with `{name}` placeholders, or plural forms keyed by
 * `Intl.PluralRules` category whose text contains `{count}`.
 */
export const en = {
  loading: 'Loading…',

  'error.prefix': 'Error:',
  'error.title': 'Could not load',
  'error.retry': 'Try again',
  'error.network': 'Check your internet connection and try again.',
  'error.timeout': 'The server took too long to answer.',
  'error.malformed': 'The server sent data we could not read',
  'error.notFound': 'We could not find this. It may have been removed.',
  'error.authRequired': 'Sign in to continue',
  'error.server': 'Something went wrong on the server.',

  'live.updated': 'Figures updated',
  'live.paused': 'Live updates paused. Reconnecting…',
  'live.resumed': 'Live updates resumed',
  'live.resultsLoaded': { one: '{count} result loaded', other: '{count} results loaded' },

  signatures: { one: '{count} signature', other: '{count} signatures' },
  supporters: { one: '{count} supporter', other: '{count} supporters' },
  backers: { one: '{count} backer', other: '{count} backers' },
  ideas: { one: '{count} idea', other: '{count} ideas' },
  votes: { one: '{count} vote', other: '{count} votes' },

  'time.daysLeft': { one: '{count} day left', other: '{count} days left' },
  'time.hoursLeft': { one: '{count} hour left', other: '{count} hours left' },
  'time.minutesLeft': { one: '{count} minute left', other: '{count} minutes left' },
  'time.closed': 'Closed',
} as const;

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
