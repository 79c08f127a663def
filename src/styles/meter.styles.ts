import { css } from 'lit';

/**
 * The progress bar of `renderMeter` (src/internal/progress-meter.ts), and the list of goals along it
 * (thresholds, milestones): `.milestones` of `.milestone` items, `.reached` once reached.
 */
export const meterStyles = css`
  .meter {
    position: relative;
    block-size: 1rem;
    margin-block: var(--_civic-space-2);
    border: var(--_civic-border-width) solid var(--_civic-color-border-input);
    background-color: var(--_civic-color-surface);
  }

  .meter-fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: var(--_civic-progress, 0%);
    background-color: var(--_civic-progress-color, var(--_civic-color-success));
    transition: inline-size 600ms ease-out;
  }

  .meter-mark {
    position: absolute;
    inset-block: -0.35rem;
    inset-inline-start: var(--_civic-mark, 0%);
    inline-size: 3px;
    margin-inline-start: -1px;
    background-color: var(--_civic-color-text);
  }

  @media (forced-colors: active) {
    .meter-fill {
      background-color: CanvasText;
      forced-color-adjust: none;
    }
  }

  .milestones-title {
    margin-block-end: var(--_civic-space-1);
    font-weight: var(--_civic-font-weight-bold);
  }

  .milestones {
    margin: 0 0 var(--_civic-space-4);
    padding: 0;
    list-style: none;
  }

  /* A goal's name may break inside a long word rather than push its row wider than the card (WCAG text spacing at 320 px). */
  .milestone {
    display: grid;
    grid-template-columns: 1.5rem auto minmax(0, 1fr);
    gap: 0 var(--_civic-space-2);
    padding-block: var(--_civic-space-1);
    border-block-end: var(--_civic-border-width) solid var(--_civic-color-border);
  }

  /* A decorative ring before each goal, filled once reached; the words after it say whether it is reached. */
  .milestone::before {
    content: '';
    grid-row: span 2;
    inline-size: 1rem;
    block-size: 1rem;
    margin-block-start: 0.25rem;
    border: 2px solid var(--_civic-color-text-secondary);
    border-radius: 50%;
  }

  .milestone.reached::before {
    border-color: var(--_civic-progress-color);
    background-color: var(--_civic-progress-color);
  }

  .milestone-figure {
    font-weight: var(--_civic-font-weight-bold);
    font-variant-numeric: tabular-nums;
  }

  .milestone-state {
    grid-column: 2 / -1;
    font-size: var(--_civic-font-size-s);
  }

  .milestone-name,
  .milestone-state {
    overflow-wrap: anywhere;
  }
`;
