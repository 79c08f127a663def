import { formatNumber, formatPlural } from '../i18n/format.js';
import { resolveLocale } from '../i18n/translations.js';

/** What a widget class shares with `ReactiveElement` for its styles, once defined. */
interface StyledConstructor {
  readonly elementStyles?: ReadonlyArray<CSSStyleSheet | { readonly styleSheet?: CSSStyleSheet }>;
}

const pending = new Set<StyledConstructor>();
let scheduled = false;

const whenIdle: (callback: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 2000 })
    : (callback) => setTimeout(callback, 1);

/**
 * Prepares, while the page is idle, the two costly things every widget needs on its first render:
 * the first `Intl.NumberFormat` of a page loads ICU's number data (about 12 ms on a desktop, 50 ms on
 * a mid-range phone), and a widget's constructable stylesheets are parsed on first use. A page that
 * shows the widget right away does this while the first request is on the network; one that adds
 * it later (a CMS block opened, a tab shown) finds it done. Anything still unprepared when a widget
 * renders is prepared then, exactly as without this ("idle until urgent").
 */
export function warmUpWhenIdle(constructor: CustomElementConstructor): void {
  pending.add(constructor as StyledConstructor);
  if (scheduled) return;
  scheduled = true;
  whenIdle(warmUp);
}

/** Runs the preparation now; `warmUpWhenIdle` schedules it. Exported for tests. */
export function warmUp(): void {
  scheduled = false;
  const { lang } = resolveLocale(document.documentElement.lang);
  formatNumber(lang, 0);
  formatPlural({ one: '', other: '' }, 0, undefined, lang);
  for (const constructor of pending) {
    // Reading `styleSheet` builds and caches the CSSStyleSheet each shadow root then adopts.
    for (const style of constructor.elementStyles ?? []) if (!(style instanceof CSSStyleSheet)) void style.styleSheet;
  }
  pending.clear();
}
