import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Idea } from '../../protocol/ideas.js';
import { whenIdle } from '../../internal/warm-up.js';
import { ideaItemOf, renderIdeaItem } from './idea-item.js';
import type { IdeaItemContext } from './idea-item.js';
import { FrameResizeObserver } from './frame-resize-observer.js';
import { virtualize } from './virtualize.js';

provideResizeObserver(FrameResizeObserver);

/** A first guess of an idea's height in px (about 410 on a phone, 220 on a desktop). */
const ESTIMATED_IDEA_HEIGHT = 320;

/**
 * Lists of up to this many ideas are kept whole in the DOM, so a screen reader's browse mode and
 * find-in-page reach every idea loaded; longer lists keep only the ideas near the screen.
 */
export const WHOLE_LIST_LIMIT = 300;

/** Ideas a whole list adds per idle period while it fills in beyond the screen. */
const IDEAS_PER_IDLE_PERIOD = 10;

/** The scroll position and screen size as the layout is told them (the package does not export these types). */
type Positions = FlowLayout['viewportScroll'];
type Size = FlowLayout['viewportSize'];

/**
 * The virtualizer's flow layout, starting from a realistic height instead of its 100 px default,
 * and building only the ideas on screen at first. The ideas it keeps ready beyond the screen's
 * edges (1,000 px each way, so scrolling finds them rendered) follow once the page is idle: a
 * phone's first render builds the one or two ideas it shows, not four or five. A citizen who
 * scrolls before then gets each idea as it comes into view.
 *
 * While the page scrolls, the frame that shows the new scroll position builds only what the screen
 * lacks, which is nothing as long as the ideas kept ready cover it. Those ready beyond the new
 * position are built in a task of their own right after that frame. Built in the frame, they made
 * it long enough that a garbage collection falling in it made a task over 50 ms on a phone.
 */
class IdeaFlowLayout extends FlowLayout {
  private deferredReflow: ReturnType<typeof setTimeout> | undefined;
  /** How many ideas from the start of the list are kept built, in a list of up to `WHOLE_LIST_LIMIT`. */
  private kept = 0;
  private firstItem: unknown;
  /** Whether the first idle period has come: until then only the screen is built. */
  private idle = false;
  private filling = false;

  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._itemSize = { width: this._itemSize.width, height: ESTIMATED_IDEA_HEIGHT };
    const overhang = this._overhang;
    this._overhang = 0;
    whenIdle(() => {
      this._overhang = overhang;
      this.idle = true;
      this._triggerReflow();
      this.fillWhenIdle();
    });
  }

  override _setItems(items: unknown[]): void {
    // Another list (another order, filter or search) fills in again from the screen.
    if (items[0] !== this.firstItem) this.kept = 0;
    this.firstItem = items[0];
    super._setItems(items);
    this.fillWhenIdle();
  }

  override get viewportSize(): Size {
    return super.viewportSize;
  }

  override set viewportSize(size: Size) {
    this.coverScreenFirst(() => {
      super.viewportSize = size;
    });
    this.fillWhenIdle();
  }

  override get viewportScroll(): Positions {
    return super.viewportScroll;
  }

  override set viewportScroll(coords: Positions) {
    this.coverScreenFirst(() => {
      super.viewportScroll = coords;
    });
  }

  /**
   * Lets the base layout take in a new scroll position or screen size as though it kept nothing
   * ready beyond the screen, so it reflows at once only if the screen itself is not covered, and
   * builds the rest in a task after the frame.
   */
  private coverScreenFirst(update: () => void): void {
    const overhang = this._overhang;
    this._overhang = 0;
    update();
    this._overhang = overhang;
    if (this.deferredReflow === undefined && !this.coversOverhang()) {
      this.deferredReflow = setTimeout(() => {
        this.deferredReflow = undefined;
        this._triggerReflow();
      }, 0);
    }
  }

  /**
   * The base layout builds nothing while the list is wholly off the screen, so a board whose
   * toolbar fills a phone's screen had no ideas in the page until the list was scrolled into view,
   * and a screen reader reading on from the toolbar could pass them by. Such a list keeps built the
   * ideas at its end nearer the screen, as many as fill the margin it keeps ready beyond the screen.
   * A list that is not displayed at all has no width either, and builds nothing: its ideas would
   * measure 0 px, and it would build every one of them to fill the margin.
   */
  override _getActiveItems(): void {
    if (this._viewDim1 === 0 && this._viewDim2 > 0 && this.items.length > 0) this._getItems();
    else super._getActiveItems();
  }

  /**
   * Builds the ideas from the start of the list to the last one kept (`kept`) beside those near the
   * screen: as the screen's margin does, but reaching to the start of the list and as far down as
   * the ideas kept.
   */
  override _getItems(): void {
    const kept = this.items.length <= WHOLE_LIST_LIMIT ? Math.min(this.kept, this.items.length) : 0;
    if (kept === 0) {
      super._getItems();
      return;
    }
    const last = kept - 1;
    const reach = this._getPosition(last) + (this._getSize(last) ?? this._getAverageSize());
    const overhang = this._overhang;
    const below = reach - this._scrollPosition - this._viewDim1;
    this._overhang = Math.max(overhang, this._scrollPosition, below);
    try {
      super._getItems();
    } finally {
      this._overhang = overhang;
    }
  }

  /**
   * Keeps a few more ideas of a whole list built in each idle period, after the frame that shows
   * the last few, until every idea loaded is: built all at once, a page of 100 would hold a phone
   * up for well over 50 ms. A list that is not displayed waits until it is.
   */
  private fillWhenIdle(): void {
    if (!this.idle || this.filling || this._viewDim2 === 0) return;
    if (this.items.length > WHOLE_LIST_LIMIT || this.kept >= this.items.length) return;
    this.filling = true;
    whenIdle(() => {
      const built = this._first === 0 ? this._last + 1 : 0;
      this.kept = Math.min(this.items.length, Math.max(this.kept, built) + IDEAS_PER_IDLE_PERIOD);
      this._triggerReflow();
      requestAnimationFrame(() => {
        this.filling = false;
        this.fillWhenIdle();
      });
    });
  }

  /** Whether the ideas rendered cover the screen and the overhang on both sides. */
  private coversOverhang(): boolean {
    const start = Math.max(0, this._scrollPosition - this._overhang);
    const end = Math.min(this._scrollSize, this._scrollPosition + this._viewDim1 + this._overhang);
    return this._physicalMin <= start && this._physicalMax >= end;
  }
}

const layout = { type: IdeaFlowLayout };

/**
 * The ideas as a list that only keeps the items near the viewport in the DOM
 * (`@lit-labs/virtualizer`, scrolling with the page), so a board of 10,000 ideas scrolls smoothly.
 * Its `virtualize` directive is ours (`./virtualize.ts`): the package's own, rendering with a
 * `repeat` that leaves no marker comments behind with any lit-html 3.x (lit/lit#5298).
 * Each item carries its position in the whole list (`aria-posinset`/`aria-setsize`). The
 * virtualizer places items through CSSOM (`element.style`), which a strict `style-src` allows.
 * Not virtualized, every idea is rendered: for a rehearsal, where the virtualizer would attach
 * observers to a fragment that is never shown.
 */
export function renderIdeaList(
  ideas: readonly Idea[],
  label: string,
  context: IdeaItemContext,
  virtualized = true,
): TemplateResult {
  return html`<ul class="idea-list" aria-label=${label}>
    ${
      virtualized
        ? virtualize({
            layout,
            items: ideas as Idea[],
            keyFunction: (idea: Idea) => idea.id,
            renderItem: (idea: Idea, index: number) => renderIdeaItem(idea, index, context),
          })
        : ideas.map((idea, index) => renderIdeaItem(idea, index, context))
    }
  </ul>`;
}

/** Frames to wait at most for the virtualizer to build an idea it was asked to scroll to. */
const REVEAL_FRAMES = 30;

/**
 * The title button of the idea `ideaId`, at `index` in the list in `root`. An idea the list has
 * not built (it is far from the screen, in a list too long to keep whole) is scrolled to through
 * the virtualizer first, and its button returned once built; null if it never is.
 */
export async function revealIdea(
  root: ParentNode,
  ideaId: string,
  index: number,
): Promise<HTMLElement | null> {
  const find = () => ideaItemOf(root, ideaId)?.querySelector<HTMLElement>('.title-button') ?? null;
  if (find() || index < 0) return find();
  const list = root.querySelector<HTMLElement & VirtualizerHostElement>('.idea-list');
  // The virtualizer may not have the new ideas yet: it is asked to scroll once it has.
  let asked = false;
  for (let frame = 0; frame < REVEAL_FRAMES && !find(); frame += 1) {
    const target: { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined = asked
      ? undefined
      : list?.[virtualizerRef]?.element(index);
    target?.scrollIntoView({ block: 'nearest' });
    asked ||= target !== undefined;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return find();
}
