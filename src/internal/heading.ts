import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** Heading levels a widget may use; the page decides, so the widget fits into its outline. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** `level + offset` kept within the heading levels a widget may use (2–6); anything unreadable gives 2. */
export function headingLevel(level: number | undefined, offset = 0): HeadingLevel {
  const base = typeof level === 'number' && Number.isFinite(level) ? Math.trunc(level) : 2;
  return Math.min(6, Math.max(2, base + offset)) as HeadingLevel;
}

export interface HeadingOptions {
  readonly id?: string;
  readonly className?: string;
  /** Adds `tabindex="-1"`, so the widget can move focus to it after replacing what had focus. */
  readonly focusTarget?: boolean;
}

/** A real `<h2>`–`<h6>`. Lit binds no tag names without `unsafeStatic`, so the templates are spelled out. */
export function heading(level: HeadingLevel, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const className = options.className ?? nothing;
  const tabindex = options.focusTarget ? '-1' : nothing;
  switch (level) {
    case 2:
      return html`<h2 id=${id} class=${className} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} tabindex=${tabindex}>${content}</h6>`;
  }
}
