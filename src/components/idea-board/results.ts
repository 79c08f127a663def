import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { heading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import type { Board, Idea } from '../../protocol/ideas.js';
import { isFiltered } from './list-query.js';
import type { IdeaQuery } from './list-query.js';

export interface EmptyListOptions {
  readonly localize: LocalizeController;
  readonly level: HeadingLevel;
  readonly query: IdeaQuery;
  readonly formOpen: boolean;
  readonly onOpenForm: () => void;
  readonly onClearFilters: () => void;
}

/** The ideas listed: those submitted here first, then the loaded pages' without them. */
export function listedIdeas(added: readonly Idea[], loaded: readonly Idea[]): readonly Idea[] {
  return added.length > 0
    ? [...added, ...loaded.filter((idea) => !added.some((own) => own.id === idea.id))]
    : loaded;
}

/**
 * A list without ideas: with filters or search words, a way to clear them; else an invitation to
 * submit the first idea where the board takes them.
 */
export function renderEmptyList(board: Board, options: EmptyListOptions): TemplateResult {
  const { localize } = options;
  if (isFiltered(options.query)) {
    return html`<div class="empty">
      <p>${localize.term('ideaBoard.empty.filtered')}</p>
      <button type="button" class="button secondary" @click=${options.onClearFilters}>
        ${localize.term('ideaBoard.clearFilters')}
      </button>
    </div>`;
  }
  return html`<div class="empty">
    ${heading(options.level, localize.term('ideaBoard.empty.title'), { className: 'empty-title' })}
    ${
      board.submissionsOpen
        ? html`<p>${localize.term('ideaBoard.empty.body')}</p>
            ${
              options.formOpen
                ? nothing
                : html`<button type="button" class="button" @click=${options.onOpenForm}>
                    ${localize.term('ideaBoard.form.open')}
                  </button>`
            }`
        : nothing
    }
  </div>`;
}
