import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus to an element once the next render has drawn it: to an error summary after a failed
 * submit, to a heading after the content that had focus was replaced.
 */
export class PendingFocusController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly root: () => ParentNode;
  private selector: string | undefined;

  constructor(host: ReactiveControllerHost, root: () => ParentNode) {
    this.host = host;
    this.root = root;
    host.addController(this);
  }

  hostUpdated(): void {
    const selector = this.selector;
    if (selector === undefined) return;
    this.selector = undefined;
    this.root().querySelector<HTMLElement>(selector)?.focus();
  }

  /** Focuses the element `selector` finds after the next render (which this asks for). */
  focusAfterUpdate(selector: string): void {
    this.selector = selector;
    this.host.requestUpdate();
  }
}
