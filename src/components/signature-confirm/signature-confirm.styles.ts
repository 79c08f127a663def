import { css } from 'lit';

export const styles = css`
  .panel {
    padding: var(--civic-signature-confirm-padding, var(--_civic-space-4));
    border: var(--_civic-border-width) solid var(--_civic-color-border);
    border-radius: var(--_civic-radius);
    background-color: var(--_civic-color-background);
    color: var(--_civic-color-text);
    overflow-wrap: break-word;
  }

  .panel > :last-child {
    margin-block-end: 0;
  }

  p {
    margin: 0 0 var(--_civic-space-3);
  }

  /* Focus lands on this heading after the content is replaced; it is not a control, so no ring. */
  .panel-title:focus {
    outline: none;
    box-shadow: none;
  }

  .panel-title {
    margin: 0 0 var(--_civic-space-4);
    font-size: var(--_civic-font-size-xl);
    line-height: 1.25;
  }

  .notice {
    padding: var(--_civic-space-3) var(--_civic-space-4);
    border-inline-start: 5px solid var(--_civic-color-text-secondary);
    background-color: var(--_civic-color-surface);
  }

  .failure {
    margin-block-end: var(--_civic-space-5);
    padding: var(--_civic-space-4);
    border: 5px solid var(--_civic-color-error);
  }

  .failure:focus {
    outline: var(--_civic-focus-width) solid var(--_civic-color-focus);
    outline-offset: 0;
  }

  .failure > :last-child {
    margin-block-end: 0;
  }

  .failure-title {
    font-size: var(--_civic-font-size-l);
    font-weight: var(--_civic-font-weight-bold);
  }

  .button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .count {
    font-size: var(--_civic-font-size-l);
    font-weight: var(--_civic-font-weight-bold);
  }
`;
