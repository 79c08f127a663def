import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { IDEA_SORTS } from '../../protocol/ideas.js';
import type { Board, IdeaSort, IdeaStatus } from '../../protocol/ideas.js';
import { isFiltered } from './list-query.js';
import type { IdeaQuery } from './list-query.js';
import { isolate } from '../../internal/user-text.js';

export interface ToolbarHandlers {
  readonly onChange: (change: Partial<IdeaQuery>) => void;
  readonly onClear: () => void;
}

/**
 * Search (a `search` landmark with its own button), sort and filters. Selects apply at once: the
 * list below changes, nothing else moves, and the number of results is announced.
 */
export function renderToolbar(
  board: Board,
  query: IdeaQuery,
  localize: LocalizeController,
  handlers: ToolbarHandlers,
): TemplateResult {
  const value = (event: Event) => (event.target as HTMLSelectElement).value;
  return html`<div class="toolbar" part="toolbar">
    <form
      class="search"
      role="search"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const q = String(new FormData(event.currentTarget as HTMLFormElement).get('q') ?? '').trim();
        handlers.onChange({ q: q.slice(0, 200) });
      }}
    >
      <label class="label" for="idea-search">${localize.term('ideaBoard.search.label')}</label>
      <div class="search-row">
        <input id="idea-search" class="input" type="search" name="q" maxlength="200" .value=${query.q} />
        <button type="submit" class="button secondary">${localize.term('ideaBoard.search.submit')}</button>
      </div>
    </form>
    <div class="filters">
      <div class="filter">
        <label class="label" for="idea-sort">${localize.term('ideaBoard.sort.label')}</label>
        <select
          id="idea-sort"
          class="input select"
          @change=${(event: Event) => handlers.onChange({ sort: value(event) as IdeaSort })}
        >
          ${IDEA_SORTS.map(
            (sort) =>
              html`<option value=${sort} ?selected=${sort === query.sort}>
                ${localize.term(`ideaBoard.sort.${sort}`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="filter">
        <label class="label" for="idea-status">${localize.term('ideaBoard.filter.status')}</label>
        <select
          id="idea-status"
          class="input select"
          @change=${(event: Event) =>
            handlers.onChange({ status: (value(event) || undefined) as IdeaStatus | undefined })}
        >
          <option value="" ?selected=${query.status === undefined}>
            ${localize.term('ideaBoard.filter.allStatuses')}
          </option>
          ${board.statuses.map(
            (status) =>
              html`<option value=${status} ?selected=${status === query.status}>
                ${localize.term(`ideaBoard.status.${status}`)}
              </option>`,
          )}
        </select>
      </div>
      ${
        board.categories.length > 0
          ? html`<div class="filter">
              <label class="label" for="idea-category">${localize.term('ideaBoard.filter.category')}</label>
              <select
                id="idea-category"
                class="input select"
                @change=${(event: Event) => handlers.onChange({ category: value(event) || undefined })}
              >
                <option value="" ?selected=${query.category === undefined}>
                  ${localize.term('ideaBoard.filter.allCategories')}
                </option>
                ${board.categories.map(
                  (category) =>
                    html`<option value=${category.id} ?selected=${category.id === query.category}>
                      ${isolate(category.name)}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
    </div>
    ${
      isFiltered(query)
        ? html`<button type="button" class="link-button" @click=${handlers.onClear}>
            ${localize.term('ideaBoard.clearFilters')}
          </button>`
        : nothing
    }
  </div>`;
}
