import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CivicClient } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Leaderboard, LeaderboardEntry, LeaderboardPeriod } from '../../protocol/leaderboards.js';
import { getLeaderboard } from '../../protocol/endpoints/leaderboards.js';

type MoreStatus = 'idle' | 'loading' | 'failed';

export interface ShowMoreOptions {
  readonly localize: LocalizeController;
  readonly client: () => CivicClient | undefined;
  readonly board: () => string | undefined;
  readonly period: () => LeaderboardPeriod;
  readonly category: () => string;
  /** The first page shown: a page on its way for another one is dropped. */
  readonly shown: () => Leaderboard | undefined;
  /** Reads a sentence out through the host's polite live region. */
  readonly announce: (text: string) => void;
  /** The host's shadow root, to move focus inside it. */
  readonly root: () => ParentNode;
}

/**
 * "Show more": the pages of entries after the first, how many are shown of how many, and a retry
 * when a page failed. The button is never `disabled` while a page loads (focus would drop to the
 * page): it says `aria-disabled` and ignores presses. Once the page is in, focus moves from the
 * button to the first new row, and "Showing 40 of 83" is announced.
 */
export class ShowMoreController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: ShowMoreOptions;
  private more: readonly LeaderboardEntry[] = [];
  private moreCursor: string | null = null;
  private moreStatus: MoreStatus = 'idle';
  private moreAbort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: ShowMoreOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.moreAbort?.abort();
  }

  /** The entries of the pages loaded after the first. */
  get entries(): readonly LeaderboardEntry[] {
    return this.more;
  }

  /** Starts over from a new first page: pages loaded with "Show more" belonged to the previous one. */
  restart(first: Leaderboard): void {
    this.moreAbort?.abort();
    this.more = [];
    this.moreCursor = first.nextCursor;
    this.moreStatus = 'idle';
    this.host.requestUpdate();
  }

  private readonly handleShowMore = async (): Promise<void> => {
    const { client: getClient, board: getBoard, shown, localize } = this.options;
    const client = getClient();
    const board = getBoard();
    const base = shown();
    const cursor = this.moreCursor;
    if (!client || !board || !base || !cursor || this.moreStatus === 'loading') return;
    this.moreAbort?.abort();
    const controller = new AbortController();
    this.moreAbort = controller;
    this.setStatus('loading');
    try {
      const category = this.options.category();
      const page = await client.request(
        getLeaderboard,
        {
          path: { leaderboardId: board },
          query: { period: this.options.period(), cursor, ...(category ? { category } : {}) },
        },
        { signal: controller.signal, locale: localize.lang },
      );
      if (base !== shown() || controller.signal.aborted) return;
      const firstNew = page.entries[0];
      // Focus follows the new rows only from the button (or from nowhere): a reader who moved on keeps their place.
      const moveFocus = this.focusIsOnButton();
      this.more = [...this.more, ...page.entries];
      this.moreCursor = page.nextCursor;
      this.moreStatus = 'idle';
      this.host.requestUpdate();
      const shownCount = localize.number(base.entries.length + this.more.length);
      this.options.announce(localize.plural('expertLeaderboard.shownOf', base.total, { shown: shownCount }));
      await this.host.updateComplete;
      if (moveFocus && firstNew) {
        this.options
          .root()
          .querySelector<HTMLElement>(`[data-participant="${CSS.escape(firstNew.participant.id)}"] .name`)
          ?.focus();
      }
    } catch {
      if (!controller.signal.aborted) this.setStatus('failed');
    }
  };

  /** How many entries are shown of how many, the error of a failed page, and "Show more" while there is more. */
  render(page: Leaderboard, count: number): unknown {
    const { localize } = this.options;
    if (count === 0) return nothing;
    return html`<div class="more">
      <p class="shown-of">
        ${localize.plural('expertLeaderboard.shownOf', page.total, { shown: localize.number(count) })}
      </p>
      ${
        this.moreStatus === 'failed'
          ? html`<p class="more-error" role="alert">
              <span class="visually-hidden">${localize.term('error.prefix')}</span>
              ${localize.term('expertLeaderboard.loadMoreFailed')}
            </p>`
          : nothing
      }
      ${
        this.moreCursor
          ? html`<button
              type="button"
              class="button secondary show-more"
              aria-disabled=${this.moreStatus === 'loading' ? 'true' : 'false'}
              @click=${this.handleShowMore}
            >
              ${localize.term(this.moreStatus === 'failed' ? 'error.retry' : 'expertLeaderboard.showMore')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Whether focus is on "Show more", or was lost to the page's body. */
  private focusIsOnButton(): boolean {
    const active = (this.options.root() as ShadowRoot).activeElement;
    if (active) return active.classList.contains('show-more');
    return document.activeElement === null || document.activeElement === document.body;
  }

  /** Sets the loading status; as a reactive property would, updates the host on a change. */
  private setStatus(status: MoreStatus): void {
    if (status === this.moreStatus) return;
    this.moreStatus = status;
    this.host.requestUpdate();
  }
}
