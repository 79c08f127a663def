import { initialState, TaskStatus } from '@lit/task';
import { html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicVoteChangedEvent } from '../../events/civic-vote-changed.js';
import { CivicElement } from '../../internal/civic-element.js';
import { DataDownloadController } from '../../internal/data-download.js';
import { define } from '../../internal/define.js';
import { heading, headingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { LiveAnnouncer } from '../../internal/live-announcer.js';
import { resourceTask } from '../../internal/resource-task.js';
import { yieldToMain } from '../../internal/yield-to-main.js';
import type { Board, Idea, IdeaPage, IdeaSort, IdeaStatus } from '../../protocol/ideas.js';
import { badgeStyles } from '../../styles/badge.styles.js';
import { downloadStyles } from '../../styles/download.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { frameStyles } from '../../styles/frame.styles.js';
import { headingStyles } from '../../styles/heading.styles.js';
import { noticeStyles } from '../../styles/notice.styles.js';
import { textButtonStyles } from '../../styles/text-button.styles.js';
import { FirstPageController } from './first-page.js';
import { styles } from './idea-board.styles.js';
import { IdeaDetailController } from './idea-detail.js';
import { ideaItemOf } from './idea-item.js';
import type { IdeaItemContext } from './idea-item.js';
import { renderIdeaList, revealIdea } from './idea-list.js';
import { listQuery, nextQuery, pageLimit } from './list-query.js';
import type { IdeaQuery } from './list-query.js';
import { MoreIdeasController } from './more-ideas.js';
import { REHEARSAL_BOARD, REHEARSAL_PAGE, rehearsalCheckJobs } from './rehearsal.js';
import { ReportDialogController } from './report-dialog.js';
import { listedIdeas, renderEmptyList } from './results.js';
import { SignInController } from './sign-in.js';
import { IdeaSubmissionController } from './submission.js';
import { renderToolbar } from './toolbar.js';
import { VoteController, voteFailureMessage } from './votes.js';
import { getBoard, listIdeas } from '../../protocol/endpoints/ideas.js';
import { isolate, userText } from '../../internal/user-text.js';

/** Ideas per page when the page does not set `page-size` (the protocol allows 1–100). */
const DEFAULT_PAGE_SIZE = 20;

/** Shortest time between two announcements of result counts, in ms. */
const RESULTS_ANNOUNCE_THROTTLE_MS = 1000;

/**
 * An idea board for a city web page: citizens read ideas, support them (or vote for and against,
 * as the board says), sort, filter and search them, submit their own (with similar ideas shown
 * while they type the title, so duplicates are caught early) and report abuse. Long boards load
 * page by page ("Show more ideas", which moves focus to the first idea it added, or automatically
 * with `infinite`). Up to 300 ideas loaded are all kept in the page, for screen readers' browse
 * mode and find-in-page; beyond that only the ideas near the viewport are, so 10,000 ideas scroll
 * smoothly.
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
 * @csspart download - "Download the data" (`with-download`).
 *
 * @cssproperty --civic-idea-board-padding - Padding inside the board; default 1rem.
 * @cssproperty --civic-idea-board-accent - Colour of the board's top border and pressed vote buttons; default the link colour.
 *
 * @event {CivicIdeaSubmittedEvent} civic-idea-submitted - The backend stored a new idea; detail `{boardId, ideaId, pendingModeration}`.
 * @event {CivicVoteChangedEvent} civic-vote-changed - The backend stored a vote; detail `{ideaId, value}`, never who voted.
 * @event {CivicAuthRequiredEvent} civic-auth-required - Voting, submitting or reporting needs a signed-in citizen; once signed in, call `continueAfterSignIn()` to cast the vote pressed.
 * @event {CivicLoadErrorEvent} civic-load-error - The board or its ideas failed to load.
 */
export class CivicIdeaBoard extends CivicElement {
  static override styles = [
    CivicElement.styles,
    frameStyles,
    headingStyles,
    noticeStyles,
    badgeStyles,
    formStyles,
    textButtonStyles,
    downloadStyles,
    styles,
  ];

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
    return rehearsalCheckJobs();
  }

  private readonly announcer = new LiveAnnouncer(this, { throttleMs: RESULTS_ANNOUNCE_THROTTLE_MS });

  private readonly signIn = new SignInController(this, {
    localize: this.localize,
    client: () => this.client,
    ownClient: () => Boolean(this.apiBase),
    token: () => this.getToken?.(),
  });

  private readonly votes = new VoteController(this, {
    client: () => this.client,
    maySend: () => this.signIn.maySend(),
    onAuthRequired: (idea, button) =>
      this.signIn.require('vote', () => void this.voteAfterSignIn(idea, button)),
    onFailed: (idea, error) => this.announcer.announce(voteFailureMessage(this.localize, idea, error)),
    onChanged: (idea, value) => this.dispatchEvent(new CivicVoteChangedEvent({ ideaId: idea.id, value })),
  });

  private readonly submission = new IdeaSubmissionController(this, {
    localize: this.localize,
    client: () => this.client,
    boardId: () => this.board,
    announce: (text) => this.announcer.announce(text),
    onAuthRequired: () => this.signIn.require('propose'),
    root: () => this.renderRoot,
  });

  private readonly report = new ReportDialogController(this, {
    localize: this.localize,
    client: () => this.client,
    announce: (text) => this.announcer.announce(text),
    onAuthRequired: () => this.signIn.require('report'),
    root: () => this.renderRoot,
  });

  private readonly detail = new IdeaDetailController(this, this.localize, () => this.renderRoot);

  private readonly boardTask = resourceTask(
    this,
    () => [this.client, this.board, this.localize.lang] as const,
    async ([client, boardId, lang], signal): Promise<Board | typeof initialState> =>
      client && boardId
        ? client.request(getBoard, { path: { boardId } }, { signal, locale: lang })
        : initialState,
  );

  private readonly ideasTask = resourceTask(
    this,
    () => [this.client, this.board, this.query, this.limit, this.localize.lang] as const,
    async ([client, boardId, query, limit, lang], signal): Promise<IdeaPage | typeof initialState> => {
      if (!client || !boardId) return initialState;
      this.moreIdeas.restart();
      this.submission.clearAdded();
      this.votes.clear();
      const page = await client.request(
        listIdeas,
        { path: { boardId }, query: listQuery(query, limit, this.seed) },
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

  private readonly moreIdeas = new MoreIdeasController(this, {
    localize: this.localize,
    client: () => this.client,
    boardId: () => this.board,
    firstPage: () => (this.ideasTask.status === TaskStatus.COMPLETE ? this.ideasTask.value : undefined),
    query: (cursor) => listQuery(this.query, this.limit, this.seed, cursor),
    infinite: () => this.infinite,
    announce: (text) => this.announcer.announce(text),
    root: () => this.renderRoot,
    reveal: (ideaId) =>
      revealIdea(
        this.renderRoot,
        ideaId,
        this.listed().findIndex((idea) => idea.id === ideaId),
      ),
  });

  private readonly firstPage = new FirstPageController(this, {
    boardStatus: () => this.boardTask.status,
    ideasStatus: () => this.ideasTask.status,
    boardId: () => this.board,
    root: () => this.renderRoot,
  });

  private readonly download = new DataDownloadController(this, {
    client: () => this.client,
    enabled: () => this.withDownload,
    filter: 'board',
    item: () => this.board,
  });

  @state() private q = '';

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

  /** Shows "Download the data": CSV and JSON links to this board's ideas as open data. */
  @property({ type: Boolean, attribute: 'with-download' }) withDownload = false;

  /** Level of the board's heading (2–6), so it fits the page's outline; ideas use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The seed of `random` order: fixed for this element, so every page comes from one shuffle. */
  private readonly seed = Math.floor(Math.random() * 2_147_483_647);
  private query: IdeaQuery = { sort: 'trending', status: undefined, category: undefined, q: '' };
  private announceResults = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const wanted = { sort: this.sort, status: this.status, category: this.category, q: this.q };
    this.query = nextQuery(this.query, wanted);
    const boardChanged = changed.has('board') && changed.get('board') !== undefined;
    this.firstPage.willUpdate(boardChanged);
    if (boardChanged) {
      this.submission.reset();
      this.signIn.reset();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.moreIdeas.updated();
  }

  private get limit(): number {
    return pageLimit(this.pageSize, DEFAULT_PAGE_SIZE);
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

  /** Loads the next page of ideas and adds it to the list. */
  async loadMore(): Promise<void> {
    return this.moreIdeas.loadMore();
  }

  /**
   * Tells the board that the citizen has signed in after its `civic-auth-required`: a vote pressed
   * before is sent now (once), focus returns to its button, and the result is announced.
   */
  continueAfterSignIn(): void {
    this.signIn.signedIn();
  }

  /** The vote pressed before signing in: sent, with focus back on its button, and the result announced. */
  private async voteAfterSignIn(idea: Idea, button: 1 | -1): Promise<void> {
    const saved = this.votes.press(idea, button);
    const index = this.listed().findIndex((listed) => listed.id === idea.id);
    await revealIdea(this.renderRoot, idea.id, index);
    const buttons = ideaItemOf(this.renderRoot, idea.id)?.querySelectorAll<HTMLElement>('.vote-button');
    buttons?.[button === 1 ? 0 : 1]?.focus();
    if (await saved) {
      this.announcer.announce(
        this.localize.term('ideaBoard.vote.savedAfterSignIn', { title: isolate(idea.title) }),
      );
    }
  }

  override render(): TemplateResult {
    const skeleton = { lines: 8, height: '32rem' };
    const board = this.boardTask.status;
    const waiting = board === TaskStatus.INITIAL || board === TaskStatus.PENDING;
    const held = this.firstPage.held;
    // A held board is in the page but clipped to nothing until it is shown with its ideas; the
    // same template then shows it, keeping its DOM.
    return html`<div class="root">
      ${(waiting || held) && this.firstPage.skeletonDue ? this.renderPending(skeleton) : nothing}
      <div
        class=${held ? 'stage held' : 'stage'}
        aria-hidden=${held ? 'true' : nothing}
        @focusin=${this.firstPage.handleFocusIn}
      >
        ${
          waiting || this.firstPage.awaitingIdeas
            ? nothing
            : this.boardTask.render({
                complete: (value) => this.renderBoard(value, held ? nothing : undefined),
                error: (error) => this.renderLoadError(error, () => this.retryBoard()),
              })
        }
      </div>
      ${this.boardTask.status === TaskStatus.ERROR ? html`<div class="fallback"><slot></slot></div>` : nothing}
      ${this.announcer.render()}
    </div>`;
  }

  /** "Try again" after the board failed: its ideas load again too if they failed with it, so one press recovers both. */
  private retryBoard(): void {
    void this.boardTask.run();
    if (this.ideasTask.status === TaskStatus.ERROR) void this.ideasTask.run();
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
      ${heading(level, userText(board.title), { id: 'board-title', className: 'board-title' })}
      ${board.description ? html`<p class="board-description">${userText(board.description)}</p>` : nothing}
      ${this.signIn.render()} ${this.submission.render(board, sub)}
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
      ${this.download.render(this.localize)} ${this.detail.render()} ${this.report.render()}
    </section>`;
  }

  private renderIdeas(
    board: Board,
    page: IdeaPage,
    level: HeadingLevel,
    { virtualized = true } = {},
  ): TemplateResult {
    const ideas = this.listed(page);
    const total = Math.max(page.total, ideas.length);
    if (ideas.length === 0) {
      return renderEmptyList(board, {
        localize: this.localize,
        level,
        query: this.query,
        formOpen: this.submission.open,
        onOpenForm: this.submission.handleOpenForm,
        onClearFilters: () => void this.handleClearFilters(),
      });
    }
    const context = this.ideaContext(board, total, level);
    return html`<p id="shown-count" class="shown-count" tabindex="-1">
        ${this.localize.plural('ideaBoard.shown', ideas.length, { total: this.localize.number(total) })}
      </p>
      ${renderIdeaList(ideas, this.localize.term('ideaBoard.listLabel'), context, virtualized)}
      ${this.moreIdeas.renderFailure()} ${this.moreIdeas.renderMore(this.moreIdeas.cursor(page))}`;
  }

  /** The ideas the list shows: those submitted here, then the pages loaded (of `page` onwards). */
  private listed(page = this.ideasTask.value): readonly Idea[] {
    return page ? listedIdeas(this.submission.added, [...page.items, ...this.moreIdeas.ideas]) : [];
  }

  private ideaContext(board: Board, total: number, level: HeadingLevel): IdeaItemContext {
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
}

define('civic-idea-board', CivicIdeaBoard);

declare global {
  interface HTMLElementTagNameMap {
    'civic-idea-board': CivicIdeaBoard;
  }
}
