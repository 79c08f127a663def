import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Idea, OfficialResponse, VotingMode } from '../../protocol/ideas.js';
import { heading } from '../../internal/heading.js';
import { isolate, userText } from '../../internal/user-text.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { excerpt } from './excerpt.js';
import { renderVoteControl } from './vote-button.js';
import type { VoteTally } from './vote-button.js';

/** Status in words, and the marks for moderation and an official response. Never colour alone. */
export function renderBadges(idea: Idea, localize: LocalizeController): TemplateResult {
  return html`<p class="badges">
    <span class="visually-hidden">${localize.term('ideaBoard.status')}:</span>
    <strong class="badge badge-${idea.status}" part="badge"
      >${localize.term(`ideaBoard.status.${idea.status}`)}</strong
    >
    ${idea.pendingModeration ? html`<span class="badge badge-moderation">${localize.term('ideaBoard.pending')}</span>` : nothing}
    ${idea.hidden ? html`<span class="badge badge-moderation">${localize.term('ideaBoard.hidden')}</span>` : nothing}
    ${idea.officialResponse ? html`<span class="badge badge-response">${localize.term('ideaBoard.hasResponse')}</span>` : nothing}
  </p>`;
}

/** Author, category, age and comments. */
export function renderMeta(idea: Idea, localize: LocalizeController): TemplateResult {
  return html`<p class="meta">
    <span>${localize.term('ideaBoard.by', { name: isolate(idea.author.displayName) })}</span>
    ${idea.category ? html`<span class="tag">${userText(idea.category.name)}</span>` : nothing}
    <span
      ><time datetime=${idea.createdAt}
        >${localize.term('ideaBoard.posted', { when: localize.relativeTime(idea.createdAt) })}</time
      ></span
    >
    <span>${localize.plural('ideaBoard.comments', idea.commentCount)}</span>
  </p>`;
}

export function renderResponse(response: OfficialResponse, localize: LocalizeController): TemplateResult {
  const when = localize.relativeTime(response.respondedAt);
  return html`<section class="response" aria-label=${localize.term('ideaBoard.officialResponse')}>
    <p class="response-title">${localize.term('ideaBoard.officialResponse')}</p>
    <p class="response-body">${userText(response.body)}</p>
    <p class="meta">
      <time datetime=${response.respondedAt}
        >${
          response.author
            ? localize.term('ideaBoard.respondedBy', { name: isolate(response.author.displayName), when })
            : localize.term('ideaBoard.respondedOn', { when })
        }</time
      >
    </p>
  </section>`;
}

export interface IdeaItemContext {
  readonly localize: LocalizeController;
  readonly level: HeadingLevel;
  readonly votingMode: VotingMode;
  readonly total: number;
  readonly tally: (idea: Idea) => VoteTally;
  readonly onVote: (idea: Idea, button: 1 | -1) => void;
  readonly onOpen: (idea: Idea, trigger: HTMLElement) => void;
  readonly onReport: (idea: Idea, trigger: HTMLElement) => void;
}

/**
 * One idea in the list: a list item (positioned in the whole list, since the list is virtual). Its
 * content is built again only when the idea or the context changed: the virtualizer renders every
 * idea in its range whenever the range moves, and without the guard each scrolling frame would
 * rebuild the templates, and redo the formatting, of the ideas already on screen, to change nothing.
 * All else an idea shows (votes, language, wording) comes through `context`, which the board makes
 * afresh on each of its own updates.
 */
export function renderIdeaItem(idea: Idea, index: number, context: IdeaItemContext): TemplateResult {
  return html`<li class="idea" part="idea" aria-setsize=${context.total} aria-posinset=${index + 1}>
    ${guard([idea, context], () => renderIdeaContent(idea, context))}
  </li>`;
}

/** The id of an idea's heading in the list. */
function titleIdOf(ideaId: string): string {
  return `idea-${ideaId}-title`;
}

/** The list item of the idea `ideaId` in the board's shadow root, if the list has built it. */
export function ideaItemOf(root: ParentNode, ideaId: string): HTMLElement | null {
  const title = root.querySelector(`.idea-list [id="${CSS.escape(titleIdOf(ideaId))}"]`);
  return title?.closest<HTMLElement>('li.idea') ?? null;
}

function renderIdeaContent(idea: Idea, context: IdeaItemContext): TemplateResult {
  const { localize } = context;
  const titleId = titleIdOf(idea.id);
  return html`<div class="idea-main">
      ${renderBadges(idea, localize)}
      ${heading(
        context.level,
        html`<button
          type="button"
          class="title-button"
          lang=${idea.locale ?? nothing}
          aria-haspopup="dialog"
          @click=${(event: Event) => context.onOpen(idea, event.currentTarget as HTMLElement)}
        >
          ${userText(idea.title)}
        </button>`,
        { id: titleId, className: 'idea-title' },
      )}
      ${idea.body ? html`<p class="excerpt" lang=${idea.locale ?? nothing}>${userText(excerpt(idea.body))}</p>` : nothing}
      ${renderMeta(idea, localize)}
      <button
        type="button"
        class="link-button"
        aria-haspopup="dialog"
        aria-label=${localize.term('ideaBoard.report.openName', { title: isolate(idea.title) })}
        @click=${(event: Event) => context.onReport(idea, event.currentTarget as HTMLElement)}
      >
        ${localize.term('ideaBoard.report.open')}
      </button>
    </div>
    ${renderVoteControl(idea, context.tally(idea), context.votingMode, localize, context.onVote)}`;
}
