/**
 * A `ResizeObserver` that hands its entries over in a later task. The virtualizer repositions items
 * when they resize, which resizes them again in the same frame; the browser then reports
 * "ResizeObserver loop completed with undelivered notifications" as an error on the host page.
 * Delivering after the frame ends the loop and loses nothing: entries are delivered together. A
 * task rather than an animation frame, because pages in background tabs get no animation frames
 * and the list would never be laid out there.
 *
 * It also stops observing elements that have left the document. The virtualizer observes every
 * idea it renders and never unobserves one (lit/lit#5363), and an observer keeps its targets alive:
 * scrolling through 10,000 ideas would keep all 10,000 elements in memory.
 */
export class FrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private pending: ResizeObserverEntry[] = [];
  private frame: ReturnType<typeof setTimeout> | undefined;

  constructor(callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      for (const entry of entries) if (!entry.target.isConnected) this.observer.unobserve(entry.target);
      this.pending.push(...entries);
      this.frame ??= setTimeout(() => {
        this.frame = undefined;
        const delivered = this.pending;
        this.pending = [];
        callback(delivered, this);
      }, 0);
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.observer.unobserve(target);
    this.pending = this.pending.filter((entry) => entry.target !== target);
  }

  disconnect(): void {
    clearTimeout(this.frame);
    this.frame = undefined;
    this.pending = [];
    this.observer.disconnect();
  }
}
