import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeContext } from '../context/locale-context.js';
import {
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  formatPlural,
  formatRelativeTime,
  formatWait,
  interpolate,
} from './format.js';
import type { TemplateParams } from './format.js';
import type { PluralForms, PluralKey, TermKey } from './messages.js';
import { formatMoney } from './money.js';
import type { Money } from './money.js';
import {
  isLanguageLoaded,
  languageFailed,
  loadLanguage,
  lookup,
  onTranslationsChange,
  resolveLocale,
} from './translations.js';
import type { ResolvedLocale } from './translations.js';

type LocalizeHost = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

function refreshAll(): void {
  for (const controller of connected) controller.refresh();
}

/** One observer for every widget on the page, as in Shoelace's LocalizeController. */
function startWatching(): void {
  if (documentObserver !== undefined) return;
  documentObserver = new MutationObserver(refreshAll);
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
  stopListening = onTranslationsChange(refreshAll);
}

function stopWatching(): void {
  documentObserver?.disconnect();
  documentObserver = undefined;
  stopListening?.();
  stopListening = undefined;
}

/** The closest `attribute` value on the host's ancestors, crossing shadow roots to their hosts. */
function closestAttribute(
  element: Element,
  attribute: string,
  skip?: (value: string) => boolean,
): string | undefined {
  let node: Node | null = element.parentNode;
  while (node !== null) {
    if (node instanceof Element) {
      const value = node.getAttribute(attribute);
      if (value !== null && value !== '' && !skip?.(value)) return value;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = null;
    }
  }
  return undefined;
}

/**
 * Strings, numbers, dates and money in the language of each element, not the page: a Kazakh
 * widget can sit on a Russian page.
 *
 * The language is the first of: the element's own `lang`; the `locale` of the surrounding
 * `<civic-provider>`; the closest ancestor with `lang` (across shadow roots); `<html lang>`;
 * English. Regional tags keep their region for formatting (`kk-KZ`) and use the language's strings
 * (`kk`). The host re-renders when `<html lang>` or `<html dir>` changes, when the provider's
 * locale changes and when the page registers strings. Hosts re-render on their own `lang`/`dir`
 * only if they observe those attributes (`CivicElement` does).
 *
 * Results are plain text for Lit text bindings, never HTML. Formatting goes through `format.ts`, which
 * supplies Kazakh CLDR data where the browser's `Intl` has none (Chrome).
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizeHost;
  private readonly providedLocale: ContextConsumer<typeof localeContext, LocalizeHost>;
  private resolved: ResolvedLocale | undefined;
  private shown: ResolvedLocale | undefined;

  constructor(host: LocalizeHost) {
    this.host = host;
    this.providedLocale = new ContextConsumer(host, {
      context: localeContext,
      subscribe: true,
      callback: () => this.refresh(),
    });
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    startWatching();
    // Moved to another part of the page, the element may now be in another language.
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) stopWatching();
  }

  /** Forgets the resolved language and re-renders the host. */
  refresh(): void {
    this.resolved = undefined;
    this.host.requestUpdate();
  }

  /** The locale the host asks for, whether or not its strings have arrived. */
  private wanted(): ResolvedLocale {
    return resolveLocale(
      this.host.getAttribute('lang') ||
        this.providedLocale.value ||
        closestAttribute(this.host, 'lang') ||
        // Not in the document (a rehearsal's element): the page's language.
        document.documentElement.lang ||
        undefined,
    );
  }

  /**
   * Resolves the wanted locale and caches the one to show: the wanted one once its strings are
   * here, until then the last one shown, so text never flashes.
   */
  private resolve(): { readonly wanted: ResolvedLocale; readonly shown: ResolvedLocale } {
    const wanted = this.wanted();
    const shown = isLanguageLoaded(wanted.language) || this.shown === undefined ? wanted : this.shown;
    this.shown = shown;
    this.resolved = shown;
    return { wanted, shown };
  }

  /** What strings and formats use; resolved once per update (`whenReady`) or after a `refresh`. */
  private get locale(): ResolvedLocale {
    if (this.resolved !== undefined) return this.resolved;
    const { wanted, shown } = this.resolve();
    void this.load(wanted.language);
    return shown;
  }

  /**
   * `undefined` when the host can render now; otherwise a promise that settles once the wanted
   * language's strings have loaded, or failed to (the language then falls back to English, which
   * is tried next). Hosts call it before each update (`CivicElement.scheduleUpdate`), so a
   * widget's first render is already in its language and a switch shows no keys or English; it
   * also resolves the language for that update, once.
   */
  whenReady(): Promise<void> | undefined {
    return this.load(this.resolve().wanted.language);
  }

  private load(language: string): Promise<void> | undefined {
    if (isLanguageLoaded(language) || languageFailed(language)) return undefined;
    return loadLanguage(language).then(
      () => this.refresh(),
      (error: unknown) => {
        console.error(
          `civic-widgets: the strings for "${language}" could not be loaded; showing ${
            language === 'en' ? 'string keys' : 'English'
          }.`,
          error,
        );
        this.refresh();
      },
    );
  }

  /** The tag used for formatting, e.g. `kk-KZ`; `en` when the language has no strings. */
  get lang(): string {
    return this.locale.lang;
  }

  /** The language whose strings are shown, e.g. `kk`. */
  get language(): string {
    return this.locale.language;
  }

  /** Text direction from the element's own or closest `dir`, else `ltr`. */
  get dir(): 'ltr' | 'rtl' {
    const own = this.host.getAttribute('dir');
    const dir =
      own === 'ltr' || own === 'rtl' ? own : closestAttribute(this.host, 'dir', (v) => v === 'auto');
    return dir === 'rtl' ? 'rtl' : 'ltr';
  }

  /** A single string with its `{placeholders}` filled in. */
  term(key: TermKey, params?: TemplateParams): string {
    const { value } = lookup(this.language, key);
    return interpolate(typeof value === 'string' ? value : value.other, params, this.lang);
  }

  /** The plural form for `count`, with `{count}` formatted for the locale. */
  plural(key: PluralKey, count: number, params?: TemplateParams): string {
    const { value, language } = lookup(this.language, key);
    const forms: PluralForms = typeof value === 'string' ? { other: value } : value;
    return formatPlural(forms, count, params, this.lang, language);
  }

  number(value: number | bigint, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.lang, value, options);
  }

  /** A ratio as a percentage: `0.42` → `42%`. */
  percent(ratio: number, options?: Intl.NumberFormatOptions): string {
    return formatPercent(this.lang, ratio, options);
  }

  date(date: Date | number | string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.lang, date, options);
  }

  /** "in 12 days", "3 hours ago"; the unit is chosen from seconds up to months. */
  relativeTime(
    date: Date | number | string,
    now?: Date | number,
    options?: Intl.RelativeTimeFormatOptions,
  ): string {
    return formatRelativeTime(this.lang, date, now, options);
  }

  /** "in 20 hours": when a wait of `seconds` is over, rounded up (minutes, hours under two days, days). */
  wait(seconds: number): string {
    return formatWait(this.lang, seconds);
  }

  /** Money given in minor units, converted exactly. */
  money(money: Money, options?: Intl.NumberFormatOptions): string {
    return formatMoney(this.lang, money, options);
  }

  list(items: Iterable<string>, options?: Intl.ListFormatOptions): string {
    return formatList(this.lang, items, options);
  }
}
