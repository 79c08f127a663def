import { css } from 'lit';

/** The error box with its retry button, shown when a widget's data fails to load. */
export const loadStateStyles = css`
  .load-error {
    padding: var(--_civic-space-4);
    border: var(--_civic-border-width) solid var(--_civic-color-border);
    border-inline-start: 5px solid var(--_civic-color-error);
    border-radius: var(--_civic-radius);
    background-color: var(--_civic-color-background);
    color: var(--_civic-color-text);
  }

  .load-error-title {
    margin: 0 0 var(--_civic-space-2);
    font-size: var(--_civic-font-size-l);
    font-weight: var(--_civic-font-weight-bold);
  }

  .load-error-detail {
    margin: 0 0 var(--_civic-space-4);
  }

  .load-error .button {
    margin-block-end: 2px;
  }
`;
