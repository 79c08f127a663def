import { IDEA_SORTS, isVotingClosed } from '#protocol';
import type { Board, Idea, IdeaPage, IdeaSort } from '#protocol';
import type { ServerLocale } from '../config.js';
import type { Participant } from '../security/jwt.js';
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
import { renderSessionBar, RETURN_FIELD } from './sign-in-page.js';

/*
 * An idea board's page without scripts (`GET /boards/:id`): its ideas a page at a time (plain
 * links), sorted and filtered by a GET form. A signed-in reader (the pages' session) supports an
 * idea with a form post per idea, and comes back to that idea; a reader who is not gets a link to
 * sign in that comes back to the idea. Where the pages cannot sign anyone in, the page links to
 * the board's page on the city's site.
 */

/** How the reader can vote: signed in, by signing in first (`href`), or only on the city's page. */
export type BoardVoting =
  | { readonly kind: 'signed-in'; readonly participant: Participant }
  | { readonly kind: 'sign-in'; readonly href: (returnTo: string) => string }
  | { readonly kind: 'elsewhere' };

/** Where a form post about one idea is sent: `POST /ideas/:ideaId/vote`. */
export function votePath(ideaId: string): string {
  return `/ideas/${encodeURIComponent(ideaId)}/vote`;
}

/** The id of an idea's article, the fragment a vote or a sign-in comes back to. */
export function ideaAnchor(ideaId: string): string {
  return `idea-id-${ideaId}`;
}

/** What the reader asked for: the list's filters and where this page of it starts (1-based). */
export interface BoardView {
  readonly path: string;
  readonly sort: IdeaSort | undefined;
  readonly category: string | undefined;
  readonly cursor: string | undefined;
  readonly from: number;
  /** This page's own path and query, language included: where forms come back to. */
  readonly returnTo: string;
  readonly voting: BoardVoting;
}

/** Support (and on up-and-down boards, against) buttons, or a link to sign in first. */
function renderVoting(locale: ServerLocale, board: Board, idea: Idea, view: BoardView): SafeHtml | '' {
  const s = BOARD_PAGE_STRINGS[locale];
  if (isVotingClosed(idea.status) || view.voting.kind === 'elsewhere') return '';
  const back = `${view.returnTo}#${ideaAnchor(idea.id)}`;
  const title = html`<span class="visually-hidden">: <bdi>${idea.title}</bdi></span>`;
  if (view.voting.kind === 'sign-in')
    return html`<p><a href="${view.voting.href(back)}">${s.signInToSupport}${title}</a></p>`;
  const mine = idea.myVote;
  return html`<form method="post" action="${votePath(idea.id)}" class="vote">
    <input type="hidden" name="${RETURN_FIELD}" value="${back}" />
    <input type="hidden" name="lang" value="${locale}" />
    ${mine === 1 ? html`<p><strong>${s.youSupport}</strong></p>` : ''}
    ${mine === -1 ? html`<p><strong>${s.youOppose}</strong></p>` : ''}
    <button type="submit" name="value" value="${mine === 1 ? '0' : '1'}">
      ${mine === 1 ? s.withdrawSupport : s.support}${title}
    </button>
    ${
      board.votingMode === 'up_down'
        ? html`<button type="submit" name="value" value="${mine === -1 ? '0' : '-1'}">
            ${mine === -1 ? s.withdrawAgainst : s.voteAgainst}${title}
          </button>`
        : ''
    }
  </form>`;
}

function renderIdea(
  locale: ServerLocale,
  board: Board,
  idea: Idea,
  index: number,
  view: BoardView,
): SafeHtml {
  const s = BOARD_PAGE_STRINGS[locale];
  const number = new Intl.NumberFormat(locale);
  const id = `idea-${index}`;
  // Focusable from script only, so coming back to `#idea-id-…` after a vote puts focus on the idea.
  return html`<li>
    <article aria-labelledby="${id}" id="${ideaAnchor(idea.id)}" tabindex="-1">
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
      ${renderVoting(locale, board, idea, view)}
    </article>
  </li>`;
}

/** Who is signed in (with a sign-out button), or how to sign in to vote. */
function renderVotingNotice(locale: ServerLocale, board: Board, view: BoardView): SafeHtml {
  const s = BOARD_PAGE_STRINGS[locale];
  switch (view.voting.kind) {
    case 'signed-in':
      return renderSessionBar(locale, view.voting.participant, view.returnTo);
    case 'sign-in':
      return html`<p class="notice">
        ${s.supportNeedsSignIn} <a href="${view.voting.href(view.returnTo)}">${s.signIn}</a>
      </p>`;
    case 'elsewhere':
      return html`<p class="notice">
        ${s.votingNeedsScripts} ${board.url ? html`<a href="${board.url}">${s.signInOnCityPage}</a>` : ''}
      </p>`;
  }
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
      ${renderVotingNotice(locale, board, view)}
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
                  ${page.items.map((idea, i) => renderIdea(locale, board, idea, i, view))}
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
