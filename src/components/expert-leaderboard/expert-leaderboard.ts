import { initialState, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../../internal/civic-element.js';
import { define } from '../../internal/define.js';
import { LiveAnnouncer } from '../../internal/live-announcer.js';
import { LEADERBOARD_PERIODS } from '../../protocol/leaderboards.js';
import type { Leaderboard, LeaderboardEntry, LeaderboardPeriod } from '../../protocol/leaderboards.js';
import { formStyles } from '../../styles/form.styles.js';
import { headingStyles } from '../../styles/heading.styles.js';
import { rowListStyles } from '../../styles/row-list.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { textButtonStyles } from '../../styles/text-button.styles.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { styles } from './expert-leaderboard.styles.js';
import { initials, periodDays, rovingIndex, tiedRanks } from './ranking.js';
import { resourceTask } from '../../internal/resource-task.js';
import { frameStyles } from '../../styles/frame.styles.js';

type MoreStatus = 'idle' | 'loading' | 'failed';

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
    styles,
  ];

  private readonly announcer = new LiveAnnouncer(this);

  private readonly boardTask = resourceTask(
    this,
    () => [this.client, this.board, this.period, this.category, this.localize.lang] as const,
    async ([client, board, period, category, lang], signal) =>
      client && board
        ? client.call(
            'getLeaderboard',
            { path: { leaderboardId: board }, query: { period, ...(category ? { category } : {}) } },
            { signal, locale: lang },
          )
        : initialState,
  );

  @state() private more: readonly LeaderboardEntry[] = [];
  @state() private moreCursor: string | null = null;
  @state() private moreStatus: MoreStatus = 'idle';
  @state() private openBreakdowns: ReadonlySet<string> = new Set();
  @state() private brokenAvatars: ReadonlySet<string> = new Set();

  /** Identifier of the leaderboard to show. */
  @property() board?: string;

  /** Calendar period shown: `week`, `month` (default), `quarter`, `year` or `all`. */
  @property({ reflect: true }) period: LeaderboardPeriod = 'month';

  /** Category id to limit the ranking to; empty for all categories. */
  @property() category = '';

  /** Level of the title's heading (2–6), so it fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The last loaded page: its title, categories and rules stay on screen while another period loads. */
  private shown: Leaderboard | undefined;
  private moreAbort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('board')) this.shown = undefined;
    const loaded = this.boardTask.status === TaskStatus.COMPLETE ? this.boardTask.value : undefined;
    if (loaded && loaded !== this.shown) {
      // A new first page: pages loaded with "Show more" belonged to the previous one.
      this.shown = loaded;
      this.moreAbort?.abort();
      this.more = [];
      this.moreCursor = loaded.nextCursor;
      this.moreStatus = 'idle';
      this.openBreakdowns = new Set();
    }
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
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${period}`)?.focus();
  }

  private handleCategoryChange(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private toggleBreakdown(id: string): void {
    const open = new Set(this.openBreakdowns);
    if (!open.delete(id)) open.add(id);
    this.openBreakdowns = open;
  }

  private handleAvatarError(id: string): void {
    this.brokenAvatars = new Set([...this.brokenAvatars, id]);
  }

  private async handleShowMore(): Promise<void> {
    const { client, board, shown: base, moreCursor: cursor } = this;
    if (!client || !board || !base || !cursor) return;
    this.moreAbort?.abort();
    const controller = new AbortController();
    this.moreAbort = controller;
    this.moreStatus = 'loading';
    try {
      const page = await client.call(
        'getLeaderboard',
        {
          path: { leaderboardId: board },
          query: { period: this.period, cursor, ...(this.category ? { category: this.category } : {}) },
        },
        { signal: controller.signal, locale: this.localize.lang },
      );
      if (base !== this.shown || controller.signal.aborted) return;
      const firstNew = page.entries[0];
      this.more = [...this.more, ...page.entries];
      this.moreCursor = page.nextCursor;
      this.moreStatus = 'idle';
      this.announcer.announce(this.localize.plural('live.resultsLoaded', page.entries.length));
      await this.updateComplete;
      // The button is gone after the last page: focus moves to the first new row instead of the page.
      if (!this.moreCursor && firstNew) {
        this.renderRoot
          .querySelector<HTMLElement>(`[data-participant="${CSS.escape(firstNew.participant.id)}"] .name`)
          ?.focus();
      }
    } catch {
      if (!controller.signal.aborted) this.moreStatus = 'failed';
    }
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
      ${heading(headingLevel(this.headingLevel), board.title, { id: 'title', className: 'title' })}
      ${this.renderCategories(board)}
      <div
        class="tabs"
        part="tabs"
        role="tablist"
        aria-label=${this.localize.term('expertLeaderboard.periods')}
        @keydown=${this.handleTabKeydown}
      >
        ${LEADERBOARD_PERIODS.map(
          (period) =>
            html`<button
              type="button"
              role="tab"
              class="tab"
              id="tab-${period}"
              aria-selected=${period === this.period ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${period === this.period ? '0' : '-1'}
              @click=${() => this.selectPeriod(period)}
            >
              ${this.localize.term(`expertLeaderboard.period.${period}`)}
            </button>`,
        )}
      </div>
      <div class="panel" id="panel" role="tabpanel" aria-labelledby="tab-${this.period}">
        ${this.renderTask(this.boardTask, (page) => this.renderPanel(page), {
          skeleton: { lines: 6, height: '18rem' },
        })}
      </div>
      ${this.renderRules(board)}
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
          (c) => html`<option value=${c.id} ?selected=${c.id === this.category}>${c.name}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderPanel(page: Leaderboard): TemplateResult {
    const entries = [...page.entries, ...this.more];
    const me = page.me;
    const pinned = me && !entries.some((e) => e.participant.id === me.participant.id) ? me : undefined;
    const tied = tiedRanks(entries);
    const period = this.localize.term(`expertLeaderboard.period.${page.period}`);
    return html`${this.renderRange(page)}
      ${
        entries.length === 0 && !pinned
          ? html`<p class="empty">${this.localize.term('expertLeaderboard.empty')}</p>`
          : html`<table class="entries" part="table">
              <caption>
                ${this.localize.term('expertLeaderboard.caption', { title: page.title, period })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="rank">${this.localize.term('expertLeaderboard.col.rank')}</th>
                  <th scope="col">${this.localize.term('expertLeaderboard.col.participant')}</th>
                  <th scope="col" class="numeric">${this.localize.term('expertLeaderboard.col.score')}</th>
                  <th scope="col" class="details-head">
                    <span class="visually-hidden">${this.localize.term('expertLeaderboard.breakdown')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                ${entries.map((entry) => this.renderEntry(page, entry, tied, entry.participant.id === me?.participant.id))}
              </tbody>
              ${
                pinned
                  ? html`<tbody class="pinned">
                      <tr>
                        <th scope="rowgroup" colspan="4" class="pinned-head">
                          ${this.localize.term('expertLeaderboard.yourPosition')}
                        </th>
                      </tr>
                      ${this.renderEntry(page, pinned, tied, true)}
                    </tbody>`
                  : nothing
              }
            </table>`
      }
      ${this.renderShowMore(page, entries.length)}
      <p class="updated">
        ${this.localize.term('expertLeaderboard.updated', {
          date: this.localize.date(page.updatedAt, { dateStyle: 'long', timeStyle: 'short' }),
        })}
      </p>`;
  }

  private renderRange(page: Leaderboard): TemplateResult {
    if (!page.periodStart || !page.periodEnd) {
      return html`<p class="range">${this.localize.term('expertLeaderboard.period.all')}</p>`;
    }
    const { start, end } = periodDays(page.periodStart, page.periodEnd);
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
    return html`<p class="range">
      ${this.localize.term('expertLeaderboard.range', {
        start: this.localize.date(start, options),
        end: this.localize.date(end, options),
      })}
    </p>`;
  }

  private renderEntry(
    page: Leaderboard,
    entry: LeaderboardEntry,
    tied: ReadonlySet<number>,
    isMe: boolean,
  ): TemplateResult {
    const { participant } = entry;
    const key = `${isMe ? 'me' : 'entry'}-${participant.id}`;
    const open = this.openBreakdowns.has(key);
    const panelId = `breakdown-${key}`;
    const name = participant.profileUrl
      ? html`<a class="name" href=${participant.profileUrl}>${participant.displayName}</a>`
      : html`<span class="name" tabindex="-1">${participant.displayName}</span>`;
    return html`<tr
        class=${isMe ? 'entry own' : 'entry'}
        part=${isMe ? 'own-row' : nothing}
        data-participant=${isMe ? nothing : participant.id}
      >
        <td class="rank">
          ${
            tied.has(entry.rank)
              ? html`<span aria-hidden="true">=${this.localize.number(entry.rank)}</span
                  ><span class="visually-hidden"
                    >${this.localize.term('expertLeaderboard.tie', { rank: entry.rank })}</span
                  >`
              : this.localize.number(entry.rank)
          }
        </td>
        <th scope="row" class="participant">
          <span class="who">
            ${this.renderAvatar(participant.id, participant.avatarUrl, participant.displayName)}
            <span class="who-text">
              ${name}
              ${isMe ? html`<span class="you">(${this.localize.term('expertLeaderboard.you')})</span>` : nothing}
            </span>
          </span>
          ${
            entry.badges.length > 0
              ? html`<span class="visually-hidden">${this.localize.term('expertLeaderboard.badges')}:</span>
                  <span class="badges">
                    ${entry.badges.map(
                      (b) =>
                        html`<span class="badge"
                          >${
                            b.level === undefined
                              ? b.label
                              : this.localize.term('expertLeaderboard.badgeLevel', {
                                  label: b.label,
                                  level: b.level,
                                })
                          }</span
                        > `,
                    )}
                  </span>`
              : nothing
          }
        </th>
        <td class="numeric score">${this.localize.number(entry.score)}</td>
        <td class="details">
          <button
            type="button"
            class="disclosure breakdown-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${panelId}
            aria-label=${this.localize.term('expertLeaderboard.breakdownFor', { name: participant.displayName })}
            @click=${() => this.toggleBreakdown(key)}
          >
            <span class="breakdown-label">${this.localize.term('expertLeaderboard.breakdown')}</span>
          </button>
        </td>
      </tr>
      <tr class="breakdown-row" id=${panelId} ?hidden=${!open}>
        <td colspan="4">
          <ul class="breakdown">
            ${entry.breakdown.map(
              (item) =>
                html`<li>
                  ${this.localize.term('expertLeaderboard.breakdownItem', {
                    action: actionLabel(page, item.action),
                    times: this.localize.plural('expertLeaderboard.times', item.count),
                    points: this.localize.plural('expertLeaderboard.points', item.points),
                  })}
                </li>`,
            )}
          </ul>
        </td>
      </tr>`;
  }

  private renderAvatar(id: string, url: string | null, displayName: string): TemplateResult {
    if (url && !this.brokenAvatars.has(id)) {
      return html`<img
        class="avatar"
        src=${url}
        alt=""
        width="32"
        height="32"
        loading="lazy"
        @error=${() => this.handleAvatarError(id)}
      />`;
    }
    return html`<span class="avatar initials" aria-hidden="true">${initials(displayName)}</span>`;
  }

  private renderShowMore(page: Leaderboard, count: number): unknown {
    if (count === 0) return nothing;
    return html`<div class="more">
      <p class="shown-of">
        ${this.localize.plural('expertLeaderboard.shownOf', page.total, { shown: this.localize.number(count) })}
      </p>
      ${
        this.moreStatus === 'failed'
          ? html`<p class="more-error" role="alert">
              <span class="visually-hidden">${this.localize.term('error.prefix')}</span>
              ${this.localize.term('expertLeaderboard.loadMoreFailed')}
            </p>`
          : nothing
      }
      ${
        this.moreCursor
          ? html`<button
              type="button"
              class="button secondary"
              ?disabled=${this.moreStatus === 'loading'}
              @click=${this.handleShowMore}
            >
              ${this.localize.term(this.moreStatus === 'failed' ? 'error.retry' : 'expertLeaderboard.showMore')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderRules(board: Leaderboard): TemplateResult {
    const { rules } = board;
    return html`<details class="rules" part="rules">
      <summary class="disclosure">${this.localize.term('expertLeaderboard.rules')}</summary>
      <div class="rules-body">
        ${rules.description ? html`<p>${rules.description}</p>` : nothing}
        <ul class="rule-list">
          ${rules.actions.map(
            (rule) =>
              html`<li>
                <span class="rule-label">${rule.label}</span>
                <span class="rule-points"
                  >${this.localize.plural('expertLeaderboard.rulePoints', Math.abs(rule.points), {
                    signed: this.localize.number(rule.points, { signDisplay: 'exceptZero' }),
                  })}</span
                >
              </li>`,
          )}
        </ul>
        <p>
          ${
            rules.dailyCap === null
              ? this.localize.term('expertLeaderboard.noCap')
              : this.localize.plural('expertLeaderboard.dailyCap', rules.dailyCap)
          }
        </p>
        <p>
          ${this.localize.term(rules.excludesStaff ? 'expertLeaderboard.staffExcluded' : 'expertLeaderboard.staffIncluded')}
        </p>
      </div>
    </details>`;
  }
}

/** The backend's label for an action key; the key itself when the rules do not list it. */
function actionLabel(board: Leaderboard, action: string): string {
  return board.rules.actions.find((rule) => rule.action === action)?.label ?? action;
}

define('civic-expert-leaderboard', CivicExpertLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'civic-expert-leaderboard': CivicExpertLeaderboard;
  }
}
