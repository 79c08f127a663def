import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { CivicClient } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { IDEA_TITLE_MAX, IDEA_TITLE_MIN } from '../../protocol/ideas.js';
import type { IdeaSummary } from '../../protocol/ideas.js';
import { similarIdeas } from '../../protocol/endpoints/ideas.js';
import { userText } from '../../internal/user-text.js';

/** Quiet time after the last keystroke in the title before similar ideas are looked up, in ms. */
export const SIMILAR_DEBOUNCE_MS = 400;

/** How many similar ideas to show while a title is typed. */
export const SIMILAR_LIMIT = 5;

/**
 * Looks up ideas similar to a title while it is typed, so duplicates are caught before they exist
 * (Fider's SimilarPosts, Decidim's compare step). Waits for a pause in typing, cancels the request
 * of an older title, and ignores any answer that is not for the latest title.
 */
export class SimilarIdeasController implements ReactiveController {
  /** Ideas similar to the latest title; empty until an answer arrives. */
  items: readonly IdeaSummary[] = [];

  private readonly host: ReactiveControllerHost;
  private readonly onFound: (items: readonly IdeaSummary[]) => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: AbortController | undefined;
  private wanted = '';

  constructor(host: ReactiveControllerHost, onFound: (items: readonly IdeaSummary[]) => void) {
    this.host = host;
    this.onFound = onFound;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The title changed; look it up after a pause. Titles too short to compare clear the list. */
  search(client: CivicClient | undefined, boardId: string | undefined, typed: string): void {
    const title = typed.trim().slice(0, IDEA_TITLE_MAX);
    if (title === this.wanted) return;
    this.cancel();
    this.wanted = title;
    if (!client || !boardId || title.length < IDEA_TITLE_MIN) {
      this.show([]);
      return;
    }
    this.timer = setTimeout(() => void this.fetch(client, boardId, title), SIMILAR_DEBOUNCE_MS);
  }

  /** Stops any lookup and forgets the list. */
  reset(): void {
    this.cancel();
    this.wanted = '';
    this.show([]);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.request?.abort();
    this.request = undefined;
  }

  private async fetch(client: CivicClient, boardId: string, title: string): Promise<void> {
    this.timer = undefined;
    const request = new AbortController();
    this.request = request;
    try {
      const answer = await client.request(
        similarIdeas,
        { path: { boardId }, query: { title, limit: SIMILAR_LIMIT } },
        { signal: request.signal },
      );
      if (request.signal.aborted || title !== this.wanted) return;
      this.show(answer.items);
    } catch {
      // Suggestions are a help, not a step: without them the citizen can still submit.
    } finally {
      if (this.request === request) this.request = undefined;
    }
  }

  private show(items: readonly IdeaSummary[]): void {
    const changed =
      items.length !== this.items.length || items.some((item, i) => item.id !== this.items[i]?.id);
    this.items = items;
    if (!changed) return;
    this.host.requestUpdate();
    if (items.length > 0) this.onFound(items);
  }

  render(localize: LocalizeController, headingId: string): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    return html`<section class="similar" part="similar" aria-labelledby=${headingId}>
      <p class="similar-title" id=${headingId}>${localize.term('ideaBoard.similar.title')}</p>
      <p class="hint">${localize.term('ideaBoard.similar.hint')}</p>
      <ul class="similar-list">
        ${this.items.map(
          (item) =>
            html`<li>
              ${item.url ? html`<a href=${item.url}>${userText(item.title)}</a>` : html`<span>${userText(item.title)}</span>`}
              <span class="meta">
                (${localize.term(`ideaBoard.status.${item.status}`)},
                ${localize.plural('supporters', item.votesUp)})</span
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }
}
