import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Idea } from '../../protocol/ideas.js';
import { renderIdeaItem } from './idea-item.js';
import type { IdeaItemContext } from './idea-item.js';
import { FrameResizeObserver } from './frame-resize-observer.js';

provideResizeObserver(FrameResizeObserver);

/**
 * The ideas as a list that only keeps the items near the viewport in the DOM
 * (`@lit-labs/virtualizer`, scrolling with the page), so a board of 10,000 ideas scrolls smoothly.
 * Each item carries its position in the whole list (`aria-posinset`/`aria-setsize`). The
 * virtualizer places items through CSSOM (`element.style`), which a strict `style-src` allows.
 */
export function renderIdeaList(
  ideas: readonly Idea[],
  label: string,
  context: IdeaItemContext,
): TemplateResult {
  return html`<ul class="idea-list" aria-label=${label}>
    ${virtualize({
      items: ideas as Idea[],
      keyFunction: (idea: Idea) => idea.id,
      renderItem: (idea: Idea, index: number) => renderIdeaItem(idea, index, context),
    })}
  </ul>`;
}
