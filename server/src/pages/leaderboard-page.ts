import { LEADERBOARD_PERIODS } from '#protocol';
import type { Leaderboard, LeaderboardEntry } from '#protocol';
import type { ServerLocale } from '../config.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';
import { renderLanguageLinks } from './language-links.js';
import { renderPage } from './layout.js';
import { LEADERBOARD_PAGE_STRINGS } from './leaderboard-strings.js';
import { renderCategorySelect, renderFilters, renderPager, renderSelect } from './page-parts.js';

/*
 * A leaderboard's page without scripts (`GET /leaderboards/:id`): the ranking as a table a page at
 * a time (plain links), period and category chosen by a GET form, and the published scoring rules.
 */

/** What the reader asked for. */
export interface LeaderboardView {
  readonly path: string;
  readonly cursor: string | undefined;
}

function renderEntry(locale: ServerLocale, entry: LeaderboardEntry): SafeHtml {
  const number = new Intl.NumberFormat(locale);
  return html`<tr>
    <td class="number">${number.format(entry.rank)}</td>
    <th scope="row" dir="auto">
      ${
        entry.participant.profileUrl
          ? html`<a href="${entry.participant.profileUrl}">${entry.participant.displayName}</a>`
          : entry.participant.displayName
      }
    </th>
    <td class="number">${number.format(entry.score)}</td>
    <td>${entry.badges.map((badge, i) => html`${i > 0 ? ', ' : ''}<bdi>${badge.label}</bdi>`)}</td>
  </tr>`;
}

function renderRules(locale: ServerLocale, board: Leaderboard): SafeHtml {
  const s = LEADERBOARD_PAGE_STRINGS[locale];
  const number = new Intl.NumberFormat(locale);
  const { rules } = board;
  return html`<section aria-labelledby="rules">
    <h2 id="rules">${s.rules}</h2>
    ${rules.description ? html`<p dir="auto">${rules.description}</p>` : ''}
    <table>
      <thead>
        <tr>
          <th scope="col">${s.action}</th>
          <th scope="col" class="number">${s.points}</th>
        </tr>
      </thead>
      <tbody>
        ${rules.actions.map(
          (action) =>
            html`<tr>
              <th scope="row" dir="auto">${action.label}</th>
              <td class="number">${number.format(action.points)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${rules.dailyCap !== null ? html`<p>${s.dailyCap(rules.dailyCap, number.format(rules.dailyCap))}</p>` : ''}
    ${rules.excludesStaff ? html`<p>${s.excludesStaff}</p>` : ''}
  </section>`;
}

export function renderLeaderboardPage(
  locale: ServerLocale,
  board: Leaderboard,
  view: LeaderboardView,
): string {
  const s = LEADERBOARD_PAGE_STRINGS[locale];
  const number = new Intl.NumberFormat(locale);
  const filters = { period: board.period, category: board.category?.id };
  return renderPage(
    locale,
    board.title,
    html`${renderLanguageLinks(locale, view.path)}
      <h1 dir="auto">${board.title}</h1>
      ${renderFilters(locale, view.path, s.show, [
        renderSelect(
          'period',
          s.period,
          LEADERBOARD_PERIODS.map((period) => ({ value: period, label: s.periods[period] })),
          board.period,
        ),
        ...renderCategorySelect(locale, board.categories, board.category?.id),
      ])}
      ${
        board.entries.length === 0
          ? html`<p>${s.nobody}</p>`
          : html`<table class="ranking">
              <caption>
                ${s.ranked(board.total, number.format(board.total))}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="number">${s.rank}</th>
                  <th scope="col">${s.participant}</th>
                  <th scope="col" class="number">${s.points}</th>
                  <th scope="col">${s.badges}</th>
                </tr>
              </thead>
              <tbody>
                ${board.entries.map((entry) => renderEntry(locale, entry))}
              </tbody>
            </table>`
      }
      ${renderPager(locale, view.path, filters, { current: view.cursor, next: board.nextCursor })}
      ${renderRules(locale, board)}`,
  );
}
