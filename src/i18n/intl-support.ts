/**
 * Probing `Intl` for a language's data. Some browsers list a language as supported but have no data
 * for it: Chromium and Chrome ship ICU without Kazakh, so `Intl` prints root-locale output
 * ("1,234,567.5", "2026 M11 28", "+3 d"). Each built-in language is therefore probed once.
 */
import { primaryLanguage } from './locale-tags.js';

/** The `Intl` services a browser may lack a language's data for. */
export const INTL_SERVICES = ['number', 'date', 'relativeTime', 'list'] as const;

export type IntlService = (typeof INTL_SERVICES)[number];

/** What each service prints for the probe inputs (see `measureIntlSupport`) when it has the data. */
export type IntlProbe = Readonly<Record<IntlService, string>>;

export type IntlSupport = Readonly<Record<IntlService, boolean>>;

/**
 * The expected probe output per built-in language: 12345.5; January on its own (`month: 'long'`);
 * "tomorrow" (`numeric: 'auto'`, 1 day); the list `a`, `b`. Compared ignoring case and the kind of
 * space, which differ between CLDR versions ("Қаңтар", "қаңтар").
 */
export const INTL_PROBES: { readonly [language: string]: IntlProbe | undefined } = {
  en: { number: '12,345.5', date: 'january', relativeTime: 'tomorrow', list: 'a and b' },
  ru: { number: '12\u00a0345,5', date: 'январь', relativeTime: 'завтра', list: 'a и b' },
  kk: { number: '12\u00a0345,5', date: 'қаңтар', relativeTime: 'ертең', list: 'a және b' },
};

const PROBE_INPUTS: Readonly<Record<IntlService, (locale: string) => string>> = {
  number: (locale) => new Intl.NumberFormat(locale).format(12345.5),
  date: (locale) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, 0, 15)),
  relativeTime: (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day'),
  list: (locale) => new Intl.ListFormat(locale).format(['a', 'b']),
};

function probeText(text: string): string {
  return text.replace(/\s/g, ' ').toLowerCase();
}

/**
 * Which services `Intl` really has `locale`'s data for, judged against `probe`. Asking
 * `supportedLocalesOf` is not enough: Chromium answers `['kk']`, then formats with root data.
 */
export function measureIntlSupport(locale: string, probe: IntlProbe): IntlSupport {
  const support = {} as Record<IntlService, boolean>;
  for (const service of INTL_SERVICES) {
    let output = '';
    try {
      output = PROBE_INPUTS[service](locale);
    } catch {
      // An engine without the service at all has no data for it either.
    }
    support[service] = probeText(output) === probeText(probe[service]);
  }
  return support;
}

const FULL_SUPPORT: IntlSupport = { number: true, date: true, relativeTime: true, list: true };
const supportByLanguage = new Map<string, IntlSupport>();

/** `measureIntlSupport` for the language of `locale`, measured once; languages without a probe are trusted. */
export function intlSupport(locale: string): IntlSupport {
  const language = primaryLanguage(locale);
  let support = supportByLanguage.get(language);
  if (support === undefined) {
    const probe = INTL_PROBES[language];
    support = probe === undefined ? FULL_SUPPORT : measureIntlSupport(language, probe);
    supportByLanguage.set(language, support);
  }
  return support;
}
