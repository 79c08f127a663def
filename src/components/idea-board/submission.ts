import { html } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { CivicClient } from '../../client/index.js';
import { CivicIdeaSubmittedEvent } from '../../events/civic-idea-submitted.js';
import { headingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Board, Idea } from '../../protocol/ideas.js';
import { IdeaFormController } from './idea-form.js';

export interface IdeaSubmissionOptions {
  readonly localize: LocalizeController;
  readonly client: () => CivicClient | undefined;
  readonly boardId: () => string | undefined;
  /** Reads a sentence out through the host's polite live region. */
  readonly announce: (text: string) => void;
  readonly onAuthRequired: () => void;
  /** The host's shadow root, to move focus inside it. */
  readonly root: () => ParentNode;
}

/**
 * Submitting ideas on the board: "Submit an idea" opens the form (or a notice says the board takes
 * none), "Cancel" closes it and focus returns to the button. Ideas submitted here are listed first
 * until the list loads again, and each fires `civic-idea-submitted`.
 */
export class IdeaSubmissionController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly options: IdeaSubmissionOptions;
  private readonly form: IdeaFormController;
  private formOpen = false;
  private submitted: Idea[] = [];

  constructor(host: ReactiveControllerHost & EventTarget, options: IdeaSubmissionOptions) {
    this.host = host;
    this.options = options;
    this.form = new IdeaFormController(host, {
      localize: options.localize,
      client: options.client,
      boardId: options.boardId,
      announce: options.announce,
      onSubmitted: (idea) => this.handleSubmitted(idea),
      onAuthRequired: options.onAuthRequired,
      onCancel: () => this.handleCloseForm(),
      root: options.root,
    });
  }

  /** Whether the form is open. */
  get open(): boolean {
    return this.formOpen;
  }

  /** Ideas submitted here since the list loaded, newest first. */
  get added(): readonly Idea[] {
    return this.submitted;
  }

  /** Forgets the ideas submitted here, when the list loads again with them in their place. */
  clearAdded(): void {
    this.submitted = [];
  }

  /** Closes and empties the form, for another board. */
  reset(): void {
    this.setOpen(false);
    this.form.reset();
  }

  readonly handleOpenForm = async (): Promise<void> => {
    this.setOpen(true);
    this.form.reset(true);
  };

  private async handleCloseForm(): Promise<void> {
    this.setOpen(false);
    this.form.reset();
    await this.host.updateComplete;
    this.options.root().querySelector<HTMLElement>('#open-form')?.focus();
  }

  private handleSubmitted(idea: Idea): void {
    this.submitted = [idea, ...this.submitted.filter((other) => other.id !== idea.id)];
    const boardId = this.options.boardId();
    if (boardId) {
      this.host.dispatchEvent(
        new CivicIdeaSubmittedEvent({ boardId, ideaId: idea.id, pendingModeration: idea.pendingModeration }),
      );
    }
  }

  /** The form while it is open, else the button that opens it, or the notice of a closed board. */
  render(board: Board, level: HeadingLevel): unknown {
    const { localize } = this.options;
    if (!board.submissionsOpen) {
      return html`<p class="notice">${localize.term('ideaBoard.submissionsClosed')}</p>`;
    }
    if (this.formOpen) return this.form.render(board, level, headingLevel(level, 1));
    return html`<p class="open-form">
      <button id="open-form" type="button" class="button" @click=${this.handleOpenForm}>
        ${localize.term('ideaBoard.form.open')}
      </button>
    </p>`;
  }

  /** Sets whether the form is open; as a reactive property would, updates the host on a change. */
  private setOpen(open: boolean): void {
    if (open === this.formOpen) return;
    this.formOpen = open;
    this.host.requestUpdate();
  }
}
