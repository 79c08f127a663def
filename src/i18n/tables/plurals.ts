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
