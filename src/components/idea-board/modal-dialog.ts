import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

/**
 * A modal `<dialog>` about one subject (an idea), opened from a button. It opens once the host has
 * drawn its content; the browser's modal dialog keeps focus inside and closes on Escape; focus
 * returns to the button that opened it.
 */
export abstract class ModalDialogController<T> implements ReactiveController {
  protected readonly host: ReactiveControllerHost;
  /** What the dialog shows; undefined while it is closed. */
  protected subject: T | undefined;
  private readonly root: () => ParentNode;
  private readonly id: string;
  private trigger: HTMLElement | undefined;
  private opening = false;

  constructor(host: ReactiveControllerHost, root: () => ParentNode, id: string) {
    this.host = host;
    this.root = root;
    this.id = id;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.opening) return;
    this.opening = false;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Opens the dialog on `subject`; focus goes back to `trigger` when it closes. */
  open(subject: T, trigger: HTMLElement): void {
    this.subject = subject;
    this.trigger = trigger;
    this.opening = true;
    this.host.requestUpdate();
  }

  protected close(): void {
    this.dialog()?.close();
  }

  /** The `<dialog>`, labelled by the element `labelledBy`, with `content` inside while it has a subject. */
  protected renderDialog(labelledBy: string, content: (subject: T) => TemplateResult): TemplateResult {
    const subject = this.subject;
    return html`<dialog
      id=${this.id}
      class="dialog"
      part="dialog"
      aria-labelledby=${labelledBy}
      @close=${() => this.handleClose()}
    >
      ${subject ? content(subject) : nothing}
    </dialog>`;
  }

  private dialog(): HTMLDialogElement | null {
    return this.root().querySelector<HTMLDialogElement>(`#${this.id}`);
  }

  private handleClose(): void {
    const trigger = this.trigger;
    this.subject = undefined;
    this.trigger = undefined;
    this.host.requestUpdate();
    if (trigger?.isConnected) trigger.focus();
  }
}
