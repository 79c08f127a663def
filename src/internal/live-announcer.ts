import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

export interface LiveAnnouncerOptions {
  /** Shortest time between two announcements, in ms; default 5000. */
  readonly throttleMs?: number;
}

/**
 * Announces changing figures (signature counts, results loaded) through a visually hidden
 * `aria-live="polite"` region. The first announcement is immediate; later ones come at most once
 * per `throttleMs`, and only the latest text of a burst is read, so a screen reader is not flooded.
 *
 * The host must render `render()` from its first render on, in every state: a live region only
 * announces changes that happen after it is in the accessibility tree. Announcing the text that is
 * already in the region changes nothing and is not read again.
 */
export class LiveAnnouncer implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly throttleMs: number;
  private text = '';
  private lastAnnouncedAt: number | undefined;
  private pending: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: LiveAnnouncerOptions = {}) {
    this.host = host;
    this.throttleMs = options.throttleMs ?? 5000;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }

  /** Queues `text` to be read out; within the throttle window it replaces any text still waiting. */
  announce(text: string): void {
    if (this.timer !== undefined) {
      this.pending = text;
      return;
    }
    const wait =
      this.lastAnnouncedAt === undefined ? 0 : this.lastAnnouncedAt + this.throttleMs - performance.now();
    if (wait <= 0) {
      this.commit(text);
      return;
    }
    this.pending = text;
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    const text = this.pending;
    this.pending = undefined;
    if (text !== undefined) this.commit(text);
  }

  private commit(text: string): void {
    this.text = text;
    this.lastAnnouncedAt = performance.now();
    this.host.requestUpdate();
  }

  /** The live region; place it once in the host's template. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
