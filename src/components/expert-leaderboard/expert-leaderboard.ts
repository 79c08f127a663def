import { initialState, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../internal/civic-element.js';
import { DataDownloadController } from '../../internal/data-download.js';
import { define } from '../../internal/define.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { isolate, userText } from '../../internal/user-text.js';
import { LiveAnnouncer } from '../../internal/live-announcer.js';
import { resourceTask } from '../../internal/resource-task.js';
import { LEADERBOARD_PERIODS } from '../../protocol/leaderboards.js';
import type { Leaderboard, LeaderboardPeriod } from '../../protocol/leaderboards.js';
import { downloadStyles } from '../../styles/download.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { frameStyles } from '../../styles/frame.styles.js';
import { headingStyles } from '../../styles/heading.styles.js';
import { rowListStyles } from '../../styles/row-list.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { textButtonStyles } from '../../styles/text-button.styles.js';
import { EntriesTableController } from './entries-table.js';
import { styles } from './expert-leaderboard.styles.js';
import { renderPeriodTabs, renderRange } from './period.js';
import { rovingIndex } from './ranking.js';
import { renderRules } from './rules.js';
import { ShowMoreController } from './show-more.js';
import { getLeaderboard } from '../../protocol/endpoints/leaderboards.js';

/**
 * A ranking of the participants who earned the most points in a calendar period (this week, this
 * month…), optionally within one category of topic experts. Each entry shows the rank (ties shared),
 * the participant, the score, badges and how the points add up; the rules for earning points come
 * from the backend. A signed-in participant outside the shown entries sees their own row pinned below.
 *
 * Put a link to the full leaderboard inside the element: readers see it until the element upgrades,
 * and keep it if the script never loads. Once upgraded, the default slot is not rendered.
 *
 * @summary Ranked contributors by period and category, with their points explained.
 *
 * @slot - Fallback content (a link to the leaderboard page), shown only until the element upgrades or if scripts fail.
 *
 * @csspart board - The box around the whole leaderboard.
 * @csspart title - The leaderboard's title.
 * @csspart tabs - The period tabs.
 * @csspart table - The table of entries.
 * @csspart own-row - The signed-in participant's own row.
 * @csspart rules - The "How points are earned" disclosure.
 * @csspart download - "Download the data" (`with-download`).
 *
 * @cssproperty --civic-expert-leaderboard-padding - Padding inside the box; default 1rem.
 * @cssproperty --civic-expert-leaderboard-highlight - Frame of the signed-in participant's row; default the link colour.
 *
 * @event {Event} change - The reader chose another period or category (read `period` and `category`).
 * @event {CivicLoadErrorEvent} civic-load-error - The leaderboard failed to load (or the answer was malformed).
 * @event {CivicAuthRequiredEvent} civic-auth-required - The backend answered 401.
 */
export class CivicExpertLeaderboard extends CivicElement {
  static override styles = [
    CivicElement.styles,
    frameStyles,
    formStyles,
    textButtonStyles,
    headingStyles,
    tableStyles,
    rowListStyles('.rule-list'),
    downloadStyles,
    styles,
  ];

  private readonly announcer = new LiveAnnouncer(this);

  private readonly boardTask = resourceTask(
    this,
    () => [this.client, this.board, this.period, this.category, this.localize.lang] as const,
    async ([client, board, period, category, lang], signal) =>
      client && board
        ? client.request(
            getLeaderboard,
            { path: { leaderboardId: board }, query: { period, ...(category ? { category } : {}) } },
            { signal, locale: lang },
          )
        : initialState,
  );

  private readonly showMore = new ShowMoreController(this, {
    localize: this.localize,
    client: () => this.client,
    board: () => this.board,
    period: () => this.period,
    category: () => this.category,
    shown: () => this.shown,
    announce: (text) => this.announcer.announce(text),
    root: () => this.renderRoot,
  });

  private readonly table = new EntriesTableController(this, this.localize);

  private readonly download = new DataDownloadController(this, {
    client: () => this.client,
    enabled: () => this.withDownload,
    filter: 'leaderboard',
    item: () => this.board,
  });

  /** Identifier of the leaderboard to show. */
  @property() board?: string;

  /** Calendar period shown: `week`, `month` (default), `quarter`, `year` or `all`. */
  @property({ reflect: true }) period: LeaderboardPeriod = 'month';

  /** Category id to limit the ranking to; empty for all categories. */
  @property() category = '';

  /** Shows "Download the data": CSV and JSON links to this leaderboard's ranks and scores as open data. */
  @property({ type: Boolean, attribute: 'with-download' }) withDownload = false;

  /** Level of the title's heading (2–6), so it fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The last loaded page: its title, categories and rules stay on screen while another period loads. */
  private shown: Leaderboard | undefined;

  /** The reader picked another period or category: the page it loads is announced. */
  private announceNextPage = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('board')) this.shown = undefined;
    const loaded = this.boardTask.status === TaskStatus.COMPLETE ? this.boardTask.value : undefined;
    if (loaded && loaded !== this.shown) {
      this.shown = loaded;
      this.showMore.restart(loaded);
      this.table.closeBreakdowns();
      if (this.announceNextPage) {
        this.announceNextPage = false;
        this.announcer.announce(this.pageSummary(loaded));
      }
    }
  }

  /** What a new first page holds, in one sentence: "Showing 20 of 44 participants". */
  private pageSummary(page: Leaderboard): string {
    if (page.entries.length === 0) return this.localize.term('expertLeaderboard.empty');
    return this.localize.plural('expertLeaderboard.shownOf', page.total, {
      shown: this.localize.number(page.entries.length),
    });
  }

  private handleTabKeydown(event: KeyboardEvent): void {
    const index = LEADERBOARD_PERIODS.indexOf(this.period);
    const next = rovingIndex(event.key, index, LEADERBOARD_PERIODS.length, this.localize.dir === 'rtl');
    if (next === undefined) return;
    event.preventDefault();
    void this.selectPeriod(LEADERBOARD_PERIODS[next]!, true);
  }

  private async selectPeriod(period: LeaderboardPeriod, focus = false): Promise<void> {
    if (period !== this.period) {
      this.period = period;
      this.announceNextPage = true;
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${period}`)?.focus();
  }

  private handleCategoryChange(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value;
    this.announceNextPage = true;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    const shown = this.shown;
    return html`<div class="root">
      ${
        shown
          ? this.renderBoard(shown)
          : this.renderTask(this.boardTask, (board) => this.renderBoard(board), {
              skeleton: { lines: 8, height: '26rem' },
            })
      }
      ${this.announcer.render()}
    </div>`;
  }

  private renderBoard(board: Leaderboard): TemplateResult {
    return html`<section class="board frame" part="board" aria-labelledby="title">
      ${heading(headingLevel(this.headingLevel), userText(board.title), { id: 'title', className: 'title' })}
      ${this.renderCategories(board)}
      ${renderPeriodTabs(this.period, this.localize, {
        onKeydown: (event) => this.handleTabKeydown(event),
        onSelect: (period) => void this.selectPeriod(period),
      })}
      <div class="panel" id="panel" role="tabpanel" aria-labelledby="tab-${this.period}">
        ${this.renderTask(this.boardTask, (page) => this.renderPanel(page), {
          skeleton: { lines: 6, height: '18rem' },
        })}
      </div>
      ${renderRules(board, this.localize)} ${this.download.render(this.localize)}
    </section>`;
  }

  private renderCategories(board: Leaderboard): unknown {
    if (board.categories.length === 0) return nothing;
    return html`<div class="filter">
      <label class="label" for="category">${this.localize.term('expertLeaderboard.category')}</label>
      <select id="category" class="input select" @change=${this.handleCategoryChange}>
        <option value="" ?selected=${this.category === ''}>
          ${this.localize.term('expertLeaderboard.allCategories')}
        </option>
        ${board.categories.map(
          (c) => html`<option value=${c.id} ?selected=${c.id === this.category}>${isolate(c.name)}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderPanel(page: Leaderboard): TemplateResult {
    const entries = [...page.entries, ...this.showMore.entries];
    return html`${renderRange(page, this.localize)} ${this.table.render(page, entries)}
      ${this.showMore.render(page, entries.length)}
      <p class="updated">
        ${this.localize.term('expertLeaderboard.updated', {
          date: this.localize.date(page.updatedAt, { dateStyle: 'long', timeStyle: 'short' }),
        })}
      </p>`;
  }
}

define('civic-expert-leaderboard', CivicExpertLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'civic-expert-leaderboard': CivicExpertLeaderboard;
  }
}
