import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Idea } from '../../protocol/ideas.js';
import { renderBadges, renderMeta, renderResponse } from './idea-item.js';

/** Non-empty paragraphs of a plain-text body. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * One idea in full (text and official response) in a modal `<dialog>`. Escape or "Close" closes
 * it, and focus returns to the title button that opened it.
 */
export class IdeaDetailController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly localize: LocalizeController;
  private readonly root: () => ParentNode;
  private idea: Idea | undefined;
  private trigger: HTMLElement | undefined;
  private opening = false;

  constructor(host: ReactiveControllerHost, localize: LocalizeController, root: () => ParentNode) {
    this.host = host;
    this.localize = localize;
    this.root = root;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.opening) return;
    this.opening = false;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  open(idea: Idea, trigger: HTMLElement): void {
    this.idea = idea;
    this.trigger = trigger;
    this.opening = true;
    this.host.requestUpdate();
  }

  private dialog(): HTMLDialogElement | null {
    return this.root().querySelector<HTMLDialogElement>('#idea-dialog');
  }

  private handleClose(): void {
    const trigger = this.trigger;
    this.idea = undefined;
    this.trigger = undefined;
    this.host.requestUpdate();
    if (trigger?.isConnected) trigger.focus();
  }

  render(): TemplateResult {
    const idea = this.idea;
    const localize = this.localize;
    return html`<dialog
      id="idea-dialog"
      class="dialog"
      part="dialog"
      aria-labelledby="idea-dialog-title"
      @close=${() => this.handleClose()}
    >
      ${
        idea
          ? html`<div class="dialog-body">
              ${renderBadges(idea, localize)}
              <h2 id="idea-dialog-title" class="dialog-title">${idea.title}</h2>
              ${renderMeta(idea, localize)}
              <div class="idea-text">${paragraphs(idea.body).map((p) => html`<p>${p}</p>`)}</div>
              ${idea.officialResponse ? renderResponse(idea.officialResponse, localize) : nothing}
              ${idea.url ? html`<p><a href=${idea.url}>${localize.term('ideaBoard.openPage')}</a></p>` : nothing}
              <form method="dialog" class="form-actions">
                <button type="submit" class="button secondary">${localize.term('ideaBoard.close')}</button>
              </form>
            </div>`
          : nothing
      }
    </dialog>`;
  }
}
