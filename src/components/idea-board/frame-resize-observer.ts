/**
 * A `ResizeObserver` that hands its entries over at the next animation frame. The virtualizer
 * repositions items when they resize, which resizes them again in the same frame; the browser then
 * reports "ResizeObserver loop completed with undelivered notifications" as an error on the host
 * page. Waiting one frame ends the loop and loses nothing: entries of the frame are delivered together.
 */
export class FrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private pending: ResizeObserverEntry[] = [];
  private frame: number | undefined;

  constructor(callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      this.pending.push(...entries);
      this.frame ??= requestAnimationFrame(() => {
        this.frame = undefined;
        const delivered = this.pending;
        this.pending = [];
        callback(delivered, this);
      });
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
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.pending = [];
    this.observer.disconnect();
  }
}
