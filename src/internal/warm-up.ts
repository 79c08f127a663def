import { formatNumber, formatPlural, formatRelativeTime } from '../i18n/format.js';
import { resolveLocale } from '../i18n/translations.js';

/** What a widget class shares with `ReactiveElement` for its styles, once defined. */
interface StyledConstructor {
  readonly elementStyles?: ReadonlyArray<CSSStyleSheet | { readonly styleSheet?: CSSStyleSheet }>;
}

const pending: StyledConstructor[] = [];
/** The page language's formatters still to create, most costly first. */
let intlJobs: Array<(lang: string) => unknown> | undefined;
let scheduled = false;

const whenIdle: (callback: (deadline?: IdleDeadline) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 2000 })
    : (callback) => setTimeout(callback, 1);

/**
 * Prepares, while the page is idle, the costly things a widget needs on its first render: the
 * first `Intl.NumberFormat` of a page loads ICU's number data (about 12 ms on a desktop, 50 ms on a
 * mid-range phone), a relative-time format a few ms more, and a widget's constructable stylesheets
 * are parsed on first use. A page that shows the widget right away does this while the first
 * request is on the network; one that adds it later (a CMS block opened, a tab shown) finds it
 * done. One piece of work per idle period at most once the period is used up, so the page stays
 * responsive; anything still unprepared when a widget renders is prepared then, exactly as
 * without this ("idle until urgent").
 */
export function warmUpWhenIdle(constructor: CustomElementConstructor): void {
  pending.push(constructor as StyledConstructor);
  schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle((deadline) => {
    scheduled = false;
    do warmUpNext();
    while (hasWork() && (deadline?.timeRemaining() ?? 0) > 0);
    if (hasWork()) schedule();
  });
}

function hasWork(): boolean {
  return intlJobs === undefined || intlJobs.length > 0 || pending.length > 0;
}

/** Prepares one thing: a formatter for the page language (those first), or one widget's styles. */
function warmUpNext(): void {
  intlJobs ??= [
    (lang) => formatNumber(lang, 0),
    (lang) => formatRelativeTime(lang, Date.now()),
    (lang) => formatPlural({ one: '', other: '' }, 0, undefined, lang),
  ];
  const intl = intlJobs.shift();
  if (intl !== undefined) {
    intl(resolveLocale(document.documentElement.lang).lang);
    return;
  }
  const constructor = pending.shift();
  // Reading `styleSheet` builds and caches the CSSStyleSheet each shadow root then adopts.
  for (const style of constructor?.elementStyles ?? []) {
    if (!(style instanceof CSSStyleSheet)) void style.styleSheet;
  }
}

/** Runs all the preparation now; `warmUpWhenIdle` spreads it over idle periods. Exported for tests. */
export function warmUp(): void {
  intlJobs = undefined;
  do warmUpNext();
  while (hasWork());
}
