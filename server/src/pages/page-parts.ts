import type { ServerLocale } from '../config.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';
import { withLang } from './language-links.js';
import { PAGE_STRINGS } from './strings.js';

/* Pieces several pages share: dates, paragraphs of plain text, page links, filter selects. */

export function formatDate(locale: ServerLocale, iso: string): SafeHtml {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
  return html`<time datetime="${iso}">${text}</time>`;
}

/** A localized sentence with a date in it, the date marked up as `<time>`. */
export function dated(locale: ServerLocale, sentence: (date: string) => string, iso: string): SafeHtml {
  const marker = '\u0000';
  const [before = '', after = ''] = sentence(marker).split(marker);
  return html`${before}${formatDate(locale, iso)}${after}`;
}

/** Plain text with blank lines between paragraphs, each isolated for bidi. */
export function paragraphs(text: string | undefined): SafeHtml[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => html`<p dir="auto">${part}</p>`);
}

/**
 * Links to the next page of a list (`cursor`, the API's own) and back to the first, keeping the
 * list's filters and the page's language.
 */
export function renderPager(
  locale: ServerLocale,
  path: string,
  filters: Readonly<Record<string, string | undefined>>,
  cursor: { current: string | undefined; next: string | null; nextExtra?: Record<string, string> },
): SafeHtml | '' {
  if (!cursor.current && !cursor.next) return '';
  const s = PAGE_STRINGS[locale];
  const link = (extra: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...filters, ...extra }))
      if (value !== undefined && value !== '') params.set(name, value);
    return withLang(`${path}?${params}`, locale);
  };
  return html`<nav class="pager" aria-label="${s.pages}">
    <ul>
      ${cursor.current ? html`<li><a href="${link({})}">${s.firstPage}</a></li>` : ''}
      ${cursor.next ? html`<li><a href="${link({ ...cursor.nextExtra, cursor: cursor.next })}" rel="next">${s.nextPage}</a></li>` : ''}
    </ul>
  </nav>`;
}

/** One filter of a GET form: a labelled select. */
export function renderSelect(
  name: string,
  label: string,
  options: readonly { value: string; label: string }[],
  selected: string | undefined,
): SafeHtml {
  const id = `filter-${name}`;
  return html`<div class="field">
    <label for="${id}">${label}</label>
    <select id="${id}" name="${name}">
      ${options.map(
        (option) =>
          html`<option
            value="${option.value}"
            dir="auto"
            ${option.value === (selected ?? '') ? html`selected` : ''}
          >
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
}

/** The category filter of a list, when it has categories: "All categories" and each one. */
export function renderCategorySelect(
  locale: ServerLocale,
  categories: readonly { id: string; name: string }[],
  selected: string | undefined,
): SafeHtml[] {
  if (categories.length === 0) return [];
  const s = PAGE_STRINGS[locale];
  const options = [
    { value: '', label: s.allCategories },
    ...categories.map((c) => ({ value: c.id, label: c.name })),
  ];
  return [renderSelect('category', s.category, options, selected)];
}

/** A GET form of filters, sent with the page's language. */
export function renderFilters(
  locale: ServerLocale,
  action: string,
  button: string,
  selects: SafeHtml[],
): SafeHtml {
  return html`<form method="get" action="${action}" class="filters">
    <input type="hidden" name="lang" value="${locale}" />
    ${selects}
    <button type="submit">${button}</button>
  </form>`;
}

/** Money in the currency's minor units (the protocol's amounts), formatted for the locale. */
export function formatMoney(locale: ServerLocale, money: { amount: number; currency: string }): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  const scale = 10 ** digits;
  // Whole amounts (a goal, a milestone) read better without ",00".
  const fraction = money.amount % scale === 0 ? { maximumFractionDigits: 0 } : {};
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, ...fraction }).format(
    money.amount / scale,
  );
}

/** A progress bar named by the element `labelId`, its value capped at `max`. */
export function renderProgress(labelId: string, value: number, max: number): SafeHtml {
  return html`<progress
    max="${max}"
    value="${Math.min(value, max)}"
    aria-labelledby="${labelId}"
  ></progress>`;
}
