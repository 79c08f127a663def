import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a count change takes to roll to the new figure, in ms (none with reduced motion). */
export const COUNT_ANIMATION_MS = 800;

/**
 * The signature total as the card shows it: the first total of a petition is just shown; a live
 * change of the same petition rolls to the new figure, at once when the page is hidden or the
 * reader prefers reduced motion. Stops when the host leaves the page.
 */
export class CountAnimationController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private shownTotal: number | undefined;
  private countedPetition: string | undefined;
  private countedTotal: number | undefined;
  private countFrame: number | undefined;
  private countLanding: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** The figure to show now; undefined until a total is known. */
  get shown(): number | undefined {
    return this.shownTotal;
  }

  /**
   * Follows the total of petition `id` (undefined while none is shown). True when the total of
   * the same petition changed live, which is worth announcing.
   */
  track(id: string | undefined, total: number | undefined): boolean {
    if (total === this.countedTotal && id === this.countedPetition) return false;
    const previous = this.countedTotal;
    const changedLive = id !== undefined && id === this.countedPetition && previous !== undefined;
    this.countedPetition = id;
    this.countedTotal = total;
    if (!changedLive || total === undefined) {
      this.stop();
      this.show(total);
      return false;
    }
    this.animate(this.shownTotal ?? previous, total);
    return true;
  }

  private animate(from: number, to: number): void {
    this.stop();
    if (from === to || document.hidden || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.show(to);
      return;
    }
    const start = performance.now();
    const step = (now: number): void => {
      const t = Math.min(1, (now - start) / COUNT_ANIMATION_MS);
      const eased = 1 - (1 - t) ** 3;
      this.show(Math.round(from + (to - from) * eased));
      this.countFrame = t < 1 ? requestAnimationFrame(step) : undefined;
    };
    this.countFrame = requestAnimationFrame(step);
    // Frames stop in a background tab; the figure must still end right.
    this.countLanding = setTimeout(() => {
      this.stop();
      this.show(to);
    }, COUNT_ANIMATION_MS + 100);
  }

  private stop(): void {
    if (this.countFrame !== undefined) cancelAnimationFrame(this.countFrame);
    clearTimeout(this.countLanding);
    this.countFrame = undefined;
    this.countLanding = undefined;
  }

  private show(total: number | undefined): void {
    if (total === this.shownTotal) return;
    this.shownTotal = total;
    this.host.requestUpdate();
  }
}
