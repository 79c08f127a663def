import { adoptStyles } from 'lit';
import type { CSSResultOrNative } from 'lit';
import { formatNumber, formatPlural, formatRelativeTime } from '../i18n/format.js';
import { resolveLocale } from '../i18n/translations.js';

/** What the warm-up uses of a widget class, once defined. */
interface WarmableConstructor {
  /** The class's styles, as `ReactiveElement` finalizes them. */
  readonly elementStyles?: readonly CSSResultOrNative[];
  /**
   * Renders the widget with sample data into a detached fragment and returns it, without requests:
   * Lit parses each template once per page, and the code paths a first render takes run once, so
   * the real first render finds both done. The warm-up then lays the fragment out offstage
   * (`layOutOffstage`), connected to the document for one task: it must hold no element that acts
   * when connected, such as a nested widget, which would load its data.
   */
  rehearse?(): DocumentFragment | void;
  /**
   * More preparation, as short jobs of their own after the rehearsal: the idea board checks sample
   * responses with the schemas its client checks real ones with, so the checking code is optimized
   * before the first real response.
   */
  warmUpJobs?(): ReadonlyArray<() => void>;
}

/** Work still to do for defined classes: their styles, then their rehearsals and those rehearsals' layouts. */
const pending: Array<() => void> = [];
/** The page language's formatters still to create, most costly first. */
let intlJobs: Array<(lang: string) => unknown> | undefined;
let scheduled = false;

/** Calls back in an idle period (within 2 s at the latest), or soon where browsers have no idle callbacks. */
export const whenIdle: (callback: (deadline?: IdleDeadline) => void) => void =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 2000 })
    : (callback) => setTimeout(callback, 1);

/**
 * Prepares, while the page is idle, the costly things a widget needs on its first render: the
 * first `Intl.NumberFormat` of a page loads ICU's number data (about 12 ms on a desktop, 50 ms on a
 * mid-range phone), a relative-time format a few ms more, a widget's constructable stylesheets
 * are parsed on first use, a widget with a `rehearse()` renders sample data offstage so its
 * templates are parsed before its first real render, and one with `warmUpJobs()` runs them (the
 * idea board checks sample responses, so its first real one is checked by optimized code). A page
 * that shows the widget right away does this while the first request is on the network; one that
 * adds it later (a CMS block opened, a tab shown) finds it done. One piece of work per idle period
 * at most once the period is used up, so the page stays responsive; anything still unprepared when
 * a widget renders is prepared then, exactly as without this ("idle until urgent").
 */
export function warmUpWhenIdle(constructor: CustomElementConstructor): void {
  const warmable = constructor as WarmableConstructor;
  // Reading `styleSheet` builds and caches the CSSStyleSheet each shadow root then adopts.
  pending.push(() => {
    for (const style of warmable.elementStyles ?? []) {
      if (!(style instanceof CSSStyleSheet)) void style.styleSheet;
    }
  });
  if (warmable.rehearse) {
    pending.push(() => {
      const stage = warmable.rehearse?.();
      // Its own job: the layout is the costlier half, and the next idle period may be the better one.
      if (stage) pending.unshift(() => layOutOffstage(stage, warmable.elementStyles ?? []));
    });
  }
  if (warmable.warmUpJobs) {
    // Asked for when their turn comes, so that building them is idle work too.
    pending.push(() => pending.push(...(warmable.warmUpJobs?.() ?? [])));
  }
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

/** Prepares one thing: a formatter for the page language (those first), one widget's styles or its rehearsal. */
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
  const job = pending.shift();
  try {
    job?.();
  } catch (error) {
    // A failed rehearsal costs the first render its head start, nothing else; say so for developers.
    console.warn('civic-widgets: warm-up failed', error);
  }
}

/**
 * Lays a rehearsal out in the page with the widget's styles, hidden, and takes it out again in the
 * same task, so it is never painted, never announced and never moves anything. The first layout of
 * a widget's text and form controls is the costly one: fonts are looked up and loaded and
 * controls build their inner parts (about 20 ms on a throttled phone). Done here with sample text,
 * the real first render finds them ready. The host carries `data-civic-warm-up`, for a page that
 * watches its DOM and wonders what came and went.
 */
function layOutOffstage(stage: DocumentFragment, styles: readonly CSSResultOrNative[]): void {
  if (!document.body) return;
  const host = document.createElement('div');
  host.dataset.civicWarmUp = '';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  // CSSOM, not a style attribute, so a strict `style-src` allows it.
  Object.assign(host.style, {
    position: 'absolute',
    insetBlockStart: '0',
    insetInlineStart: '0',
    inlineSize: '100%',
    visibility: 'hidden',
    contain: 'strict',
    pointerEvents: 'none',
  });
  const root = host.attachShadow({ mode: 'open' });
  // As Lit gives a widget its styles.
  adoptStyles(root, [...styles]);
  root.append(stage);
  document.body.append(host);
  try {
    host.getBoundingClientRect();
  } finally {
    host.remove();
  }
}

/** Runs all the preparation now; `warmUpWhenIdle` spreads it over idle periods. Exported for tests. */
export function warmUp(): void {
  intlJobs = undefined;
  do warmUpNext();
  while (hasWork());
}
