import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { customProperties } from './custom-properties.js';

export interface SkeletonOptions {
  /** Grey bars to draw; default 3. */
  readonly lines?: number;
  /** Height to reserve, as a CSS length (`12rem`), so the page does not jump when data arrives. */
  readonly height?: string;
}

/**
 * A placeholder the size of the content to come, hidden from assistive technology (the caller
 * says "Loading…" in words). Needs `skeletonStyles`.
 */
export function renderSkeleton({ lines = 3, height }: SkeletonOptions = {}): TemplateResult {
  return html`<div
    class="skeleton"
    aria-hidden="true"
    ${customProperties({ '--_civic-skeleton-min-block-size': height })}
  >
    ${Array.from({ length: Math.max(1, lines) }, () => html`<div class="skeleton-line"></div>`)}
  </div>`;
}
