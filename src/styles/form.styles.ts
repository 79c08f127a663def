import { css } from 'lit';

/** GOV.UK-style form parts shared by the widgets: labels, hints, fields, errors and their summary, status. */
export const formStyles = css`
  .label {
    display: block;
    margin: 0 0 var(--_civic-space-1);
    font-weight: var(--_civic-font-weight-bold);
  }

  .hint {
    margin: 0 0 var(--_civic-space-2);
    color: var(--_civic-color-text-secondary);
  }

  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding: var(--_civic-space-1) var(--_civic-space-2);
    border: 2px solid var(--_civic-color-border-input);
    border-radius: 0;
    background-color: var(--_civic-color-background);
    color: var(--_civic-color-text);
    font: inherit;
  }

  .input:focus-visible {
    outline: var(--_civic-focus-width) solid var(--_civic-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_civic-color-focus-text);
  }

  /* As wide as its longest option, never wider than its container: no sideways scrolling at 320 px. */
  .select {
    inline-size: auto;
    min-inline-size: 10rem;
    max-inline-size: 100%;
  }

  textarea.input {
    min-block-size: 6rem;
    resize: vertical;
  }

  .input.code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: var(--_civic-font-size-s);
  }

  .field {
    margin-block-end: var(--_civic-space-5);
  }

  .optional {
    font-weight: normal;
  }

  /* A field in error: a red bar beside the question, its message above the control. */
  .field-error {
    padding-inline-start: var(--_civic-space-3);
    border-inline-start: 5px solid var(--_civic-color-error);
  }

  .field-error .input {
    border-color: var(--_civic-color-error);
  }

  .error-message {
    display: block;
    margin: 0 0 var(--_civic-space-2);
    color: var(--_civic-color-error);
    font-weight: var(--_civic-font-weight-bold);
  }

  /* The error summary and the "not sent" notice: boxes that take focus after a failed submit. */
  .error-summary,
  .failure {
    margin-block-end: var(--_civic-space-5);
    padding: var(--_civic-space-4);
    border: 5px solid var(--_civic-color-error);
  }

  .error-summary:focus,
  .failure:focus {
    outline: var(--_civic-focus-width) solid var(--_civic-color-focus);
    outline-offset: 0;
  }

  .error-summary-title {
    margin: 0 0 var(--_civic-space-3);
  }

  .error-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .error-list a,
  .error-list a:visited {
    color: var(--_civic-color-error);
  }

  .error-list a:focus-visible {
    color: var(--_civic-color-focus-text);
  }

  .failure-title {
    font-size: var(--_civic-font-size-l);
    font-weight: var(--_civic-font-weight-bold);
  }

  /* A role="status" region: empty (no height) until it holds a paragraph. */
  .status {
    margin: 0;
  }

  .status > p {
    margin: var(--_civic-space-2) 0;
    font-weight: var(--_civic-font-weight-bold);
  }
`;
