import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { LEADERBOARD_PERIODS } from '../../protocol/leaderboards.js';
import type { Leaderboard, LeaderboardPeriod } from '../../protocol/leaderboards.js';
import { periodDays } from './ranking.js';

export interface PeriodTabsHandlers {
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onSelect: (period: LeaderboardPeriod) => void;
}

/**
 * The period tabs (`role="tablist"`, roving tabindex): only the selected tab is in the tab order,
 * and the arrow keys, Home and End move between tabs (see `rovingIndex`).
 */
export function renderPeriodTabs(
  current: LeaderboardPeriod,
  localize: LocalizeController,
  handlers: PeriodTabsHandlers,
): TemplateResult {
  return html`<div
    class="tabs"
    part="tabs"
    role="tablist"
    aria-label=${localize.term('expertLeaderboard.periods')}
    @keydown=${handlers.onKeydown}
  >
    ${LEADERBOARD_PERIODS.map(
      (period) =>
        html`<button
          type="button"
          role="tab"
          class="tab"
          id="tab-${period}"
          aria-selected=${period === current ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${period === current ? '0' : '-1'}
          @click=${() => handlers.onSelect(period)}
        >
          ${localize.term(`expertLeaderboard.period.${period}`)}
        </button>`,
    )}
  </div>`;
}

/** The calendar days a page covers ("1 May 2025 – 31 May 2025"), or "All time". */
export function renderRange(page: Leaderboard, localize: LocalizeController): TemplateResult {
  if (!page.periodStart || !page.periodEnd) {
    return html`<p class="range">${localize.term('expertLeaderboard.period.all')}</p>`;
  }
  const { start, end } = periodDays(page.periodStart, page.periodEnd);
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  return html`<p class="range">
    ${localize.term('expertLeaderboard.range', {
      start: localize.date(start, options),
      end: localize.date(end, options),
    })}
  </p>`;
}
