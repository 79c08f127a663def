import { IDEA_SORTS } from '#protocol';
import type { Board, Idea, IdeaPage, IdeaSort } from '#protocol';
import type { ServerLocale } from '../config.js';
import { BOARD_PAGE_STRINGS } from './board-strings.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';
import { renderLanguageLinks } from './language-links.js';
import { renderPage } from './layout.js';
import {
  formatDate,
  paragraphs,
  renderCategorySelect,
  renderFilters,
  renderPager,
  renderSelect,
} from './page-parts.js';

/*
 * An idea board's page without scripts (`GET /boards/:id`): its ideas a page at a time (plain
 * links), sorted and filtered by a GET form. Voting needs the host's sign-in, which a page without
 * scripts cannot carry to this server, so the page says so and links to the host's page.
 */

/** What the reader asked for: the list's filters and where this page of it starts (1-based). */
export interface BoardView {
  readonly path: string;
  readonly sort: IdeaSort | undefined;
  readonly category: string | undefined;
  readonly cursor: string | undefined;
  readonly from: number;
}

function renderIdea(locale: ServerLocale, board: Board, idea: Idea, index: number): SafeHtml {
  const s = BOARD_PAGE_STRINGS[locale];
  const number = new Intl.NumberFormat(locale);
  const id = `idea-${index}`;
  return html`<li>
    <article aria-labelledby="${id}">
      <h3 id="${id}" dir="auto">${idea.title}</h3>
      <p class="meta">
        <strong>${s.supporters(idea.votesUp, number.format(idea.votesUp))}</strong>
        ${board.votingMode === 'up_down' ? html`· ${s.against(number.format(idea.votesDown))}` : ''} ·
        ${s.statuses[idea.status]} ${idea.category ? html`· <bdi>${idea.category.name}</bdi>` : ''}
      </p>
      <p class="meta">${s.proposedBy}: <bdi>${idea.author.displayName}</bdi></p>
      ${paragraphs(idea.body)}
      ${
        idea.officialResponse
          ? html`<section class="response" aria-labelledby="${id}-response">
              <h4 id="${id}-response">${s.officialResponse}</h4>
              ${paragraphs(idea.officialResponse.body)}
              <p class="meta">${formatDate(locale, idea.officialResponse.respondedAt)}</p>
            </section>`
          : ''
      }
    </article>
  </li>`;
}

export function renderBoardPage(locale: ServerLocale, board: Board, page: IdeaPage, view: BoardView): string {
  const s = BOARD_PAGE_STRINGS[locale];
  const number = new Intl.NumberFormat(locale);
  const filters = { sort: view.sort, category: view.category };
  const to = view.from + page.items.length - 1;
  return renderPage(
    locale,
    board.title,
    html`${renderLanguageLinks(locale, view.path)}
      <h1 dir="auto">${board.title}</h1>
      ${board.description ? html`<p dir="auto" class="lead">${board.description}</p>` : ''}
      <p class="notice">
        ${s.votingNeedsScripts} ${board.url ? html`<a href="${board.url}">${s.signInOnCityPage}</a>` : ''}
      </p>
      ${renderFilters(locale, view.path, s.show, [
        renderSelect(
          'sort',
          s.sortBy,
          IDEA_SORTS.map((sort) => ({ value: sort, label: s.sorts[sort] })),
          view.sort ?? 'trending',
        ),
        ...renderCategorySelect(locale, board.categories, view.category),
      ])}
      <section aria-labelledby="ideas">
        <h2 id="ideas">${s.ideas}</h2>
        ${
          page.items.length === 0
            ? html`<p>${s.noIdeas}</p>`
            : html`<p>${s.showing(number.format(view.from), number.format(to), number.format(page.total))}</p>
                <ol class="ideas" start="${view.from}">
                  ${page.items.map((idea, i) => renderIdea(locale, board, idea, i))}
                </ol>`
        }
        ${renderPager(locale, view.path, filters, {
          current: view.cursor,
          next: page.nextCursor,
          nextExtra: { from: String(to + 1) },
        })}
      </section>`,
  );
}
