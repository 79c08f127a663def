import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { customProperties } from './custom-properties.js';

/**
 * Whole percent of `max` that `value` is, rounded down so a bar never claims a goal before it is
 * met, but at least 1 for any non-zero value: "0 %" next to 1 signature reads as "nobody signed".
 */
export function progressPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  if (value >= max) return 100;
  // Integer first: 87 / 150 * 100 is 57.99… in floating point.
  return Math.min(99, Math.max(1, Math.floor((value * 100) / max)));
}

/** A mark drawn on the bar (a goal, a milestone, a minimum); the words around the bar carry its meaning. */
export interface MeterMark {
  /** Where on the bar, in percent of its length (0–100). */
  readonly percent: number;
  /** Styles the mark, e.g. `minimum` or `reached`. */
  readonly kind?: string;
}

export interface MeterOptions {
  /** The accessible name of the bar. */
  readonly label: string;
  readonly valueNow: number;
  readonly valueMax: number;
  /** The whole sentence a screen reader reads for the bar. */
  readonly valueText: string;
  /** How much of the bar is filled, in percent (0–100). */
  readonly percent: number;
  readonly marks?: readonly MeterMark[];
  /** The `part` name, so pages can style the bar with `::part()`. */
  readonly part?: string;
}

/**
 * A progress bar as `role="progressbar"` with `aria-valuetext`, its fill and marks set through
 * custom properties (strict CSP: no style attributes). Needs `meterStyles`; the fill colour is
 * `--_civic-progress-color` of an ancestor.
 */
export function renderMeter(options: MeterOptions): TemplateResult {
  return html`<div
    class="meter"
    part=${options.part ?? 'progress'}
    role="progressbar"
    aria-label=${options.label}
    aria-valuemin="0"
    aria-valuemax=${options.valueMax}
    aria-valuenow=${Math.min(options.valueNow, options.valueMax)}
    aria-valuetext=${options.valueText}
  >
    <div class="meter-fill" ${customProperties({ '--_civic-progress': `${options.percent}%` })}></div>
    ${(options.marks ?? []).map(
      (mark) =>
        html`<div
          class=${mark.kind ? `meter-mark meter-mark-${mark.kind}` : 'meter-mark'}
          ${customProperties({ '--_civic-mark': `${mark.percent}%` })}
        ></div>`,
    )}
  </div>`;
}
