import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToMain } from '../../internal/yield-to-main.js';

/**
 * How long a loaded board waits for its first page of ideas before it shows without them. Shown
 * together, the board and its ideas appear at once and nothing jumps in between.
 */
const FIRST_PAGE_WAIT_MS = 400;

/** A board that loads faster than this appears without a skeleton flashing first. */
const SKELETON_DELAY_MS = 200;

export interface FirstPageOptions {
  readonly boardStatus: () => TaskStatus;
  readonly ideasStatus: () => TaskStatus;
  /** The board's id, to tell whether the board is still the one being rendered. */
  readonly boardId: () => string | undefined;
  /** The host's shadow root, to lay out the held board. */
  readonly root: () => ParentNode;
}

/**
 * When the board appears (docs/performance.md, "A board and its ideas appear together"): its
 * skeleton only after the first `SKELETON_DELAY_MS` of loading; a loaded board waits unseen for its
 * first page of ideas, up to `FIRST_PAGE_WAIT_MS`; once the page has come, the board is rendered
 * **held** (in the page, clipped to nothing), laid out, and shown with its ideas, each in a task of
 * its own.
 */
export class FirstPageController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: FirstPageOptions;
  /**
   * Where the board is with its first page of ideas: `waiting` for it (a loaded board waits
   * unseen, up to `FIRST_PAGE_WAIT_MS`), `rendering` the board unseen once it has come, in tasks
   * of their own (`renderHeldFirst`), or `shown` with it (or without it, after an error or the wait).
   */
  private firstPage: 'waiting' | 'rendering' | 'shown' = 'waiting';
  private firstPageTimer: ReturnType<typeof setTimeout> | undefined;
  private skeletonTimer: ReturnType<typeof setTimeout> | undefined;
  private due = false;

  constructor(host: ReactiveControllerHost, options: FirstPageOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.skeletonTimer ??= setTimeout(() => {
      if (this.firstPage === 'shown' || this.due) return;
      this.due = true;
      this.host.requestUpdate();
    }, SKELETON_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.firstPageTimer);
    this.firstPageTimer = undefined;
    clearTimeout(this.skeletonTimer);
    this.skeletonTimer = undefined;
  }

  /** Loading has taken long enough for the skeleton to show. */
  get skeletonDue(): boolean {
    return this.due;
  }

  /** The board is loaded but not shown yet: it waits, unseen, for its first page of ideas. */
  get held(): boolean {
    return this.options.boardStatus() === TaskStatus.COMPLETE && this.firstPage !== 'shown';
  }

  /** The board is loaded, and its first page of ideas not yet: nothing of it is rendered. */
  get awaitingIdeas(): boolean {
    return this.held && this.firstPage === 'waiting';
  }

  /**
   * From the host's `willUpdate`: starts rendering the held board once its first page has come,
   * starts over for another board (`boardChanged`), and bounds the wait of a loaded board.
   */
  willUpdate(boardChanged: boolean): void {
    const ideas = this.options.ideasStatus();
    if ((ideas === TaskStatus.COMPLETE || ideas === TaskStatus.ERROR) && this.firstPage === 'waiting') {
      // Ideas that come before their board wait for it, so the board is still rendered unseen first.
      const board = this.options.boardStatus();
      if (board === TaskStatus.COMPLETE) this.renderHeldFirst();
      else if (board === TaskStatus.ERROR) this.settleFirstPage();
    }
    if (boardChanged) this.firstPage = 'waiting';
    if (this.held) this.firstPageTimer ??= setTimeout(() => this.showBoard(), FIRST_PAGE_WAIT_MS);
  }

  /** Focus that reaches a held board, from a keyboard user tabbing in, shows it at once. */
  readonly handleFocusIn = (): void => {
    if (this.held) this.showBoard();
  };

  /**
   * Renders the held board now, lays it out in the next task, and shows it with its ideas in the
   * one after: on a slow phone each of the three is a sizeable piece of work.
   */
  private renderHeldFirst(): void {
    this.firstPage = 'rendering';
    const board = this.options.boardId();
    const current = () => this.options.boardId() === board && this.firstPage === 'rendering';
    void (async () => {
      await yieldToMain();
      if (!current()) return;
      this.options.root().querySelector('.stage')?.getBoundingClientRect();
      await yieldToMain();
      if (current()) this.showBoard();
    })();
  }

  private settleFirstPage(): void {
    this.firstPage = 'shown';
    clearTimeout(this.firstPageTimer);
    this.firstPageTimer = undefined;
  }

  /** Shows the board, with its first page of ideas or their loading state, from outside an update. */
  private showBoard(): void {
    this.settleFirstPage();
    this.host.requestUpdate();
  }
}
