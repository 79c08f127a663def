import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Idea } from '../../protocol/ideas.js';
import { renderBadges, renderMeta, renderResponse } from './idea-item.js';
import { ModalDialogController } from './modal-dialog.js';
import { userText } from '../../internal/user-text.js';

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
export class IdeaDetailController extends ModalDialogController<Idea> {
  private readonly localize: LocalizeController;

  constructor(host: ReactiveControllerHost, localize: LocalizeController, root: () => ParentNode) {
    super(host, root, 'idea-dialog');
    this.localize = localize;
  }

  render(): TemplateResult {
    const localize = this.localize;
    return this.renderDialog(
      'idea-dialog-title',
      (idea) =>
        html`<div class="dialog-body">
          ${renderBadges(idea, localize)}
          <h2 id="idea-dialog-title" class="dialog-title" lang=${idea.locale ?? nothing}>
            ${userText(idea.title)}
          </h2>
          ${renderMeta(idea, localize)}
          <div class="idea-text" lang=${idea.locale ?? nothing}>
            ${paragraphs(idea.body).map((p) => html`<p>${userText(p)}</p>`)}
          </div>
          ${idea.officialResponse ? renderResponse(idea.officialResponse, localize) : nothing}
          ${idea.url ? html`<p><a href=${idea.url}>${localize.term('ideaBoard.openPage')}</a></p>` : nothing}
          <form method="dialog" class="form-actions">
            <button type="submit" class="button secondary">${localize.term('ideaBoard.close')}</button>
          </form>
        </div>`,
    );
  }
}
