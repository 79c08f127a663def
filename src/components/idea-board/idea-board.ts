import { initialState, TaskStatus } from '@lit/task';
import { html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicAuthRequiredEvent } from '../../events/civic-auth-required.js';
import type { AuthRequiredReason } from '../../events/civic-auth-required.js';
import { CivicIdeaSubmittedEvent } from '../../events/civic-idea-submitted.js';
import { CivicVoteChangedEvent } from '../../events/civic-vote-changed.js';
import { CivicElement } from '../../internal/civic-element.js';
import { define } from '../../internal/define.js';
import { LiveAnnouncer } from '../../internal/live-announcer.js';
import * as v from 'valibot';
import { BoardSchema, IDEA_SORTS, IDEA_STATUSES, IdeaPageSchema } from '../../protocol/ideas.js';
import type { Board, Idea, IdeaPage, IdeaSort, IdeaStatus, ListIdeasQuery } from '../../protocol/ideas.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { formStyles } from '../../styles/form.styles.js';
import { styles } from './idea-board.styles.js';
import { IdeaDetailController } from './idea-detail.js';
import { IdeaFormController } from './idea-form.js';
import type { IdeaItemContext } from './idea-item.js';
import { renderIdeaList } from './idea-list.js';
import { REHEARSAL_BOARD, REHEARSAL_CHECK_ROUNDS, REHEARSAL_PAGE, rehearsalCheckPage } from './rehearsal.js';
import { ReportDialogController } from './report-dialog.js';
import { isFiltered, renderToolbar } from './toolbar.js';
import type { IdeaQuery } from './toolbar.js';
import { VoteController } from './votes.js';
import { resourceTask } from '../../internal/resource-task.js';
import { yieldToMain } from '../../internal/yield-to-main.js';
import { badgeStyles } from '../../styles/badge.styles.js';
import { frameStyles } from '../../styles/frame.styles.js';

/** Ideas per page when the page does not set `page-size` (the protocol allows 1–100). */
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** Shortest time between two announcements of result counts, in ms. */
const RESULTS_ANNOUNCE_THROTTLE_MS = 1000;

/**
 * How long a loaded board waits for its first page of ideas before it shows without them. Shown
 * together, the board and its ideas appear at once and nothing jumps in between.
 */
const FIRST_PAGE_WAIT_MS = 400;

/** A board that loads faster than this appears without a skeleton flashing first. */
const SKELETON_DELAY_MS = 200;

function isSort(value: unknown): value is IdeaSort {
  return (IDEA_SORTS as readonly unknown[]).includes(value);
}

function isStatus(value: unknown): value is IdeaStatus {
  return (IDEA_STATUSES as readonly unknown[]).includes(value);
}

/**
 * An idea board for a city web page: citizens read ideas, support them (or vote for and against,
 * as the board says), sort, filter and search them, submit their own (with similar ideas shown
 * while they type the title, so duplicates are caught early) and report abuse. Long boards load
 * page by page ("Show more ideas", or automatically with `infinite`) and render only the ideas near
 * the viewport, so 10,000 ideas scroll smoothly.
 *
 * Put a link to the board's page inside the element: readers see it until the element upgrades, if
 * scripts fail, and next to the error message if the board cannot be loaded.
 *
 * @summary Ideas from citizens, with voting, sorting, filters, search, submission and reporting.
 *
 * @slot - Fallback content (a link to the board's page), shown until the element upgrades, if scripts fail, and when loading fails.
 * @slot sign-in - What to show when a citizen must sign in to vote, submit or report (default: a sentence and the backend's sign-in link).
 *
 * @csspart board - The panel around the whole board.
 * @csspart toolbar - Search, sort and filters.
 * @csspart idea - One idea in the list.
 * @csspart badge - An idea's status badge.
 * @csspart vote - An idea's vote count and buttons.
 * @csspart form - The "Submit an idea" form, or its confirmation.
 * @csspart similar - Similar ideas suggested while a title is typed.
 * @csspart dialog - The idea and report dialogs.
 * @csspart submit - The button that sends a new idea.
 * @csspart error-summary - The "There is a problem" box of the form.
 *
 * @cssproperty --civic-idea-board-padding - Padding inside the board; default 1rem.
 * @cssproperty --civic-idea-board-accent - Colour of the board's top border and pressed vote buttons; default the link colour.
 *
 * @event {CivicIdeaSubmittedEvent} civic-idea-submitted - The backend stored a new idea; detail `{boardId, ideaId, pendingModeration}`.
 * @event {CivicVoteChangedEvent} civic-vote-changed - The backend stored a vote; detail `{ideaId, value}`, never who voted.
 * @event {CivicAuthRequiredEvent} civic-auth-required - Voting, submitting or reporting needs a signed-in citizen.
 * @event {CivicLoadErrorEvent} civic-load-error - The board or its ideas failed to load.
 */
export class CivicIdeaBoard extends CivicElement {
  static override styles = [CivicElement.styles, frameStyles, badgeStyles, formStyles, styles];

  /**
   * Renders a sample board with its ideas in both voting modes into a detached fragment (see
   * `WarmableConstructor`). The element is never connected, so it makes no requests. Returns the
   * fragment.
   */
  static rehearse(): DocumentFragment {
    const stage = document.createDocumentFragment();
    render(new CivicIdeaBoard().renderRehearsal(), stage);
    return stage;
  }

  /**
   * Checks a sample board and pages of sample ideas as the client checks responses, one page per
   * job (see `WarmableConstructor`): when the first real page arrives, V8 runs the checks optimized.
   */
  static warmUpJobs(): Array<() => void> {
    const board = JSON.stringify(REHEARSAL_BOARD);
    const page = JSON.stringify(rehearsalCheckPage());
    return Array.from({ length: REHEARSAL_CHECK_ROUNDS }, () => () => {
      v.parse(BoardSchema, JSON.parse(board));
      v.parse(IdeaPageSchema, JSON.parse(page));
    });
  }

  private readonly announcer = new LiveAnnouncer(this, { throttleMs: RESULTS_ANNOUNCE_THROTTLE_MS });

  private readonly votes = new VoteController(this, {
    client: () => this.client,
    maySend: () => this.maySend(),
    onAuthRequired: () => this.requireSignIn('vote'),
    onFailed: (idea) =>
      this.announcer.announce(this.localize.term('ideaBoard.vote.failed', { title: idea.title })),
    onChanged: (idea, value) => this.dispatchEvent(new CivicVoteChangedEvent({ ideaId: idea.id, value })),
  });

  private readonly form = new IdeaFormController(this, {
    localize: this.localize,
    client: () => this.client,
    boardId: () => this.board,
    announce: (text) => this.announcer.announce(text),
    onSubmitted: (idea) => this.handleSubmitted(idea),
    onAuthRequired: () => this.requireSignIn('propose'),
    onCancel: () => this.handleCloseForm(),
    root: () => this.renderRoot,
  });

  private readonly report = new ReportDialogController(this, {
    localize: this.localize,
    client: () => this.client,
    announce: (text) => this.announcer.announce(text),
    onAuthRequired: () => this.requireSignIn('report'),
    root: () => this.renderRoot,
  });

  private readonly detail = new IdeaDetailController(this, this.localize, () => this.renderRoot);

  private readonly boardTask = resourceTask(
    this,
    () => [this.client, this.board, this.localize.lang] as const,
    async ([client, boardId, lang], signal): Promise<Board | typeof initialState> =>
      client && boardId
        ? client.call('getBoard', { path: { boardId } }, { signal, locale: lang })
        : initialState,
  );

  private readonly ideasTask = resourceTask(
    this,
    () => [this.client, this.board, this.query, this.limit, this.localize.lang] as const,
    async ([client, boardId, query, limit, lang], signal): Promise<IdeaPage | typeof initialState> => {
      if (!client || !boardId) return initialState;
      this.generation += 1;
      this.more = [];
      this.moreCursor = null;
      this.moreFailed = false;
      this.added = [];
      this.votes.clear();
      const page = await client.call(
        'listIdeas',
        { path: { boardId }, query: this.listQuery(query, limit) },
        { signal, locale: lang },
      );
      if (this.announceResults) {
        this.announceResults = false;
        this.announcer.announce(this.localize.plural('ideaBoard.results', page.total));
      }
      // Reading and checking a page of up to 100 ideas and rendering it are each a sizeable piece
      // of work on a slow phone; in one task they would hold the page up for longer than 50 ms.
      await yieldToMain();
      return page;
    },
  );

  @state() private q = '';
  @state() private formOpen = false;
  @state() private signInReason: AuthRequiredReason | undefined;
  @state() private signInUrl: string | null = null;
  @state() private loadingMore = false;
  @state() private moreFailed = false;
  /** Loading has taken long enough for the skeleton to show. */
  @state() private skeletonDue = false;

  /** Identifier of the board to show (required). */
  @property() board?: string;

  /** Order of the ideas: `trending` (default), `top`, `new`, `discussed` or `random` (seeded, for equal exposure). */
  @property() sort: IdeaSort = 'trending';

  /** Show only ideas with this status. */
  @property() status?: IdeaStatus;

  /** Show only ideas in this category (its id). */
  @property() category?: string;

  /** Ideas per page (1–100); default 20. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** Loads the next page when the end of the list scrolls into view, instead of waiting for "Show more ideas". */
  @property({ type: Boolean }) infinite = false;

  /** Level of the board's heading (2–6), so it fits the page's outline; ideas use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The seed of `random` order: fixed for this element, so every page comes from one shuffle. */
  private readonly seed = Math.floor(Math.random() * 2_147_483_647);
  private query: IdeaQuery = { sort: 'trending', status: undefined, category: undefined, q: '' };
  private generation = 0;
  private more: Idea[] = [];
  private moreCursor: string | null = null;
  private added: Idea[] = [];
  private announceResults = false;
  private sentinelObserver: IntersectionObserver | undefined;
  private observedSentinel: Element | undefined;
  private focusAfterMore = false;
  /**
   * Where the board is with its first page of ideas: `waiting` for it (a loaded board waits
   * unseen, up to `FIRST_PAGE_WAIT_MS`), `rendering` the board unseen once it has come, in tasks
   * of their own (`renderHeldFirst`), or `shown` with it (or without it, after an error or the wait).
   */
  private firstPage: 'waiting' | 'rendering' | 'shown' = 'waiting';
  private firstPageTimer: ReturnType<typeof setTimeout> | undefined;
  private skeletonTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.skeletonTimer ??= setTimeout(() => {
      if (this.firstPage !== 'shown') this.skeletonDue = true;
    }, SKELETON_DELAY_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.firstPageTimer);
    this.firstPageTimer = undefined;
    clearTimeout(this.skeletonTimer);
    this.skeletonTimer = undefined;
    this.sentinelObserver?.disconnect();
    this.sentinelObserver = undefined;
    this.observedSentinel = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const sort = isSort(this.sort) ? this.sort : 'trending';
    const status = isStatus(this.status) ? this.status : undefined;
    const category = this.category || undefined;
    const q = this.q;
    const current = this.query;
    // A new object only when something changed, so the ideas task runs only then.
    if (
      current.sort !== sort ||
      current.status !== status ||
      current.category !== category ||
      current.q !== q
    ) {
      this.query = { sort, status, category, q };
    }
    const ideas = this.ideasTask.status;
    if ((ideas === TaskStatus.COMPLETE || ideas === TaskStatus.ERROR) && this.firstPage === 'waiting') {
      // Ideas that come before their board wait for it, so the board is still rendered unseen first.
      const board = this.boardTask.status;
      if (board === TaskStatus.COMPLETE) this.renderHeldFirst();
      else if (board === TaskStatus.ERROR) this.settleFirstPage();
    }
    if (changed.has('board') && changed.get('board') !== undefined) {
      this.firstPage = 'waiting';
      this.formOpen = false;
      this.signInReason = undefined;
      this.form.reset();
    }
    if (this.held) this.firstPageTimer ??= setTimeout(() => this.showBoard(), FIRST_PAGE_WAIT_MS);
  }

  /** The board is loaded but not shown yet: it waits, unseen, for its first page of ideas. */
  private get held(): boolean {
    return this.boardTask.status === TaskStatus.COMPLETE && this.firstPage !== 'shown';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeSentinel();
    if (this.focusAfterMore) {
      this.focusAfterMore = false;
      const target =
        this.renderRoot.querySelector<HTMLElement>('#load-more') ??
        this.renderRoot.querySelector<HTMLElement>('#shown-count');
      target?.focus();
    }
  }

  /**
   * Renders the held board now, lays it out in the next task, and shows it with its ideas in the
   * one after: on a slow phone each of the three is a sizeable piece of work.
   */
  private renderHeldFirst(): void {
    this.firstPage = 'rendering';
    const board = this.board;
    const current = () => this.board === board && this.firstPage === 'rendering';
    void (async () => {
      await yieldToMain();
      if (!current()) return;
      this.renderRoot.querySelector('.stage')?.getBoundingClientRect();
      await yieldToMain();
      if (current()) this.showBoard();
    })();
  }

  /** Focus that reaches a held board, from a keyboard user tabbing in, shows it at once. */
  private handleHeldFocus(): void {
    if (this.held) this.showBoard();
  }

  private settleFirstPage(): void {
    this.firstPage = 'shown';
    clearTimeout(this.firstPageTimer);
    this.firstPageTimer = undefined;
  }

  /** Shows the board, with its first page of ideas or their loading state, from outside an update. */
  private showBoard(): void {
    this.settleFirstPage();
    this.requestUpdate();
  }

  private get limit(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) ? Math.min(MAX_PAGE_SIZE, Math.max(1, size)) : DEFAULT_PAGE_SIZE;
  }

  private listQuery(query: IdeaQuery, limit: number, cursor?: string): ListIdeasQuery {
    return {
      sort: query.sort,
      ...(query.sort === 'random' ? { seed: this.seed } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.category ? { category: query.category } : {}),
      ...(query.q ? { q: query.q } : {}),
      ...(cursor ? { cursor } : {}),
      limit,
    };
  }

  /** False when this widget's own client has no token to send; unknown (true) with a provider's client. */
  private async maySend(): Promise<boolean> {
    if (!this.apiBase) return true;
    try {
      return Boolean(await this.getToken?.());
    } catch {
      return false;
    }
  }

  private requireSignIn(reason: AuthRequiredReason): void {
    this.signInReason = reason;
    this.dispatchEvent(new CivicAuthRequiredEvent({ reason }));
    const client = this.client;
    if (!client) return;
    client
      .discover()
      .then((discovery) => {
        this.signInUrl = discovery.auth?.signInUrl ?? null;
      })
      .catch(() => {
        // Without discovery the default sign-in text still tells the citizen what to do.
      });
  }

  private handleQueryChange(change: Partial<IdeaQuery>): void {
    if (change.sort !== undefined) this.sort = change.sort;
    if ('status' in change) this.status = change.status;
    if ('category' in change) this.category = change.category;
    if (change.q !== undefined) this.q = change.q;
    this.announceResults = true;
  }

  private async handleClearFilters(): Promise<void> {
    this.status = undefined;
    this.category = undefined;
    this.q = '';
    this.announceResults = true;
    await this.updateComplete;
    // The "Clear" button is gone; the search field is where the citizen continues.
    this.renderRoot.querySelector<HTMLElement>('#idea-search')?.focus();
  }

  private async handleOpenForm(): Promise<void> {
    this.formOpen = true;
    this.form.reset(true);
  }

  private async handleCloseForm(): Promise<void> {
    this.formOpen = false;
    this.form.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#open-form')?.focus();
  }

  private handleSubmitted(idea: Idea): void {
    this.added = [idea, ...this.added.filter((other) => other.id !== idea.id)];
    if (this.board) {
      this.dispatchEvent(
        new CivicIdeaSubmittedEvent({
          boardId: this.board,
          ideaId: idea.id,
          pendingModeration: idea.pendingModeration,
        }),
      );
    }
  }

  /** Loads the next page of ideas and adds it to the list. */
  async loadMore(): Promise<void> {
    const page = this.ideasTask.status === TaskStatus.COMPLETE ? this.ideasTask.value : undefined;
    const client = this.client;
    const boardId = this.board;
    const cursor = this.more.length > 0 ? this.moreCursor : page?.nextCursor;
    if (!page || !client || !boardId || !cursor || this.loadingMore) return;
    const generation = this.generation;
    this.loadingMore = true;
    this.moreFailed = false;
    try {
      const next = await client.call('listIdeas', {
        path: { boardId },
        query: this.listQuery(this.query, this.limit, cursor),
      });
      await yieldToMain(); // as for the first page: checking it and rendering it are two tasks
      // The list was reloaded (another order or filter) while this page was on its way.
      if (generation !== this.generation) return;
      const known = new Set([...page.items, ...this.more].map((idea) => idea.id));
      this.more = [...this.more, ...next.items.filter((idea) => !known.has(idea.id))];
      this.moreCursor = next.nextCursor;
      const shown = page.items.length + this.more.length;
      this.announcer.announce(
        this.localize.plural('ideaBoard.shown', shown, { total: this.localize.number(next.total) }),
      );
    } catch {
      if (generation === this.generation) this.moreFailed = true;
    } finally {
      if (generation === this.generation) this.loadingMore = false;
    }
  }

  private handleLoadMore(): void {
    void this.loadMore().then(() => {
      this.focusAfterMore = true;
      this.requestUpdate();
    });
  }

  private observeSentinel(): void {
    const sentinel = this.infinite ? this.renderRoot.querySelector('#more-sentinel') : null;
    if (sentinel === this.observedSentinel) return;
    this.sentinelObserver?.disconnect();
    this.observedSentinel = sentinel ?? undefined;
    if (!sentinel) return;
    this.sentinelObserver ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !this.moreFailed) void this.loadMore();
      },
      { rootMargin: '0px 0px 600px 0px' },
    );
    this.sentinelObserver.observe(sentinel);
  }

  override render(): TemplateResult {
    const skeleton = { lines: 8, height: '32rem' };
    const board = this.boardTask.status;
    const waiting = board === TaskStatus.INITIAL || board === TaskStatus.PENDING;
    const held = this.held;
    // A held board is in the page but clipped to nothing until it is shown with its ideas; the
    // same template then shows it, keeping its DOM.
    return html`<div class="root">
      ${(waiting || held) && this.skeletonDue ? this.renderPending(skeleton) : nothing}
      <div
        class=${held ? 'stage held' : 'stage'}
        aria-hidden=${held ? 'true' : nothing}
        @focusin=${this.handleHeldFocus}
      >
        ${
          waiting || (held && this.firstPage === 'waiting')
            ? nothing
            : this.renderTask(this.boardTask, (value) => this.renderBoard(value, held ? nothing : undefined))
        }
      </div>
      ${this.boardTask.status === TaskStatus.ERROR ? html`<div class="fallback"><slot></slot></div>` : nothing}
      ${this.announcer.render()}
    </div>`;
  }

  private renderRehearsal(): unknown {
    const sub = headingLevel(this.headingLevel, 1);
    const ideas = (votingMode: Board['votingMode']) =>
      this.renderIdeas({ ...REHEARSAL_BOARD, votingMode }, REHEARSAL_PAGE, sub, { virtualized: false });
    return this.renderBoard(REHEARSAL_BOARD, html`${ideas('up_down')}${ideas('up')}`);
  }

  private renderBoard(board: Board, results?: unknown): TemplateResult {
    const level = headingLevel(this.headingLevel);
    const sub = headingLevel(this.headingLevel, 1);
    return html`<section class="board frame" part="board" aria-labelledby="board-title">
      ${heading(level, board.title, { id: 'board-title', className: 'board-title' })}
      ${board.description ? html`<p class="board-description">${board.description}</p>` : nothing}
      ${this.renderSignIn()} ${this.renderSubmission(board, sub)}
      ${renderToolbar(board, this.query, this.localize, {
        onChange: (change) => this.handleQueryChange(change),
        onClear: () => void this.handleClearFilters(),
      })}
      <div class="results">
        ${
          results ??
          this.renderTask(this.ideasTask, (page) => this.renderIdeas(board, page, sub), {
            skeleton: { lines: 6, height: '20rem' },
          })
        }
      </div>
      ${this.detail.render()} ${this.report.render()}
    </section>`;
  }

  private renderSignIn(): unknown {
    if (this.signInReason === undefined) return nothing;
    return html`<div class="sign-in" role="status">
      <slot name="sign-in">
        <p>
          ${this.localize.term('ideaBoard.signIn.text')}
          ${this.signInUrl ? html`<a href=${this.signInUrl}>${this.localize.term('ideaBoard.signIn.link')}</a>` : nothing}
        </p>
      </slot>
    </div>`;
  }

  private renderSubmission(board: Board, level: ReturnType<typeof headingLevel>): unknown {
    if (!board.submissionsOpen) {
      return html`<p class="notice">${this.localize.term('ideaBoard.submissionsClosed')}</p>`;
    }
    if (this.formOpen) return this.form.render(board, level, headingLevel(level, 1));
    return html`<p class="open-form">
      <button id="open-form" type="button" class="button" @click=${this.handleOpenForm}>
        ${this.localize.term('ideaBoard.form.open')}
      </button>
    </p>`;
  }

  private renderIdeas(
    board: Board,
    page: IdeaPage,
    level: ReturnType<typeof headingLevel>,
    { virtualized = true } = {},
  ): TemplateResult {
    const listed = [...page.items, ...this.more];
    const ideas =
      this.added.length > 0
        ? [...this.added, ...listed.filter((idea) => !this.added.some((own) => own.id === idea.id))]
        : listed;
    const total = Math.max(page.total, ideas.length);
    if (ideas.length === 0) return this.renderEmpty(board, level);
    const context = this.ideaContext(board, total, level);
    const cursor = this.more.length > 0 ? this.moreCursor : page.nextCursor;
    return html`<p id="shown-count" class="shown-count" tabindex="-1">
        ${this.localize.plural('ideaBoard.shown', ideas.length, { total: this.localize.number(total) })}
      </p>
      ${renderIdeaList(ideas, this.localize.term('ideaBoard.listLabel'), context, virtualized)}
      ${
        this.moreFailed
          ? html`<p class="error-message" role="alert">
              <span class="visually-hidden">${this.localize.term('error.prefix')}</span>
              ${this.localize.term('ideaBoard.loadMoreFailed')}
            </p>`
          : nothing
      }
      ${
        cursor
          ? html`<p class="more">
                <button
                  id="load-more"
                  type="button"
                  class="button secondary"
                  aria-disabled=${this.loadingMore ? 'true' : 'false'}
                  @click=${this.handleLoadMore}
                >
                  ${this.localize.term(this.loadingMore ? 'ideaBoard.loadingMore' : 'ideaBoard.loadMore')}
                </button>
              </p>
              ${this.infinite ? html`<div id="more-sentinel" class="sentinel"></div>` : nothing}`
          : nothing
      }`;
  }

  private ideaContext(board: Board, total: number, level: ReturnType<typeof headingLevel>): IdeaItemContext {
    return {
      localize: this.localize,
      level,
      votingMode: board.votingMode,
      total,
      tally: (idea) => this.votes.tally(idea),
      onVote: (idea, button) => void this.votes.press(idea, button),
      onOpen: (idea, trigger) => this.detail.open(idea, trigger),
      onReport: (idea, trigger) => this.report.open(idea, trigger),
    };
  }

  private renderEmpty(board: Board, level: ReturnType<typeof headingLevel>): TemplateResult {
    if (isFiltered(this.query)) {
      return html`<div class="empty">
        <p>${this.localize.term('ideaBoard.empty.filtered')}</p>
        <button type="button" class="button secondary" @click=${() => void this.handleClearFilters()}>
          ${this.localize.term('ideaBoard.clearFilters')}
        </button>
      </div>`;
    }
    return html`<div class="empty">
      ${heading(level, this.localize.term('ideaBoard.empty.title'), { className: 'empty-title' })}
      ${
        board.submissionsOpen
          ? html`<p>${this.localize.term('ideaBoard.empty.body')}</p>
              ${
                this.formOpen
                  ? nothing
                  : html`<button type="button" class="button" @click=${this.handleOpenForm}>
                      ${this.localize.term('ideaBoard.form.open')}
                    </button>`
              }`
          : nothing
      }
    </div>`;
  }
}

define('civic-idea-board', CivicIdeaBoard);

declare global {
  interface HTMLElementTagNameMap {
    'civic-idea-board': CivicIdeaBoard;
  }
}
