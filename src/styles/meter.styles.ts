import { css } from 'lit';

/** The progress bar of `renderMeter` (src/internal/progress-meter.ts). */
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
`;
