import { formatNumber, formatPlural } from '../i18n/format.js';
import { resolveLocale } from '../i18n/translations.js';

/** What a widget class shares with `ReactiveElement` for its styles, once defined. */
interface StyledConstructor {
  readonly elementStyles?: ReadonlyArray<CSSStyleSheet | { readonly styleSheet?: CSSStyleSheet }>;
}

const pending: StyledConstructor[] = [];
let intlReady = false;
let scheduled = false;

const whenIdle: (callback: (deadline?: IdleDeadline) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 2000 })
    : (callback) => setTimeout(callback, 1);

/**
 * Prepares, while the page is idle, the two costly things a widget needs on its first render: the
 * first `Intl.NumberFormat` of a page loads ICU's number data (about 12 ms on a desktop, 50 ms on a
 * mid-range phone), and a widget's constructable stylesheets are parsed on first use. A page that
 * shows the widget right away does this while the first request is on the network; one that adds
 * it later (a CMS block opened, a tab shown) finds it done. One piece of work per idle period at
 * most once the period is used up, so the page stays responsive; anything still unprepared when a
 * widget renders is prepared then, exactly as without this ("idle until urgent").
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
    while ((intlReady === false || pending.length > 0) && (deadline?.timeRemaining() ?? 0) > 0);
    if (!intlReady || pending.length > 0) schedule();
  });
}

/** Prepares one thing: number formatting for the page language first, then one widget's styles. */
function warmUpNext(): void {
  if (!intlReady) {
    intlReady = true;
    const { lang } = resolveLocale(document.documentElement.lang);
    formatNumber(lang, 0);
    formatPlural({ one: '', other: '' }, 0, undefined, lang);
    return;
  }
  const constructor = pending.shift();
  // Reading `styleSheet` builds and caches the CSSStyleSheet each shadow root then adopts.
  for (const style of constructor?.elementStyles ?? [])
    if (!(style instanceof CSSStyleSheet)) void style.styleSheet;
}

/** Runs all the preparation now; `warmUpWhenIdle` spreads it over idle periods. Exported for tests. */
export function warmUp(): void {
  intlReady = false;
  warmUpNext();
  while (pending.length > 0) warmUpNext();
}
