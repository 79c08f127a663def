import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CivicClient } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { yieldToMain } from '../../internal/yield-to-main.js';
import type { Idea, IdeaPage, ListIdeasQuery } from '../../protocol/ideas.js';
import { listIdeas } from '../../protocol/endpoints/ideas.js';

export interface MoreIdeasOptions {
  readonly localize: LocalizeController;
  readonly client: () => CivicClient | undefined;
  readonly boardId: () => string | undefined;
  /** The list's first page, once loaded. */
  readonly firstPage: () => IdeaPage | undefined;
  /** The `listIdeas` query for the page after `cursor`. */
  readonly query: (cursor: string) => ListIdeasQuery;
  /** Whether the next page loads when the end of the list scrolls into view. */
  readonly infinite: () => boolean;
  /** Reads a sentence out through the host's polite live region. */
  readonly announce: (text: string) => void;
  /** The host's shadow root, to find the end of the list and move focus inside it. */
  readonly root: () => ParentNode;
  /** The title button of an idea in the list, built (and scrolled to) first if the list had not built it. */
  readonly reveal: (ideaId: string) => Promise<HTMLElement | null>;
}

/**
 * The pages of ideas after the first: "Show more ideas", or loaded automatically when the end of
 * the list comes near with `infinite`. Each page is checked and rendered in two tasks, as the
 * first is; pages on their way when the list is loaded again (another order or filter) are
 * dropped.
 */
export class MoreIdeasController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: MoreIdeasOptions;
  private generation = 0;
  private more: Idea[] = [];
  private moreCursor: string | null = null;
  private loadingMore = false;
  private moreFailed = false;
  private sentinelObserver: IntersectionObserver | undefined;
  private observedSentinel: Element | undefined;
  /** After "Show more ideas": the first idea it added, to move focus to once it is rendered. */
  private focusAfterMore: string | undefined;
  private firstAdded: string | undefined;

  constructor(host: ReactiveControllerHost, options: MoreIdeasOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.sentinelObserver?.disconnect();
    this.sentinelObserver = undefined;
    this.observedSentinel = undefined;
  }

  /** The ideas of the pages after the first, in order, without the first page's. */
  get ideas(): readonly Idea[] {
    return this.more;
  }

  /** The cursor of the next page after `first` and the pages loaded since, or null at the end. */
  cursor(first: IdeaPage): string | null {
    return this.more.length > 0 ? this.moreCursor : first.nextCursor;
  }

  /** Forgets the pages loaded, when the list is loaded again from its first page. */
  restart(): void {
    this.generation += 1;
    this.more = [];
    this.moreCursor = null;
    // A page on its way is dropped when it arrives; the new list can load its own next page now.
    this.setLoading(false);
    this.setFailed(false);
  }

  /** Loads the next page of ideas and adds it to the list. */
  async loadMore(): Promise<void> {
    const page = this.options.firstPage();
    const client = this.options.client();
    const boardId = this.options.boardId();
    const cursor = this.more.length > 0 ? this.moreCursor : page?.nextCursor;
    if (!page || !client || !boardId || !cursor || this.loadingMore) return;
    const generation = this.generation;
    this.firstAdded = undefined;
    this.setLoading(true);
    this.setFailed(false);
    try {
      const next = await client.request(listIdeas, { path: { boardId }, query: this.options.query(cursor) });
      await yieldToMain(); // as for the first page: checking it and rendering it are two tasks
      // The list was reloaded (another order or filter) while this page was on its way.
      if (generation !== this.generation) return;
      const known = new Set([...page.items, ...this.more].map((idea) => idea.id));
      const added = next.items.filter((idea) => !known.has(idea.id));
      this.more = [...this.more, ...added];
      this.moreCursor = next.nextCursor;
      this.firstAdded = added[0]?.id;
      const count = page.items.length + this.more.length;
      const { localize } = this.options;
      const shown = localize.plural('ideaBoard.shown', count, { total: localize.number(next.total) });
      this.options.announce(localize.plural('ideaBoard.loadedMore', added.length, { shown }));
    } catch {
      if (generation === this.generation) this.setFailed(true);
    } finally {
      if (generation === this.generation) this.setLoading(false);
    }
  }

  /**
   * From the host's `updated`: watches the end of the list, and after "Show more ideas" moves focus
   * to the first idea it added, as GOV.UK and Material do: the button has moved a page's length
   * down, and the next Tab has to reach the new ideas, not the page's footer. When nothing was
   * added (the page failed, or held only ideas already listed), focus stays on the button, or goes
   * to the count of ideas shown if the button is gone.
   */
  updated(): void {
    this.observeSentinel();
    const target = this.focusAfterMore;
    if (target === undefined) return;
    this.focusAfterMore = undefined;
    void this.focusAdded(target);
  }

  private async focusAdded(ideaId: string): Promise<void> {
    const root = this.options.root();
    const idea = ideaId ? await this.options.reveal(ideaId) : null;
    const target =
      idea ??
      root.querySelector<HTMLElement>('#load-more') ??
      root.querySelector<HTMLElement>('#shown-count');
    target?.focus();
  }

  private readonly handleLoadMore = (): void => {
    if (this.loadingMore) return;
    void this.loadMore().then(() => {
      this.focusAfterMore = this.firstAdded ?? '';
      this.host.requestUpdate();
    });
  };

  private observeSentinel(): void {
    const sentinel = this.options.infinite() ? this.options.root().querySelector('#more-sentinel') : null;
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

  /** The error after a page failed to load, or nothing. */
  renderFailure(): unknown {
    const { localize } = this.options;
    return this.moreFailed
      ? html`<p class="error-message" role="alert">
          <span class="visually-hidden">${localize.term('error.prefix')}</span>
          ${localize.term('ideaBoard.loadMoreFailed')}
        </p>`
      : nothing;
  }

  /** "Show more ideas" (and the end of the list that `infinite` watches) while `cursor` names a next page. */
  renderMore(cursor: string | null): unknown {
    const { localize } = this.options;
    return cursor
      ? html`<p class="more">
            <button
              id="load-more"
              type="button"
              class="button secondary"
              aria-disabled=${this.loadingMore ? 'true' : 'false'}
              @click=${this.handleLoadMore}
            >
              ${localize.term(this.loadingMore ? 'ideaBoard.loadingMore' : 'ideaBoard.loadMore')}
            </button>
          </p>
          ${this.options.infinite() ? html`<div id="more-sentinel" class="sentinel"></div>` : nothing}`
      : nothing;
  }

  /** Sets whether a page is loading; as a reactive property would, updates the host on a change. */
  private setLoading(loading: boolean): void {
    if (loading === this.loadingMore) return;
    this.loadingMore = loading;
    this.host.requestUpdate();
  }

  /** Sets whether the last page failed; as a reactive property would, updates the host on a change. */
  private setFailed(failed: boolean): void {
    if (failed === this.moreFailed) return;
    this.moreFailed = failed;
    this.host.requestUpdate();
  }
}
